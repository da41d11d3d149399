/**
 * How large a function's result may be. Two limits:
 *
 * - One custom function's result. Google does not document a limit, but
 *   Sheets refuses large results with "Result too large": a public report
 *   (github.com/Blacksmoke16/GESI/issues/102, July 2023) hit it at 61,744
 *   rows x 8 columns (about 494,000 cells), reproduced by the maintainer with
 *   static data. The add-on returns at most MAX_RESULT_CELLS, well below, and
 *   says why and what to do instead. A sheet has at most 18,278 columns (A to
 *   ZZZ), a spreadsheet 10 million cells
 *   (https://support.google.com/drive/answer/37603).
 * - Any table at all (a snapshot dashboard writes values in batches and is
 *   not bound by the first limit): kernels refuse to build a table of more
 *   than a few million cells (TableTooLarge), which no sheet could hold.
 */

import type { CellResult } from '../input/cells';
import { InputError } from '../input/inputError';
import type { FunctionSpec } from './functionSpec';

export const MAX_RESULT_CELLS = 200_000;
export const MAX_RESULT_COLUMNS = 18_278;

const count = (n: number) => n.toLocaleString('en-US');

/** The error for a result of that size: its size, the limit it passes, and the way out. */
export function resultTooLarge(spec: FunctionSpec, rows: number, columns: number, customFunction = true): InputError {
  const cells = rows * columns;
  const limit =
    columns > MAX_RESULT_COLUMNS
      ? `a sheet has at most ${count(MAX_RESULT_COLUMNS)} columns`
      : customFunction
        ? `Google Sheets refuses a custom function's result of about 500,000 cells ("Result too large"), so the ` +
          `add-on returns at most ${count(MAX_RESULT_CELLS)}`
        : 'no sheet can hold that many cells';
  return new InputError(
    `${spec.name}: the result would be ${count(rows)} rows by ${count(columns)} columns (${count(cells)} cells); ` +
      `${limit}. ${spec.largeResultAdvice ?? 'Give it a smaller range.'}`,
  );
}

/** Throws resultTooLarge when a custom function's result is too large for its cell to take. */
export function checkResultSize(spec: FunctionSpec, result: CellResult): void {
  if (!Array.isArray(result)) return;
  let columns = 0;
  for (const row of result) columns = Math.max(columns, row.length);
  if (result.length * columns <= MAX_RESULT_CELLS && columns <= MAX_RESULT_COLUMNS) return;
  throw resultTooLarge(spec, result.length, columns);
}
