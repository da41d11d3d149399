/**
 * Benchmark cases for the order functions. Every case reads the same orders,
 * as the functions of one workbook read one Orders sheet: about rows / 10
 * customers, a third of them one-time buyers and the others coming back (a
 * few dozen times for some) after a first order spread over 2023-2024; rows
 * in date order, a few orders of two lines, a few blank rows.
 *
 * The native way: what a sheet needs per customer (first or last order date,
 * purchase days, products bought, orders, total spend, a flag on the first
 * row of a customer or of a month) takes a helper column per row that scans
 * the whole orders column (MINIFS, MAXIFS, COUNTUNIQUEIFS, a running
 * COUNTIFS), which is rows x rows work to recalculate and out of reach at 1M
 * rows. The data carries those helpers precomputed, as if computed once and
 * pasted as values, and the native time is the aggregates over them only: a
 * lower bound of what a sheet would recalculate.
 *
 * Distinct counts: in Sheets, COUNTUNIQUE(ids). HyperFormula 3.5 has
 * COUNTUNIQUE but counts blank cells as one more value and overflows the call
 * stack on a 1M-row range (it spreads the range into arguments), and its
 * UNIQUE is quadratic (9 s on 40k ids), so the distinct customers or orders
 * come from a first-occurrence flag column (COUNTIF(B$2:B2,B2)=1 in a sheet,
 * rows x rows as well), precomputed like the other helpers.
 *
 * The bench times the recalculation after a change to column A, so column A
 * is one every native formula reads: the first argument of the function, or
 * the helper column when the formulas read only helpers.
 */

import { RFM_SEGMENTS, type RfmSegment } from '../../src/metrics/rfmSegment';
import type { BundleRuntime } from '../emulator/appsScriptRuntime';
import { seededRandom } from '../lib/seededRandom';
import type { BenchCase, BenchInput, Cell } from './benchCase';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);
/** 2023-01-01 to 2024-12-31, both included (2024 is a leap year). */
const SPAN_DAYS = (Date.UTC(2025, 0, 1) - FIRST_DAY) / DAY_MS;
/** The Sheets serial number of FIRST_DAY (Sheets counts days from 1899-12-30), for helper dates. */
const FIRST_SERIAL = FIRST_DAY / DAY_MS + 25_569;
const ORDERS_SEED = 31;
const BLANK_SHARE = 0.002;
const ONE_TIME_SHARE = 0.35;
/** Orders after the second of a returning customer: exponential with this mean, so ~10 rows per customer. */
const MEAN_EXTRA_ORDERS = 12.8;
const TWO_LINE_SHARE = 0.03;
/** Share of a customer's orders that are their favourite product, so that not everyone is "upsold". */
const FAVOURITE_SHARE = 0.7;
const PRODUCTS = ['Espresso beans', 'Filter beans', 'Decaf beans', 'Mug', 'Grinder'];
const PRICES = [18, 16, 17, 12, 89];
const FIRST_CUSTOMER_ID = 10_001;
const FIRST_ORDER_ID = 100_001;
/** Sort keys of order lines: day x LINE_SLOTS + line number. */
const LINE_SLOTS = 2 ** 25;
const CLV_LIFESPAN_YEARS = 3;
const CLV_MARGIN = 0.6;
const DAYS_PER_YEAR = 365.25;
const WEEK_DAYS = 7;
/** COHORT_RETENTION's months: January 2023 to December 2024, which the last order (2024-12-31) completes. */
const COHORT_MONTHS = 24;

/** The orders, one entry per row (blank rows have customer -1). */
interface Orders {
  readonly customer: Int32Array;
  /** Days from 2023-01-01. */
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly product: Uint8Array;
  readonly orderId: Int32Array;
  readonly customers: number;
}

