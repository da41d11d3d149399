/**
 * The warehouse side at scale (npm run bench -- --only=SQL): 10 and 100
 * million generated orders (1 and 10 million customers) in DuckDB, the
 * DuckDB dialect of the generated queries timed on them, and the fit of the
 * purchase model on the pattern table that comes back.
 *
 * The orders are generated inside DuckDB from range() and hash(), so no row
 * passes through Node: every customer makes a first purchase in the first 12
 * weeks (a cohort, as in CDNOW), 40% of them buy again, the repeat orders
 * spread uniformly over the repeat buyers and over the days from their first
 * purchase to the end of the 78 weeks; amounts from 5.00 to 104.99. The
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
import { BgNbd } from '../../src/models/bgNbd';
import type { Patterns } from '../../src/models/patterns';
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
const REPEAT_SHARE = 0.4;

export interface SqlBench {
  readonly lines: string[];
  readonly notes: string[];
}

/** The CREATE TABLE statement for `orders` orders of `customers` customers. */
function generateOrders(orders: number, customers: number): string {
  const repeaters = Math.round(customers * REPEAT_SHARE);
  // Order i < customers is customer i's first; later orders go to the repeaters (customers 0..repeaters-1).
  return `CREATE TABLE orders AS
WITH numbered AS (
  SELECT
    i,
    CASE WHEN i < ${customers} THEN i ELSE CAST(hash(i, 1) % ${repeaters} AS BIGINT) END AS customer
  FROM range(${orders}) AS t(i)
),
dated AS (
  SELECT i, customer, CAST(hash(customer, 2) % ${COHORT_DAYS} AS BIGINT) AS first_day FROM numbered
)
SELECT
  customer AS customer_id,
  CAST(DATE '${FIRST_DAY}' + INTERVAL (
    CASE WHEN i < ${customers} THEN first_day ELSE first_day + CAST(hash(i, 3) % (${OBSERVED_DAYS} - first_day) AS BIGINT) END
  ) DAY AS DATE) AS order_date,
  5 + CAST(hash(i, 4) % 10000 AS DOUBLE) / 100 AS amount,
  CAST(NULL AS VARCHAR) AS product,
  CAST(NULL AS VARCHAR) AS order_id
FROM dated`;
}

/**
 * The purchase-model fit on a pattern table: THE CALL TO SWITCH AT MERGE.
 * Until BTYD_FIT reads a table headed frequency, recency, T, customers, this
 * fits BG/NBD with src/models' BgNbd.fit directly on the weighted patterns
 * (the same fit BTYD_FIT runs, without reading a sheet); the lead replaces
 * the body with `runtime.call('BTYD_FIT', [['frequency', 'recency', 'T', 'customers'], ...rows])`
 * through dist/ and the label below with "BTYD_FIT(patterns)".
 */
export const FIT_LABEL = 'BgNbd.fit on the patterns (src/models, direct; BTYD_FIT(patterns) once it reads them)';
function fitPatterns(rows: readonly (readonly number[])[]): number[] {
  return Array.from(BgNbd.fit(weightedPatterns(rows)).fit.parameters);
}

/** The models' Patterns from (x, t_x, T, count) rows, as src/models/patterns.ts builds them from customers. */
function weightedPatterns(rows: readonly (readonly number[])[]): Patterns {
  const x = Float64Array.from(rows, (row) => row[0]);
  const T = Float64Array.from(rows, (row) => row[2]);
  const distinctX = Float64Array.from(new Set(x)).sort();
  const xPosition = new Map<number, number>();
  distinctX.forEach((value, i) => xPosition.set(value, i));
  const pairs = new Map<string, number>();
  const pairX: number[] = [];
  const pairT: number[] = [];
  const pairIndex = Int32Array.from(x, (value, i) => {
    const key = `${value}|${T[i]}`;
    let position = pairs.get(key);
    if (position === undefined) {
      position = pairX.length;
      pairs.set(key, position);
      pairX.push(value);
      pairT.push(T[i]);
    }
    return position;
  });
  return {
    x,
    tx: Float64Array.from(rows, (row) => row[1]),
    T,
    weight: Float64Array.from(rows, (row) => row[3]),
    size: rows.length,
    distinctX,
    xIndex: Int32Array.from(x, (value) => xPosition.get(value) as number),
    pairX: Float64Array.from(pairX),
    pairT: Float64Array.from(pairT),
    pairIndex,
  };
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

export async function benchSql(): Promise<SqlBench> {
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
      const asTable = (name: string, values: Record<string, string | null>) =>
        timed(() => connection.run(`CREATE OR REPLACE TEMP TABLE result AS ${withLiterals(query(name), values)}`));
      const summary = await asTable('customer_summary', { as_of: AS_OF, time_unit: 'week' });
      const cohorts = await asTable('cohort_retention', { period: 'month', as_of: AS_OF });
      const patterns = await timed(async () => {
        const reader = await connection.runAndReadAll(withLiterals(query('btyd_patterns'), { as_of: AS_OF }));
        return reader.getRowsJS().map((row) => row.map(Number));
      });
      const fit = await timed(async () => fitPatterns(patterns.value));
      const customers = patterns.value.reduce((sum, row) => sum + row[3], 0);
      if (customers !== size.customers) throw new Error(`patterns count ${customers} customers`);
      const line = `| ${size.orders.toLocaleString('en-US')} | ${size.customers.toLocaleString('en-US')} | ${seconds(generated.ms)} | ${seconds(summary.ms)} | ${seconds(cohorts.ms)} | ${seconds(patterns.ms)} | ${patterns.value.length.toLocaleString('en-US')} | ${fit.ms.toFixed(0)} |`;
      lines.push(line);
      console.log(line);
      notes.push(
        `${size.orders.toLocaleString('en-US')} orders: BG/NBD r, alpha, a, b = ${fit.value.map((v) => v.toPrecision(4)).join(', ')}`,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { lines, notes };
}
