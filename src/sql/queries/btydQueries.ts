/**
 * The inputs of the buy-till-you-die models, summarized where the orders
 * live so that only a small table comes back to the sheet:
 *
 * - btyd_patterns: the purchase models' likelihoods (BG/NBD, MBG/NBD,
 *   Pareto/NBD) depend on a customer only through (x, t_x, T) and are sums
 *   over customers, so customers with the same history collapse into one row
 *   with their count: frequency (distinct purchase days - 1), recency (weeks
 *   from the first to the last purchase day), T (weeks from the first
 *   purchase day to as_of), customers. Exactly CUSTOMER_SUMMARY with
 *   time_unit "week", grouped (src/models/patterns.ts does the same in the sheet).
 * - btyd_spend_sample: the Gamma-Gamma spend model needs each repeat
 *   customer's (frequency, mean repeat spend), one row per customer, which at
 *   warehouse scale is too many rows for a sheet. The query returns a simple
 *   random sample without replacement of the repeat customers, of size
 *   sample_size (10,000 if NULL): the customers whose MD5 digest of
 *   "<seed>:<customer id>" (seed 1 if NULL) is smallest. MD5 is the same
 *   function in DuckDB and BigQuery, so the same seed draws the same
 *   customers in both, and every run draws the same ones.
 */

import { sqlText } from '../dialect';
import { asOfAndKept, column, orderRows } from '../inputs';
import type { QueryContext, QueryDefinition } from '../query';

const DAYS_PER_WEEK = 7;
const DEFAULT_SAMPLE_SIZE = 10_000;
const DEFAULT_SEED = 1;

/** Each customer's purchase days up to as_of, in whole days: the CTE histories. */
function histories(q: QueryContext, withSpend: boolean): string {
  const d = q.dialect;
  return `${orderRows(q, { day: true, ...(withSpend ? { amount: 'non-negative' as const } : {}) })},
${asOfAndKept(q)},
histories AS (
  SELECT
    customer,
    COUNT(DISTINCT day) - 1 AS frequency,
    ${d.daysBetween('MIN(day)', 'MAX(day)')} AS recency_days,
    ${d.daysBetween('MIN(day)', 'MIN(as_of_day)')} AS age_days,
    MIN(day) AS first_day${withSpend ? ',\n    SUM(amount) AS total' : ''}
  FROM (SELECT kept.*, as_of.day AS as_of_day FROM kept CROSS JOIN as_of) AS dated
  GROUP BY customer
)`;
}

export const BTYD_QUERIES = {
  btyd_patterns: {
    columns: ['frequency', 'recency', 'T', 'customers'],
    build: (q) => {
      const d = q.dialect;
      return `WITH ${histories(q, false)}
SELECT
  frequency AS ${column(q, 'frequency')},
  ${d.divide('recency_days', String(DAYS_PER_WEEK))} AS ${column(q, 'recency')},
  ${d.divide('age_days', String(DAYS_PER_WEEK))} AS ${column(q, 'T')},
  COUNT(*) AS ${column(q, 'customers')}
FROM histories
GROUP BY frequency, recency_days, age_days
ORDER BY frequency, recency_days, age_days`;
    },
  },
  btyd_spend_sample: {
    columns: ['customer', 'frequency', 'monetary_value'],
    build: (q) => {
      const d = q.dialect;
      const seed = q.param('seed', 'integer');
      const size = q.param('sample_size', 'integer');
      const key = d.md5Hex(`CONCAT(${q.cast(`COALESCE(${seed}, ${DEFAULT_SEED})`, 'text')}, ':', histories.customer)`);
      return `WITH ${histories(q, true)},
first_day_spend AS (
  SELECT kept.customer, SUM(kept.amount) AS spend
  FROM kept JOIN histories ON kept.customer = histories.customer AND kept.day = histories.first_day
  GROUP BY kept.customer
),
drawn AS (
  SELECT
    histories.customer,
    histories.frequency,
    ${q.cast('histories.total - first_day_spend.spend', 'float')} / histories.frequency AS monetary_value,
    ROW_NUMBER() OVER (ORDER BY ${key}, histories.customer) AS draw
  FROM histories JOIN first_day_spend ON first_day_spend.customer = histories.customer
  WHERE histories.frequency > 0
)
SELECT
  customer AS ${column(q, 'customer')},
  frequency AS ${column(q, 'frequency')},
  monetary_value AS ${column(q, 'monetary_value')}
FROM drawn
WHERE draw <= CASE
    WHEN ${size} IS NULL THEN ${DEFAULT_SAMPLE_SIZE}
    WHEN ${size} >= 1 THEN ${size}
    ELSE ${q.fail('sample_size is ', q.cast(size, 'text'), sqlText('; use a whole number of customers, 1 or more.'))}
  END
ORDER BY draw`;
    },
  },
} satisfies Record<string, QueryDefinition>;

/** What each of these queries is, for the header of its file (they mirror no single function). */
export const BTYD_QUERY_SUMMARIES: Record<keyof typeof BTYD_QUERIES, string> = {
  btyd_patterns:
    'The purchase-model patterns for BTYD_FIT: frequency, recency and T in weeks as CUSTOMER_SUMMARY computes them ' +
    'with time_unit "week", one row per distinct history with the number of customers who share it.',
  btyd_spend_sample:
    "A uniform sample of the repeat customers' (frequency, mean repeat spend) for the Gamma-Gamma spend model: the " +
    'sample_size customers (10,000 if NULL) whose MD5 of "<seed>:<customer>" (seed 1 if NULL) is smallest.',
};
