/**
 * Cell readers: how one kind of column (scores, dates, amounts, labels) turns a
 * non-blank cell into a typed value.
 *
 * A reader returns `undefined` for text that is not a value of its kind (a
 * heading such as "Score", or "N/A" in a survey column); the table reader
 * decides whether that is the header row, an ignored answer or an error. It
 * throws CellProblem for a cell that can only be a mistake (a score of 11, a
 * checkbox in a date column). Error cells (#N/A) never reach a reader.
 */

import { daysFromCivil, isoDateOfDay } from '../time/civilDays';
import type { ColumnRole } from './headings';
import { MS_PER_DAY, type TimeZone } from '../time/timeZone';
import type { CallContext } from './callContext';
import { type CellValue, isDate } from './cells';
import { looksLikeDate } from './dateLikeText';
import { CellProblem } from './inputError';
import { parseIsoDateText } from './isoDateText';
import { looksLikeNumber, parseNumericText } from './numericText';
import { exampleNumber } from './sheetsLocales';

export interface CellReader<T> {
  /** What a valid cell is, completing "row 7 holds 11; ...": "scores must be whole numbers from 0 to 10". */
  readonly expected: string;
  /**
   * The value of a non-blank, non-error cell; undefined for text that is not
   * of this kind and is not written like data either (a heading, "N/A").
   */
  read(cell: Exclude<CellValue, null | undefined>): T | undefined;
  /**
   * For readers that take any text (labels, ids), so that their type cannot
   * reveal a heading: the kind of column, whose heading words can (or the
   * kinds, for a column that may hold either: a segment may be a plan or an
   * acquisition source).
   */
  readonly headingRole?: ColumnRole | readonly ColumnRole[];
}

/** What a reader needs to know about the spreadsheet: its time zone and how its locale writes numbers. */
export type ReaderContext = Pick<CallContext, 'timeZone' | 'numberFormat'>;

/**
 * A number written as text, read the locale's way (src/input/numericText.ts);
 * undefined for text that is not written like a number; text written like a
 * number, or like a date, but not readable in the locale throws: it is data,
 * and guessing what it means would give a wrong number.
 */
function numberInText(context: ReaderContext, text: string): number | undefined {
  const format = context.numberFormat();
  const value = parseNumericText(text, format);
  if (!Number.isNaN(value)) return value;
  if (looksLikeNumber(text)) {
    throw new CellProblem(
      `this spreadsheet's locale (${format.locale}) writes numbers like ${exampleNumber(format)}: ` +
        'type the number that way, or make the cell a number (Format > Number)',
      true,
    );
  }
  if (looksLikeDate(text)) throw new CellProblem(undefined, true);
  return undefined;
}

/** Whole-number answers on a scale from `min` to `max` (NPS 0-10, CSAT 1-5, CES 1-7). */
export function scoreReader(context: ReaderContext, min: number, max: number): CellReader<number> {
  return checkedNumberReader(
    context,
    `scores must be whole numbers from ${min} to ${max}`,
    (value) => value >= min && value <= max && Number.isInteger(value),
  );
}

/**
 * Numbers that pass `accepts`, as number cells or numeric text in the
 * spreadsheet's locale ("1,5" in de_DE). Text that is not a number is
 * undefined (a heading, for the table reader to decide); a number that fails
 * the check, or any other cell, is a CellProblem, `otherCell`'s if given.
 */
export function checkedNumberReader(
  context: ReaderContext,
  expected: string,
  accepts: (value: number) => boolean,
  otherCell: (cell: CellValue) => CellProblem = () => new CellProblem(),
): CellReader<number> {
  const check = (value: number): number => {
    if (Number.isFinite(value) && accepts(value)) return value;
    throw new CellProblem();
  };
  return {
    expected,
    read(cell) {
      if (typeof cell === 'number') return check(cell);
      if (typeof cell === 'string') {
        const value = numberInText(context, cell);
        return value === undefined ? undefined : check(value);
      }
      throw otherCell(cell);
    },
  };
}

/** Days from 1899-12-30 (Sheets' day 0) to 1970-01-01. */
const SHEETS_SERIAL_OF_UNIX_EPOCH = 25569;
/**
 * Dates a business can have: 1900-01-01 to 2199-12-31. Anything outside is a
 * mistyped year (0024 for 2024, 2204 for 2024), which would otherwise stretch
 * a period table over centuries.
 */
export const FIRST_DAY = daysFromCivil(1900, 1, 1);
export const LAST_DAY = daysFromCivil(2199, 12, 31);
/**
 * Sheets serial numbers accepted as dates start later, at 1950-01-01: a
 * number in a date column is more often a score or a quantity in the wrong
 * column than a date of the first half of the 20th century.
 */
