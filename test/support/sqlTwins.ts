/**
 * Comparing a generated query's result with what the add-on's function gives
 * through dist/ on the same rows: the function's table with its heading
 * turned into the query's column names, and cell-by-cell differences.
 */

import { type BundleRuntime, loadBundle } from '../../scripts/emulator/appsScriptRuntime';
import type { GeneratedQuery } from '../../src/sql';
import { appsScriptStubs } from './appsScriptStubs';
import { fromScript } from './crossRealm';
import type { Cell, ResultRow } from './duckdb';

/** Floating-point results may differ in the last bits (sums in another order); everything else exactly. */
export const RELATIVE_TOLERANCE = 1e-12;

export function spreadsheetBundle(): BundleRuntime {
  return loadBundle(appsScriptStubs('UTC').services);
}

/** A date cell as Sheets hands it to a custom function in a UTC spreadsheet. */
export function dateCell(runtime: BundleRuntime, iso: string): Date {
  return runtime.newDate(Date.parse(`${iso}T00:00:00Z`));
}

/** A column as a one-column range with a heading; `dates` turns YYYY-MM-DD text into date cells. */
export function rangeOf(runtime: BundleRuntime, heading: string, values: readonly Cell[], dates = false): unknown[][] {
  return [
    [heading],
    ...values.map((value) => [value === null ? '' : dates ? dateCell(runtime, String(value)) : value]),
  ];
}

/** The function's result through dist/, dates as YYYY-MM-DD, blanks as null. */
export function callBundle(runtime: BundleRuntime, name: string, ...args: unknown[]): unknown {
  const plain = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(plain);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return value === '' ? null : value;
  };
  return plain(fromScript(runtime.call(name, ...args)));
}

/** A heading as a column name: snake_case, a one-letter heading (T, R, F, M) as it is. */
export function columnName(heading: string): string {
  return /^[A-Z]$/.test(heading) ? heading : heading.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

/** The query's rows as arrays in its column order; the result must have exactly those columns. */
export function rowsOf(query: GeneratedQuery, rows: readonly ResultRow[]): unknown[][] {
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.join() !== query.columns.join())
      throw new Error(`${query.file}: columns ${keys.join()} instead of ${query.columns.join()}`);
  }
  return rows.map((row) => query.columns.map((c) => row[c]));
}

function same(got: unknown, want: unknown): boolean {
  if (Object.is(got, want)) return true;
  if (typeof got === 'number' && typeof want === 'number' && Number.isFinite(got) && Number.isFinite(want))
    return Math.abs(got - want) <= RELATIVE_TOLERANCE * Math.max(Math.abs(got), Math.abs(want));
  return false;
}

/** Every differing cell as { row, column, sql, sheet }; rows must line up one to one. */
export function differences(sql: readonly unknown[][], sheet: readonly unknown[][]): unknown[] {
  const found: unknown[] = [];
  for (let i = 0; i < Math.max(sql.length, sheet.length); i++) {
    const width = Math.max(sql[i]?.length ?? 0, sheet[i]?.length ?? 0);
    for (let j = 0; j < width; j++) {
      if (!same(sql[i]?.[j], sheet[i]?.[j])) found.push({ row: i, column: j, sql: sql[i]?.[j], sheet: sheet[i]?.[j] });
    }
  }
  return found;
}

/** Rows sorted by their first cells, as text: for tables whose row order the sheet and SQL define differently. */
export function sortedRows(rows: readonly unknown[][], keyColumns = 1): unknown[][] {
  const key = (row: readonly unknown[]) => JSON.stringify(row.slice(0, keyColumns));
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The sheet table's heading as column names, and its rows. */
export function splitHeading(table: unknown): { columns: string[]; rows: unknown[][] } {
  if (!Array.isArray(table)) throw new Error(`not a table: ${JSON.stringify(table)}`);
  const [heading, ...rows] = table as unknown[][];
  return { columns: heading.map((cell) => columnName(String(cell))), rows };
}
