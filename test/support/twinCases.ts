/**
 * The metric queries and the functions they mirror, as cases: which query
 * with which parameters, which function call on the same rows, and how the
 * two results line up. Shared by the SQL tests on CDNOW and on generated
 * tables.
 */

import type { BundleRuntime } from '../../scripts/emulator/appsScriptRuntime';
import type { Cell } from './duckdb';
import { callBundle, columnName, dateCell, differences, rowsOf, sortedRows, splitHeading } from './sqlTwins';
import type { GeneratedQuery } from '../../src/sql';
import type { ResultRow } from './duckdb';

/** How the query's rows line up with the function's result. */
export type Shape =
  /** One row, one column; the function returns one value. */
  | 'scalar'
  /** The function's table in the same row order. */
  | 'rows'
  /** The function's table, rows in another order (first appearance in the sheet, by key in SQL). */
  | 'rows by key'
  /** The cohort grid, in long form in SQL: cohort, customers, period, value; blank cells absent. */
  | 'cohort grid'
  /** A table of label and value without a heading (NPS_SUMMARY), row for row. */
  | 'labels';

export interface TwinCase {
  readonly title: string;
  readonly query: string;
  readonly parameters: Record<string, Cell | readonly string[]>;
  /** The function call on the sheet's ranges (range names as in the table's columns). */
  readonly call: (ranges: Record<string, unknown[][]>, runtime: BundleRuntime) => unknown;
  readonly shape: Shape;
}

/** A date option as a date cell, or blank. */
export const dateOption = (runtime: BundleRuntime, iso: string | null): unknown =>
  iso === null ? '' : dateCell(runtime, iso);

/** A text option as the cell holds it ('' for NULL). */
export const option = (value: Cell): unknown => (value === null ? '' : value);

/** The cohort grid as long rows: cohort, customers, period k, value, blank cells left out. */
function cohortCells(rows: readonly unknown[][]): unknown[][] {
  return rows.flatMap((row) =>
    row.slice(2).flatMap((value, k) => (value === null ? [] : [[row[0], row[1], k, value]])),
  );
}

/** Compares a query result with the function's; the differing cells, [] when they agree. */
export function compareTwin(
  twin: TwinCase,
  query: GeneratedQuery,
  sqlRows: readonly ResultRow[],
  sheet: unknown,
): unknown[] {
  const sql = rowsOf(query, sqlRows);
  if (twin.shape === 'scalar') {
    if (Array.isArray(sheet)) throw new Error(`${twin.title}: the function returned a table`);
    return differences(sql, [[sheet]]);
  }
  if (twin.shape === 'labels') return differences(sql, sheet as unknown[][]);
  const { columns, rows } = splitHeading(sheet);
  if (twin.shape === 'cohort grid') {
    if (columns.slice(0, 2).join() !== 'cohort,customers') throw new Error(`unexpected heading ${columns.join()}`);
    return differences(sql, cohortCells(rows));
  }
  if (columns.join() !== query.columns.join())
    return [{ heading: columns, columns: query.columns, as: query.columns.map(columnName) }];
  return twin.shape === 'rows' ? differences(sql, rows) : differences(sortedRows(sql), sortedRows(rows));
}

