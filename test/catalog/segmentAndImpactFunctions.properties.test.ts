/**
 * Row order, blank rows and a heading row never change what a by-segment or
 * impact function gives, and what it gives is always cells Sheets can show.
 * Every call must succeed: a property that compared two identical error
 * messages would pass with a broken function.
 */

import fc from 'fast-check';
import { callFunction } from '../support/callFunction';

const DAY = 86_400_000;
const isoOf = (offset: number) => new Date(Date.UTC(2023, 0, 1) + offset * DAY).toISOString().slice(0, 10);

type Cell = string | number;
/** A sheet: rows of cells, one field per column; null rows are blank rows. */
type Rows = readonly (readonly Cell[] | null)[];

/** Column c of the rows as a one-column range, with a heading when asked. */
function columnOf(rows: Rows, c: number, heading?: string): Cell[][] {
  const cells = rows.map((row) => [row === null ? '' : row[c]]);
  return heading === undefined ? cells : [[heading], ...cells];
}

/** Columns a and b of the rows as one two-column range, with headings when asked. */
function pairOf(rows: Rows, a: number, b: number, headings?: readonly [string, string]): Cell[][] {
  const cells = rows.map((row) => (row === null ? ['', ''] : [row[a], row[b]]));
  return headings === undefined ? cells : [[...headings], ...cells];
}

function shuffled<T>(items: readonly T[], seeds: fc.Stream<number>): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = seeds.next().value % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function withBlankRows(rows: Rows, at: readonly number[]): Rows {
  const copy = [...rows];
  for (const position of at) copy.splice(position % (copy.length + 1), 0, null);
  return copy;
}

/** The value of a call, which must succeed; Dates as text so that tables compare. */
function valueOf(name: string, args: unknown[]): unknown {
  let result: unknown;
  try {
    result = callFunction(name, args);
  } catch (error) {
    throw new Error(`${name} failed: ${(error as Error).message}`, { cause: error });
  }
  return result;
}

const isShowable = (cell: unknown) =>
  typeof cell === 'string' || typeof cell === 'boolean' || (typeof cell === 'number' && Number.isFinite(cell));

/** Equal, numbers within 1e-9 relative: sums taken in another row order differ in their last bits. */
function expectSame(actual: unknown, expected: unknown): void {
  if (typeof actual === 'number' && typeof expected === 'number') {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(actual) && Array.isArray(expected)) {
    expect(actual).toHaveLength(expected.length);
    actual.forEach((item, i) => expectSame(item, expected[i]));
  } else {
    expect(actual).toEqual(expected);
  }
}

/** A function's arguments from its sheets (each a list of rows), with or without headings. */
interface Case {
  readonly sheets: fc.Arbitrary<Rows[]>;
  readonly args: (sheets: readonly Rows[], headings: boolean) => unknown[];
  /** The plain function whose value the (all) row must be, and its arguments. */
  readonly plain?: { readonly name: string; readonly args: (sheets: readonly Rows[]) => unknown[] };
  /** Column of the metric in the table. */
  readonly metricColumn?: number;
}

const SEGMENTS = ['Web', 'Store', 'Referral', ''] as const;
/** A customer's segment, fixed by their id, so a segment per order row is the same on each of their rows. */
const segmentOfCustomer = (id: Cell) => SEGMENTS[Number(String(id).replace(/\D/g, '') || 0) % SEGMENTS.length];

// Customer lists: [segment, start, end]. The first customer is always active at the period's start.
const customerRow = fc
  .record({
    segment: fc.constantFrom(...SEGMENTS),
    start: fc.integer({ min: 0, max: 500 }),
    length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  })
  .map(({ segment, start, length }): Cell[] => [
    segment,
    isoOf(start),
    length === undefined ? '' : isoOf(start + length),
  ]);
const customerList = fc
  .array(customerRow, { minLength: 0, maxLength: 60 })
  .map((rows): Rows[] => [[['Web', isoOf(0), ''], ...rows]]);

// Orders: [customer id, date, amount, order id]; ids mix numbers and text.
const orderRow = fc
  .record({
    customer: fc.oneof(fc.integer({ min: 1000, max: 1012 }), fc.constantFrom('A7', 'B9')),
    date: fc.integer({ min: 0, max: 600 }),
    amount: fc.integer({ min: 0, max: 20_000 }),
  })
  .map(({ customer, date, amount }): Cell[] => [customer, isoOf(date), amount / 100]);
