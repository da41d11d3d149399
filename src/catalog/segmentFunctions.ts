/**
 * The customer and order metrics by segment (plan, acquisition channel,
 * loyalty-programme members against the rest): one row per segment, largest
 * first, with the metric, its 95% interval, and whether it differs from the
 * rest of the customers, then the whole data's row, which is the plain
 * function's value itself. The metrics come from the plain functions' kernels;
 * the intervals and tests from src/stats through src/metrics.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell, type RangeArgument } from '../input/cells';
import { amountReader, labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { isOmitted } from '../input/options';
import { column, type ColumnSpec, readTable } from '../input/readTable';
import { averageOrderValue, orderTotals } from '../metrics/averageOrderValue';
import { churnRate } from '../metrics/churnRate';
import { customerHistoricalValues, historicalClv } from '../metrics/historicalClv';
import { indexKeys, type KeyIndex, pickRows, rowsByKey } from '../metrics/keyIndex';
import { largestFirst } from '../metrics/largestFirst';
import { meanVersusRest, restsOf } from '../metrics/meanVersusRest';
import { repeatCustomers, repeatPurchaseRate } from '../metrics/repeatPurchaseRate';
import { retentionRate } from '../metrics/retentionRate';
import { type ShareCount, shareVersusRest } from '../metrics/shareVersusRest';
import { MINIMUM_GROUP_SIZE, type Withheld } from '../metrics/smallGroups';
import { countSubscriptions, type SubscriptionCounts } from '../metrics/subscriptionCounts';
import { meanInterval } from '../stats/meanInterval';
import { type Moments, momentsOf } from '../stats/moments';
import { wilsonInterval } from '../stats/wilsonInterval';
import type { FunctionSpec, ParameterSpec, TableOutput } from './functionSpec';
import { CLV_PARAMETERS, clvOfOrders, readClvOrders, readClvSettings } from './readClvOrders';
import { noCustomersAtStart, readCustomerList, readPeriod } from './readCustomerList';
import { CUSTOMER_IDS, NO_REFUNDS, ORDER_DATES, readOrders } from './readOrders';
import {
  labelOf,
  NOT_LISTED,
  parallelRange,
  readSegments,
  type Segments,
  segmentOfEachCustomer,
  segmentOfEachKey,
} from './readSegments';

const CONFIDENCE = 0.95;
const ALL = '(all)';

/** What every by-segment function says about its table, its tests and their limits. */
const SEGMENT_ROWS =
  'One row per segment, most counted first (ties by label), then (all), the whole data: the plain function. ' +
  'Columns: Segment, the count, the metric, CI low and CI high (its 95% interval), Rest (the metric over ' +
  'everyone outside the segment), the p-value of the test of the segment against the rest, Differs from rest ' +
  '(TRUE when p < 0.05) and Note. Labels are compared as trimmed text, case-sensitive; a blank segment is ' +
  '"(blank)". A segment with fewer than 30 shows its numbers with a note and no test: too few to tell. With ' +
  'many segments, remember that at 95% about one segment in twenty differs from the rest by chance alone: with ' +
  '10 segments and no real difference, one flag is to be expected (trust a flag more when its p-value is below ' +
  '0.05 divided by the number of segments tested).';

const SHARE_TEST = 'two-proportion z';
const MEAN_TEST = 'Welch t';

