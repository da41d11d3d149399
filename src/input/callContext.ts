import type { TimeZone } from '../time/timeZone';
import { InputError } from './inputError';
import type { NumberFormat } from './sheetsLocales';

/** What a custom function knows about the call besides its arguments. */
export interface CallContext {
  /** The formula name, e.g. "NPS", which every message starts with. */
  readonly functionName: string;
  /** The spreadsheet's time zone, looked up only when a date or a message needs it. */
  timeZone(): TimeZone;
  /** How the spreadsheet's locale writes numbers, looked up only when text must be read as a number. */
  numberFormat(): NumberFormat;
  /**
   * Throws an InputError when the call has used up its time (see
   * CALL_BUDGET_MS); `advice` completes the message with the way out ("use
   * BG/NBD instead of Pareto/NBD, or fewer rows"). Cheap enough to call once
   * per iteration of any loop whose length is not bounded by the input.
   */
  checkTime(advice: string): void;
  /**
   * A store that outlives the call (the document cache in Sheets, where every
   * cell is its own execution), for results worth keeping: the model fits.
   * Absent where there is none; values are text, each at most 100 KB.
   */
  readonly store?: KeyValueStore;
}

/** Text by key, kept for some hours at most (Apps Script's CacheService: 6 hours, 100 KB a value, 250-character keys). */
export interface KeyValueStore {
  get(key: string): string | null;
  put(key: string, value: string): void;
}

/**
 * Google Sheets stops a custom function after 30 seconds ("Exceeded maximum
 * execution time"; https://developers.google.com/apps-script/guides/services/quotas,
 * "Custom function runtime: 30 sec / execution"). The add-on stops itself at
 * 25 s from the start of the call, which leaves room for loading the script
 * and returning the result, so that the person reads why and what to do
 * instead of a bare timeout.
 */
export const CALL_BUDGET_MS = 25_000;

/** What the platform provides to every call. */
export interface CallEnvironment {
  readonly timeZone: () => TimeZone;
  readonly numberFormat: () => NumberFormat;
  /** The clock (ms); Date.now unless a test gives another. */
  readonly now?: () => number;
  readonly budgetMs?: number;
  /** The store that outlives the call, looked up once per call when first used. */
  readonly store?: () => KeyValueStore | undefined;
}

/** The context of one call of a function, started now; the zone and number format are looked up once, when needed. */
export function callContextOf(functionName: string, environment: CallEnvironment): CallContext {
  const now = environment.now ?? Date.now;
  const budget = environment.budgetMs ?? CALL_BUDGET_MS;
  const deadline = now() + budget;
  let zone: TimeZone | undefined;
  let format: NumberFormat | undefined;
  const storeOf = environment.store;
  let store: KeyValueStore | undefined | null = null;
  return {
    functionName,
    get store() {
      if (store === null) store = storeOf?.();
      return store;
    },
    timeZone: () => (zone ??= environment.timeZone()),
    numberFormat: () => (format ??= environment.numberFormat()),
    checkTime(advice) {
      if (now() <= deadline) return;
      throw new InputError(
        `${functionName}: stopped after ${Math.round(budget / 1000)} seconds, before Google Sheets' 30-second limit ` +
          `for a custom function; ${advice}.`,
      );
    },
  };
}
