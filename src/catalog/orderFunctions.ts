/**
 * Order metrics: repeat purchase, frequency, order value, upsell, historical
 * CLV, the customer summary of the BTYD literature, cohort retention and RFM.
 * An orders list has one row per order (or order line): customer id, date,
 * amount, product. Customer ids are compared as trimmed text (1001 and "1001"
 * are one customer; case matters). The arithmetic lives in src/metrics.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell, type RangeArgument } from '../input/cells';
import { amountReader, dateReader, labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { isOmitted, readChoice, readMaxRows, readNumberOption, readOptionalDate } from '../input/options';
import { column, type ColumnSpec, readTable } from '../input/readTable';
import { averageOrderValue } from '../metrics/averageOrderValue';
import { cohortCurves } from '../metrics/cohortCurves';
import { MINIMUM_GROUP_SIZE } from '../metrics/smallGroups';
import { cohortRetention } from '../metrics/cohortRetention';
import { customerSummary } from '../metrics/customerSummary';
import { indexKeys, type KeyIndex } from '../metrics/keyIndex';
import { purchaseFrequency } from '../metrics/purchaseFrequency';
import { repeatPurchaseRate } from '../metrics/repeatPurchaseRate';
import { rfm } from '../metrics/rfm';
import { RFM_SEGMENTS } from '../metrics/rfmSegment';
import { upsellRate } from '../metrics/upsellRate';
import { isoDateOfDay } from '../time/civilDays';
import type { FunctionSpec, ParameterSpec } from './functionSpec';
import { CLV_PARAMETERS, clvOfOrders, readClvOrders, readClvSettings } from './readClvOrders';
import { CUSTOMER_IDS, NO_REFUNDS, ORDER_DATES, readOrders } from './readOrders';

const AMOUNTS: ParameterSpec = { name: 'amounts', description: 'The amount of each order, e.g. D2:D.', kind: 'range' };
const AS_OF: ParameterSpec = {
  name: 'as_of',
  description: 'The date of the analysis: orders after it are left out; the latest order date if blank.',
  kind: 'value',
  optional: true,
};

function readCustomerIds(context: CallContext, ids: RangeArgument): KeyIndex {
  const table = readTable(context, {
    customer_ids: column(ids, labelReader(context, 'customer'), 'key'),
  });
  if (table.size === 0)
    throw new InputError(`${context.functionName}: no orders in customer_ids; expected one customer id per order.`);
  return indexKeys(table.columns.customer_ids);
}

const cellOf = (value: number | null): OutputCell => (value === null ? EMPTY : value);

function noOrdersUntil(context: CallContext, day: number | undefined): InputError {
  return new InputError(
    `${context.functionName}: no orders on or before as_of${day === undefined ? '' : ` (${isoDateOfDay(day)})`}; the first order is later.`,
  );
}

/** The order date and as_of of functions that otherwise need no dates: given, they count the orders up to as_of. */
const DATES_FOR_AS_OF: ParameterSpec = {
  name: 'order_dates',
  description: 'The date of each order, e.g. C2:C; needed only with as_of.',
  kind: 'range',
  optional: true,
};
const ORDERS_AS_OF: ParameterSpec = {
  name: 'as_of',
  description: 'The date of the analysis: orders dated after it are left out; every order if blank.',
  kind: 'value',
  optional: true,
};

/**
 * The as_of day of a function whose order dates are optional (undefined when
 * blank), and the order_dates column to read when they are given.
 */
function datesUntil(
  context: CallContext,
  dates: RangeArgument,
  asOf: RangeArgument,
): { day: number | undefined; spec?: ColumnSpec<number> } {
  if (isOmitted(dates)) {
    if (!isOmitted(asOf))
      throw new InputError(`${context.functionName}: as_of needs order_dates; give the date of each order, e.g. C2:C.`);
    return { day: undefined };
  }
  return { day: readOptionalDate(context, 'as_of', asOf), spec: column(dates, dateReader(context), 'required') };
}

