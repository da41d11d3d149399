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
import { TableTooLarge } from '../metrics/tableTooLarge';
import { checkResultSize, resultTooLarge } from '../catalog/resultSize';

export type CustomFunction = (...args: RangeArgument[]) => CellResult;

export function toCustomFunction(spec: FunctionSpec, environment: CallEnvironment): CustomFunction {
  return (...args) => {
    const context = callContextOf(spec.name, environment);
    try {
      const result = spec.compute(args, context);
      checkResultSize(spec, result);
      return result;
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (error instanceof TableTooLarge) throw resultTooLarge(spec, error.rows, error.columns);
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

/** The custom functions of a catalog, by formula name. */
export function customFunctionsOf(
  catalog: readonly FunctionSpec[],
  environment: CallEnvironment,
): Record<string, CustomFunction> {
  const functions: Record<string, CustomFunction> = {};
  for (const spec of catalog) functions[spec.name] = toCustomFunction(spec, environment);
  return functions;
}