const SEGMENTS_PER_CUSTOMER: ParameterSpec = {
  name: 'segments',
  description: 'The segment of each customer, parallel to start_dates, e.g. F2:F (plan, source).',
  kind: 'range',
};
const SEGMENTS_OF_ORDERS: ParameterSpec = {
  name: 'segments',
  description:
    'The segment of each order row, parallel to customer_ids (e.g. F2:F); or two columns, customer ids and their ' +
    'segment, e.g. {Customers!A2:A, Customers!E2:E}.',
  kind: 'range',
};
const CUSTOMER_LIST_PARAMETERS: readonly ParameterSpec[] = [
  {
    name: 'start_dates',
    description: 'The date each customer started (signed up, subscribed), e.g. C2:C.',
    kind: 'range',
  },
  {
    name: 'end_dates',
    description: 'The date each customer left (cancelled), blank while still a customer, e.g. D2:D.',
    kind: 'range',
  },
  { name: 'period_start', description: 'The first day of the period, e.g. DATE(2024,1,1).', kind: 'value' },
  { name: 'period_end', description: 'The last day of the period (included), e.g. DATE(2024,1,31).', kind: 'value' },
];
const SEGMENT_LOOKUP_FORM =
  'segments is either one column parallel to the orders (the segment of each order row; every row of one ' +
  'customer must name the same segment) or, recognised by its width, two columns: customer ids and the segment ' +
  'of each, joined by id, for a segment kept in the customers sheet (Sheets writes two columns side by side as ' +
  '{Customers!A2:A, Customers!E2:E}); a customer listed twice with two segments is an error naming the row, and ' +
  'customers with orders but not listed are "(not listed)".';

/** One segment's numbers, whatever the metric. */
interface SegmentResult {
  readonly label: string;
  readonly count: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly rest: number | null;
  readonly pValue: number | null;
  readonly differs: boolean | null;
  readonly withheld: Withheld | 'noSpread' | null;
}

interface TableHeadings {
  /** The count column: "Customers at start", "Customers", "Orders". */
  readonly count: string;
  /** What is counted, in a note: "customers", "orders". */
  readonly unit: string;
  readonly metric: string;
  readonly test: string;
  /** The note of a segment with nothing counted. */
  readonly empty: string;
}

const cellOf = (value: number | boolean | null): OutputCell => (value === null ? EMPTY : value);

function noteOf(result: SegmentResult, headings: TableHeadings): string {
  if (result.count === 0) return headings.empty;
  switch (result.withheld) {
    case 'small':
      return `fewer than ${MINIMUM_GROUP_SIZE} ${headings.unit}: no significance claim`;
    case 'smallOther':
      return `fewer than ${MINIMUM_GROUP_SIZE} ${headings.unit} in the rest: no significance claim`;
    case 'noOther':
      return `no ${headings.unit} in the rest: nothing to compare with`;
    case 'noSpread':
      return 'no spread in the segment or the rest: no test';
    default:
      return '';
  }
}

/** Each function's headings: its table's columns and the words of its notes, in one place. */
const AT_START = {
  count: 'Customers at start',
  unit: 'customers at the start',
  test: SHARE_TEST,
  empty: 'no customers at the start of the period',
} as const;
const CHURN_HEADINGS: TableHeadings = { ...AT_START, metric: 'Churn rate' };
const RETENTION_HEADINGS: TableHeadings = { ...AT_START, metric: 'Retention rate' };
const REPEAT_HEADINGS: TableHeadings = {
  count: 'Customers',
  unit: 'customers',
  metric: 'Repeat purchase rate',
  test: SHARE_TEST,
  empty: '',
};
const ORDER_VALUE_HEADINGS: TableHeadings = {
  count: 'Orders',
  unit: 'orders',
  metric: 'Average order value',
  test: MEAN_TEST,
  empty: '',
};
const CLV_HEADINGS: TableHeadings = {
  count: 'Customers',
  unit: 'customers',
  metric: 'CLV',
  test: MEAN_TEST,
  empty: '',
};

const headingRow = (headings: TableHeadings): string[] => [
  'Segment',
  headings.count,
  headings.metric,
  'CI low',
  'CI high',
  'Rest',
  `p-value (${headings.test})`,
  'Differs from rest',
  'Note',
];