const MAX_ROWS = (order: string): ParameterSpec => ({
  name: 'max_rows',
  description: `Return only this many customers: ${order}; every customer if blank.`,
  kind: 'value',
  optional: true,
});

const TIME_UNITS = ['day', 'week', 'month'] as const;
const DAYS_PER_UNIT: Record<(typeof TIME_UNITS)[number], number> = { day: 1, week: 7, month: 30 };
const COHORT_PERIODS = ['week', 'month', 'quarter'] as const;

/** A period as a heading names it: 2024-10 for a month, 2024 Q4 for a quarter, the Monday for a week. */
function periodLabel(startDay: number, unit: (typeof COHORT_PERIODS)[number]): string {
  const iso = isoDateOfDay(startDay);
  if (unit === 'month') return iso.slice(0, 7);
  if (unit === 'quarter') return `${iso.slice(0, 4)} Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
  return iso;
}

export const ORDER_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'REPEAT_PURCHASE_RATE',
    summary: 'The share of customers who bought more than once (on two or more days, when dates are given).',
    details:
      'Repeat purchase rate = customers with two or more orders / customers, counted per customer rather than per ' +
      'row. With order dates, orders on the same day are one purchase: a repeat customer bought on two or more ' +
      'distinct days. With window_days (which needs order_dates): of the customers whose window has passed by ' +
      'as_of (first purchase day + window_days <= as_of), the share who bought again on a later day at most ' +
      'window_days after their first; customers still inside their window are left out of both counts, so a recent ' +
      "customer never counts as a one-time buyer. 365 gives RJMetrics' share of customers who buy again within a " +
      'year of their first purchase (see BENCHMARK("repeat_purchase_12m")). Orders after as_of are left out.',
    parameters: [
      CUSTOMER_IDS,
      { ...ORDER_DATES, optional: true },
      {
        name: 'window_days',
        description:
          'Count only a second purchase within this many days of the first, e.g. 365; any time up to as_of if blank.',
        kind: 'value',
        optional: true,
      },
      AS_OF,
    ],
    returns: 'A fraction from 0 to 1 (format as %).',
    example: '=REPEAT_PURCHASE_RATE(Orders!B2:B, Orders!C2:C, 365)',
    sql: 'repeat_purchase_rate',
    compute([ids, dates, windowDays, asOf], context) {
      const fn = context.functionName;
      const width = isOmitted(windowDays)
        ? undefined
        : readNumberOption(fn, 'window_days', windowDays, {
            fallback: undefined,
            min: 1,
            minInclusive: true,
            max: 36_525,
            maxInclusive: true,
            integer: true,
            accepted:
              'a whole number of days from 1, such as 365 (leave it blank to count a second purchase at any time)',
          });
      if (isOmitted(dates)) {
        if (width !== undefined || !isOmitted(asOf))
          throw new InputError(
            `${fn}: window_days and as_of need order_dates; give the date of each order, e.g. C2:C.`,
          );
        return cellOf(repeatPurchaseRate(readCustomerIds(context, ids)));
      }
      const orders = readOrders(context, { ids, dates, asOf });
      if (width === undefined && isOmitted(asOf)) return cellOf(repeatPurchaseRate(orders.customers, orders.days));
      const rate = repeatPurchaseRate(orders.customers, orders.days, { asOfDay: orders.asOfDay, windowDays: width });
      if (rate !== null || width === undefined) return cellOf(rate);
      const asOfDay = Math.floor(orders.asOfDay);
      let first = asOfDay;
      for (const day of orders.days) if (day < first) first = Math.floor(day);
      throw new InputError(
        `${fn}: no customer's ${width}-day window has passed by as_of (${isoDateOfDay(asOfDay)}): the earliest first ` +
          `purchase, on ${isoDateOfDay(first)}, has its window end on ${isoDateOfDay(first + width)}. Give a shorter ` +
          'window_days, or orders up to a later as_of.',
      );
    },
  },
  {
    name: 'PURCHASE_FREQUENCY',
    summary: 'Orders per customer: order rows / distinct customers.',
    details:
      'Purchase frequency = order rows / distinct customer ids over the whole range (a row per order); with ' +
      'order_dates and as_of, over the orders up to as_of.',
    parameters: [CUSTOMER_IDS, DATES_FOR_AS_OF, ORDERS_AS_OF],
    returns: 'A number, 1 or more.',
    example: '=PURCHASE_FREQUENCY(Orders!B2:B)',
    sql: 'purchase_frequency',
    compute([ids, dates, asOf], context) {
      const until = datesUntil(context, dates, asOf);
      if (until.spec === undefined) return cellOf(purchaseFrequency(readCustomerIds(context, ids)));
      const table = readTable(
        context,
        { customer_ids: column(ids, labelReader(context, 'customer'), 'key'), order_dates: until.spec },
        { until: { column: 'order_dates', day: until.day } },
      );
      if (table.size === 0) throw noOrdersUntil(context, until.day);
      return cellOf(purchaseFrequency(indexKeys(table.columns.customer_ids)));
    },
  },
  {
    name: 'AVG_ORDER_VALUE',
    summary: 'Average order value: revenue / orders; with order ids, the lines of one order count as one order.',
    details:
      'AOV = sum of amounts / number of orders. Without order ids each amount is an order; with them, the lines ' +
      'sharing an order id (compared as trimmed text) are one order. Amounts must be zero or more: a refund is not ' +
      'an order.',
    parameters: [
      AMOUNTS,
      {
        name: 'order_ids',
        description: 'The order each amount belongs to, when an order has several lines, e.g. A2:A.',
        kind: 'range',
        optional: true,
      },
      DATES_FOR_AS_OF,
      ORDERS_AS_OF,
    ],
    returns: 'An amount, in the currency of the amounts.',
    example: '=AVG_ORDER_VALUE(Orders!D2:D, Orders!A2:A)',
    sql: 'avg_order_value',
    compute([amounts, orderIds, dates, asOf], context) {
      const reader = amountReader(context, { allowNegative: false, refundAdvice: NO_REFUNDS });
      const until = datesUntil(context, dates, asOf);
      const spec: Record<string, ColumnSpec<unknown>> = { amounts: column(amounts, reader, 'key') };
      if (!isOmitted(orderIds)) spec.order_ids = column(orderIds, labelReader(context, 'order'), 'required');
      if (until.spec !== undefined) spec.order_dates = until.spec;
      const table = readTable(context, spec, { until: { column: 'order_dates', day: until.day } });
      if (table.size === 0) {
        if (until.day !== undefined) throw noOrdersUntil(context, until.day);
        const unit = isOmitted(orderIds) ? 'order' : 'order line';
        throw new InputError(`${context.functionName}: no amounts; expected one amount per ${unit}.`);
      }
      const columns = table.columns as Record<string, unknown[]>;
      const orders = columns.order_ids === undefined ? undefined : indexKeys(columns.order_ids as string[]);
      return cellOf(averageOrderValue(columns.amounts as number[], orders));
    },
  },
  {
    name: 'UPSELL_RATE',
    summary: 'The share of customers who bought more than one distinct product.',
    details:
      'Upsell rate = customers with two or more distinct products / customers. Products are compared as trimmed text.',
    parameters: [
      CUSTOMER_IDS,
      { name: 'products', description: 'The product of each order, e.g. E2:E.', kind: 'range' },
      DATES_FOR_AS_OF,
      ORDERS_AS_OF,
    ],
    returns: 'A fraction from 0 to 1 (format as %).',
    example: '=UPSELL_RATE(Orders!B2:B, Orders!E2:E)',
    sql: 'upsell_rate',
    compute([ids, products, dates, asOf], context) {
      const until = datesUntil(context, dates, asOf);
      const spec: Record<string, ColumnSpec<unknown>> = {
        customer_ids: column(ids, labelReader(context, 'customer'), 'key'),
        products: column(products, labelReader(context, 'product'), 'required'),
      };
      if (until.spec !== undefined) spec.order_dates = until.spec;
      const table = readTable(context, spec, { until: { column: 'order_dates', day: until.day } });
      if (table.size === 0) {
        if (until.day !== undefined) throw noOrdersUntil(context, until.day);
        throw new InputError(`${context.functionName}: no orders in customer_ids; expected one customer id per order.`);
      }
      const columns = table.columns as Record<string, string[]>;
      return cellOf(upsellRate(indexKeys(columns.customer_ids), indexKeys(columns.products)));
    },
  },
  {
    name: 'CLV',
    summary:
      'Historical customer lifetime value: average order value x purchases per customer per year x lifespan x margin.',
    details:
      'The simple formula: CLV = AOV x purchases per customer per year x lifespan_years x gross_margin, where ' +
      'purchases per customer per year = orders / customers / years from the first order to the last (365.25 days ' +
      'a year). It is net revenue per customer per year x lifespan x margin, so refunds (negative amounts) net ' +
      'against sales. It assumes every customer stays lifespan_years and buys at the average rate; CLV_PREDICT ' +
      "estimates each customer's future with probabilistic models instead.",
    parameters: [...CLV_PARAMETERS, ORDERS_AS_OF],
    returns: 'An amount per customer, in the currency of the amounts.',
    example: '=CLV(Orders!B2:B, Orders!C2:C, Orders!D2:D, 3, 0.6)',
    sql: 'clv',
    compute([ids, dates, amounts, lifespan, margin, asOf], context) {
      const settings = readClvSettings(context.functionName, lifespan, margin);
      const orders = readClvOrders(context, { ids, dates, amounts, asOf: readOptionalDate(context, 'as_of', asOf) });
      return clvOfOrders(context, orders, settings).result.clv;
    },
  },
  {
    name: 'CUSTOMER_SUMMARY',
    summary:
      'Per customer: frequency, recency, age (T) and mean repeat spend, as the BTYD models and lifetimes use them.',
    details:
      'One row per customer in order of first appearance: Customer, Frequency, Recency, T, Monetary value, with the ' +
      'definitions of the customer-base literature and the lifetimes package: orders on the same day are one ' +
      'purchase occasion (amounts summed); Frequency = distinct purchase days - 1; Recency = time from the first to ' +
      'the last purchase day; T = time from the first purchase day to as_of; Monetary value = mean spend per repeat ' +
      'purchase day (the first excluded; 0 for one-time buyers; blank without amounts). Times in time_unit, not rounded.',
    parameters: [
      CUSTOMER_IDS,
      ORDER_DATES,
      { ...AMOUNTS, optional: true },
      AS_OF,
      {
        name: 'time_unit',
        description: '"day", "week" or "month" (30 days); "week" if blank.',
        kind: 'value',
        optional: true,
      },
      MAX_ROWS('the first ones in order of first appearance'),
    ],
    returns: 'A table: Customer, Frequency, Recency, T, Monetary value.',
    largeResultAdvice:
      'Give max_rows (for example 10000) to return only the first customers, or compute the summary in a warehouse ' +
      '(see "Beyond one sheet" in the add-on\'s README).',
    output: { columns: ['Customer', 'Frequency', 'Recency', 'T', 'Monetary value'] },
    example: '=CUSTOMER_SUMMARY(Orders!B2:B, Orders!C2:C, Orders!D2:D, DATE(2024,12,31), "week")',
    sql: 'customer_summary',
    compute([ids, dates, amounts, asOf, timeUnit, maxRows], context) {
      const unit = readChoice(context.functionName, 'time_unit', timeUnit, TIME_UNITS, 'week');
      const limit = readMaxRows(context.functionName, maxRows);
      const orders = readOrders(context, { ids, dates, amounts: { range: amounts, required: false }, asOf });
      const summary = customerSummary(
        orders.customers,
        orders.days,
        orders.amounts,
        orders.asOfDay,
        DAYS_PER_UNIT[unit],
      );
      const rows: OutputCell[][] = [['Customer', 'Frequency', 'Recency', 'T', 'Monetary value']];
      orders.customers.keys.forEach((customer, c) => {
        if (!summary.present[c] || rows.length > limit) return;
        rows.push([
          customer,
          summary.frequency[c],
          summary.recency[c],
          summary.age[c],
          orders.amounts === undefined ? EMPTY : summary.monetary[c],
        ]);
      });
      return rows;
    },
  },
  {
    name: 'COHORT_RETENTION',
    summary:
      'The cohort table: customers by month of first order, and the share still ordering 1, 2, 3... periods later.',
    details:
      "A customer's cohort is the period of their first order. Columns: Cohort (period start), Customers, Period 0, " +
      'Period 1, ...; cell k is the share (values "percent", the default) or number ("count") of the cohort\'s ' +
      'customers who ordered in period k after their first (mode "bounded", the default) or in period k or any later ' +
      'one ("unbounded"). Period 0 is 100%. A cell whose period is not complete by as_of is blank, never 0. Calendar ' +
      "periods in the spreadsheet's time zone; weeks start on Monday.",
    parameters: [
      CUSTOMER_IDS,
      ORDER_DATES,
      { name: 'period', description: '"week", "month" or "quarter"; "month" if blank.', kind: 'value', optional: true },
      {
        name: 'mode',
        description: '"bounded" (ordered in that period) or "unbounded" (in it or later); "bounded" if blank.',
        kind: 'value',
        optional: true,
      },
      {
        name: 'values',
        description: '"percent" (shares) or "count" (customers); "percent" if blank.',
        kind: 'value',
        optional: true,
      },
      AS_OF,
    ],
    returns: 'A table: Cohort, Customers, Period 0, Period 1, ...; shares as fractions (format as %).',
    output: { columns: ['Cohort', 'Customers', 'Period {n}'] },
    example: '=COHORT_RETENTION(Orders!B2:B, Orders!C2:C, "month")',
    largeResultAdvice:
      'Use a longer period ("quarter" instead of "month" or "week"), or check the dates for a mistyped year.',
    sql: 'cohort_retention',
    compute([ids, dates, period, mode, values, asOf], context) {
      const fn = context.functionName;
      const unit = readChoice(fn, 'period', period, COHORT_PERIODS, 'month');
      const retention = readChoice(fn, 'mode', mode, ['bounded', 'unbounded'] as const, 'bounded');
      const shown = readChoice(fn, 'values', values, ['percent', 'count'] as const, 'percent');
      const orders = readOrders(context, { ids, dates, asOf });
      const table = cohortRetention(orders.customers, orders.days, unit, retention, orders.asOfDay);
      const header: OutputCell[] = [
        'Cohort',
        'Customers',
        ...Array.from({ length: table.periods }, (_, k) => `Period ${k}`),
      ];
      const rows: OutputCell[][] = [header];
      table.counts.forEach((counts, i) => {
        const size = table.cohortSizes[i];
        const cells = counts.map((count): OutputCell =>
          count === null ? EMPTY : shown === 'count' ? count : count / size,
        );
        rows.push([context.timeZone().dateOfLocalDay(table.cohortStarts[i]), size, ...cells]);
      });
      return rows;
    },
  },
  {
    name: 'COHORT_CURVES',
    summary:
      'Retention curves: the share of customers still ordering k periods after their first order, over all cohorts and for the latest ones.',
    details:
      'From the cohort table of COHORT_RETENTION (the same period, mode and as_of): one row per period k = 0, 1, 2... ' +
      'after the first order, with All cohorts (weighted average) = customers of every cohort active in period k / ' +
      'customers of the cohorts whose period k is complete (each cohort counts by its size, and the youngest cohorts ' +
      'count only in the periods they have lived, so they never pull the curve down), then one column per cohort for ' +
      'the latest cohorts (3 if blank) that have at least one complete period after period 0, oldest first, blank ' +
      'where a period is not complete. The average is blank from the period whose complete cohorts hold fewer than ' +
      'min_customers customers (30 if blank): late periods are lived only by the oldest cohorts, often a handful of ' +
      'customers, whose share jumps about and says nothing of retention. A few curves read at a glance where one line per cohort is a tangle: chart them ' +
      'as lines.',
    parameters: [
      CUSTOMER_IDS,
      ORDER_DATES,
      { name: 'period', description: '"week", "month" or "quarter"; "month" if blank.', kind: 'value', optional: true },
      {
        name: 'mode',
        description: '"bounded" (ordered in that period) or "unbounded" (in it or later); "bounded" if blank.',
        kind: 'value',
        optional: true,
      },
      {
        name: 'cohorts',
        description: 'How many of the latest cohorts to show besides the average, 0 to 12; 3 if blank.',
        kind: 'value',
        optional: true,
      },
      {
        name: 'min_customers',
        description:
          'The fewest customers the cohorts behind a point of the average may hold; the average stops before fewer. 30 if blank.',
        kind: 'value',
        optional: true,
      },
      AS_OF,
    ],
    returns:
      'A table: Periods after the first order, All cohorts (weighted average), then Cohort of ... for each cohort shown; shares as fractions.',
    output: {
      columns: ['Periods after the first order', 'All cohorts (weighted average)', 'Cohort of {text}'],
    },
    example: '=COHORT_CURVES(Orders!B2:B, Orders!C2:C, "month")',
    largeResultAdvice: 'Use a longer period ("quarter" instead of "month" or "week").',
    compute([ids, dates, period, mode, cohorts, least, asOf], context) {
      const fn = context.functionName;
      const unit = readChoice(fn, 'period', period, COHORT_PERIODS, 'month');
      const retention = readChoice(fn, 'mode', mode, ['bounded', 'unbounded'] as const, 'bounded');
      const latest = readNumberOption(fn, 'cohorts', cohorts, {
        fallback: 3,
        min: 0,
        minInclusive: true,
        max: 12,
        maxInclusive: true,
        integer: true,
        accepted: 'a whole number of cohorts from 0 to 12 (leave it blank for 3)',
      });
      const minCustomers = readNumberOption(fn, 'min_customers', least, {
        fallback: MINIMUM_GROUP_SIZE,
        min: 1,
        minInclusive: true,
        max: Infinity,
        maxInclusive: false,
        integer: true,
        accepted: 'a whole number of customers, 1 or more (leave it blank for 30)',
      });
      const orders = readOrders(context, { ids, dates, asOf });
      const table = cohortRetention(orders.customers, orders.days, unit, retention, orders.asOfDay);
      const curves = cohortCurves(table, latest, minCustomers);
      const rows: OutputCell[][] = [
        [
          'Periods after the first order',
          'All cohorts (weighted average)',
          ...curves.cohorts.map(({ index }) => `Cohort of ${periodLabel(table.cohortStarts[index], unit)}`),
        ],
      ];
      curves.weighted.forEach((share, k) => {
        rows.push([k, cellOf(share), ...curves.cohorts.map(({ shares }) => cellOf(shares[k]))]);
      });
      return rows;
    },
  },
  {
    name: 'RFM',
    summary: 'Per customer: recency, frequency, monetary value, their 1-5 scores and the RFM segment.',
    details:
      'One row per customer: Customer, Recency (days from the last order to as_of), Frequency (orders), Monetary ' +
      '(total amount), R, F, M (1-5), Segment. Scores are quintiles that treat ties alike and do not depend on row ' +
      'order: F and M = 1 + floor(5 x customers with a strictly smaller value / customers); R the same with strictly ' +
      'more days, so recent buyers score 5. Segments from R and F (the widely used map): R 1-2 with F 1-2 ' +
      "Hibernating, F 3-4 At Risk, F 5 Can't Lose; R 3 with F 1-2 About to Sleep, F 3 Need Attention; R 3-4 with " +
      'F 4-5 Loyal Customers; R 4 with F 1 Promising; R 5 with F 1 New Customers; R 4-5 with F 2-3 Potential ' +
      'Loyalists; R 5 with F 4-5 Champions. Frequency counts rows, so give one row per order.',
    parameters: [
      CUSTOMER_IDS,
      ORDER_DATES,
      AMOUNTS,
      AS_OF,
      MAX_ROWS('those of highest Monetary value, highest first (the scores still compare every customer)'),
    ],
    returns: 'A table: Customer, Recency, Frequency, Monetary, R, F, M, Segment.',
    output: {
      columns: ['Customer', 'Recency', 'Frequency', 'Monetary', 'R', 'F', 'M', 'Segment'],
      labels: RFM_SEGMENTS,
    },
    example: '=RFM(Orders!B2:B, Orders!C2:C, Orders!D2:D)',
    largeResultAdvice:
      'Give max_rows (for example 1000) to return only the customers of highest monetary value, or use RFM_SUMMARY ' +
      'for the segments.',
    sql: 'rfm',
    compute([ids, dates, amounts, asOf, maxRows], context) {
      const limit = readMaxRows(context.functionName, maxRows);
      const orders = readOrders(context, { ids, dates, amounts: { range: amounts, required: true }, asOf });
      const table = rfm(orders.customers, orders.days, orders.amounts ?? [], orders.asOfDay);
      const rows: OutputCell[][] = [['Customer', 'Recency', 'Frequency', 'Monetary', 'R', 'F', 'M', 'Segment']];
      const order = table.customers.map((_, i) => i);
      if (limit < order.length) order.sort((a, b) => table.monetary[b] - table.monetary[a] || a - b);
      for (const i of order.slice(0, limit)) {
        const c = table.customers[i];
        rows.push([
          orders.customers.keys[c],
          table.recencyDays[i],
          table.frequency[i],
          table.monetary[i],
          table.r[i],
          table.f[i],
          table.m[i],
          table.segments[i],
        ]);
      }
      return rows;
    },
  },
  {
    name: 'RFM_SUMMARY',
    summary: 'Customers and revenue per RFM segment, best segment first.',
    details:
      'One row per segment that occurs (segments as in RFM, listed from Champions to Hibernating): Segment, ' +
      'Customers, Share of customers, Revenue, Share of revenue. Shares are fractions.',
    parameters: [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, AS_OF],
    returns: 'A table: Segment, Customers, Share of customers, Revenue, Share of revenue.',
    output: {
      columns: ['Segment', 'Customers', 'Share of customers', 'Revenue', 'Share of revenue'],
      labels: RFM_SEGMENTS,
    },
    example: '=RFM_SUMMARY(Orders!B2:B, Orders!C2:C, Orders!D2:D)',
    sql: 'rfm_summary',
    compute([ids, dates, amounts, asOf], context) {
      const orders = readOrders(context, { ids, dates, amounts: { range: amounts, required: true }, asOf });
      const table = rfm(orders.customers, orders.days, orders.amounts ?? [], orders.asOfDay);
      const customers = new Map<string, number>();
      const revenue = new Map<string, number>();
      let totalRevenue = 0;
      table.segments.forEach((segment, i) => {
        customers.set(segment, (customers.get(segment) ?? 0) + 1);
        revenue.set(segment, (revenue.get(segment) ?? 0) + table.monetary[i]);
        totalRevenue += table.monetary[i];
      });
      const rows: OutputCell[][] = [['Segment', 'Customers', 'Share of customers', 'Revenue', 'Share of revenue']];
      for (const segment of RFM_SEGMENTS) {
        const count = customers.get(segment);
        if (count === undefined) continue;
        const money = revenue.get(segment) ?? 0;
        rows.push([
          segment,
          count,
          count / table.segments.length,
          money,
          totalRevenue === 0 ? EMPTY : money / totalRevenue,
        ]);
      }
      return rows;
    },
  },
];
