/**
 * Sheets stores a date-time as a serial number of days since 1899-12-30 on
 * the spreadsheet's wall clock, and hands it to a script as the instant at
 * which that wall-clock time occurs in the spreadsheet's time zone.
 *
 * This conversion is the test harness's own (Intl's longOffset names), kept
 * independent of src/time so the add-on's time-zone code is checked against
 * something it did not write.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, Sheets' day 0, as a Unix time in ms. */
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** UTC offset (ms) of a time zone at an instant, read from Intl's "GMT+05:45" style name. */
export function utcOffsetMs(timeZone: string, instantMs: number): number {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(instantMs).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?(?::?(\d{2}))?/.exec(name);
  if (match === null) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * ((Number(match[2]) * 60 + Number(match[3] ?? 0)) * 60 + Number(match[4] ?? 0)) * 1000;
}

/** The instant a Sheets serial date-time names in a time zone. */
export function instantOfSerial(serial: number, timeZone: string): number {
  const wallMs = SHEETS_EPOCH_MS + Math.round(serial * MS_PER_DAY);
  let instant = wallMs - utcOffsetMs(timeZone, wallMs);
  instant = wallMs - utcOffsetMs(timeZone, instant);
  return instant;
}

/** The Sheets serial date-time of an instant on a time zone's wall clock. */
export function serialOfInstant(instantMs: number, timeZone: string): number {
  return (instantMs + utcOffsetMs(timeZone, instantMs) - SHEETS_EPOCH_MS) / MS_PER_DAY;
}
