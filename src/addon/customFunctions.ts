/**
 * Turns catalog entries into the functions Sheets calls. Each call gets its
 * context (the function's name, the spreadsheet's time zone and number
 * format on demand, its time budget), its result is checked against what a
 * cell can take, and every failure reaches the cell as a plain message
 * starting with the function's name: an InputError as written; anything else
 * (a bug) without a stack trace and with a request to report it.
 */

import type { FunctionSpec } from '../catalog/functionSpec';
import { type CallEnvironment, callContextOf } from '../input/callContext';
import type { CellResult, RangeArgument } from '../input/cells';
import { InputError } from '../input/inputError';

export type CustomFunction = (...args: RangeArgument[]) => CellResult;

/**
 * The largest result one custom function returns. Google does not document a
 * limit, but Sheets refuses large results with "Result too large": a public
 * report (github.com/Blacksmoke16/GESI/issues/102, 2023) hit it at 61,744
 * rows x 8 columns (about 494,000 cells), reproduced by the maintainer with
 * static data. The add-on stops well below that, and says why.
 */
export const MAX_RESULT_CELLS = 200_000;
/** A sheet has at most 18,278 columns (A to ZZZ). */
export const MAX_RESULT_COLUMNS = 18_278;

export function toCustomFunction(spec: FunctionSpec, environment: CallEnvironment): CustomFunction {
  return (...args) => {
    const context = callContextOf(spec.name, environment);
    try {
      const result = spec.compute(args, context);
      checkResultSize(spec, result);
      return result;
    } catch (error) {
      if (error instanceof InputError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(
        `${spec.name}: unexpected problem inside the add-on (${detail}); please report it with the data that caused it.`,
        {
          cause: error,
        },
      );
    }
  };
}

/** A result too large for a cell to take is an error naming its size and the way out. */
function checkResultSize(spec: FunctionSpec, result: CellResult): void {
  if (!Array.isArray(result)) return;
  const rows = result.length;
  let columns = 0;
  for (const row of result) columns = Math.max(columns, row.length);
  const cells = rows * columns;
  if (cells <= MAX_RESULT_CELLS && columns <= MAX_RESULT_COLUMNS) return;
  const size = `${rows.toLocaleString('en-US')} rows by ${columns.toLocaleString('en-US')} columns`;
  const limit =
    columns > MAX_RESULT_COLUMNS
      ? `a sheet has at most ${MAX_RESULT_COLUMNS.toLocaleString('en-US')} columns`
      : `Google Sheets refuses a custom function's result of about 500,000 cells ("Result too large"), so the ` +
        `add-on returns at most ${MAX_RESULT_CELLS.toLocaleString('en-US')}`;
  throw new InputError(
    `${spec.name}: the result would be ${size} (${cells.toLocaleString('en-US')} cells); ${limit}. ` +
      `${spec.largeResultAdvice ?? 'Give it a smaller range.'}`,
  );
}

/** The custom functions of a catalog, by formula name. */
export function customFunctionsOf(
  catalog: readonly FunctionSpec[],
  environment: CallEnvironment,
): Record<string, CustomFunction> {
  const functions: Record<string, CustomFunction> = {};
  for (const spec of catalog) functions[spec.name] = toCustomFunction(spec, environment);
  return functions;
}
