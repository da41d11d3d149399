/**
 * Cohort retention and RFM on the whole CDNOW master file (69,659
 * transactions of 23,570 customers, 1997-01-01 to 1998-06-30), typed as
 * formulas into a real formula engine whose custom functions run in the built
 * dist/ bundle, against values this file computes on its own, the plain way:
 * maps per customer, calendar months read off the date text, scores by
 * counting. Nothing here calls src/ for an expected value.
 */

import type { RawCellContent } from 'hyperformula';
import { CATALOG } from '../../src/catalog';
import { loadBundle } from '../../scripts/emulator/appsScriptRuntime';
import { createFormulaEngine, type FormulaEngine } from '../../scripts/emulator/formulaEngine';
import { appsScriptStubs } from '../support/appsScriptStubs';
import {
  type CdnowMasterRow,
  describeWithReferenceData,
  parseCdnowMaster,
  readReferenceFile,
} from '../support/referenceData';

const ZONE = 'UTC';
const RELATIVE = 1e-9;
const MS_PER_DAY = 86_400_000;

/** Where each formula goes on the Summary sheet; far enough apart that no table spills into another. */
const AT = {
  monthly: { row: 1, formula: '=COHORT_RETENTION(Orders!A:A, Orders!B:B, "month")' },
  quarterlyCounts: { row: 10, formula: '=COHORT_RETENTION(Orders!A:A, Orders!B:B, "quarter", , "count")' },
  monthlyUnbounded: { row: 20, formula: '=COHORT_RETENTION(Orders!A:A, Orders!B:B, "month", "unbounded")' },
  rfmSummary: { row: 30, formula: '=RFM_SUMMARY(Orders!A:A, Orders!B:B, Orders!C:C)' },
  rfm: { row: 50, formula: '=RFM(Orders!A:A, Orders!B:B, Orders!C:C)' },
} as const;

/**
 * The R x F segment grid the README's segment names come from (the common "RFM segments" table): row R = 1..5,
 * column F = 1..5. Written as a grid, not as the add-on's conditions, so a slip in either shows.
 */
const SEGMENT_GRID: readonly (readonly string[])[] = [
  ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose"],
  ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose"],
  ['About to Sleep', 'About to Sleep', 'Need Attention', 'Loyal Customers', 'Loyal Customers'],
  ['Promising', 'Potential Loyalists', 'Potential Loyalists', 'Loyal Customers', 'Loyal Customers'],
  ['New Customers', 'Potential Loyalists', 'Potential Loyalists', 'Champions', 'Champions'],
];
/** Best first, as the README lists them. */
const SEGMENT_ORDER = [
  'Champions',
  'Loyal Customers',
  'Potential Loyalists',
  'New Customers',
  'Promising',
  'Need Attention',
  'About to Sleep',
  'At Risk',
  "Can't Lose",
  'Hibernating',
];

type Unit = 'month' | 'quarter';

/** A calendar period as one integer, read off YYYY-MM-DD: months or quarters since year 0. */
function periodIndex(iso: string, unit: Unit): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1;
  return unit === 'month' ? year * 12 + month : year * 4 + Math.floor(month / 3);
}

/** The UTC midnight at which a period starts (the spreadsheet is in UTC). */
function periodStartMs(period: number, unit: Unit): number {
  return unit === 'month'
    ? Date.UTC(Math.floor(period / 12), period % 12, 1)
    : Date.UTC(Math.floor(period / 4), (period % 4) * 3, 1);
}

const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

interface Customer {
  readonly id: number;
  readonly dates: string[];
  /** Total in cents, exact: scores compare totals, and sums of decimals in doubles could split a tie. */
  cents: number;
}

function customersOf(transactions: readonly CdnowMasterRow[]): Map<number, Customer> {
  const customers = new Map<number, Customer>();
  for (const row of transactions) {
    let customer = customers.get(row.customerId);
    if (customer === undefined) {
      customer = { id: row.customerId, dates: [], cents: 0 };
      customers.set(row.customerId, customer);
    }
    customer.dates.push(row.date);
    customer.cents += Math.round(row.dollars * 100);
  }
  return customers;
}