const orders = fc
  .array(orderRow, { minLength: 0, maxLength: 50 })
  .map((rows): Rows => [[1000, isoOf(0), 10], [1001, isoOf(600), 20], ...rows]);
/** The customers sheet for the two-column form: [id, segment]; 1012, A7 and B9 are not listed. */
const CUSTOMERS: Rows = Array.from({ length: 12 }, (_, i) => [1000 + i, segmentOfCustomer(1000 + i)]);

// Order lines: [amount, order id]; an order's segment is fixed by its id.
const orderLines = fc
  .array(
    fc
      .record({ amount: fc.integer({ min: 0, max: 9_999 }), order: fc.integer({ min: 1, max: 25 }) })
      .map(({ amount, order }): Cell[] => [amount / 100, `O-${order}`, segmentOfCustomer(order)]),
    { minLength: 1, maxLength: 60 },
  )
  .map((rows): Rows[] => [rows]);

// Surveys: [customer id, date, score], at most one answer per customer and day; 1000 always answered early.
const answer = fc.record({
  customer: fc.oneof(fc.integer({ min: 1000, max: 1014 }), fc.constantFrom('A7', '')),
  date: fc.integer({ min: 0, max: 600 }),
  score: fc.integer({ min: 0, max: 10 }),
});
const survey = fc.array(answer, { minLength: 0, maxLength: 40 }).map((answers): Rows => {
  const seen = new Set<string>();
  const rows: Cell[][] = [[1000, isoOf(3), 9]];
  for (const { customer, date, score } of answers) {
    const key = `${customer}|${date}`;
    if (customer !== '' && (seen.has(key) || (customer === 1000 && date === 3))) continue;
    seen.add(key);
    rows.push([customer, isoOf(date), score]);
  }
  return rows;
});
// Customer lists with ids: [id, start, end], one row per customer.
const customersWithIds = fc
  .array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }), { minLength: 15, maxLength: 15 })
  .map((ends): Rows =>
    ends.map((end, i) => [i === 14 ? 'A7' : 1000 + i, isoOf(i), end === undefined || end < i ? '' : isoOf(end)]),
  );

const ORDER_HEADINGS = ['Customer ID', 'Order date', 'Amount'];
const orderArgs = (rows: Rows, h: boolean) =>
  [0, 1, 2].map((c) => columnOf(rows, c, h ? ORDER_HEADINGS[c] : undefined));
const lookupOf = (rows: Rows, h: boolean) => pairOf(rows, 0, 1, h ? ['Customer ID', 'Source'] : undefined);
/** A segment per order row, from the customer. */
const orderSegments = (rows: Rows, h: boolean) =>
  columnOf(
    rows.map((row) => (row === null ? null : [segmentOfCustomer(row[0])])),
    0,
    h ? 'Segment' : undefined,
  );
const surveyArgs = (rows: Rows, h: boolean) => [
  columnOf(rows, 0, h ? 'Customer ID' : undefined),
  columnOf(rows, 1, h ? 'Response date' : undefined),
  columnOf(rows, 2, h ? 'Likelihood to recommend' : undefined),
];