const FIRST_SERIAL_DAY = daysFromCivil(1950, 1, 1);
const OUT_OF_RANGE = `dates must fall between ${isoDateOfDay(FIRST_DAY)} and ${isoDateOfDay(LAST_DAY)} (is a year mistyped?)`;

/** A day number within the dates a business can have, else the problem. */
function inRange(day: number): number {
  if (day >= FIRST_DAY && day < LAST_DAY + 1) return day;
  throw new CellProblem(OUT_OF_RANGE);
}

/**
 * Dates, as local day numbers (fractional days since 1970-01-01 on the
 * spreadsheet's wall clock). Accepts Date objects (date cells), Sheets serial
 * numbers, and ISO text; nothing else is guessed: other text written like a
 * date (03/04/2024) is refused with its cell.
 */
export function dateReader(context: ReaderContext): CellReader<number> {
  let zone: TimeZone | undefined;
  return {
    expected:
      'dates must be date cells or text written as 2024-03-15 (text such as 03/04/2024 could mean two dates: ' +
      'select the column and use Format > Number > Date)',
    read(cell) {
      if (isDate(cell)) {
        const ms = cell.getTime();
        if (Number.isNaN(ms)) throw new CellProblem();
        return inRange((zone ??= context.timeZone()).localDayOf(ms));
      }
      if (typeof cell === 'number') {
        const day = cell - SHEETS_SERIAL_OF_UNIX_EPOCH;
        if (day >= FIRST_SERIAL_DAY && day < LAST_DAY + 1) return day;
        const meaning =
          Number.isFinite(cell) && Math.abs(cell) < 1e7 ? `, which as a date would be ${isoDateOfDay(day)}` : '';
        throw new CellProblem(
          `a number in a date column is read as a Sheets date${meaning}; dates must fall between ` +
            `${isoDateOfDay(FIRST_SERIAL_DAY)} and ${isoDateOfDay(LAST_DAY)} (is this the date column?)`,
        );
      }
      if (typeof cell === 'string') {
        const iso = parseIsoDateText(cell);
        if (iso === null) {
          if (looksLikeDate(cell) || looksLikeNumber(cell)) throw new CellProblem(undefined, true);
          return undefined;
        }
        if (iso.offsetMinutes === null) return inRange(iso.wallClockDay);
        zone ??= context.timeZone();
        return inRange(zone.localDayOf(iso.wallClockDay * MS_PER_DAY - iso.offsetMinutes * 60_000));
      }
      throw new CellProblem();
    },
  };
}

/**
 * Labels such as segments, products, acquisition sources or customer ids:
 * any cell, as trimmed text, so that 1001 and "1001 " are the same customer.
 * Case is kept: "A17" and "a17" are different ids.
 */
export function labelReader(
  context: ReaderContext,
  headingRole: ColumnRole | readonly ColumnRole[],
): CellReader<string> {
  return {
    expected: 'labels must be text',
    headingRole,
    read(cell) {
      if (typeof cell === 'string') return cell.trim();
      if (typeof cell === 'number') return String(cell);
      if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
      const day = context.timeZone().localDayOf(cell.getTime());
      return isoDateOfDay(day);
    },
  };
}

/**
 * Money amounts: numbers or numeric text ("$24.00", "24,00 €" in de_DE).
 * Negative amounts are refunds; only functions that net them accept them.
 */
export function amountReader(
  context: ReaderContext,
  options: {
    readonly allowNegative: boolean;
    readonly refundAdvice?: string;
  },
): CellReader<number> {
  const expected = options.allowNegative ? 'amounts must be numbers' : 'amounts must be numbers, zero or more';
  const check = (value: number): number => {
    if (!Number.isFinite(value)) throw new CellProblem();
    if (value < 0 && !options.allowNegative) throw new CellProblem(`${expected}${options.refundAdvice ?? ''}`);
    return value;
  };
  return {
    expected,
    read(cell) {
      if (typeof cell === 'number') return check(cell);
      if (typeof cell === 'string') {
        const value = numberInText(context, cell);
        return value === undefined ? undefined : check(value);
      }
      throw new CellProblem();
    },
  };
}

/**
 * Counts of customers (survivor counts): whole numbers, zero or more, or
 * numeric text. A date cell is refused with a hint, since a count column that
 * holds dates is a customer list passed without its end dates.
 */
export function countReader(context: ReaderContext): CellReader<number> {
  const expected = 'counts must be whole numbers, zero or more';
  return checkedNumberReader(
    context,
    expected,
    (value) => Number.isInteger(value) && value >= 0,
    (cell) =>
      isDate(cell)
        ? new CellProblem(
            `${expected}; a date here means a customer list: give its end_dates too (blank cells for customers still subscribed)`,
          )
        : new CellProblem(),
  );
}