function generateOrders(rows: number): Orders {
  if (rows >= LINE_SLOTS) throw new Error(`orderCases: at most ${LINE_SLOTS - 1} rows`);
  const random = seededRandom(ORDERS_SEED);
  const blank = new Uint8Array(rows);
  let lines = 0;
  for (let i = 0; i < rows; i++) {
    if (random() < BLANK_SHARE) blank[i] = 1;
    else lines++;
  }
  // Order lines customer by customer: a first order on a day of the two years, later orders after it.
  const lineCustomer = new Int32Array(lines);
  const lineDay = new Int32Array(lines);
  const lineAmount = new Float64Array(lines);
  const lineProduct = new Uint8Array(lines);
  const lineOrder = new Int32Array(lines);
  let line = 0;
  let order = 0;
  let customers = 0;
  while (line < lines) {
    const customer = customers++;
    const firstDay = Math.floor(random() * SPAN_DAYS);
    const orders = random() < ONE_TIME_SHARE ? 1 : 2 + Math.floor(-Math.log(1 - random()) * MEAN_EXTRA_ORDERS);
    const favourite = Math.floor(random() * PRODUCTS.length);
    for (let k = 0; k < orders && line < lines; k++, order++) {
      const day = k === 0 ? firstDay : firstDay + Math.floor(random() * (SPAN_DAYS - firstDay));
      const product = random() < FAVOURITE_SHARE ? favourite : Math.floor(random() * PRODUCTS.length);
      const orderLines = random() < TWO_LINE_SHARE ? 2 : 1;
      for (let l = 0; l < orderLines && line < lines; l++, line++) {
        // The second line of an order is another product.
        const p = l === 0 ? product : (product + 1 + Math.floor(random() * (PRODUCTS.length - 1))) % PRODUCTS.length;
        lineCustomer[line] = customer;
        lineDay[line] = day;
        lineProduct[line] = p;
        lineOrder[line] = order;
        lineAmount[line] = Math.round(PRICES[p] * (0.8 + 0.6 * random()) * 100) / 100;
      }
    }
  }
  // Rows in date order, as a shop appends them; the lines of an order stay together (consecutive line numbers).
  const keys = new Float64Array(lines);
  for (let j = 0; j < lines; j++) keys[j] = lineDay[j] * LINE_SLOTS + j;
  keys.sort();
  const result = {
    customer: new Int32Array(rows).fill(-1),
    day: new Int32Array(rows),
    amount: new Float64Array(rows),
    product: new Uint8Array(rows),
    orderId: new Int32Array(rows),
    customers,
  };
  let next = 0;
  let previousOrder = -1;
  let orderId = FIRST_ORDER_ID - 1;
  for (let i = 0; i < rows; i++) {
    if (blank[i]) continue;
    const j = keys[next++] % LINE_SLOTS;
    if (lineOrder[j] !== previousOrder) orderId++;
    previousOrder = lineOrder[j];
    result.customer[i] = lineCustomer[j];
    result.day[i] = lineDay[j];
    result.amount[i] = lineAmount[j];
    result.product[i] = lineProduct[j];
    result.orderId[i] = orderId;
  }
  return result;
}

/** What a sheet's per-customer helper formulas give, by customer number. */
interface CustomerFacts {
  /** The row of the customer's first order: where a customer-level helper holds its value. */
  readonly firstRow: Int32Array;
  /** MINIFS and MAXIFS of the order dates (days from 2023-01-01). */
  readonly firstDay: Int32Array;
  readonly lastDay: Int32Array;
  /** COUNTIF of the customer id. */
  readonly orders: Int32Array;
  /** SUMIFS of the amounts. */
  readonly total: Float64Array;
  /** COUNTUNIQUEIFS of the order dates. */
  readonly purchaseDays: Int32Array;
  /** COUNTUNIQUEIFS of the products. */
  readonly products: Int32Array;
}

function customerFacts(orders: Orders): CustomerFacts {
  const count = orders.customers;
  const facts = {
    firstRow: new Int32Array(count).fill(-1),
    firstDay: new Int32Array(count).fill(SPAN_DAYS),
    lastDay: new Int32Array(count).fill(-1),
    orders: new Int32Array(count),
    total: new Float64Array(count),
    purchaseDays: new Int32Array(count),
    products: new Int32Array(count),
  };
  const productBits = new Uint8Array(count);
  for (let i = 0; i < orders.customer.length; i++) {
    const c = orders.customer[i];
    if (c < 0) continue;
    const day = orders.day[i];
    if (facts.firstRow[c] < 0) facts.firstRow[c] = i;
    // Rows are in date order: a day later than the customer's latest so far is a new purchase day.
    if (day > facts.lastDay[c]) facts.purchaseDays[c]++;
    facts.firstDay[c] = Math.min(facts.firstDay[c], day);
    facts.lastDay[c] = Math.max(facts.lastDay[c], day);
    facts.orders[c]++;
    facts.total[c] += orders.amount[i];
    productBits[c] |= 1 << orders.product[i];
  }
  for (let c = 0; c < count; c++) {
    for (let bits = productBits[c]; bits !== 0; bits &= bits - 1) facts.products[c]++;
  }
  return facts;
}

/** A column under a heading: one cell per order row, blank on blank rows. */
function orderColumn(orders: Orders, heading: string, cell: (row: number) => Cell): Cell[][] {
  const column: Cell[][] = [[heading]];
  for (let i = 0; i < orders.customer.length; i++) column.push([orders.customer[i] < 0 ? '' : cell(i)]);
  return column;
}

