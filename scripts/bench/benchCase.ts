/** What the benchmark needs to know about one function. */

import type { BundleRuntime } from '../emulator/appsScriptRuntime';

export type Cell = string | number | boolean | Date | null;

export interface BenchInput {
  /** Columns of Sheets-shaped cells (each a 2D one-column array), as the custom function receives them. */
  readonly columns: Record<string, Cell[][]>;
}

export interface BenchCase {
  /** The function measured, e.g. NPS. */
  readonly name: string;
  /** Builds the input: `rows` data rows under a heading, with blanks and text where real data has them. */
  input(rows: number, runtime: BundleRuntime): BenchInput;
  /** The custom function call, through the bundle. */
  call(runtime: BundleRuntime, input: BenchInput): unknown;
  /** The simplest hand-written loop computing the same result on the same input. */
  handLoop(input: BenchInput): unknown;
  /**
   * The native-formula way in a sheet, over columns A, B, C... of a sheet
   * named Data holding the same columns (A1 is the heading): cell -> formula.
   */
  nativeFormulas(input: BenchInput): Record<string, string>;
  /** Reads the native result back (cell values by address) for comparison. */
  nativeResult?(value: (address: string) => unknown): unknown;
}
