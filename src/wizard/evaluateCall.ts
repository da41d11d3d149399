/**
 * A dashboard call computed directly, as the custom function would compute
 * it in the cell: the same catalog entry, the same cell values. Used for a
 * snapshot's values and for the headline numbers the sidebar shows.
 */

import { CATALOG } from '../catalog';
import type { FunctionSpec } from '../catalog/functionSpec';
import { callContextOf, type KeyValueStore } from '../input/callContext';
import type { CellResult, CellValue, RangeArgument } from '../input/cells';
import { InputError } from '../input/inputError';
import { TableTooLarge } from '../metrics/tableTooLarge';
import { resultTooLarge } from '../catalog/resultSize';
import type { NumberFormat } from '../input/sheetsLocales';
import type { TimeZone } from '../time/timeZone';
import type { CallArgument, FunctionCall, SettingId } from './dashboardBlocks';

export type CallResult =
  { readonly ok: true; readonly value: CellResult } | { readonly ok: false; readonly message: string };

export interface CallInputs {
  /** One column of a source sheet from firstRow to its last row, as getValues() returns it. */
  readonly column: (sheet: string, column: number, firstRow: number) => CellValue[][];
  /** A setting's cell value (a number, or a Date for dates). */
  readonly setting: (id: SettingId) => CellValue;
  readonly timeZone: () => TimeZone;
  readonly numberFormat: () => NumberFormat;
  /** The document cache, for the model fits. */
  readonly store?: () => KeyValueStore | undefined;
}

const SPECS = new Map<string, FunctionSpec>(CATALOG.map((spec) => [spec.name, spec]));

/** Arguments without the trailing blanks, which stand for "the default" in a formula and in a call alike. */
export function meaningfulArguments(call: FunctionCall): readonly CallArgument[] {
  const args = [...call.args];
  while (args.length > 0) {
    const last = args[args.length - 1];
    if (last.kind !== 'literal' || last.value !== '') break;
    args.pop();
  }
  return args;
}

export function evaluateCall(call: FunctionCall, inputs: CallInputs): CallResult {
  const spec = SPECS.get(call.fn);
  if (spec === undefined) throw new Error(`no function ${call.fn} in the catalog`);
  const args: RangeArgument[] = meaningfulArguments(call).map((arg) => {
    if (arg.kind === 'column') return inputs.column(arg.sheet, arg.column, arg.firstRow);
    if (arg.kind === 'setting') return inputs.setting(arg.setting);
    return arg.value;
  });
  const context = callContextOf(spec.name, inputs);
  try {
    return { ok: true, value: spec.compute(args, context) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message };
    if (error instanceof TableTooLarge)
      return { ok: false, message: resultTooLarge(spec, error.rows, error.columns, false).message };
    throw error;
  }
}