interface ExpectedCohorts {
  readonly starts: number[];
  readonly sizes: number[];
  /** counts[cohort][k], null where period k is not complete by the last order date. */
  readonly counts: (number | null)[][];
  readonly periods: number;
}

/**
 * The cohort table by its definition: a customer's cohort is the period of
 * their first order; bounded counts those who ordered in period k after it,
 * unbounded those who ordered in period k or any later one.
 */
function expectedCohorts(
  customers: Iterable<Customer>,
  unit: Unit,
  mode: 'bounded' | 'unbounded',
  asOf: string,
): ExpectedCohorts {
  const cohorts = new Map<number, { size: number; active: Map<number, number> }>();
  for (const customer of customers) {
    const periods = customer.dates.map((date) => periodIndex(date, unit));
    const first = Math.min(...periods);
    const offsets = new Set(periods.map((period) => period - first));
    const cohort = cohorts.get(first) ?? { size: 0, active: new Map<number, number>() };
    cohorts.set(first, cohort);
    cohort.size++;
    const counted = mode === 'bounded' ? [...offsets] : [...Array(Math.max(...offsets) + 1).keys()];
    for (const k of counted) cohort.active.set(k, (cohort.active.get(k) ?? 0) + 1);
  }
  const lastPeriod = periodIndex(asOf, unit);
  // The as_of period is complete when the next day already belongs to the next period.
  const lastComplete = periodIndex(isoOfDay(dayOf(asOf) + 1), unit) > lastPeriod ? lastPeriod : lastPeriod - 1;
  const firsts = [...cohorts.keys()].sort((a, b) => a - b);
  const periods = lastPeriod - firsts[0] + 1;
  const result: ExpectedCohorts = { starts: [], sizes: [], counts: [], periods };
  for (const first of firsts) {
    const cohort = cohorts.get(first);
    if (cohort === undefined) continue;
    result.starts.push(periodStartMs(first, unit));
    result.sizes.push(cohort.size);
    result.counts.push(
      Array.from({ length: periods }, (_, k) => (first + k <= lastComplete ? (cohort.active.get(k) ?? 0) : null)),
    );
  }
  return result;
}

/** The header and rows a cohort table should show: shares or counts, blank cells as the engine reads them (''). */
function cohortCells(expected: ExpectedCohorts, values: 'percent' | 'count'): unknown[][] {
  return [
    ['Cohort', 'Customers', ...Array.from({ length: expected.periods }, (_, k) => `Period ${k}`)],
    ...expected.counts.map((counts, i) => [
      new Date(expected.starts[i]),
      expected.sizes[i],
      ...counts.map((count) => (count === null ? '' : values === 'count' ? count : count / expected.sizes[i])),
    ]),
  ];
}

/**
 * 1 + floor(5 x (customers whose value is strictly below) / customers), by
 * walking the sorted values: a value's count below is the position where it
 * first appears.
 */
function scoresBelow(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const below = new Map<number, number>();
  sorted.forEach((value, position) => {
    if (!below.has(value)) below.set(value, position);
  });
  return values.map((value) => 1 + Math.floor((5 * (below.get(value) ?? NaN)) / values.length));
}

interface ExpectedRfm {
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly segment: string;
}

function expectedRfm(customers: readonly Customer[], asOf: string): Map<string, ExpectedRfm> {
  const asOfDay = dayOf(asOf);
  const recency = customers.map((customer) => asOfDay - Math.max(...customer.dates.map(dayOf)));
  const frequency = customers.map((customer) => customer.dates.length);
  const cents = customers.map((customer) => customer.cents);
  // R counts customers with strictly more days: the same walk over the negated days.
  const r = scoresBelow(recency.map((days) => -days));
  const f = scoresBelow(frequency);
  const m = scoresBelow(cents);
  return new Map(
    customers.map((customer, i) => [
      String(customer.id),
      {
        recency: recency[i],
        frequency: frequency[i],
        monetary: cents[i] / 100,
        r: r[i],
        f: f[i],
        m: m[i],
        segment: SEGMENT_GRID[r[i] - 1][f[i] - 1],
      },
    ]),
  );
}

