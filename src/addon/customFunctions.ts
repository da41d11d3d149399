/**
 * Turns catalog entries into the functions Sheets calls. Each call gets its
 * context (the function's name, the spreadsheet's time zone on demand), and
 * every failure reaches the cell as a plain message starting with the
 * function's name: an InputError as written; anything else (a bug) without a
 * stack trace and with a request to report it.
 */

import type { FunctionSpec } from '../catalog/functionSpec';
import type { CallContext } from '../input/callContext';
import type { CellResult, RangeArgument } from '../input/cells';
import { InputError } from '../input/inputError';
import type { TimeZone } from '../time/timeZone';

export type CustomFunction = (...args: RangeArgument[]) => CellResult;

export function toCustomFunction(spec: FunctionSpec, timeZone: () => TimeZone): CustomFunction {
  return (...args) => {
    let zone: TimeZone | undefined;
    const context: CallContext = {
      functionName: spec.name,
      timeZone: () => (zone ??= timeZone()),
    };
    try {
      return spec.compute(args, context);
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

/** The custom functions of a catalog, by formula name. */
export function customFunctionsOf(
  catalog: readonly FunctionSpec[],
  timeZone: () => TimeZone,
): Record<string, CustomFunction> {
  const functions: Record<string, CustomFunction> = {};
  for (const spec of catalog) functions[spec.name] = toCustomFunction(spec, timeZone);
  return functions;
}
