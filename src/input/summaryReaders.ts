/**
 * Readers for the columns of a purchase summary (a customer summary or a
 * table of purchase patterns, see src/catalog/readSummaryTable.ts): counts
 * and times, as numbers or numeric text. Text that is not a number is a
 * heading (undefined, for the table reader to decide); a number of the
 * wrong kind is a CellProblem that the table reader places in its row.
 */

import { type CellReader, checkedNumberReader, type ReaderContext } from './cellReaders';

/** Whole numbers from `min` up: "frequency must be a whole number, 0 or more". */
export function wholeNumberReader(context: ReaderContext, what: string, min: 0 | 1): CellReader<number> {
  const expected = `${what} must be a whole number, ${min === 0 ? '0 or more' : '1 or more'}`;
  return checkedNumberReader(context, expected, (value) => Number.isInteger(value) && value >= min);
}

/** Numbers of 0 or more: "recency must be a number of weeks, 0 or more". */
export function nonNegativeNumberReader(context: ReaderContext, what: string): CellReader<number> {
  return checkedNumberReader(context, `${what}, 0 or more`, (value) => value >= 0);
}