/** What a by-segment table declares (src/catalog/functionSpec.ts): its headings and every word its cells may hold. */
function bySegmentOutput(headings: TableHeadings): TableOutput {
  return {
    columns: headingRow(headings),
    labels: [
      `fewer than {n} ${headings.unit}: no significance claim`,
      `fewer than {n} ${headings.unit} in the rest: no significance claim`,
      `no ${headings.unit} in the rest: nothing to compare with`,
      'no spread in the segment or the rest: no test',
      '{n} segments tested: at 95% about 1 in 20 differs from the rest by chance alone',
      ...(headings.empty === '' ? [] : [headings.empty]),
      ALL,
      '(blank)',
      '(not listed)',
    ],
  };
}

/** The table: a row per segment, largest first, then the overall row. */
function segmentTable(headings: TableHeadings, segments: readonly SegmentResult[], overall: SegmentResult) {
  const rows: OutputCell[][] = [headingRow(headings)];
  const order = largestFirst(
    segments.map((s) => s.label),
    segments.map((s) => s.count),
  );
  for (const g of order) {
    const s = segments[g];
    rows.push([
      s.label,
      s.count,
      cellOf(s.value),
      cellOf(s.low),
      cellOf(s.high),
      cellOf(s.rest),
      cellOf(s.pValue),
      cellOf(s.differs),
      noteOf(s, headings),
    ]);
  }
  const tested = segments.filter((s) => s.pValue !== null).length;
  const note =
    tested >= 2 ? `${tested} segments tested: at 95% about 1 in 20 differs from the rest by chance alone` : '';
  rows.push([
    ALL,
    overall.count,
    cellOf(overall.value),
    cellOf(overall.low),
    cellOf(overall.high),
    EMPTY,
    EMPTY,
    EMPTY,
    note,
  ]);
  return rows;
}

/** A segment of a share metric (churn, retention, repeat purchase): Wilson interval, z test against the rest. */
function shareResult(label: string, count: ShareCount, total: ShareCount, value: number | null): SegmentResult {
  const comparison = shareVersusRest(count, total, CONFIDENCE);
  return {
    label,
    count: count.n,
    value,
    low: comparison.interval && comparison.interval.low,
    high: comparison.interval && comparison.interval.high,
    rest: comparison.restShare,
    pValue: comparison.pValue,
    differs: comparison.differs,
    withheld: comparison.withheld,
  };
}

function overallShare(count: ShareCount, value: number | null): SegmentResult {
  const interval = wilsonInterval(count.successes, count.n, CONFIDENCE);
  return { ...noComparison(ALL, count.n, value), low: interval && interval.low, high: interval && interval.high };
}

/** Segments of a mean metric (order value, customer value): t interval, Welch test against the rest. */
function meanResults(labels: readonly string[], moments: readonly Moments[], values: readonly (number | null)[]) {
  const rests = restsOf(moments);
  return labels.map((label, g): SegmentResult => {
    const comparison = meanVersusRest(moments[g], rests[g], CONFIDENCE);
    return {
      label,
      count: moments[g].n,
      value: values[g],
      low: comparison.interval && comparison.interval.low,
      high: comparison.interval && comparison.interval.high,
      rest: comparison.restMean,
      pValue: comparison.pValue,
      differs: comparison.differs,
      withheld: comparison.withheld,
    };
  });
}

function overallMean(moments: Moments, value: number | null): SegmentResult {
  const interval = meanInterval(moments, CONFIDENCE);
  return { ...noComparison(ALL, moments.n, value), low: interval && interval.low, high: interval && interval.high };
}

function noComparison(label: string, count: number, value: number | null): SegmentResult {
  return { label, count, value, low: null, high: null, rest: null, pValue: null, differs: null, withheld: null };
}

