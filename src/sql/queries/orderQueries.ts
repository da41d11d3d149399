/**
 * The order metrics as queries over orders(customer_id, order_date, amount,
 * product, order_id): the same definitions as src/catalog/orderFunctions.ts
 * and the kernels in src/metrics, with the same floating-point operations
 * in the same order wherever SQL allows it.
 */

import { DAYS_PER_YEAR } from '../../metrics/historicalClv';
import { RFM_SEGMENTS, rfmSegment } from '../../metrics/rfmSegment';
import { sqlText } from '../dialect';
import { asOfAndKept, byUnit, choice, column, float, label, numberOption, orderRows, periodOrdinal } from '../inputs';
import type { QueryContext, QueryDefinition } from '../query';

const COHORT_UNITS = ['week', 'month', 'quarter'] as const;
const TIME_UNITS = { day: 1, week: 7, month: 30 } as const;

/** A scalar query: one row, one column; no customers at all stops it, as the function does. */
function scalar(q: QueryContext, name: string, value: string, from: string): string {
  return `SELECT
  CASE WHEN COUNT(*) = 0 THEN ${q.fail('no orders in customer_ids; expected one customer id per order.')}
  ELSE ${value} END AS ${column(q, name)}
FROM ${from}`;
}

/** Per-customer recency (days), frequency (order rows) and monetary (total) up to as_of, with the 1-5 scores and segment. */
function rfmCtes(q: QueryContext): string {
  const d = q.dialect;
  // 1 + floor(5 x customers strictly below / customers): RANK() - 1 counts the rows strictly before a value.
  const score = (order: string) =>
    `1 + ${d.integerDivide(`5 * (RANK() OVER (ORDER BY ${order}) - 1)`, 'COUNT(*) OVER ()')}`;
  const segments = [1, 2, 3, 4, 5]
    .map(
      (r) =>
        `WHEN r = ${r} THEN CASE f ${[1, 2, 3, 4, 5].map((f) => `WHEN ${f} THEN ${sqlText(rfmSegment(r, f))}`).join(' ')} END`,
    )
    .join('\n      ');
  return `${orderRows(q, { day: true, amount: 'non-negative' })},
${asOfAndKept(q)},
per_customer AS (
  SELECT
    kept.customer,
    ${d.daysBetween('MAX(kept.day)', 'MIN(as_of.day)')} AS recency,
    COUNT(*) AS frequency,
    ${q.cast('SUM(kept.amount)', 'float')} AS monetary
  FROM kept CROSS JOIN as_of
  GROUP BY kept.customer
),
scored AS (
  SELECT
    customer, recency, frequency, monetary,
    ${score('recency DESC')} AS r,
    ${score('frequency')} AS f,
    ${score('monetary')} AS m
  FROM per_customer
),
rfm AS (
  SELECT
    scored.*,
    CASE
      ${segments}
    END AS segment
  FROM scored
)`;
}

/** The cohort CTEs shared by the grid: each customer's cohort, and the periods each was active in after it. */
function cohortQuery(q: QueryContext): string {
  const d = q.dialect;
  const ordinal = (date: string) => byUnit('options.unit', COHORT_UNITS, (unit) => periodOrdinal(q, date, unit));
  const start = (date: string) => byUnit('options.unit', COHORT_UNITS, (unit) => q.truncate(date, unit));
  return `WITH ${orderRows(q, { day: true })},
${asOfAndKept(q)},
options AS (
  SELECT
    ${choice(q, 'period', COHORT_UNITS, 'month')} AS unit,
    ${choice(q, 'mode', ['bounded', 'unbounded'], 'bounded')} AS mode,
    ${choice(q, 'values', ['percent', 'count'], 'percent')} AS shown
),
dated AS (
  SELECT kept.customer, ${ordinal('kept.day')} AS p, ${start('kept.day')} AS period_start
  FROM kept CROSS JOIN options
),
firsts AS (
  SELECT customer, MIN(p) AS first_p, MIN(period_start) AS cohort FROM dated GROUP BY customer
),
activity AS (
  SELECT DISTINCT dated.customer, dated.p - firsts.first_p AS k
  FROM dated JOIN firsts ON dated.customer = firsts.customer
),
last_active AS (
  SELECT customer, MAX(k) AS last_k FROM activity GROUP BY customer
),
cohorts AS (
  SELECT cohort, first_p, COUNT(*) AS customers FROM firsts GROUP BY cohort, first_p
),
-- A period is complete when the day after as_of is in a later period.
complete AS (
  SELECT ${ordinal(d.addDays('as_of.day', '1'))} - 1 AS last_p FROM as_of CROSS JOIN options
),
cells AS (
  SELECT cohorts.cohort, cohorts.first_p, cohorts.customers, k
  FROM cohorts CROSS JOIN complete CROSS JOIN ${d.series('0', 'complete.last_p - cohorts.first_p', 'k')}
),
bounded_active AS (
  SELECT firsts.first_p, activity.k, COUNT(*) AS active
  FROM activity JOIN firsts ON activity.customer = firsts.customer
  GROUP BY firsts.first_p, activity.k
),
unbounded_active AS (
  SELECT cells.first_p, cells.k, COUNT(*) AS active
  FROM cells
    JOIN firsts ON firsts.first_p = cells.first_p
    JOIN last_active ON last_active.customer = firsts.customer AND last_active.last_k >= cells.k
  GROUP BY cells.first_p, cells.k
)
SELECT
  cells.cohort AS ${column(q, 'cohort')},
  cells.customers AS ${column(q, 'customers')},
  cells.k AS ${column(q, 'period')},
  CASE options.shown
    WHEN 'count' THEN ${q.cast("COALESCE(CASE options.mode WHEN 'bounded' THEN bounded_active.active ELSE unbounded_active.active END, 0)", 'float')}
    ELSE ${d.divide("COALESCE(CASE options.mode WHEN 'bounded' THEN bounded_active.active ELSE unbounded_active.active END, 0)", 'cells.customers')}
  END AS ${column(q, 'value')}
FROM cells
  CROSS JOIN options
  LEFT JOIN bounded_active ON bounded_active.first_p = cells.first_p AND bounded_active.k = cells.k
  LEFT JOIN unbounded_active ON unbounded_active.first_p = cells.first_p AND unbounded_active.k = cells.k
ORDER BY cells.cohort, cells.k`;
}