const close = (got: unknown, expected: number): boolean =>
  typeof got === 'number' && Math.abs(got - expected) <= RELATIVE * Math.max(Math.abs(got), Math.abs(expected));

/** Cells equal, numbers within the relative tolerance, dates by instant; no expected cell means blank. */
function sameCell(got: unknown, expected: unknown): boolean {
  if (expected === undefined) return got === '';
  if (typeof expected === 'number') return close(got, expected);
  if (expected instanceof Date) return got instanceof Date && got.getTime() === expected.getTime();
  return got === expected;
}

/** Every cell that differs, as (row, column, expected, got), so a failure names the cell. */
function differences(got: unknown[][], expected: unknown[][]): unknown[] {
  const found: unknown[] = [];
  const rows = Math.max(got.length, expected.length);
  for (let i = 0; i < rows; i++) {
    const width = Math.max(got[i]?.length ?? 0, expected[i]?.length ?? 0);
    for (let j = 0; j < width; j++) {
      if (!sameCell(got[i]?.[j], expected[i]?.[j]))
        found.push({ row: i, column: j, expected: expected[i]?.[j], got: got[i]?.[j] });
    }
  }
  return found;
}

/** A1 column letters of a 0-based column. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The block of `rows` x `columns` cells at `row` on the Summary sheet, plus
 * one more row and column, which must be blank: a table larger than expected
 * shows up there.
 */
function tableAt(engine: FormulaEngine, row: number, rows: number, columns: number): unknown[][] {
  return engine.values(`Summary!A${row}:${columnLetters(columns)}${row + rows}`);
}