/** A customer-level helper: the customer's value on their first order row, blank elsewhere. */
function customerColumn(
  orders: Orders,
  facts: CustomerFacts,
  heading: string,
  value: (customer: number) => number,
): Cell[][] {
  return orderColumn(orders, heading, (i) => {
    const c = orders.customer[i];
    return facts.firstRow[c] === i ? value(c) : '';
  });
}

/** A first-occurrence flag: 1 on the first row of each key, 0 on its other rows. */
function firstOccurrenceColumn(orders: Orders, heading: string, key: (row: number) => number): Cell[][] {
  const seen = new Set<number>();
  return orderColumn(orders, heading, (i) => {
    if (seen.has(key(i))) return 0;
    seen.add(key(i));
    return 1;
  });
}

/** The orders' own columns, as in an Orders sheet. */
function orderColumns(orders: Orders, runtime: BundleRuntime) {
  return {
    ids: () => orderColumn(orders, 'Customer ID', (i) => FIRST_CUSTOMER_ID + orders.customer[i]),
    dates: () => orderColumn(orders, 'Order date', (i) => runtime.newDate(FIRST_DAY + orders.day[i] * DAY_MS)),
    amounts: () => orderColumn(orders, 'Amount', (i) => orders.amount[i]),
    products: () => orderColumn(orders, 'Product', (i) => PRODUCTS[orders.product[i]]),
    orderIds: () => orderColumn(orders, 'Order ID', (i) => orders.orderId[i]),
  };
}

const column = (input: BenchInput, name: string) => input.columns[name];
const lastRow = (input: BenchInput) => Object.values(input.columns)[0].length;
/** `Data!X2:X{last}` for a column letter. */
const range = (input: BenchInput, letter: string) => `Data!$${letter}$2:$${letter}$${lastRow(input)}`;
/** A date cell as a day number (the bench's zone is UTC and the dates are UTC midnights). */
const dayOf = (cell: Cell) => (cell as Date).getTime() / DAY_MS;
const monthOf = (cell: Cell) => (cell as Date).getUTCFullYear() * 12 + (cell as Date).getUTCMonth();

/** Per customer: first and last day, total, purchase days and spend on the first day (CUSTOMER_SUMMARY). */
interface SummaryEntry {
  first: number;
  last: number;
  total: number;
  firstDaySpend: number;
  days: Set<number>;
}

/** Per customer: last day, orders and total (RFM). */
interface RfmEntry {
  last: number;
  orders: number;
  total: number;
}

/** The segments from best to worst, as RFM_SUMMARY lists them (the list is data, not the computation under test). */
const SEGMENTS = RFM_SEGMENTS;
type Segment = RfmSegment;

/** The hand loop's segment map: the R x F grid in src/metrics/rfmSegment.ts's comment, row by row. */
function segmentOf(r: number, f: number): Segment {
  if (r <= 2) return f <= 2 ? 'Hibernating' : f <= 4 ? 'At Risk' : "Can't Lose";
  if (r === 3) return f <= 2 ? 'About to Sleep' : f === 3 ? 'Need Attention' : 'Loyal Customers';
  if (r === 4) return f === 1 ? 'Promising' : f <= 3 ? 'Potential Loyalists' : 'Loyal Customers';
  return f === 1 ? 'New Customers' : f <= 3 ? 'Potential Loyalists' : 'Champions';
}

/**
 * The native segment map, written the other way round (each segment as the
 * rectangle of R and F scores it covers), so that a slip in either map shows
 * as a disagreement.
 */
const SEGMENT_SCORES: Record<Segment, { r: [number, number]; f: [number, number] }> = {
  Champions: { r: [5, 5], f: [4, 5] },
  'Loyal Customers': { r: [3, 4], f: [4, 5] },
  'Potential Loyalists': { r: [4, 5], f: [2, 3] },
  'New Customers': { r: [5, 5], f: [1, 1] },
  Promising: { r: [4, 4], f: [1, 1] },
  'Need Attention': { r: [3, 3], f: [3, 3] },
  'About to Sleep': { r: [3, 3], f: [1, 2] },
  'At Risk': { r: [1, 2], f: [3, 4] },
  "Can't Lose": { r: [1, 2], f: [5, 5] },
  Hibernating: { r: [1, 2], f: [1, 2] },
};

/** Quintile scores as RFM defines them: 1 + floor(5 x values strictly below / count). */
function quintileScores(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const below = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!below.has(v)) below.set(v, i);
  });
  return values.map((v) => 1 + Math.floor((5 * (below.get(v) as number)) / values.length));
}