/** CHURN_BY and RETENTION_BY: the customer list by segment, each segment's period counted as the plain function does. */
function customerListBySegment(
  context: CallContext,
  [segments, starts, ends, periodStart, periodEnd]: readonly RangeArgument[],
  measure: {
    headings: TableHeadings;
    rate: (counts: SubscriptionCounts) => number | null;
    kept: 'churned' | 'retained';
  },
): OutputCell[][] {
  const list = readCustomerList(context, { starts, ends, segments });
  const period = readPeriod(context, periodStart, periodEnd);
  const overall = countSubscriptions(list.starts, list.ends, period.first, period.last);
  if (overall.atStart === 0) throw noCustomersAtStart(context, period);
  const share = (counts: SubscriptionCounts): ShareCount => ({
    successes: measure.kept === 'churned' ? counts.churned : counts.atEnd - counts.startedAndStayed,
    n: counts.atStart,
  });
  const groups = indexKeys((list.segments ?? []).map(labelOf));
  const total = share(overall);
  const results = rowsByKey(groups).map((rows, g) => {
    const counts = countSubscriptions(
      pickRows(list.starts, rows),
      pickRows(list.ends, rows),
      period.first,
      period.last,
    );
    return shareResult(groups.keys[g], share(counts), total, measure.rate(counts));
  });
  return segmentTable(measure.headings, results, overallShare(total, measure.rate(overall)));
}

/** Groups keyed units (customers, orders) by their segment label. */
function groupsOf(labelOfUnit: readonly string[]): { groups: KeyIndex; rows: Int32Array[] } {
  const groups = indexKeys(labelOfUnit);
  return { groups, rows: rowsByKey(groups) };
}

/** Each customer's segment, from either form of `segments`. */
function customerSegments(
  context: CallContext,
  segments: Segments,
  customers: KeyIndex,
  rowSegments: readonly (string | undefined)[] | undefined,
  locate: (k: number) => string,
): string[] {
  if (segments.form === 'lookup') return segmentOfEachCustomer(segments.segmentOf, customers);
  return segmentOfEachKey(context, customers, rowSegments ?? [], locate, 'customer');
}

const CUSTOMER_LIST_DETAILS = (metric: string, plain: string, tested: string) =>
  `${metric} of each segment's customers over the period, as ${plain} computes it for everyone. ${tested} ` +
  'CI is the Wilson score interval (Wilson 1927), which stays within 0-100% and honest for small segments; the ' +
  "test compares the segment's customers at the start of the period with everyone else's: the two-proportion z " +
  `test (pooled). ${SEGMENT_ROWS}`;

