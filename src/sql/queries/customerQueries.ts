/**
 * The customer-list metrics as queries over customers(customer_id,
 * start_date, end_date, source): the same definitions as
 * src/catalog/customerFunctions.ts and src/metrics (subscriptionCounts,
 * churnByPeriod). A row is a customer when its start_date is given (the key,
 * as in the function); an end_date before its start_date stops the query.
 */

import { PERIOD_UNITS } from '../../time/periods';
import { sqlText } from '../dialect';
import { addPeriods, byUnit, choice, column, label, periodOrdinal } from '../inputs';
import type { QueryContext, QueryDefinition } from '../query';

/** The CTE customer_rows: start_day, end_day (NULL while the customer stays). */
function customerRows(q: QueryContext): string {
  return `customer_rows AS (
  SELECT
    start_date AS start_day,
    CASE WHEN start_date IS NOT NULL AND end_date < start_date
      THEN ${q.fail('the customer ', q.cast('customer_id', 'text'), sqlText(' ends on '), q.cast('end_date', 'text'), sqlText(', before it starts on '), q.cast('start_date', 'text'), sqlText('; an end date must be on or after the start date.'))}
      ELSE end_date
    END AS end_day
  FROM ${q.table('customers')}
  WHERE start_date IS NOT NULL
)`;
}

/** The counts of src/metrics/subscriptionCounts.ts over period_start..period_end, as the CTE counts. */
function periodCounts(q: QueryContext): string {
  const first = q.param('period_start', 'date');
  const last = q.param('period_end', 'date');
  return `WITH ${customerRows(q)},
period AS (
  SELECT
    CASE
      WHEN ${first} IS NULL THEN ${q.fail('period_start is missing; give the first day of the period, e.g. DATE(2024,1,1).')}
      WHEN ${last} IS NULL THEN ${q.fail('period_end is missing; give the last day of the period, e.g. DATE(2024,1,31).')}
      WHEN ${last} < ${first} THEN ${q.fail('period_end (', q.cast(last, 'text'), sqlText(') is before period_start ('), q.cast(first, 'text'), sqlText('); the period runs from the first to the second.'))}
      ELSE ${first}
    END AS first_day,
    ${last} AS last_day
),
flags AS (
  SELECT
    start_day < period.first_day AND (end_day IS NULL OR end_day >= period.first_day) AS at_start,
    end_day IS NOT NULL AND end_day <= period.last_day AS ended,
    start_day <= period.last_day AND (end_day IS NULL OR end_day > period.last_day) AS at_end,
    start_day >= period.first_day AND start_day <= period.last_day AS started
  FROM customer_rows CROSS JOIN period
),
counts AS (
  SELECT
    COUNT(*) AS customers,
    SUM(CASE WHEN at_start THEN 1 ELSE 0 END) AS at_start,
    SUM(CASE WHEN at_start AND ended THEN 1 ELSE 0 END) AS churned,
    SUM(CASE WHEN at_end THEN 1 ELSE 0 END) AS at_end,
    SUM(CASE WHEN started AND at_end THEN 1 ELSE 0 END) AS started_and_stayed
  FROM flags
)`;
}

/** A rate of the period; no customer active at its start stops the query, as the function does. */
function periodRate(q: QueryContext, name: string, numerator: string): string {
  return `${periodCounts(q)}
SELECT
  CASE
    WHEN customers = 0 THEN ${q.fail('no customers in start_dates; expected one start date per customer.')}
    WHEN at_start = 0 THEN ${q.fail('no customer was active at the start of the period, so the rate has nothing to measure.')}
    ELSE ${q.dialect.divide(numerator, 'at_start')}
  END AS ${column(q, name)}
FROM counts`;
}

