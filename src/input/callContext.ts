import type { TimeZone } from '../time/timeZone';

/** What a custom function knows about the call besides its arguments. */
export interface CallContext {
  /** The formula name, e.g. "NPS", which every message starts with. */
  readonly functionName: string;
  /** The spreadsheet's time zone, looked up only when a date or a message needs it. */
  timeZone(): TimeZone;
  /**
   * The time budget of the call (Apps Script stops a custom function at 30 s): throws an InputError that says
   * the call ran out of time, with `advice` on what to do instead, once the budget is spent. Long computations
   * (the model fits) call it often; it must be cheap. Optional until the add-on layer provides it.
   */
  checkTime?(advice: string): void;
}
