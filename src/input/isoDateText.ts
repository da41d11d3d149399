/**
 * Dates written as ISO 8601 text: 2024-03-15, 2024-03-15 10:30,
 * 2024-03-15T10:30:00, optionally with Z or an offset (+07:00).
 *
 * ISO is the one text form that cannot be misread: 03/04/2024 is the 3rd of
 * April in most of the world and the 4th of March in the United States, so
 * such text is never guessed at.
 */

import { daysFromCivil, isValidCivilDate } from '../time/civilDays';
import { normaliseDigits } from './numericText';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export interface IsoDateText {
  /** Fractional days since 1970-01-01 of the written date and time. */
  readonly wallClockDay: number;
  /** The written UTC offset in minutes, or null when the text has none (the spreadsheet's wall clock). */
  readonly offsetMinutes: number | null;
}

/** The date an ISO text names, or null when the text is not an ISO date. */
export function parseIsoDateText(text: string): IsoDateText | null {
  const match = ISO_DATE.exec(normaliseDigits(text).trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!isValidCivilDate(year, month, day)) return null;
  const hours = h === undefined ? 0 : Number(h);
  const minutes = mi === undefined ? 0 : Number(mi);
  const seconds = (s === undefined ? 0 : Number(s)) + (fraction === undefined ? 0 : Number(`0.${fraction}`));
  if (hours > 23 || minutes > 59 || seconds >= 60) return null;
  const timeOfDay = (hours * 3600 + minutes * 60 + seconds) / 86400;
  return { wallClockDay: daysFromCivil(year, month, day) + timeOfDay, offsetMinutes: parseOffset(zone) };
}

function parseOffset(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}