export const SEGMENT_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'CHURN_BY',
    summary: 'Churn rate of a period per segment, largest first, with 95% intervals and a test against the rest.',
    details: CUSTOMER_LIST_DETAILS(
      'Churn rate',
      'CHURN_RATE',
      'It is a share: of the customers active at the start of the period, those who left within it (customers ' +
        'who start within the period count in neither part).',
    ),
    parameters: [SEGMENTS_PER_CUSTOMER, ...CUSTOMER_LIST_PARAMETERS],
    returns:
      'A table: Segment, Customers at start, Churn rate, CI low, CI high, Rest, p-value, Differs from rest, Note.',
    output: bySegmentOutput(CHURN_HEADINGS),
    example: '=CHURN_BY(Customers!F2:F, Customers!C2:C, Customers!D2:D, DATE(2024,10,1), DATE(2024,12,31))',
    compute(args, context) {
      return customerListBySegment(context, args, { headings: CHURN_HEADINGS, rate: churnRate, kept: 'churned' });
    },
  },
  {
    name: 'RETENTION_BY',
    summary: 'Retention rate of a period per segment, largest first, with 95% intervals and a test against the rest.',
    details: CUSTOMER_LIST_DETAILS(
      'Retention rate',
      'RETENTION_RATE',
      'Retention (E - N) / S counts new customers in E and takes them out again as N, so it is not a share of E; ' +
        'but E - N is exactly the customers of S still there at the end, so retention is the share of the ' +
        'customers at the start who stayed, 1 - churn. The interval and the test are those of that share (the ' +
        'p-value is the one CHURN_BY gives); new customers play no part in them.',
    ),
    parameters: [SEGMENTS_PER_CUSTOMER, ...CUSTOMER_LIST_PARAMETERS],
    returns:
      'A table: Segment, Customers at start, Retention rate, CI low, CI high, Rest, p-value, Differs from rest, Note.',
    output: bySegmentOutput(RETENTION_HEADINGS),
    example: '=RETENTION_BY(Customers!F2:F, Customers!C2:C, Customers!D2:D, DATE(2024,10,1), DATE(2024,12,31))',
    compute(args, context) {
      return customerListBySegment(context, args, {
        headings: RETENTION_HEADINGS,
        rate: retentionRate,
        kept: 'retained',
      });
    },
  },
  {
    name: 'REPEAT_PURCHASE_RATE_BY',
    summary: 'Repeat purchase rate per segment, largest first, with 95% intervals and a test against the rest.',
    details:
      "The share of each segment's customers who bought more than once (on two or more days when dates are " +
      'given), as REPEAT_PURCHASE_RATE. CI is the Wilson score interval; the test compares the share of repeat ' +
      "customers in the segment with the share among all other customers (two-proportion z test). A segment's " +
      `count is its customers. ${SEGMENT_LOOKUP_FORM} ${SEGMENT_ROWS}`,
    parameters: [SEGMENTS_OF_ORDERS, CUSTOMER_IDS, { ...ORDER_DATES, optional: true }],
    returns:
      'A table: Segment, Customers, Repeat purchase rate, CI low, CI high, Rest, p-value, Differs from rest, Note.',
    output: bySegmentOutput(REPEAT_HEADINGS),
    example: '=REPEAT_PURCHASE_RATE_BY({Customers!A2:A, Customers!E2:E}, Orders!B2:B, Orders!C2:C)',
    compute([segmentsArgument, ids, dates], context) {
      const segments = readSegments(context, segmentsArgument, true);
      const orders = readIdsAndSegments(context, ids, dates, parallelRange(segments));
      const repeat = repeatCustomers(orders.customers, orders.days);
      const labels = customerSegments(context, segments, orders.customers, orders.segments, orders.locate);
      const { groups, rows } = groupsOf(labels);
      const count = (members: ArrayLike<number>): ShareCount => {
        let successes = 0;
        for (let i = 0; i < members.length; i++) successes += repeat[members[i]];
        return { successes, n: members.length };
      };
      const total = count(Array.from(repeat.keys()));
      const results = rows.map((members, g) => {
        const share = count(members);
        return shareResult(groups.keys[g], share, total, share.successes / share.n);
      });
      return segmentTable(
        REPEAT_HEADINGS,
        results,
        overallShare(total, repeatPurchaseRate(orders.customers, orders.days)),
      );
    },
  },
  {
    name: 'AVG_ORDER_VALUE_BY',
    summary: 'Average order value per segment, largest first, with 95% t intervals and a test against the rest.',
    details:
      "AOV of each segment's orders, as AVG_ORDER_VALUE: revenue / orders, the lines sharing an order id being one " +
      "order. The interval is the t interval of the mean of the segment's order totals (mean +- t x s / sqrt(n), " +
      "n - 1 degrees of freedom); the test compares them with all other orders' totals by Welch's t test, which " +
      'does not assume equal spreads. The unit is the order: a segment with fewer than 30 orders is not tested, ' +
      'and orders of one customer are treated as independent, so when a few customers place most orders the ' +
      'interval is too narrow. Order amounts are usually skewed: read intervals of small segments as rough. ' +
      'segments is either one column parallel to amounts (the segment of each order row; the lines of one order ' +
      'must name the same segment) or, recognised by its width, two columns: customer ids and the segment of ' +
      'each, joined through customer_ids, which is then needed ({Customers!A2:A, Customers!E2:E}); orders of ' +
      `customers not listed are "(not listed)". ${SEGMENT_ROWS}`,
    parameters: [
      {
        ...SEGMENTS_OF_ORDERS,
        description:
          'The segment of each order row, parallel to amounts (e.g. F2:F); or two columns, customer ids and their ' +
          'segment, e.g. {Customers!A2:A, Customers!E2:E}, with customer_ids.',
      },
      { name: 'amounts', description: 'The amount of each order, e.g. D2:D.', kind: 'range' },
      {
        name: 'order_ids',
        description: 'The order each amount belongs to, when an order has several lines, e.g. A2:A.',
        kind: 'range',
        optional: true,
      },
      {
        name: 'customer_ids',
        description: 'The customer of each order, e.g. B2:B: needed when segments has two columns.',
        kind: 'range',
        optional: true,
      },
    ],
    returns: 'A table: Segment, Orders, Average order value, CI low, CI high, Rest, p-value, Differs from rest, Note.',
    output: bySegmentOutput(ORDER_VALUE_HEADINGS),
    example: '=AVG_ORDER_VALUE_BY({Customers!A2:A, Customers!E2:E}, Orders!D2:D, Orders!A2:A, Orders!B2:B)',
    compute([segmentsArgument, amounts, orderIds, ids], context) {
      const segments = readSegments(context, segmentsArgument, true);
      const lines = readOrderLines(context, segments, amounts, orderIds, ids);
      const orders = lines.orderIds === undefined ? undefined : indexKeys(lines.orderIds);
      const totals = orderTotals(lines.amounts, orders);
      const lineSegments =
        segments.form === 'lookup'
          ? (lines.customerIds ?? []).map((id) => segments.segmentOf.get(id) ?? NOT_LISTED)
          : lines.segments;
      const labels =
        orders === undefined
          ? (lineSegments ?? []).map(labelOf)
          : segmentOfEachKey(context, orders, lineSegments ?? [], lines.locate, 'order');
      const { groups, rows } = groupsOf(labels);
      const moments = rows.map((members) => momentsOf(pickRows(totals, members)));
      const values = rows.map((members) => averageOrderValue(pickRows(totals, members)));
      return segmentTable(
        ORDER_VALUE_HEADINGS,
        meanResults(groups.keys, moments, values),
        overallMean(momentsOf(totals), averageOrderValue(lines.amounts, orders)),
      );
    },
  },
  {
    name: 'CLV_BY',
    summary: 'Historical CLV per segment, largest first, with 95% t intervals and a test against the rest.',
    details:
      "CLV of each segment's customers by the simple formula of CLV (average order value x purchases per customer " +
      'per year x lifespan_years x gross_margin), with the years measured over the span of all the orders, so ' +
      "every segment is measured on the same yardstick and a segment's CLV is the net revenue per customer per " +
      'year of its customers x lifespan x margin (a segment that began later than the others looks smaller: ' +
      "compare over the period they share). The spread comes from the customers: each customer's own value, " +
      'their net revenue per year x lifespan_years x gross_margin, whose mean is the CLV. The interval is the t ' +
      "interval of that mean; the test compares the segment's customers with all others' by Welch's t test. " +
      "Customer values are skewed (a few big customers): read small segments' intervals as rough. " +
      `${SEGMENT_LOOKUP_FORM} ${SEGMENT_ROWS}`,
    parameters: [SEGMENTS_OF_ORDERS, ...CLV_PARAMETERS],
    returns: 'A table: Segment, Customers, CLV, CI low, CI high, Rest, p-value, Differs from rest, Note.',
    output: bySegmentOutput(CLV_HEADINGS),
    example: '=CLV_BY({Customers!A2:A, Customers!E2:E}, Orders!B2:B, Orders!C2:C, Orders!D2:D, 3, 0.6)',
    compute([segmentsArgument, ids, dates, amounts, lifespan, margin], context) {
      const settings = readClvSettings(context.functionName, lifespan, margin);
      const segments = readSegments(context, segmentsArgument, true);
      const orders = readClvOrders(context, { ids, dates, amounts, segments: parallelRange(segments) });
      const { inputs, result } = clvOfOrders(context, orders, settings);
      const { lifespanYears, grossMargin } = settings;
      const values =
        customerHistoricalValues(orders.customers, orders.amounts, inputs.spanDays, lifespanYears, grossMargin) ??
        new Float64Array(0);
      const labels = customerSegments(context, segments, orders.customers, orders.segments, orders.locate);
      const { groups, rows } = groupsOf(labels);
      const groupOfCustomer = groups.ofRow;
      const revenue = new Float64Array(groups.keys.length);
      const orderRows = new Float64Array(groups.keys.length);
      for (let k = 0; k < orders.customers.ofRow.length; k++) {
        const g = groupOfCustomer[orders.customers.ofRow[k]];
        revenue[g] += orders.amounts[k];
        orderRows[g]++;
      }
      const clvs = rows.map((members, g) => {
        const segment = { revenue: revenue[g], orders: orderRows[g], customers: members.length };
        return historicalClv({ ...segment, spanDays: inputs.spanDays }, lifespanYears, grossMargin)?.clv ?? null;
      });
      const moments = rows.map((members) => momentsOf(pickRows(values, members)));
      return segmentTable(
        CLV_HEADINGS,
        meanResults(groups.keys, moments, clvs),
        overallMean(momentsOf(values), result.clv),
      );
    },
  },
];

