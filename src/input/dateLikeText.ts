/**
 * Text written like a date, in any of the common forms people and exports
 * use: 03/04/2024, 15.03.2024, 2024/03/15, 3-4-24, 2024-02-30 (not a real
 * date, but written as one), 15 Mar 2024, March 15, 2024, with or without a
 * time. The add-on reads only ISO text (src/input/isoDateText.ts), because the
 * others can mean two dates; but such text is data, never a heading or a text
 * answer, so the readers refuse it with its cell instead of skipping it.
 */

import { normaliseDigits } from './numericText';

const NUMERIC_DATE =
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?(?:[ T,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i;

/** English month names and abbreviations, as exports write them. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY_MONTH_YEAR = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?[ -]${MONTH}[-, ]*\\d{2,4}`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}[ -]\\d{1,2}(?:st|nd|rd|th)?,?[ -]\\d{2,4}`, 'i');

export function looksLikeDate(text: string): boolean {
  const s = normaliseDigits(text).trim();
  return NUMERIC_DATE.test(s) || DAY_MONTH_YEAR.test(s) || MONTH_DAY_YEAR.test(s);
}