interface RfmRow {
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly segment: Segment;
}

/** The hand loop of RFM and RFM_SUMMARY: the RFM table, one row per customer. */
function handRfm(input: BenchInput): RfmRow[] {
  const ids = column(input, 'ids');
  const dates = column(input, 'dates');
  const amounts = column(input, 'amounts');
  const customers = new Map<Cell, RfmEntry>();
  let asOf = -Infinity;
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i][0];
    if (id === '') continue;
    const day = dayOf(dates[i][0]);
    asOf = Math.max(asOf, day);
    const entry = customers.get(id);
    if (entry === undefined) {
      customers.set(id, { last: day, orders: 1, total: amounts[i][0] as number });
    } else {
      entry.last = Math.max(entry.last, day);
      entry.orders++;
      entry.total += amounts[i][0] as number;
    }
  }
  const entries = [...customers.values()];
  const recency = entries.map((e) => asOf - e.last);
  // Fewer days since the last order scores higher: "strictly more days" below.
  const r = quintileScores(recency.map((days) => -days));
  const f = quintileScores(entries.map((e) => e.orders));
  const m = quintileScores(entries.map((e) => e.total));
  return entries.map((e, i) => ({
    recency: recency[i],
    frequency: e.orders,
    monetary: e.total,
    r: r[i],
    f: f[i],
    m: m[i],
    segment: segmentOf(r[i], f[i]),
  }));
}

function rfmInput(rows: number, runtime: BundleRuntime): BenchInput {
  const orders = generateOrders(rows);
  const facts = customerFacts(orders);
  const own = orderColumns(orders, runtime);
  return {
    columns: {
      // MAXIFS, COUNTIF and SUMIFS per customer, on the customer's first row (see the file's comment).
      lastOrder: customerColumn(orders, facts, 'Last order', (c) => FIRST_SERIAL + facts.lastDay[c]),
      orders: customerColumn(orders, facts, 'Orders', (c) => facts.orders[c]),
      total: customerColumn(orders, facts, 'Total spend', (c) => facts.total[c]),
      ids: own.ids(),
      dates: own.dates(),
      amounts: own.amounts(),
    },
  };
}

/**
 * The per-customer tables (RFM, CUSTOMER_SUMMARY) are timed with max_rows, as a sheet must call them at 1M rows
 * (200,000 customers' rows would pass the result cap, src/catalog/resultSize.ts): every customer is still computed
 * and sorted, only the first PER_CUSTOMER_ROWS are returned.
 */
const PER_CUSTOMER_ROWS = 1000;

const callRfm = (name: 'RFM' | 'RFM_SUMMARY') => (runtime: BundleRuntime, input: BenchInput) =>
  runtime.call(
    name,
    column(input, 'ids'),
    column(input, 'dates'),
    column(input, 'amounts'),
    ...(name === 'RFM' ? ['', PER_CUSTOMER_ROWS] : []),
  );

/** Out rows of the native RFM sheet: N and the score thresholds in rows 1-4, one row per segment from row 6. */
const SEGMENT_ROW = 6;
const M_ROW = SEGMENT_ROW + SEGMENTS.length + 1;

/**
 * The native RFM scores. Score = 1 + floor(5 x below / N) reaches s + 1
 * exactly when below >= ceil(s x N / 5) = t, that is when the value is above
 * the t-th smallest: SMALL(values, t). So four thresholds per score, and a
 * customer's score range is a COUNTIFS criterion on their value. R scores the
 * last order date (a later last order is fewer days to as_of).
 *   A1: N = COUNT(last order dates); Bs: t for s = 1..4; Cs, Ds, Es: the R, F and M thresholds.
 */
function rfmThresholds(input: BenchInput): Record<string, string> {
  const formulas: Record<string, string> = { A1: `=COUNT(${range(input, 'A')})` };
  for (let s = 1; s <= 4; s++) {
    formulas[`B${s}`] = `=ROUNDUP(${s}*$A$1/5,0)`;
    formulas[`C${s}`] = `=SMALL(${range(input, 'A')},$B${s})`;
    formulas[`D${s}`] = `=SMALL(${range(input, 'B')},$B${s})`;
    formulas[`E${s}`] = `=SMALL(${range(input, 'C')},$B${s})`;
  }
  return formulas;
}

/** COUNTIFS criteria for scores from..to of the values in `letter`, whose thresholds are in column `thresholds`. */
function scoreCriteria(input: BenchInput, letter: string, thresholds: string, [from, to]: [number, number]): string[] {
  const criteria: string[] = [];
  if (from > 1) criteria.push(`${range(input, letter)},">"&$${thresholds}$${from - 1}`);
  if (to < 5) criteria.push(`${range(input, letter)},"<="&$${thresholds}$${to}`);
  return criteria;
}

