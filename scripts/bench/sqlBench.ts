/**
 * The warehouse side at scale (npm run bench -- --only=SQL): 10 and 100
 * million generated orders (1 and 10 million customers) in DuckDB, the
 * DuckDB dialect of the generated queries timed on them, and the fit of the
 * purchase model on the pattern table that comes back.
 *
 * The orders are generated inside DuckDB from range() and hash(), so no row
 * passes through Node: every customer makes a first purchase in the first 12
 * weeks (a cohort, as in CDNOW), then buys as the Pareto/NBD describes, at a
 * rate of their own until a lifetime of their own ends (generateOrders); the
 * number of orders comes out within a few percent of the nominal size, and
 * the table gives the count. Amounts from 5.00 to 104.99. The
 * database is a temporary file (100 million rows would crowd the memory of a
 * 24 GiB machine shared with other work), removed at the end.
 *
 * Each query is timed as `CREATE TEMP TABLE AS` its result (so the engine
 * computes every row, and Node does not hold millions of them), once: a warm
 * second run differs little here, and one run of the largest takes minutes.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CATALOG } from '../../src/catalog';
import { type BundleRuntime, loadBundle } from '../emulator/appsScriptRuntime';
import { EmulatedUtilities } from '../emulator/services';
import { generateQueries, type GeneratedQuery } from '../../src/sql';
import { DIALECTS } from '../../src/sql/dialect';

/** SQL_BENCH_SCALE=100 divides the sizes by 100, for a quick check of the bench itself. */
const SCALE = Number(process.env.SQL_BENCH_SCALE ?? '1');
const SIZES = [
  { orders: 10_000_000, customers: 1_000_000 },
  { orders: 100_000_000, customers: 10_000_000 },
].map(({ orders, customers }) => ({ orders: orders / SCALE, customers: customers / SCALE }));
const FIRST_DAY = '2022-01-01';
const COHORT_DAYS = 84;
const OBSERVED_DAYS = 546;
const AS_OF = '2023-06-30';
/** The mean of the exponential lifetime's scale (days), and the mean days alive that gives (measured). */
const LIFETIME_DAYS = 150;
const MEAN_ALIVE_DAYS = 221;

export interface SqlBench {
  readonly lines: string[];
  readonly notes: string[];
}

/** A uniform number in (0, 1) from hash(...) of the arguments, in SQL. */
const uniform = (...args: string[]) => `((1 + hash(${args.join(', ')}) % 1000000) / 1000001.0)`;

/**
 * The CREATE TABLE statement for about `orders` orders of `customers`
 * customers, drawn as the Pareto/NBD describes buying: each customer buys at
 * a rate of their own (exponential across customers) while alive, and is
 * alive for an exponential lifetime whose rate differs between customers too,
 * cut at the end of the window. The repeat orders are spread uniformly over
 * the customer's time alive. The number of orders is random; the mean rate is
 * set so that it comes out close to `orders`.
 */
function generateOrders(orders: number, customers: number): string {
  const repeatOrdersPerCustomer = orders / customers - 1;
  // E[alive days] of these lifetimes (mean 150 / E at rate exponential, cut at the window), about 221 days:
  // measured on a million customers; the rate gives the wanted repeat orders per customer on average.
  const ratePerDay = repeatOrdersPerCustomer / MEAN_ALIVE_DAYS;
  return `CREATE TABLE orders AS
WITH people AS (
  SELECT c,
    CAST(hash(c, 2) % ${COHORT_DAYS} AS BIGINT) AS first_day,
    -ln(${uniform('c', '3')}) * ${ratePerDay} AS rate,
    -ln(${uniform('c', '4')}) * ${LIFETIME_DAYS} / -ln(${uniform('c', '5')}) AS lifetime
  FROM range(${customers}) AS t(c)
),
alive AS (
  SELECT c, first_day, LEAST(lifetime, ${OBSERVED_DAYS} - 1 - first_day) AS days, rate FROM people
),
repeats AS (
  -- floor(expected + u): the expected number of repeat orders, in whole orders (a Poisson's mean, less spread).
  SELECT c, first_day, days, CAST(floor(rate * days + ${uniform('c', '6')}) AS BIGINT) AS n FROM alive
),
events AS (
  SELECT c, first_day AS day, 0 AS k FROM people
  UNION ALL
  SELECT c, first_day + CAST(floor(days * ${uniform('c', 'k', '7')}) AS BIGINT) AS day, k + 1 AS k
  FROM repeats, LATERAL (SELECT unnest(range(n)) AS k)
)
SELECT
  c AS customer_id,
  CAST(DATE '${FIRST_DAY}' + INTERVAL (day) DAY AS DATE) AS order_date,
  5 + CAST(hash(c, k, 8) % 10000 AS DOUBLE) / 100 AS amount,
  CAST(NULL AS VARCHAR) AS product,
  CAST(NULL AS VARCHAR) AS order_id
FROM events`;
}

