/**
 * The DuckDB queries on generated tables, against the add-on's functions
 * through dist/ on the same rows: a customer list, survey answers (0-10,
 * and 1-5 and 1-7 scales for CSAT and CES), and a messy order list (ids with
 * spaces, blank rows, products and order ids). Each table has blank rows and
 * rows whose key is blank, which both sides must leave out. The same
 * tolerance as on CDNOW: counts, dates and labels exact, floats to 1e-12.
 */

import type { BundleRuntime } from '../../scripts/emulator/appsScriptRuntime';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { CATALOG } from '../../src/catalog';
import { generateQueries, type GeneratedQuery } from '../../src/sql';
import { DIALECTS } from '../../src/sql/dialect';
import { type Cell, type Database, openDatabase, type TableData } from '../support/duckdb';
import { callBundle, rangeOf, spreadsheetBundle } from '../support/sqlTwins';
import { compareTwin, dateOption, option, orderCases, type TwinCase } from '../support/twinCases';

const DAY_MS = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

/** 1,500 customers over two years; about half have left; sources in mixed case and spacing. */
function customerTable(): TableData {
  const random = seededRandom(3);
  const first = dayOf('2022-01-01');
  const rows: Cell[][] = [];
  for (let i = 0; i < 1500; i++) {
    const start = first + Math.floor(random() * 730);
    const end = random() < 0.5 ? start + Math.floor(random() * 400) : null;
    const source = pick(random, [' Referral', 'referral', 'Friend', 'friend ', 'Ads', 'Search', null, '', '  ']);
    rows.push([`C${i}`, isoOf(start), end === null ? null : isoOf(end), source]);
    if (i % 97 === 0) rows.push([null, null, null, null]);
    if (i % 211 === 0) rows.push([`X${i}`, null, isoOf(start), 'Ads']);
  }
  return {
    columns: [
      { name: 'customer_id', type: 'VARCHAR' },
      { name: 'start_date', type: 'DATE' },
      { name: 'end_date', type: 'DATE' },
      { name: 'source', type: 'VARCHAR' },
    ],
    rows,
  };
}

/** Survey answers over 18 months on a 0..max scale (from 1 when `min` is 1); a few without a score. */
function responseTable(seed: number, min: number, max: number, weights?: readonly number[]): TableData {
  const random = seededRandom(seed);
  const first = dayOf('2023-01-01');
  const rows: Cell[][] = [];
  const scores = Array.from({ length: max - min + 1 }, (_, k) => min + k);
  const cumulative = (weights ?? scores.map(() => 1)).map(
    (
      (sum) => (w: number) =>
        (sum += w)
    )(0),
  );
  const total = cumulative[cumulative.length - 1];
  for (let i = 0; i < 4000; i++) {
    const day = first + Math.floor(random() * 547);
    const u = random() * total;
    const score = random() < 0.03 ? null : scores[cumulative.findIndex((c) => u < c)];
    rows.push([isoOf(day), `C${i % 900}`, score, pick(random, ['Basic', 'Pro', ' Pro ', 'Team', null, ''])]);
    if (i % 301 === 0) rows.push([null, null, null, null]);
  }
  return {
    columns: [
      { name: 'response_date', type: 'DATE' },
      { name: 'customer_id', type: 'VARCHAR' },
      { name: 'score', type: 'BIGINT' },
      { name: 'segment', type: 'VARCHAR' },
    ],
    rows,
  };
}

/** 3,000 order lines of 400 customers over 2023-2024, ids sometimes padded, lines sharing order ids. */
function orderTable(): TableData {
  const random = seededRandom(5);
  const first = dayOf('2023-01-01');
  const rows: Cell[][] = [];
  let order = 0;
  for (let i = 0; i < 3000; i++) {
    const customer = Math.floor(random() * 400);
    const id = pick(random, [`${customer}`, ` ${customer}`, `${customer}  `]);
    if (random() < 0.7) order++;
    const day = first + Math.floor(random() * 700);
    const amount = Math.round(random() * 20000) / 100;
    rows.push([id, isoOf(day), amount, pick(random, ['Beans', ' Beans', 'Grinder', 'Mug']), `O${order}`]);
    if (i % 113 === 0) rows.push([null, null, null, null, null]);
    if (i % 157 === 0) rows.push(['   ', isoOf(day), 5, 'Mug', 'O0']);
  }
  return {
    columns: [
      { name: 'customer_id', type: 'VARCHAR' },
      { name: 'order_date', type: 'DATE' },
      { name: 'amount', type: 'DOUBLE' },
      { name: 'product', type: 'VARCHAR' },
      { name: 'order_id', type: 'VARCHAR' },
    ],
    rows,
  };
}

/** The sheet's ranges of a table: one per column, dates as date cells. */
function rangesOf(runtime: BundleRuntime, table: TableData): Record<string, unknown[][]> {
  return Object.fromEntries(
    table.columns.map((column, i) => [
      column.name,
      rangeOf(
        runtime,
        column.name,
        table.rows.map((row) => row[i]),
        column.type === 'DATE',
      ),
    ]),
  );
}

