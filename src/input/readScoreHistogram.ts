/**
 * Reads one range of survey answers (whole numbers on a scale) into its
 * histogram: how many answers of each score. For a bounded scale this is the
 * whole information in the column, and it is read in a single pass with no
 * per-row allocation, so =NPS(C:C) over a million rows costs about what a
 * hand-written counting loop costs.
 *
 * Same conventions as readTable (it is the one-column case of it): blanks
 * skipped; a first non-blank cell of text is the heading; later text is
 * ignored and counted; a number off the scale, a checkbox, a date or an
 * error cell is an InputError naming the cell.
 */

import type { CallContext } from './callContext';
import { type CellValue, isBlank, type RangeArgument } from './cells';
import { scoreReader } from './cellReaders';
import { CellRange } from './cellRange';
import { badCellError, errorCellExplanation } from './cellMessages';
import { CellProblem } from './inputError';
import { isSheetsError } from './sheetsErrors';
import { SLOW_READ_ADVICE, TIME_CHECK_MASK } from './readTable';

export interface ScoreHistogramReading {
  /** histogram[s] = number of answers s, for s from 0 to the top of the scale. */
  readonly histogram: Float64Array;
  /** Number of valid answers. */
  readonly answers: number;
  /** Text answers ignored ("N/A"), the heading not included. */
  readonly ignored: number;
}

export function readScoreHistogram(
  context: CallContext,
  argument: RangeArgument,
  scale: { readonly min: number; readonly max: number },
  /** The parameter's name, given when the function takes several ranges: "row 3 of scores_b". */
  parameter?: string,
): ScoreHistogramReading {
  const { min, max } = scale;
  const histogram = new Float64Array(max + 1);
  const reader = scoreReader(context, min, max);
  const range = new CellRange(argument);
  const where = (index: number) =>
    parameter === undefined ? range.locate(index) : `${range.locate(index)} of ${parameter}`;
  const rows = (Array.isArray(argument) ? argument : [[argument]]) as readonly (readonly CellValue[])[];
  let answers = 0;
  let ignored = 0;
  let headingSeen = false;

  /** Everything but a valid numeric answer: blanks, text, errors, bad numbers. */
  const slowPath = (cell: CellValue, index: number): void => {
    if (isBlank(cell)) return;
    if (typeof cell === 'string' && isSheetsError(cell)) {
      throw badCellError(context, where(index), cell, errorCellExplanation(reader.expected));
    }
    let score: number | undefined;
    try {
      score = reader.read(cell as Exclude<CellValue, null | undefined>);
    } catch (error) {
      if (error instanceof CellProblem)
        throw badCellError(context, where(index), cell, error.explanation ?? reader.expected);
      throw error;
    }
    if (score === undefined) {
      // Text: the heading if nothing came before it, else an ignored answer.
      if (answers === 0 && ignored === 0 && !headingSeen) headingSeen = true;
      else ignored++;
      return;
    }
    histogram[score]++;
    answers++;
  };

  const width = range.width;
  for (let r = 0; r < rows.length; r++) {
    if ((r & TIME_CHECK_MASK) === TIME_CHECK_MASK) context.checkTime(SLOW_READ_ADVICE);
    const row = rows[r];
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      // The common case, a valid numeric answer, is decided here without a call.
      if (typeof cell === 'number' && cell >= min && cell <= max && Number.isInteger(cell)) {
        histogram[cell]++;
        answers++;
      } else {
        slowPath(cell, r * width + c);
      }
    }
  }
  return { histogram, answers, ignored };
}