describeWithReferenceData('cohorts and RFM of the CDNOW master file, as formulas through dist/', (dir) => {
  let transactions: CdnowMasterRow[];
  let customers: Map<number, Customer>;
  let lastOrder: string;
  let engine: FormulaEngine;

  beforeAll(() => {
    transactions = parseCdnowMaster(readReferenceFile(dir, 'CDNOW_master.txt'));
    customers = customersOf(transactions);
    lastOrder = transactions.reduce((last, row) => (row.date > last ? row.date : last), '');
    const orders: RawCellContent[][] = [
      ['Customer ID', 'Order date', 'Amount'],
      ...transactions.map((row) => [row.customerId, row.date, row.dollars]),
    ];
    // Every custom-function cell in a fresh script scope, as in Sheets.
    const { services } = appsScriptStubs(ZONE);
    engine = createFormulaEngine(
      () => loadBundle(services),
      { Orders: orders, Summary: [] },
      {
        timeZone: ZONE,
        catalog: CATALOG,
      },
    );
    engine.addFormulas(
      'Summary',
      Object.fromEntries(Object.values(AT).map(({ row, formula }) => [`A${row}`, formula])),
    );
  }, 60_000);

  it('reads the file the CDNOW README describes', () => {
    expect(transactions).toHaveLength(69_659);
    expect(customers.size).toBe(23_570);
    expect(lastOrder).toBe('1998-06-30');
    // The engine stored the date text as date cells, as Sheets does with typed dates.
    expect(engine.value('Orders!B2')).toEqual(new Date(Date.UTC(1997, 0, 1)));
  });

  it('=COHORT_RETENTION(..., "month") gives the bounded shares, blank only where a month is not over', () => {
    const expected = cohortCells(expectedCohorts(customers.values(), 'month', 'bounded', lastOrder), 'percent');
    // Cohorts January to March 1997 (the data set's first-purchase quarter); months up to June 1998.
    expect(expected).toHaveLength(4);
    expect(expected[0]).toHaveLength(2 + 18);
    const got = tableAt(engine, AT.monthly.row, expected.length, expected[0].length);
    expect(differences(got, expected)).toEqual([]);
    // June 1998 ends on the last order date, so it is complete: January's Period 17 is a share, February's is blank.
    expect(typeof got[1][2 + 17]).toBe('number');
    expect(got[2][2 + 17]).toBe('');
    expect(got[3].slice(2 + 16, 2 + 18)).toEqual(['', '']);
  });

  it('=COHORT_RETENTION(..., "quarter", , "count") gives the customers per quarter', () => {
    const expected = cohortCells(expectedCohorts(customers.values(), 'quarter', 'bounded', lastOrder), 'count');
    // One cohort (1997 Q1), quarters up to 1998 Q2, all complete.
    expect(expected).toHaveLength(2);
    expect(expected[1]).toHaveLength(2 + 6);
    expect(expected[1][1]).toBe(23_570);
    const got = tableAt(engine, AT.quarterlyCounts.row, expected.length, expected[0].length);
    expect(differences(got, expected)).toEqual([]);
  });

  it('=COHORT_RETENTION(..., "month", "unbounded") counts ordering in a month or later', () => {
    const expected = cohortCells(expectedCohorts(customers.values(), 'month', 'unbounded', lastOrder), 'percent');
    const got = tableAt(engine, AT.monthlyUnbounded.row, expected.length, expected[0].length);
    expect(differences(got, expected)).toEqual([]);
  });

  it('=RFM gives every customer recency, frequency, monetary, scores and segment', () => {
    const expected = expectedRfm([...customers.values()], lastOrder);
    const got = tableAt(engine, AT.rfm.row, 1 + customers.size, 8);
    expect(got[0].slice(0, 8)).toEqual(['Customer', 'Recency', 'Frequency', 'Monetary', 'R', 'F', 'M', 'Segment']);
    // Beyond the table: blank.
    expect(
      got
        .slice(0, -1)
        .map((row) => row[8])
        .filter((cell) => cell !== ''),
    ).toEqual([]);
    expect(got[got.length - 1].filter((cell) => cell !== '')).toEqual([]);
    const rows = got.slice(1, -1);
    expect(new Set(rows.map((row) => String(row[0]))).size).toBe(customers.size);
    const wrong: unknown[] = [];
    for (const row of rows) {
      const customer = String(row[0]);
      const want = expected.get(customer);
      const fields: [string, unknown, unknown][] = [
        ['Recency', row[1], want?.recency],
        ['Frequency', row[2], want?.frequency],
        ['Monetary', row[3], want?.monetary],
        ['R', row[4], want?.r],
        ['F', row[5], want?.f],
        ['M', row[6], want?.m],
        ['Segment', row[7], want?.segment],
      ];
      for (const [column, value, wanted] of fields) {
        const agrees = column === 'Monetary' ? close(value, wanted as number) : value === wanted;
        if (!agrees) wrong.push({ customer, column, expected: wanted, got: value });
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(wrong).toHaveLength(0);
  });

  it('=RFM_SUMMARY gives customers and revenue per segment, best first', () => {
    const perCustomer = [...expectedRfm([...customers.values()], lastOrder).values()];
    const totalCents = perCustomer.reduce((sum, row) => sum + Math.round(row.monetary * 100), 0);
    const expected: unknown[][] = [['Segment', 'Customers', 'Share of customers', 'Revenue', 'Share of revenue']];
    for (const segment of SEGMENT_ORDER) {
      const members = perCustomer.filter((row) => row.segment === segment);
      if (members.length === 0) continue;
      const cents = members.reduce((sum, row) => sum + Math.round(row.monetary * 100), 0);
      expected.push([segment, members.length, members.length / perCustomer.length, cents / 100, cents / totalCents]);
    }
    const got = tableAt(engine, AT.rfmSummary.row, expected.length, 5);
    expect(differences(got, expected)).toEqual([]);
  });
});