/** The order functions' cases on a table of orders; `asOf` an as_of date inside the data. */
export function orderCases(asOf: string): TwinCase[] {
  const call =
    (name: string, ...args: ((r: Record<string, unknown[][]>, runtime: BundleRuntime) => unknown)[]) =>
    (r: Record<string, unknown[][]>, runtime: BundleRuntime) =>
      callBundle(runtime, name, ...args.map((arg) => arg(r, runtime)));
  const ids = (r: Record<string, unknown[][]>) => r.customer_id;
  const dates = (r: Record<string, unknown[][]>) => r.order_date;
  const amounts = (r: Record<string, unknown[][]>) => r.amount;
  const value = (v: Cell) => () => option(v);
  const date = (iso: string | null) => (_: unknown, runtime: BundleRuntime) => dateOption(runtime, iso);
  return [
    {
      title: 'repeat purchase rate',
      query: 'repeat_purchase_rate',
      parameters: {},
      call: call('REPEAT_PURCHASE_RATE', ids, dates),
      shape: 'scalar',
    },
    {
      title: 'purchase frequency',
      query: 'purchase_frequency',
      parameters: {},
      call: call('PURCHASE_FREQUENCY', ids),
      shape: 'scalar',
    },
    {
      title: 'average order value with order ids',
      query: 'avg_order_value',
      parameters: {},
      call: call('AVG_ORDER_VALUE', amounts, (r) => r.order_id),
      shape: 'scalar',
    },
    {
      title: 'upsell rate',
      query: 'upsell_rate',
      parameters: {},
      call: call('UPSELL_RATE', ids, (r) => r.product),
      shape: 'scalar',
    },
    {
      title: 'CLV, 3 years at 60% margin',
      query: 'clv',
      parameters: { lifespan_years: 3, gross_margin: 0.6 },
      call: call('CLV', ids, dates, amounts, value(3), value(0.6)),
      shape: 'scalar',
    },
    {
      title: 'CLV, default margin',
      query: 'clv',
      parameters: { lifespan_years: 2.5, gross_margin: null },
      call: call('CLV', ids, dates, amounts, value(2.5)),
      shape: 'scalar',
    },
    {
      title: 'customer summary, defaults',
      query: 'customer_summary',
      parameters: { as_of: null, time_unit: null },
      call: call('CUSTOMER_SUMMARY', ids, dates, amounts),
      shape: 'rows by key',
    },
    ...(['day', 'week', 'month'] as const).map((unit): TwinCase => ({
      title: `customer summary as of ${asOf} in ${unit}s`,
      query: 'customer_summary',
      parameters: { as_of: asOf, time_unit: unit },
      call: call('CUSTOMER_SUMMARY', ids, dates, amounts, date(asOf), value(unit)),
      shape: 'rows by key',
    })),
    {
      title: 'cohort retention, defaults',
      query: 'cohort_retention',
      parameters: { period: null, mode: null, values: null, as_of: null },
      call: call('COHORT_RETENTION', ids, dates),
      shape: 'cohort grid',
    },
    {
      title: 'cohort retention by quarter, counts',
      query: 'cohort_retention',
      parameters: { period: 'quarter', mode: null, values: 'count', as_of: null },
      call: call('COHORT_RETENTION', ids, dates, value('quarter'), value(null), value('count')),
      shape: 'cohort grid',
    },
    {
      title: 'cohort retention by month, unbounded',
      query: 'cohort_retention',
      parameters: { period: 'Month', mode: 'unbounded', values: null, as_of: null },
      call: call('COHORT_RETENTION', ids, dates, value('Month'), value('unbounded')),
      shape: 'cohort grid',
    },
    {
      title: `cohort retention by week as of ${asOf}, unbounded counts`,
      query: 'cohort_retention',
      parameters: { period: 'week', mode: 'unbounded', values: 'count', as_of: asOf },
      call: call('COHORT_RETENTION', ids, dates, value('week'), value('unbounded'), value('count'), date(asOf)),
      shape: 'cohort grid',
    },
    {
      title: `cohort retention by week as of ${asOf}`,
      query: 'cohort_retention',
      parameters: { period: 'week', mode: null, values: null, as_of: asOf },
      call: call('COHORT_RETENTION', ids, dates, value('week'), value(null), value(null), date(asOf)),
      shape: 'cohort grid',
    },
    {
      title: 'RFM, defaults',
      query: 'rfm',
      parameters: { as_of: null },
      call: call('RFM', ids, dates, amounts),
      shape: 'rows by key',
    },
    {
      title: `RFM as of ${asOf}`,
      query: 'rfm',
      parameters: { as_of: asOf },
      call: call('RFM', ids, dates, amounts, date(asOf)),
      shape: 'rows by key',
    },
    {
      title: 'RFM summary, defaults',
      query: 'rfm_summary',
      parameters: { as_of: null },
      call: call('RFM_SUMMARY', ids, dates, amounts),
      shape: 'rows',
    },
    {
      title: `RFM summary as of ${asOf}`,
      query: 'rfm_summary',
      parameters: { as_of: asOf },
      call: call('RFM_SUMMARY', ids, dates, amounts, date(asOf)),
      shape: 'rows',
    },
  ];
}