/** The customers of a segment: R on the last order date (column A), F on the orders (column B). */
function segmentCriteria(input: BenchInput, segment: Segment): string {
  const { r, f } = SEGMENT_SCORES[segment];
  return [...scoreCriteria(input, 'A', 'C', r), ...scoreCriteria(input, 'B', 'D', f)].join(',');
}

/**
 * REPEAT_PURCHASE_RATE and UPSELL_RATE share a shape: the share of customers
 * with a second distinct value (a purchase day, a product) besides their first
 * one. Natively, COUNTUNIQUEIFS(values, ids, id) per customer on the
 * customer's first row, then COUNTIF(>= 2) / COUNT.
 */
function secondValueCase(spec: {
  readonly name: string;
  readonly heading: string;
  readonly count: (facts: CustomerFacts, customer: number) => number;
  readonly values: string;
  readonly column: (own: ReturnType<typeof orderColumns>) => Cell[][];
  readonly valueOf: (cell: Cell) => unknown;
}): BenchCase {
  return {
    name: spec.name,
    input: (rows, runtime) => {
      const orders = generateOrders(rows);
      const facts = customerFacts(orders);
      const own = orderColumns(orders, runtime);
      return {
        columns: {
          distinct: customerColumn(orders, facts, spec.heading, (c) => spec.count(facts, c)),
          ids: own.ids(),
          [spec.values]: spec.column(own),
        },
      };
    },
    call: (runtime, input) => runtime.call(spec.name, column(input, 'ids'), column(input, spec.values)),
    handLoop: (input) => {
      const ids = column(input, 'ids');
      const values = column(input, spec.values);
      const first = new Map<Cell, unknown>();
      const withAnother = new Set<Cell>();
      for (let i = 1; i < ids.length; i++) {
        const id = ids[i][0];
        if (id === '') continue;
        const value = spec.valueOf(values[i][0]);
        if (!first.has(id)) first.set(id, value);
        else if (first.get(id) !== value) withAnother.add(id);
      }
      return withAnother.size / first.size;
    },
    nativeFormulas: (input) => ({ A1: `=COUNTIF(${range(input, 'A')},">=2")/COUNT(${range(input, 'A')})` }),
    nativeResult: (value) => value('A1'),
  };
}

