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

import { isoDateOfDay } from '../time/civilDays';
import type { ColumnRole } from './headings';
import { MS_PER_DAY, type TimeZone } from '../time/timeZone';
import { type CellValue, isDate } from './cells';
import { CellProblem } from './inputError';
import { parseIsoDateText } from './isoDateText';
import { parseNumericText } from './numericText';

export interface CellReader<T> {
  /** What a valid cell is, completing "row 7 holds 11; ...": "scores must be whole numbers from 0 to 10". */
  readonly expected: string;
  /** The value of a non-blank, non-error cell; undefined for text that is not of this kind. */
  read(cell: Exclude<CellValue, null | undefined>): T | undefined;
  /**
   * For readers that take any text (labels, ids), so that their type cannot
   * reveal a heading: the kind of column, whose heading words can (or the
   * kinds, for a column that may hold either: a segment may be a plan or an
   * acquisition source).
   */
  readonly headingRole?: ColumnRole | readonly ColumnRole[];
}

/** Whole-number answers on a scale from `min` to `max` (NPS 0-10, CSAT 1-5, CES 1-7). */
export function scoreReader(min: number, max: number): CellReader<number> {
  const expected = `scores must be whole numbers from ${min} to ${max}`;
  const check = (value: number): number => {
    if (value >= min && value <= max && Number.isInteger(value)) return value;
    throw new CellProblem();
  };
  return {
    expected,
    read(cell) {
      if (typeof cell === 'number') return check(cell);
      if (typeof cell === 'string') {
        const value = parseNumericText(cell);
        return Number.isNaN(value) ? undefined : check(value);
      }
      throw new CellProblem();
    },
  };
}

/** Days from 1899-12-30 (Sheets' day 0) to 1970-01-01. */
const SHEETS_SERIAL_OF_UNIX_EPOCH = 25569;
/**
 * Sheets serial numbers accepted as dates: 1950-01-01 to 9999-12-31. Orders,
 * answers and subscriptions before 1950 are not plausible, while small numbers
 * in a date column (a score, a quantity) are a common mix-up of columns.
 */
const FIRST_DATE_SERIAL = 18264;
const LAST_DATE_SERIAL = 2958465;

/**
 * Dates, as local day numbers (fractional days since 1970-01-01 on the
 * spreadsheet's wall clock). Accepts Date objects (date cells), Sheets serial
 * numbers, and ISO text; nothing else is guessed.
 */
export function dateReader(zone: TimeZone): CellReader<number> {
  return {
    expected:
      'dates must be date cells or text written as 2024-03-15 (text such as 03/04/2024 could mean two dates: ' +
      'select the column and use Format > Number > Date)',
    read(cell) {
      if (isDate(cell)) {
        const ms = cell.getTime();
        if (Number.isNaN(ms)) throw new CellProblem();
        return zone.localDayOf(ms);
      }
      if (typeof cell === 'number') {
        if (cell >= FIRST_DATE_SERIAL && cell <= LAST_DATE_SERIAL) return cell - SHEETS_SERIAL_OF_UNIX_EPOCH;
        const meaning =
          Number.isFinite(cell) && Math.abs(cell) < 1e7
            ? `, which as a date would be ${isoDateOfDay(cell - SHEETS_SERIAL_OF_UNIX_EPOCH)}`
            : '';
        throw new CellProblem(
          `a number in a date column is read as a Sheets date${meaning}; dates must fall between 1950-01-01 and 9999-12-31 (is this the date column?)`,
        );
      }
      if (typeof cell === 'string') {
        const iso = parseIsoDateText(cell);
        if (iso === null) return undefined;
        if (iso.offsetMinutes === null) return iso.wallClockDay;
        return zone.localDayOf(iso.wallClockDay * MS_PER_DAY - iso.offsetMinutes * 60_000);
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
export function labelReader(zone: () => TimeZone, headingRole: ColumnRole | readonly ColumnRole[]): CellReader<string> {
  return {
    expected: 'labels must be text',
    headingRole,
    read(cell) {
      if (typeof cell === 'string') return cell.trim();
      if (typeof cell === 'number') return String(cell);
      if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
      const day = zone().localDayOf(cell.getTime());
      return isoDateOfDay(day);
    },
  };
}

/**
 * Money amounts: numbers or numeric text ("$24.00"). Negative amounts are
 * refunds; only functions that net them accept them.
 */
export function amountReader(options: {
  readonly allowNegative: boolean;
  readonly refundAdvice?: string;
}): CellReader<number> {
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
        const value = parseNumericText(cell);
        return Number.isNaN(value) ? undefined : check(value);
      }
      throw new CellProblem();
    },
  };
}