type Call = (r: Record<string, unknown[][]>, runtime: BundleRuntime) => unknown;
const call =
  (name: string, ...args: Call[]): Call =>
  (r, runtime) =>
    callBundle(runtime, name, ...args.map((arg) => arg(r, runtime)));
const range =
  (name: string): Call =>
  (r) =>
    r[name];
const value =
  (v: Cell): Call =>
  () =>
    option(v);
const date =
  (iso: string | null): Call =>
  (_, runtime) =>
    dateOption(runtime, iso);
const periods = ['day', 'week', 'month', 'quarter', 'year'] as const;

const CUSTOMER_CASES: TwinCase[] = [
  ...[
    ['2023-01-01', '2023-01-31'],
    ['2023-04-01', '2023-06-30'],
    ['2022-07-15', '2023-07-14'],
  ].flatMap(([from, to]): TwinCase[] =>
    (['churn_rate', 'retention_rate'] as const).map((name) => ({
      title: `${name} from ${from} to ${to}`,
      query: name,
      parameters: { period_start: from, period_end: to },
      call: call(name.toUpperCase(), range('start_date'), range('end_date'), date(from), date(to)),
      shape: 'scalar',
    })),
  ),
  ...[null, ...periods].map((period): TwinCase => ({
    title: `churn trend by ${period ?? 'default (month)'}`,
    query: 'churn_trend',
    parameters: { period },
    call: call('CHURN_TREND', range('start_date'), range('end_date'), value(period)),
    shape: 'rows',
  })),
  {
    title: 'referral rate, default label',
    query: 'referral_rate',
    parameters: { referral_labels: null },
    call: call('REFERRAL_RATE', range('source')),
    shape: 'scalar',
  },
  {
    title: 'referral rate of two labels',
    query: 'referral_rate',
    parameters: { referral_labels: ['Referral', ' FRIEND', ''] },
    call: call('REFERRAL_RATE', range('source'), () => [['Referral'], [' FRIEND'], ['']]),
    shape: 'scalar',
  },
];

const SURVEY_CASES: TwinCase[] = [
  { title: 'NPS', query: 'nps', parameters: {}, call: call('NPS', range('score')), shape: 'scalar' },
  ...[null, 0.5, 0.8, 0.9, 0.99, 0.999999, 1 - 1e-12].map((confidence): TwinCase => ({
    title: `NPS summary at confidence ${confidence ?? 'default (0.95)'}`,
    query: 'nps_summary',
    parameters: { confidence },
    call: call('NPS_SUMMARY', range('score'), value(confidence)),
    shape: 'labels',
  })),
  ...[null, ...periods].map((period): TwinCase => ({
    title: `NPS trend by ${period ?? 'default (month)'}`,
    query: 'nps_trend',
    parameters: { period },
    call: call('NPS_TREND', range('response_date'), range('score'), value(period)),
    shape: 'rows',
  })),
  {
    title: 'NPS by segment',
    query: 'nps_by',
    parameters: {},
    call: call('NPS_BY', range('segment'), range('score')),
    shape: 'rows',
  },
];

const SCALE_CASES: TwinCase[] = [
  {
    title: 'CSAT on 1-5, top two boxes',
    query: 'csat',
    parameters: { scale_max: null, threshold: null },
    call: call('CSAT', range('score')),
    shape: 'scalar',
  },
  {
    title: 'CSAT on 1-5, top box',
    query: 'csat',
    parameters: { scale_max: 5, threshold: 5 },
    call: call('CSAT', range('score'), value(5), value(5)),
    shape: 'scalar',
  },
  {
    title: 'CES on 1-7 read as 1-10',
    query: 'ces',
    parameters: { scale_max: 10 },
    call: call('CES', range('score'), value(10)),
    shape: 'scalar',
  },
];

describe('the DuckDB queries on generated tables agree with the functions through dist/', () => {
  let db: Database;
  let runtime: BundleRuntime;
  const ranges: Record<string, Record<string, unknown[][]>> = {};
  const queries: Record<string, Map<string, GeneratedQuery>> = {};
  const tables = {
    main: { customers: customerTable(), responses: responseTable(4, 0, 10, [2, 1, 1, 1, 2, 3, 4, 6, 8, 7, 6]) },
    csat: { responses: responseTable(6, 1, 5) },
    orders: { orders: orderTable() },
  } as const;

  beforeAll(async () => {
    db = await openDatabase();
    runtime = spreadsheetBundle();
    for (const [schema, schemaTables] of Object.entries(tables)) {
      if (schema !== 'main') await db.exec(`CREATE SCHEMA ${schema}`);
      for (const [name, table] of Object.entries(schemaTables)) {
        await db.load(`${schema}.${name}`, table);
        ranges[`${schema}.${name}`] = rangesOf(runtime, table);
      }
      queries[schema] = new Map(
        generateQueries(CATALOG, DIALECTS.duckdb, `${schema}.`).map((query) => [query.name, query]),
      );
    }
  }, 60_000);

  afterAll(() => db?.close());

  const check = async (schema: string, table: string, twin: TwinCase) => {
    const query = queries[schema].get(twin.query);
    if (query === undefined) throw new Error(`no query ${twin.query}`);
    const sql = await db.run(query, twin.parameters);
    expect(sql.length).toBeGreaterThan(0);
    const sheet = twin.call(ranges[`${schema}.${table}`], runtime);
    expect(compareTwin(twin, query, sql, sheet).slice(0, 10)).toEqual([]);
  };

  it.each(CUSTOMER_CASES.map((t) => [t.title, t] as const))('customers: %s', (_, twin) =>
    check('main', 'customers', twin),
  );
  it.each(SURVEY_CASES.map((t) => [t.title, t] as const))('responses: %s', (_, twin) =>
    check('main', 'responses', twin),
  );
  it.each(SCALE_CASES.map((t) => [t.title, t] as const))('responses on a 1-5 scale: %s', (_, twin) =>
    check('csat', 'responses', twin),
  );
  it.each(orderCases('2024-03-31').map((t) => [t.title, t] as const))('messy orders: %s', (_, twin) =>
    check('orders', 'orders', twin),
  );
});

