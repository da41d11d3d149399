/** Short builders for the dashboard's function calls, as the wizard tests write them. */

import type { CallArgument, FunctionCall, SettingId } from '../../src/wizard/dashboardBlocks';

/** One column of a sheet from a row down (the row after the headings, 2, unless said). */
export const col = (sheet: string, column: number, firstRow = 2): CallArgument => ({
  kind: 'column',
  sheet,
  column,
  firstRow,
});
export const set = (setting: SettingId): CallArgument => ({ kind: 'setting', setting });
export const lit = (value: string | number): CallArgument => ({ kind: 'literal', value });
export const call = (fn: string, ...args: CallArgument[]): FunctionCall => ({ fn, args });