export const ORDER_QUERIES = {
  repeat_purchase_rate: {
    notes: 'with order dates: a repeat customer bought on two or more distinct days.',
    columns: ['repeat_purchase_rate'],
    build: (q) => `WITH ${orderRows(q, { day: true })},
per_customer AS (
  SELECT customer, COUNT(DISTINCT day) AS days FROM order_rows GROUP BY customer
)
${scalar(q, 'repeat_purchase_rate', q.dialect.divide('SUM(CASE WHEN days >= 2 THEN 1 ELSE 0 END)', 'COUNT(*)'), 'per_customer')}`,
  },
  purchase_frequency: {
    columns: ['purchase_frequency'],
    build: (q) => `WITH ${orderRows(q, {})}
${scalar(q, 'purchase_frequency', q.dialect.divide('COUNT(*)', 'COUNT(DISTINCT customer)'), 'order_rows')}`,
  },
  avg_order_value: {
    notes:
      'the lines sharing an order_id are one order, and a line without an order_id is an order of its own, so a table without order ids gives AVG_ORDER_VALUE(amounts) and one with them AVG_ORDER_VALUE(amounts, order_ids).',
    columns: ['avg_order_value'],
    // The lines sharing an order_id are one order; a line without one is an order of its own (so a table without
    // order ids gives AVG_ORDER_VALUE(amounts), and one with them AVG_ORDER_VALUE(amounts, order_ids)).
    build: (q) => `WITH lines AS (
  SELECT
    CASE WHEN amount < 0 THEN ${q.fail('an order line has a negative amount; amounts must be zero or more (a refund is not an order: leave refunds out, or use CLV, which nets them).')}
    ELSE ${q.cast('amount', 'decimal')} END AS amount,
    ${label(q, 'order_id')} AS order_key
  FROM ${q.table('orders')}
  WHERE amount IS NOT NULL
)
SELECT
  CASE WHEN COUNT(*) = 0 THEN ${q.fail('no amounts; expected one amount per order.')}
  ELSE ${q.dialect.divide(q.cast('SUM(amount)', 'float'), 'COUNT(DISTINCT order_key) + SUM(CASE WHEN order_key IS NULL THEN 1 ELSE 0 END)')} END
    AS ${column(q, 'avg_order_value')}
FROM lines`,
  },
  upsell_rate: {
    columns: ['upsell_rate'],
    build: (q) => `WITH ${orderRows(q, { product: true })},
per_customer AS (
  SELECT customer, COUNT(DISTINCT product) AS products FROM order_rows GROUP BY customer
)
${scalar(q, 'upsell_rate', q.dialect.divide('SUM(CASE WHEN products >= 2 THEN 1 ELSE 0 END)', 'COUNT(*)'), 'per_customer')}`,
  },
  clv: {
    columns: ['clv'],
    // AOV x (orders / customers / years) x lifespan_years x gross_margin, as src/metrics/historicalClv.ts.
    build: (q) => {
      const d = q.dialect;
      const lifespan = numberOption(q, 'lifespan_years', {
        fallback: undefined,
        valid: (v) => `${v} > 0 AND ${v} <= 200`,
        accepted: 'a number of years above 0, such as 3',
      });
      const margin = numberOption(q, 'gross_margin', {
        fallback: '1',
        valid: (v) => `${v} > 0 AND ${v} <= 1`,
        accepted: 'a share above 0 and up to 1, such as 0.6 (leave it blank for 1)',
      });
      return `WITH ${orderRows(q, { day: true, amount: 'any' })},
totals AS (
  SELECT
    ${q.cast('SUM(amount)', 'float')} AS revenue,
    COUNT(*) AS orders,
    COUNT(DISTINCT customer) AS customers,
    ${d.daysBetween('MIN(day)', 'MAX(day)')} AS span_days,
    MIN(day) AS first_day
  FROM order_rows
),
options AS (
  SELECT ${lifespan} AS lifespan_years, ${margin} AS gross_margin
)
SELECT
  CASE
    WHEN totals.orders = 0 THEN ${q.fail('no orders in customer_ids; expected one customer id per order.')}
    WHEN totals.span_days = 0 THEN ${q.fail('every order falls on ', q.cast('totals.first_day', 'text'), sqlText(', so purchases per year cannot be measured; it needs orders over some time.'))}
    ELSE totals.revenue / totals.orders
      * (${q.cast('totals.orders', 'float')} / totals.customers / (${q.cast('totals.span_days', 'float')} / ${float(DAYS_PER_YEAR)}))
      * options.lifespan_years * options.gross_margin
  END AS ${column(q, 'clv')}
FROM totals CROSS JOIN options`;
    },
  },
  customer_summary: {
    notes:
      'rows ordered by customer (a table has no row order); monetary_value is always computed (the orders table has amounts).',
    columns: ['customer', 'frequency', 'recency', 'T', 'monetary_value'],
    build: (q) => {
      const d = q.dialect;
      const unit = choice(q, 'time_unit', Object.keys(TIME_UNITS), 'week');
      const days = `CASE options.unit ${Object.entries(TIME_UNITS)
        .map(([name, n]) => `WHEN '${name}' THEN ${n}`)
        .join(' ')} END`;
      return `WITH ${orderRows(q, { day: true, amount: 'non-negative' })},
${asOfAndKept(q)},
options AS (
  SELECT ${unit} AS unit
),
per_customer AS (
  SELECT customer, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(DISTINCT day) AS days, SUM(amount) AS total
  FROM kept GROUP BY customer
),
first_day_spend AS (
  SELECT kept.customer, SUM(kept.amount) AS spend
  FROM kept JOIN per_customer ON kept.customer = per_customer.customer AND kept.day = per_customer.first_day
  GROUP BY kept.customer
)
SELECT
  per_customer.customer AS ${column(q, 'customer')},
  per_customer.days - 1 AS ${column(q, 'frequency')},
  ${d.divide(d.daysBetween('per_customer.first_day', 'per_customer.last_day'), days)} AS ${column(q, 'recency')},
  ${d.divide(d.daysBetween('per_customer.first_day', 'as_of.day'), days)} AS ${column(q, 'T')},
  CASE WHEN per_customer.days > 1
    THEN ${q.cast('per_customer.total - first_day_spend.spend', 'float')} / (per_customer.days - 1)
    ELSE ${float(0)}
  END AS ${column(q, 'monetary_value')}
FROM per_customer
  JOIN first_day_spend ON first_day_spend.customer = per_customer.customer
  CROSS JOIN as_of
  CROSS JOIN options
ORDER BY per_customer.customer`;
    },
  },
  cohort_retention: {
    notes:
      "the grid in long form, one row per cell: cohort (the period start), customers (the cohort's size), period (k), value. A cell whose period is not complete by as_of is absent, so a cohort whose first period is not over has no rows yet.",
    columns: ['cohort', 'customers', 'period', 'value'],
    build: cohortQuery,
  },
  rfm: {
    notes: 'rows ordered by customer (a table has no row order).',
    columns: ['customer', 'recency', 'frequency', 'monetary', 'R', 'F', 'M', 'segment'],
    build: (q) => `WITH ${rfmCtes(q)}
SELECT
  customer AS ${column(q, 'customer')},
  recency AS ${column(q, 'recency')},
  frequency AS ${column(q, 'frequency')},
  monetary AS ${column(q, 'monetary')},
  r AS ${column(q, 'R')},
  f AS ${column(q, 'F')},
  m AS ${column(q, 'M')},
  segment AS ${column(q, 'segment')}
FROM rfm
ORDER BY customer`,
  },
  rfm_summary: {
    columns: ['segment', 'customers', 'share_of_customers', 'revenue', 'share_of_revenue'],
    build: (q) => `WITH ${rfmCtes(q)},
per_segment AS (
  SELECT segment, COUNT(*) AS customers, SUM(monetary) AS revenue FROM rfm GROUP BY segment
),
totals AS (
  SELECT COUNT(*) AS customers, SUM(monetary) AS revenue FROM rfm
)
SELECT
  per_segment.segment AS ${column(q, 'segment')},
  per_segment.customers AS ${column(q, 'customers')},
  ${q.dialect.divide('per_segment.customers', 'totals.customers')} AS ${column(q, 'share_of_customers')},
  per_segment.revenue AS ${column(q, 'revenue')},
  ${q.dialect.divide('per_segment.revenue', 'totals.revenue')} AS ${column(q, 'share_of_revenue')}
FROM per_segment CROSS JOIN totals
ORDER BY CASE per_segment.segment ${RFM_SEGMENTS.map((segment, i) => `WHEN ${sqlText(segment)} THEN ${i}`).join(' ')} END`,
  },
} satisfies Record<string, QueryDefinition>;