const CASES: Record<string, Case> = {
  CHURN_BY: {
    sheets: customerList,
    args: ([list], h) => [
      columnOf(list, 0, h ? 'Plan' : undefined),
      columnOf(list, 1, h ? 'Start date' : undefined),
      columnOf(list, 2, h ? 'Cancel date' : undefined),
      isoOf(200),
      isoOf(380),
    ],
    plain: { name: 'CHURN_RATE', args: ([list]) => [columnOf(list, 1), columnOf(list, 2), isoOf(200), isoOf(380)] },
    metricColumn: 2,
  },
  RETENTION_BY: {
    sheets: customerList,
    args: ([list], h) => [
      columnOf(list, 0, h ? 'Plan' : undefined),
      columnOf(list, 1, h ? 'Start date' : undefined),
      columnOf(list, 2, h ? 'Cancel date' : undefined),
      isoOf(100),
      isoOf(460),
    ],
    plain: {
      name: 'RETENTION_RATE',
      args: ([list]) => [columnOf(list, 1), columnOf(list, 2), isoOf(100), isoOf(460)],
    },
    metricColumn: 2,
  },
  'REPEAT_PURCHASE_RATE_BY (two columns)': {
    sheets: orders.map((rows) => [rows, CUSTOMERS]),
    args: ([rows, customers], h) => [lookupOf(customers, h), ...orderArgs(rows, h).slice(0, 2)],
    plain: { name: 'REPEAT_PURCHASE_RATE', args: ([rows]) => orderArgs(rows, false).slice(0, 2) },
    metricColumn: 2,
  },
  'REPEAT_PURCHASE_RATE_BY (per row, no dates)': {
    sheets: orders.map((rows) => [rows]),
    args: ([rows], h) => [orderSegments(rows, h), orderArgs(rows, h)[0]],
    plain: { name: 'REPEAT_PURCHASE_RATE', args: ([rows]) => orderArgs(rows, false).slice(0, 1) },
    metricColumn: 2,
  },
  'AVG_ORDER_VALUE_BY (order ids)': {
    sheets: orderLines,
    args: ([lines], h) => [
      columnOf(lines, 2, h ? 'Channel' : undefined),
      columnOf(lines, 0, h ? 'Amount' : undefined),
      columnOf(lines, 1, h ? 'Order ID' : undefined),
    ],
    plain: { name: 'AVG_ORDER_VALUE', args: ([lines]) => [columnOf(lines, 0), columnOf(lines, 1)] },
    metricColumn: 2,
  },
  'AVG_ORDER_VALUE_BY (two columns)': {
    sheets: orders.map((rows) => [rows, CUSTOMERS]),
    args: ([rows, customers], h) => {
      const [ids, , amounts] = orderArgs(rows, h);
      return [lookupOf(customers, h), amounts, '', ids];
    },
    plain: { name: 'AVG_ORDER_VALUE', args: ([rows]) => [orderArgs(rows, false)[2]] },
    metricColumn: 2,
  },
  'CLV_BY (two columns)': {
    sheets: orders.map((rows) => [rows, CUSTOMERS]),
    args: ([rows, customers], h) => [lookupOf(customers, h), ...orderArgs(rows, h), 3, 0.6],
    plain: { name: 'CLV', args: ([rows]) => [...orderArgs(rows, false), 3, 0.6] },
    metricColumn: 2,
  },
  'CLV_BY (per row)': {
    sheets: orders.map((rows) => [rows]),
    args: ([rows], h) => [orderSegments(rows, h), ...orderArgs(rows, h), 2],
    plain: { name: 'CLV', args: ([rows]) => [...orderArgs(rows, false), 2] },
    metricColumn: 2,
  },
  NPS_IMPACT: {
    sheets: fc.tuple(survey, orders).map(([answers, rows]) => [answers, rows]),
    args: ([answers, rows], h) => [...surveyArgs(answers, h), ...orderArgs(rows, h), 60, isoOf(600)],
  },
  NPS_CHURN_IMPACT: {
    sheets: fc.tuple(survey, customersWithIds).map(([answers, list]) => [answers, list]),
    args: ([answers, list], h) => [
      ...surveyArgs(answers, h),
      columnOf(list, 0, h ? 'Customer ID' : undefined),
      columnOf(list, 1, h ? 'Start date' : undefined),
      columnOf(list, 2, h ? 'Cancel date' : undefined),
      90,
      isoOf(600),
    ],
  },
};

describe.each(Object.keys(CASES))('%s', (label) => {
  const { sheets, args, plain, metricColumn } = CASES[label];
  const name = label.split(' ')[0];
  const run = (rows: readonly Rows[], headings = false) => valueOf(name, args(rows, headings));

  it('succeeds and does not depend on row order, blank rows or a heading row', () => {
    fc.assert(
      fc.property(
        sheets,
        fc.infiniteStream(fc.nat()),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (rows, seeds, blanks) => {
          const expected = run(rows);
          expect(Array.isArray(expected)).toBe(true);
          // Every cell is text, a boolean or a finite number: never NaN, Infinity or undefined.
          const cells = (expected as unknown[][]).flat();
          expect(cells.filter((cell) => !isShowable(cell))).toEqual([]);
          expectSame(run(rows.map((sheet) => shuffled(sheet, seeds))), expected);
          expectSame(run(rows.map((sheet) => withBlankRows(sheet, blanks))), expected);
          expectSame(run(rows, true), expected);
          if (plain !== undefined && metricColumn !== undefined) {
            const table = expected as unknown[][];
            expect(table[table.length - 1][0]).toBe('(all)');
            expect(table[table.length - 1][metricColumn]).toBe(valueOf(plain.name, plain.args(rows)));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