/** Customer ids (with dates when given) and the parallel segments, for REPEAT_PURCHASE_RATE_BY. */
function readIdsAndSegments(
  context: CallContext,
  ids: RangeArgument,
  dates: RangeArgument,
  segments: RangeArgument | undefined,
): { customers: KeyIndex; days?: number[]; segments?: (string | undefined)[]; locate: (k: number) => string } {
  if (!isOmitted(dates)) return readOrders(context, { ids, dates, segments });
  const spec: Record<string, ColumnSpec<unknown>> = {
    customer_ids: column(ids, labelReader(context, 'customer'), 'key'),
  };
  if (segments !== undefined) spec.segments = column(segments, labelReader(context, ['segment', 'source']), 'optional');
  const table = readTable(context, spec);
  if (table.size === 0)
    throw new InputError(`${context.functionName}: no orders in customer_ids; expected one customer id per order.`);
  const columns = table.columns as Record<string, unknown[]>;
  return {
    customers: indexKeys(columns.customer_ids as string[]),
    segments: columns.segments as (string | undefined)[] | undefined,
    locate: table.locate,
  };
}

interface OrderLines {
  readonly amounts: number[];
  readonly orderIds?: string[];
  readonly customerIds?: string[];
  readonly segments?: (string | undefined)[];
  locate(k: number): string;
}

