/**
 * Dates as the person writes and reads them in the wizard's language: day,
 * month and year in that language's order (month/day/year in English,
 * day/month/year in Thai, year/month/day in Persian and Chinese), always on
 * the Gregorian calendar that the sheet uses, in Latin digits as the sheet
 * shows them. A date is read as a whole, never digit by digit: what the
 * person typed stays as they typed it, and is either a date or an error.
 *
 * Also read, whatever the language: ISO dates (2024-12-31), any date whose
 * year comes first, digits of the Persian, Arabic, Thai and full-width sets,
 * the Chinese 2024年12月31日, and in Thai a Buddhist-era year (2567 is 2024).
 */

import type { Language } from '../src/i18n/language';

export type DatePart = 'year' | 'month' | 'day';

/** The years the add-on's functions accept (1900-01-01 to 2199-12-31). */
export const YEARS = { first: 1900, last: 2199 } as const;

/** Thai dates are often written in the Buddhist era, 543 years ahead. */
const BUDDHIST_ERA_OFFSET = 543;

/** A locale of the language with the Gregorian calendar and Latin digits. */
function locale(language: Language): string {
  return `${language === 'en' ? 'en-US' : language}-u-ca-gregory-nu-latn`;
}

const sample = new Date(Date.UTC(2030, 0, 2));

/** The order of day, month and year in the language's numeric dates. */
export function dateOrder(language: Language): readonly DatePart[] {
  return new Intl.DateTimeFormat(locale(language), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  })
    .formatToParts(sample)
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'year' || type === 'month' || type === 'day');
}

function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? null : { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** An ISO date as the person writes it: "12/31/2024" in English, "31/12/2024" in Thai, "2024/12/31" in Chinese. */
export function writtenDate(iso: string, language: Language): string {
  const parts = isoParts(iso);
  if (parts === null) return iso;
  const text: Record<DatePart, string> = {
    year: String(parts.year),
    month: String(parts.month).padStart(2, '0'),
    day: String(parts.day).padStart(2, '0'),
  };
  return dateOrder(language)
    .map((part) => text[part])
    .join('/');
}

/** An ISO date in words, for sentences: "Dec 31, 2024", "31 ธ.ค. 2024", "2024年12月31日". */
export function spelledDate(iso: string, language: Language): string {
  const parts = isoParts(iso);
  if (parts === null) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day)))
    .replace(/[\u200e\u200f\u061c]/g, '');
}

/** A moment (ISO date-time) in words, on the person's clock: "Dec 31, 2024, 2:05 PM". */
export function spelledMoment(isoDateTime: string, language: Language): string {
  const moment = new Date(isoDateTime);
  if (Number.isNaN(moment.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' })
    .format(moment)
    .replace(/[\u200e\u200f\u061c]/g, '');
}

export type ReadDate =
  { readonly kind: 'blank' } | { readonly kind: 'date'; readonly iso: string } | { readonly kind: 'invalid' };

const DIGIT_SETS = [0x06f0, 0x0660, 0x0e50, 0xff10];

function latinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669\u0e50-\u0e59\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = DIGIT_SETS.find((start) => code >= start && code <= start + 9) as number;
    return String(code - zero);
  });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What the person typed, read as a whole: blank, a date (ISO), or not a date the add-on accepts. */
export function readDate(typed: string, language: Language): ReadDate {
  const text = latinDigits(typed)
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/[年月]/g, '/')
    .replace(/日/g, '')
    .trim();
  if (text === '') return { kind: 'blank' };
  const groups = text.split(/\s*[/.\-\s]\s*/);
  if (groups.length !== 3 || groups.some((group) => !/^\d{1,4}$/.test(group))) return { kind: 'invalid' };
  const order: readonly DatePart[] = groups[0].length === 4 ? ['year', 'month', 'day'] : dateOrder(language);
  const value: Record<DatePart, number> = { year: 0, month: 0, day: 0 };
  order.forEach((part, i) => (value[part] = Number(groups[i])));
  // The year in full: "24" could be 1924 or 2024, and "0002" is a typing slip, not a year.
  if (groups[order.indexOf('year')].length !== 4) return { kind: 'invalid' };
  let year = value.year;
  if (language === 'th' && year >= YEARS.first + BUDDHIST_ERA_OFFSET && year <= YEARS.last + BUDDHIST_ERA_OFFSET)
    year -= BUDDHIST_ERA_OFFSET;
  const { month, day } = value;
  if (year < YEARS.first || year > YEARS.last || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { kind: 'invalid' };
  const two = (n: number) => String(n).padStart(2, '0');
  return { kind: 'date', iso: `${year}-${two(month)}-${two(day)}` };
}