export const ORDER_CASES: BenchCase[] = [
  secondValueCase({
    name: 'REPEAT_PURCHASE_RATE',
    heading: 'Purchase days',
    count: (facts, c) => facts.purchaseDays[c],
    values: 'dates',
    column: (own) => own.dates(),
    valueOf: dayOf,
  }),
  {
    name: 'PURCHASE_FREQUENCY',
    input: (rows, runtime) => {
      const orders = generateOrders(rows);
      return {
        columns: {
          ids: orderColumns(orders, runtime).ids(),
          newCustomer: firstOccurrenceColumn(orders, 'New customer', (i) => orders.customer[i]),
        },
      };
    },
    call: (runtime, input) => runtime.call('PURCHASE_FREQUENCY', column(input, 'ids')),
    handLoop: (input) => {
      const ids = column(input, 'ids');
      const customers = new Set<Cell>();
      let rows = 0;
      for (let i = 1; i < ids.length; i++) {
        if (ids[i][0] === '') continue;
        rows++;
        customers.add(ids[i][0]);
      }
      return rows / customers.size;
    },
    nativeFormulas: (input) => ({ A1: `=COUNTA(${range(input, 'A')})/SUM(${range(input, 'B')})` }),
    nativeResult: (value) => value('A1'),
  },
  {
    name: 'AVG_ORDER_VALUE',
    input: (rows, runtime) => {
      const orders = generateOrders(rows);
      const own = orderColumns(orders, runtime);
      return {
        columns: {
          amounts: own.amounts(),
          orderIds: own.orderIds(),
          firstLine: firstOccurrenceColumn(orders, 'First line of the order', (i) => orders.orderId[i]),
        },
      };
    },
    call: (runtime, input) => runtime.call('AVG_ORDER_VALUE', column(input, 'amounts'), column(input, 'orderIds')),
    handLoop: (input) => {
      // The lines of an order share its id: revenue / distinct order ids.
      const amounts = column(input, 'amounts');
      const orderIds = column(input, 'orderIds');
      const orders = new Set<Cell>();
      let revenue = 0;
      for (let i = 1; i < amounts.length; i++) {
        const amount = amounts[i][0];
        if (typeof amount !== 'number') continue;
        revenue += amount;
        orders.add(orderIds[i][0]);
      }
      return revenue / orders.size;
    },
    nativeFormulas: (input) => ({ A1: `=SUM(${range(input, 'A')})/SUM(${range(input, 'C')})` }),
    nativeResult: (value) => value('A1'),
  },
  secondValueCase({
    name: 'UPSELL_RATE',
    heading: 'Products bought',
    count: (facts, c) => facts.products[c],
    values: 'products',
    column: (own) => own.products(),
    valueOf: (cell) => cell,
  }),
  {
    name: 'CLV',
    input: (rows, runtime) => {
      const orders = generateOrders(rows);
      const own = orderColumns(orders, runtime);
      return {
        columns: {
          ids: own.ids(),
          dates: own.dates(),
          amounts: own.amounts(),
          newCustomer: firstOccurrenceColumn(orders, 'New customer', (i) => orders.customer[i]),
        },
      };
    },
    call: (runtime, input) =>
      runtime.call(
        'CLV',
        column(input, 'ids'),
        column(input, 'dates'),
        column(input, 'amounts'),
        CLV_LIFESPAN_YEARS,
        CLV_MARGIN,
      ),
    handLoop: (input) => {
      const ids = column(input, 'ids');
      const dates = column(input, 'dates');
      const amounts = column(input, 'amounts');
      const customers = new Set<Cell>();
      let orders = 0;
      let revenue = 0;
      let first = Infinity;
      let last = -Infinity;
      for (let i = 1; i < ids.length; i++) {
        if (ids[i][0] === '') continue;
        const day = dayOf(dates[i][0]);
        customers.add(ids[i][0]);
        orders++;
        revenue += amounts[i][0] as number;
        first = Math.min(first, day);
        last = Math.max(last, day);
      }
      const perYear = orders / customers.size / ((last - first) / DAYS_PER_YEAR);
      return (revenue / orders) * perYear * CLV_LIFESPAN_YEARS * CLV_MARGIN;
    },
    // One cell, as the details write it: AOV x purchases per customer per year x lifespan x margin.
    nativeFormulas: (input) => {
      const [ids, dates, amounts, newCustomer] = ['A', 'B', 'C', 'D'].map((letter) => range(input, letter));
      return {
        A1:
          `=(SUM(${amounts})/COUNTA(${ids}))*(COUNTA(${ids})/SUM(${newCustomer})/` +
          `((MAX(${dates})-MIN(${dates}))/${DAYS_PER_YEAR}))*${CLV_LIFESPAN_YEARS}*${CLV_MARGIN}`,
      };
    },
    nativeResult: (value) => value('A1'),
  },
  {
    name: 'CUSTOMER_SUMMARY',
    input: (rows, runtime) => {
      const orders = generateOrders(rows);
      const facts = customerFacts(orders);
      const own = orderColumns(orders, runtime);
      return {
        columns: {
          // MINIFS, MAXIFS and COUNTUNIQUEIFS of the dates per customer, on the customer's first row.
          firstOrder: customerColumn(orders, facts, 'First order', (c) => FIRST_SERIAL + facts.firstDay[c]),
          lastOrder: customerColumn(orders, facts, 'Last order', (c) => FIRST_SERIAL + facts.lastDay[c]),
          purchaseDays: customerColumn(orders, facts, 'Purchase days', (c) => facts.purchaseDays[c]),
          ids: own.ids(),
          dates: own.dates(),
          amounts: own.amounts(),
        },
      };
    },
    // as_of blank (the latest order date), times in weeks (the default), the first PER_CUSTOMER_ROWS customers.
    call: (runtime, input) =>
      runtime.call(
        'CUSTOMER_SUMMARY',
        column(input, 'ids'),
        column(input, 'dates'),
        column(input, 'amounts'),
        '',
        '',
        PER_CUSTOMER_ROWS,
      ),
    handLoop: (input) => {
      // The whole table (orders on one day are one purchase), then the sums the native sheet can check.
      const ids = column(input, 'ids');
      const dates = column(input, 'dates');
      const amounts = column(input, 'amounts');
      const customers = new Map<Cell, SummaryEntry>();
      let asOf = -Infinity;
      for (let i = 1; i < ids.length; i++) {
        const id = ids[i][0];
        if (id === '') continue;
        const day = dayOf(dates[i][0]);
        asOf = Math.max(asOf, day);
        const entry = customers.get(id);
        if (entry === undefined) {
          customers.set(id, { first: day, last: day, total: 0, firstDaySpend: 0, days: new Set([day]) });
        } else {
          entry.first = Math.min(entry.first, day);
          entry.last = Math.max(entry.last, day);
          entry.days.add(day);
        }
      }
      // The spend of the first purchase day is known once the first day is.
      for (let i = 1; i < ids.length; i++) {
        const id = ids[i][0];
        if (id === '') continue;
        const entry = customers.get(id) as SummaryEntry;
        const amount = amounts[i][0] as number;
        entry.total += amount;
        if (dayOf(dates[i][0]) === entry.first) entry.firstDaySpend += amount;
      }
      const table: [Cell, number, number, number, number][] = [];
      for (const [id, e] of customers) {
        const frequency = e.days.size - 1;
        const monetary = frequency > 0 ? (e.total - e.firstDaySpend) / frequency : 0;
        table.push([id, frequency, (e.last - e.first) / WEEK_DAYS, (asOf - e.first) / WEEK_DAYS, monetary]);
      }
      const sum = (k: number) => table.reduce((total, row) => total + (row[k] as number), 0);
      return { customers: table.length, frequency: sum(1), recency: sum(2), age: sum(3) };
    },
    nativeFormulas: (input) => ({
      A1: `=COUNT(${range(input, 'A')})`,
      // Repeat purchase days: purchase days minus each customer's first.
      A2: `=SUM(${range(input, 'C')})-A1`,
      A3: `=(SUM(${range(input, 'B')})-SUM(${range(input, 'A')}))/${WEEK_DAYS}`,
      // T: from each customer's first order to as_of, the latest order date.
      A4: `=(A1*MAX(${range(input, 'E')})-SUM(${range(input, 'A')}))/${WEEK_DAYS}`,
    }),
    nativeResult: (value) => ({
      customers: value('A1'),
      frequency: value('A2'),
      recency: value('A3'),
      age: value('A4'),
    }),
  },
  {
    name: 'COHORT_RETENTION',
    input: (rows, runtime) => {
      const orders = generateOrders(rows);
      const facts = customerFacts(orders);
      const own = orderColumns(orders, runtime);
      const monthOfDay = (day: number) => {
        const date = new Date(FIRST_DAY + day * DAY_MS);
        return date.getUTCFullYear() * 12 + date.getUTCMonth();
      };
      // Per row: the first of the customer's first month (from MINIFS), the months since it, and 1 on the
      // customer's first row of that month (a running COUNTIFS), so each customer counts once per month.
      const cohort = orderColumn(orders, 'Cohort', (i) => {
        const month = monthOfDay(facts.firstDay[orders.customer[i]]);
        return Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS + 25_569;
      });
      const offset = orderColumn(
        orders,
        'Months since first order',
        (i) => monthOfDay(orders.day[i]) - monthOfDay(facts.firstDay[orders.customer[i]]),
      );
      // Rows are in date order, so a customer's months since their first only grow.
      const latestOffset = new Int32Array(orders.customers).fill(-1);
      const firstOfMonth = orderColumn(orders, 'First order of the month', (i) => {
        const c = orders.customer[i];
        if (offset[i + 1][0] === latestOffset[c]) return 0;
        latestOffset[c] = offset[i + 1][0] as number;
        return 1;
      });
      return { columns: { cohort, offset, firstOfMonth, ids: own.ids(), dates: own.dates() } };
    },
    call: (runtime, input) => runtime.call('COHORT_RETENTION', column(input, 'ids'), column(input, 'dates'), 'month'),
    handLoop: (input) => {
      // Counts: customers of each cohort (month of first order) who ordered k months after it; the
      // cells of months complete by as_of (the latest order date) only.
      const ids = column(input, 'ids');
      const dates = column(input, 'dates');
      const firstMonth = new Map<Cell, number>();
      let earliest = Infinity;
      let asOf = -Infinity;
      for (let i = 1; i < ids.length; i++) {
        const id = ids[i][0];
        if (id === '') continue;
        const month = monthOf(dates[i][0]);
        firstMonth.set(id, Math.min(firstMonth.get(id) ?? Infinity, month));
        earliest = Math.min(earliest, month);
        asOf = Math.max(asOf, dayOf(dates[i][0]));
      }
      const lastMonth = monthOf(new Date(asOf * DAY_MS));
      const periods = lastMonth - earliest + 1;
      const counts = Array.from({ length: periods }, () => new Array<number>(periods).fill(0));
      const seen = new Map<Cell, Set<number>>();
      for (let i = 1; i < ids.length; i++) {
        const id = ids[i][0];
        if (id === '') continue;
        const first = firstMonth.get(id) as number;
        const k = monthOf(dates[i][0]) - first;
        let months = seen.get(id);
        if (months === undefined) seen.set(id, (months = new Set()));
        if (months.has(k)) continue;
        months.add(k);
        counts[first - earliest][k]++;
      }
      const complete = (month: number) =>
        Date.UTC(Math.floor((month + 1) / 12), (month + 1) % 12, 1) <= (asOf + 1) * DAY_MS;
      const grid: number[][] = [];
      counts.forEach((row, cohort) => {
        if (row[0] === 0) return;
        const cells: number[] = [];
        for (let k = 0; earliest + cohort + k <= lastMonth && complete(earliest + cohort + k); k++) cells.push(row[k]);
        grid.push(cells);
      });
      return grid;
    },
    nativeFormulas: (input) => {
      // The classic sheet: cohort month starts down column A, one COUNTIFS per cohort x months-after cell.
      const formulas: Record<string, string> = {};
      for (let i = 0; i < COHORT_MONTHS; i++) {
        const row = i + 1;
        formulas[`A${row}`] = `=DATE(2023,${i + 1},1)`;
        for (let k = 0; i + k < COHORT_MONTHS; k++) {
          formulas[`${String.fromCharCode(66 + k)}${row}`] =
            `=COUNTIFS(${range(input, 'A')},$A${row},${range(input, 'B')},${k},${range(input, 'C')},1)`;
        }
      }
      return formulas;
    },
    nativeResult: (value) =>
      Array.from({ length: COHORT_MONTHS }, (_, i) =>
        Array.from({ length: COHORT_MONTHS - i }, (_, k) => value(`${String.fromCharCode(66 + k)}${i + 1}`)),
      ),
  },
  {
    name: 'RFM',
    input: rfmInput,
    call: callRfm('RFM'),
    handLoop: (input) => {
      // Compared: customers per segment (R and F) and per M score.
      const table = handRfm(input);
      const segments = Object.fromEntries(SEGMENTS.map((segment) => [segment, 0])) as Record<Segment, number>;
      const m = [0, 0, 0, 0, 0];
      for (const row of table) {
        segments[row.segment]++;
        m[row.m - 1]++;
      }
      return { segments, m };
    },
    nativeFormulas: (input) => {
      const formulas = rfmThresholds(input);
      SEGMENTS.forEach((segment, i) => {
        formulas[`B${SEGMENT_ROW + i}`] = `=COUNTIFS(${segmentCriteria(input, segment)})`;
      });
      for (let score = 1; score <= 5; score++) {
        formulas[`B${M_ROW + score - 1}`] = `=COUNTIFS(${scoreCriteria(input, 'C', 'E', [score, score]).join(',')})`;
      }
      return formulas;
    },
    nativeResult: (value) => ({
      segments: Object.fromEntries(SEGMENTS.map((segment, i) => [segment, value(`B${SEGMENT_ROW + i}`)])),
      m: Array.from({ length: 5 }, (_, k) => value(`B${M_ROW + k}`)),
    }),
  },
  {
    name: 'RFM_SUMMARY',
    input: rfmInput,
    call: callRfm('RFM_SUMMARY'),
    handLoop: (input) => {
      // Segment, customers, share of customers, revenue, share of revenue, for the segments that occur.
      const table = handRfm(input);
      const customers = new Map<Segment, number>();
      const revenue = new Map<Segment, number>();
      let total = 0;
      for (const row of table) {
        customers.set(row.segment, (customers.get(row.segment) ?? 0) + 1);
        revenue.set(row.segment, (revenue.get(row.segment) ?? 0) + row.monetary);
        total += row.monetary;
      }
      return SEGMENTS.filter((segment) => customers.has(segment)).map((segment) => {
        const count = customers.get(segment) as number;
        const money = revenue.get(segment) as number;
        return [segment, count, count / table.length, money, money / total];
      });
    },
    nativeFormulas: (input) => {
      const formulas = rfmThresholds(input);
      SEGMENTS.forEach((segment, i) => {
        const row = SEGMENT_ROW + i;
        const criteria = segmentCriteria(input, segment);
        formulas[`A${row}`] = segment;
        formulas[`B${row}`] = `=COUNTIFS(${criteria})`;
        formulas[`C${row}`] = `=B${row}/$A$1`;
        formulas[`D${row}`] = `=SUMIFS(${range(input, 'C')},${criteria})`;
        formulas[`E${row}`] = `=D${row}/SUM(${range(input, 'C')})`;
      });
      return formulas;
    },
    nativeResult: (value) =>
      SEGMENTS.map((segment, i) => {
        const row = SEGMENT_ROW + i;
        return [segment, value(`B${row}`), value(`C${row}`), value(`D${row}`), value(`E${row}`)];
      }).filter((row) => row[1] !== 0),
  },
];