/**
 * The purchase-model fit on the pattern table as a person would run it: the
 * rows pasted under the heading frequency, recency, T, customers, and
 * BTYD_FIT called on them through dist/ (the bundle clasp pushes), which
 * reads the table, fits BG/NBD and the spend model's absence says so.
 */
export const FIT_LABEL = 'BTYD_FIT(patterns) through dist/';
function fitPatterns(runtime: BundleRuntime, rows: readonly (readonly number[])[]): number[] {
  const table = runtime.call('BTYD_FIT', [['frequency', 'recency', 'T', 'customers'], ...rows]) as unknown[][];
  // Rows r, alpha, a, b under the heading: their estimates.
  return table.slice(1, 5).map((row) => Number(row[1]));
}

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** A query's text with its parameters spelled out as literals (DuckDB's CREATE TABLE AS takes no parameters). */
function withLiterals(query: GeneratedQuery, values: Record<string, string | null>): string {
  let text = query.text;
  for (const p of query.parameters) {
    const value = values[p.name] ?? null;
    text = text.split(`$${p.name}`).join(value === null ? 'NULL' : `'${value}'`);
  }
  return text;
}

const ZONE = 'UTC';

export async function benchSql(): Promise<SqlBench> {
  const runtime = loadBundle({
    SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => ZONE, getSpreadsheetLocale: () => 'en_US' }) },
    Session: { getScriptTimeZone: () => ZONE },
    // No document cache: every timed call fits afresh, as the first cell over new orders does.
    CacheService: { getDocumentCache: () => null },
    Utilities: new EmulatedUtilities(),
  });
  const queries = new Map(generateQueries(CATALOG, DIALECTS.duckdb).map((q) => [q.name, q]));
  const query = (name: string) => {
    const found = queries.get(name);
    if (found === undefined) throw new Error(`no query ${name}`);
    return found;
  };
  const lines = [
    `| Orders | Customers | Generate (s) | customer_summary (s) | cohort_retention (s) | btyd_patterns (s) | Pattern rows | ${FIT_LABEL} (ms) |`,
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const notes: string[] = [];
  console.log(lines.join('\n'));
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'loyalty-sql-bench-'));
    const instance = await DuckDBInstance.create(join(dir, 'bench.duckdb'), {
      memory_limit: '12GB',
      temp_directory: join(dir, 'spill'),
    });
    const connection = await instance.connect();
    try {
      const generated = await timed(() => connection.run(generateOrders(size.orders, size.customers)));
      const count = await connection.runAndReadAll('SELECT count(*) FROM orders');
      const orderCount = Number(count.getRowsJS()[0][0]);
      const asTable = (name: string, values: Record<string, string | null>) =>
        timed(() => connection.run(`CREATE OR REPLACE TEMP TABLE result AS ${withLiterals(query(name), values)}`));
      const summary = await asTable('customer_summary', { as_of: AS_OF, time_unit: 'week' });
      const cohorts = await asTable('cohort_retention', { period: 'month', as_of: AS_OF });
      const patterns = await timed(async () => {
        const reader = await connection.runAndReadAll(withLiterals(query('btyd_patterns'), { as_of: AS_OF }));
        return reader.getRowsJS().map((row) => row.map(Number));
      });
      const fit = await timed(async () => fitPatterns(runtime, patterns.value));
      const customers = patterns.value.reduce((sum, row) => sum + row[3], 0);
      if (customers !== size.customers) throw new Error(`patterns count ${customers} customers`);
      const line = `| ${orderCount.toLocaleString('en-US')} | ${size.customers.toLocaleString('en-US')} | ${seconds(generated.ms)} | ${seconds(summary.ms)} | ${seconds(cohorts.ms)} | ${seconds(patterns.ms)} | ${patterns.value.length.toLocaleString('en-US')} | ${fit.ms.toFixed(0)} |`;
      lines.push(line);
      console.log(line);
      notes.push(
        `${orderCount.toLocaleString('en-US')} orders: BG/NBD r, alpha, a, b = ${fit.value.map((v) => v.toPrecision(4)).join(', ')}`,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { lines, notes };
}