export const CUSTOMER_QUERIES = {
  churn_rate: {
    columns: ['churn_rate'],
    build: (q) => periodRate(q, 'churn_rate', 'churned'),
  },
  retention_rate: {
    columns: ['retention_rate'],
    build: (q) => periodRate(q, 'retention_rate', 'at_end - started_and_stayed'),
  },
  churn_trend: {
    columns: ['period_start', 'customers_at_start', 'new', 'lost', 'customers_at_end', 'churn_rate', 'retention_rate'],
    // As src/metrics/churnByPeriod.ts: a customer who starts in period s and ends in period e is new in s, lost in e,
    // and churned in e (counted by the rate) unless e = s.
    build: (q) => {
      const d = q.dialect;
      const ordinal = (date: string) => byUnit('options.unit', PERIOD_UNITS, (unit) => periodOrdinal(q, date, unit));
      return `WITH ${customerRows(q)},
options AS (
  SELECT ${choice(q, 'period', PERIOD_UNITS, 'month')} AS unit
),
periods AS (
  SELECT
    ${ordinal('start_day')} AS s,
    CASE WHEN end_day IS NULL THEN NULL ELSE ${ordinal('end_day')} END AS e,
    ${byUnit('options.unit', PERIOD_UNITS, (unit) => q.truncate('start_day', unit))} AS period_start
  FROM customer_rows CROSS JOIN options
),
bounds AS (
  SELECT MIN(s) AS first_p, GREATEST(MAX(s), COALESCE(MAX(e), MAX(s))) AS last_p, MIN(period_start) AS first_start
  FROM periods
  HAVING COUNT(*) > 0
),
events AS (
  SELECT s AS p, 1 AS started, 0 AS lost, 0 AS churned, CASE WHEN e = s THEN 1 ELSE 0 END AS started_and_lost
  FROM periods
  UNION ALL
  SELECT e, 0, 1, CASE WHEN e <> s THEN 1 ELSE 0 END, 0
  FROM periods WHERE e IS NOT NULL
),
per_period AS (
  SELECT
    k,
    COALESCE(SUM(events.started), 0) AS started,
    COALESCE(SUM(events.lost), 0) AS lost,
    COALESCE(SUM(events.churned), 0) AS churned,
    COALESCE(SUM(events.started_and_lost), 0) AS started_and_lost
  FROM bounds
    CROSS JOIN ${d.series('0', 'bounds.last_p - bounds.first_p', 'k')}
    LEFT JOIN events ON events.p = bounds.first_p + k
  GROUP BY k
),
running AS (
  SELECT
    per_period.*,
    SUM(started - lost) OVER (ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS at_end
  FROM per_period
)
SELECT
  ${byUnit('options.unit', PERIOD_UNITS, (unit) => addPeriods(q, 'bounds.first_start', 'running.k', unit))} AS ${column(q, 'period_start')},
  running.at_end - running.started + running.lost AS ${column(q, 'customers_at_start')},
  running.started AS ${column(q, 'new')},
  running.lost AS ${column(q, 'lost')},
  running.at_end AS ${column(q, 'customers_at_end')},
  ${d.divide('running.churned', 'running.at_end - running.started + running.lost')} AS ${column(q, 'churn_rate')},
  ${d.divide('running.at_end - (running.started - running.started_and_lost)', 'running.at_end - running.started + running.lost')} AS ${column(q, 'retention_rate')}
FROM running CROSS JOIN bounds CROSS JOIN options
ORDER BY running.k`;
    },
  },
  referral_rate: {
    columns: ['referral_rate'],
    // Sources and labels compared trimmed and without regard to case; "referral" when no label is given.
    build: (q) => `WITH given AS (
  SELECT LOWER(TRIM(given_label)) AS label
  FROM ${q.dialect.unnest(q.param('referral_labels', 'text list'), 'given_label')}
  WHERE TRIM(given_label) <> ''
),
labels AS (
  SELECT label FROM given
  UNION ALL
  SELECT 'referral' AS label FROM (SELECT COUNT(*) AS n FROM given) AS counted WHERE n = 0
),
sources AS (
  SELECT LOWER(${label(q, 'source')}) AS source FROM ${q.table('customers')} WHERE ${label(q, 'source')} IS NOT NULL
)
SELECT
  CASE WHEN COUNT(*) = 0 THEN ${q.fail('no customers with a source in sources.')}
  ELSE ${q.dialect.divide('SUM(CASE WHEN matched.label IS NULL THEN 0 ELSE 1 END)', 'COUNT(*)')} END
    AS ${column(q, 'referral_rate')}
FROM sources LEFT JOIN (SELECT DISTINCT label FROM labels) AS matched ON matched.label = sources.source`,
  },
} satisfies Record<string, QueryDefinition>;
