/**
 * Readers for the columns of a purchase summary (a customer summary or a
 * table of purchase patterns, see src/catalog/readSummaryTable.ts): counts
 * and times, as numbers or numeric text. Text that is not a number is a
 * heading (undefined, for the table reader to decide); a number of the
 * wrong kind is a CellProblem that the table reader places in its row.
 */

import { type CellReader, numberInText, type ReaderContext } from './cellReaders';
import { CellProblem } from './inputError';

function numberReader(
  context: ReaderContext,
  expected: string,
  accepts: (value: number) => boolean,
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
        // Numeric text in the spreadsheet's locale ("1,5" in de_DE); text written like a number but not readable is a problem.
        const value = numberInText(context, cell);
        return value === undefined ? undefined : check(value);
      }
      throw new CellProblem();
    },
  };
}

/** Whole numbers from `min` up: "frequency must be a whole number, 0 or more". */
export function wholeNumberReader(context: ReaderContext, what: string, min: 0 | 1): CellReader<number> {
  const expected = `${what} must be a whole number, ${min === 0 ? '0 or more' : '1 or more'}`;
  return numberReader(context, expected, (value) => Number.isInteger(value) && value >= min);
}

/** Numbers of 0 or more: "recency must be a number of weeks, 0 or more". */
export function nonNegativeNumberReader(context: ReaderContext, what: string): CellReader<number> {
  return numberReader(context, `${what}, 0 or more`, (value) => value >= 0);
}
