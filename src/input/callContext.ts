import type { TimeZone } from '../time/timeZone';

/** What a custom function knows about the call besides its arguments. */
export interface CallContext {
  /** The formula name, e.g. "NPS", which every message starts with. */
  readonly functionName: string;
  /** The spreadsheet's time zone, looked up only when a date or a message needs it. */
  timeZone(): TimeZone;
}