describe('the DuckDB queries stop with a message where the functions give an error', () => {
  let db: Database;
  let queries: Map<string, GeneratedQuery>;

  beforeAll(async () => {
    db = await openDatabase();
    await db.load('orders', {
      columns: [
        { name: 'customer_id', type: 'VARCHAR' },
        { name: 'order_date', type: 'DATE' },
        { name: 'amount', type: 'DOUBLE' },
        { name: 'product', type: 'VARCHAR' },
        { name: 'order_id', type: 'VARCHAR' },
      ],
      rows: [
        ['1', '2024-01-05', 10, 'Mug', 'A'],
        ['2', null, 12, 'Mug', 'B'],
        [null, null, -3, null, null],
      ],
    });
    await db.load('customers', {
      columns: [
        { name: 'customer_id', type: 'VARCHAR' },
        { name: 'start_date', type: 'DATE' },
        { name: 'end_date', type: 'DATE' },
        { name: 'source', type: 'VARCHAR' },
      ],
      rows: [['C1', '2024-02-01', '2024-01-31', 'Ads']],
    });
    await db.load('responses', {
      columns: [
        { name: 'response_date', type: 'DATE' },
        { name: 'customer_id', type: 'VARCHAR' },
        { name: 'score', type: 'DOUBLE' },
        { name: 'segment', type: 'VARCHAR' },
      ],
      rows: [
        ['2024-01-01', 'C1', 9, 'Pro'],
        ['2024-01-02', 'C2', 7.5, 'Pro'],
      ],
    });
    queries = new Map(generateQueries(CATALOG, DIALECTS.duckdb).map((query) => [query.name, query]));
  });

  afterAll(() => db?.close());

  const run = (name: string, parameters: Record<string, Cell> = {}) => {
    const query = queries.get(name);
    if (query === undefined) throw new Error(`no query ${name}`);
    return db.run(query, parameters);
  };

  it('an order without a date', async () => {
    await expect(run('repeat_purchase_rate')).rejects.toThrow(
      'REPEAT_PURCHASE_RATE: an order of customer 2 has no order_date',
    );
  });

  it('a negative amount', async () => {
    await db.exec("INSERT INTO orders VALUES ('3', DATE '2024-01-06', -1, 'Mug', 'C')");
    await expect(run('avg_order_value')).rejects.toThrow('AVG_ORDER_VALUE: an order line has a negative amount');
    await db.exec("DELETE FROM orders WHERE customer_id = '3'");
    await db.exec('DELETE FROM orders WHERE customer_id IS NULL');
    expect(await run('avg_order_value')).toEqual([{ avg_order_value: 11 }]);
  });

  it('an option that is not one of the choices, and a missing lifespan', async () => {
    await db.exec("UPDATE orders SET order_date = DATE '2024-02-01' WHERE customer_id = '2'");
    await expect(
      run('cohort_retention', { period: 'fortnight', mode: null, values: null, as_of: null }),
    ).rejects.toThrow('COHORT_RETENTION: period is fortnight; use one of "week", "month", "quarter"');
    await expect(run('clv', { lifespan_years: null, gross_margin: null })).rejects.toThrow(
      'CLV: lifespan_years is missing',
    );
    await expect(run('customer_summary', { as_of: '2023-12-31', time_unit: null })).rejects.toThrow(
      'CUSTOMER_SUMMARY: no orders on or before as_of (2023-12-31)',
    );
  });

  it('a customer who ends before starting', async () => {
    await expect(run('churn_trend', { period: null })).rejects.toThrow(
      'CHURN_TREND: the customer C1 ends on 2024-01-31, before it starts on 2024-02-01',
    );
  });

  it('a score that is not a whole number on the scale', async () => {
    await expect(run('nps')).rejects.toThrow('NPS: a response holds 7.5; scores must be whole numbers from 0 to 10.');
  });
});