/** Amounts with their order ids, customer ids and parallel segments, as given, for AVG_ORDER_VALUE_BY. */
function readOrderLines(
  context: CallContext,
  segments: Segments,
  amounts: RangeArgument,
  orderIds: RangeArgument,
  ids: RangeArgument,
): OrderLines {
  const fn = context.functionName;
  if (segments.form === 'lookup' && isOmitted(ids)) {
    throw new InputError(
      `${fn}: segments has two columns (customer ids and their segment), so customer_ids is needed to find each ` +
        "order's customer; give the customer of each order, e.g. Orders!B2:B, or give segments as one column " +
        'parallel to amounts.',
    );
  }
  const spec: Record<string, ColumnSpec<unknown>> = {
    amounts: column(amounts, amountReader(context, { allowNegative: false, refundAdvice: NO_REFUNDS }), 'key'),
  };
  if (!isOmitted(orderIds)) spec.order_ids = column(orderIds, labelReader(context, 'order'), 'required');
  if (!isOmitted(ids)) spec.customer_ids = column(ids, labelReader(context, 'customer'), 'required');
  if (segments.form === 'parallel') {
    spec.segments = column(segments.range, labelReader(context, ['segment', 'source']), 'optional');
  }
  const table = readTable(context, spec);
  if (table.size === 0) throw new InputError(`${fn}: no amounts; expected one amount per order.`);
  const columns = table.columns as Record<string, unknown[]>;
  return {
    amounts: columns.amounts as number[],
    orderIds: columns.order_ids as string[] | undefined,
    customerIds: columns.customer_ids as string[] | undefined,
    segments: columns.segments as (string | undefined)[] | undefined,
    locate: table.locate,
  };
}
