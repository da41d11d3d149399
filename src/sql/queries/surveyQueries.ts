/**
 * The survey metrics as queries over responses(response_date, customer_id,
 * score, segment): the same definitions as src/catalog/surveyFunctions.ts
 * and src/metrics (npsTally, netPromoterScore, npsInterval). A row is an
 * answer when its score is given (the key, as in the function); a score off
 * the scale or not whole stops the query.
 */

import { twoSidedCriticalValue } from '../../stats/normalQuantile';
import { PERIOD_UNITS } from '../../time/periods';
import { sqlText } from '../dialect';
import { addPeriods, byUnit, choice, column, float, label, numberOption, periodOrdinal } from '../inputs';
import { criticalValue } from '../normalQuantile';
import type { QueryContext, QueryDefinition } from '../query';

/** NPS_TREND and NPS_BY give a 95% interval for each group: its critical value, as a literal. */
const TREND_CONFIDENCE = 0.95;
const TREND_Z = float(twoSidedCriticalValue(TREND_CONFIDENCE));

/** The CTE response_rows: score (checked to be whole and on min..max) and, when asked for, day and segment. */
function responseRows(
  q: QueryContext,
  scale: { readonly min: string; readonly max: string },
  wanted: { readonly day?: boolean; readonly segment?: boolean } = {},
  from = q.table('responses'),
): string {
  const columns = [
    `CASE WHEN score <> FLOOR(score) OR score < ${scale.min} OR score > ${scale.max}
      THEN ${q.fail('a response holds ', q.cast('score', 'text'), sqlText('; scores must be whole numbers from '), q.cast(scale.min, 'text'), sqlText(' to '), q.cast(scale.max, 'text'), sqlText('.'))}
      ELSE ${q.cast('score', 'integer')}
    END AS score`,
  ];
  if (wanted.day) {
    columns.push(
      `CASE WHEN response_date IS NULL THEN ${q.fail('a response with a score has no response_date; every score needs a date.')} ELSE response_date END AS day`,
    );
  }
  if (wanted.segment) columns.push(`COALESCE(${label(q, 'segment')}, '(blank)') AS segment`);
  return `response_rows AS (
  SELECT
    ${columns.join(',\n    ')}
  FROM ${from}
  WHERE score IS NOT NULL
)`;
}

/** Promoters (9-10), detractors (0-6) and responses of a group, as aggregate expressions over response_rows. */
const TALLY = `SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END) AS promoters,
    SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END) AS detractors,
    COUNT(score) AS responses`;

/**
 * NPS and the adjusted-Wald interval (src/metrics/npsInterval.ts) of a
 * tallied group, `from` a relation with promoters, detractors, responses and
 * the critical value `z`: the CTE intervals with those plus nps,
 * margin_of_error, ci_low, ci_high; NULL without responses.
 */
function intervals(q: QueryContext, from: string, keys: string, z: string): string {
  const d = q.dialect;
  return `adjusted AS (
  SELECT
    ${keys}, promoters, detractors, responses, ${z} AS z,
    (${q.cast('promoters', 'float')} + ${float(0.75)}) / (responses + 3) AS p,
    (${q.cast('detractors', 'float')} + ${float(0.75)}) / (responses + 3) AS d
  FROM ${from}
),
spread AS (
  SELECT adjusted.*, p - d AS centre, z * SQRT((p + d - (p - d) * (p - d)) / (responses + 3)) AS half_width
  FROM adjusted
),
intervals AS (
  SELECT
    ${keys}, promoters, detractors, responses,
    ${d.divide('100 * (promoters - detractors)', 'responses')} AS nps,
    CASE WHEN responses > 0 THEN 100 * half_width END AS margin_of_error,
    CASE WHEN responses > 0 THEN GREATEST(-100, 100 * (centre - half_width)) END AS ci_low,
    CASE WHEN responses > 0 THEN LEAST(100, 100 * (centre + half_width)) END AS ci_high
  FROM spread
)`;
}

/** The summary's rows: label and value, in the function's order. */
const SUMMARY_ROWS: readonly (readonly [string, string])[] = [
  ['Responses', 'responses'],
  ['Promoters', 'promoters'],
  ['Passives', 'responses - promoters - detractors'],
  ['Detractors', 'detractors'],
  ['Promoters %', 'promoters / responses'],
  ['Passives %', '(responses - promoters - detractors) / responses'],
  ['Detractors %', 'detractors / responses'],
  ['NPS', 'nps'],
  ['Margin of error', 'margin_of_error'],
  ['CI low', 'ci_low'],
  ['CI high', 'ci_high'],
  // Text answers such as "N/A" are ignored and counted in a sheet; a typed score column has none.
  ['Ignored', '0'],
];

/** Answers on a 1..scale_max scale: the CTE response_rows and the checked options scale_max (and threshold). */
function scaleRows(q: QueryContext, defaultMax: number, withThreshold: boolean): string {
  const max = numberOption(q, 'scale_max', {
    fallback: String(defaultMax),
    valid: (v) => `${v} >= 2 AND ${v} <= 100 AND ${v} = FLOOR(${v})`,
    accepted: `a whole number from 2 to 100 (the top of the scale; leave it blank for ${defaultMax})`,
  });
  const threshold = withThreshold
    ? `,
    ${numberOption(q, 'threshold', {
      fallback: 'NULL',
      valid: (v) => `${v} >= 1 AND ${v} = FLOOR(${v})`,
      accepted: 'a whole number from 1 to scale_max (the lowest satisfied answer; leave it blank for scale_max - 1)',
    })} AS threshold`
    : '';
  return `scale AS (
  SELECT ${max} AS scale_max${threshold}
),
${responseRows(q, { min: '1', max: 'scale.scale_max' }, {}, `${q.table('responses')} CROSS JOIN scale`)}`;
}

const noResponses = (q: QueryContext) => q.fail('no valid responses in scores; expected whole-number scores.');

export const SURVEY_QUERIES = {
  nps: {
    columns: ['nps'],
    build: (q) => `WITH ${responseRows(q, { min: '0', max: '10' })},
tally AS (
  SELECT
    ${TALLY}
  FROM response_rows
)
SELECT
  CASE WHEN responses = 0 THEN ${noResponses(q)}
  ELSE ${q.dialect.divide('100 * (promoters - detractors)', 'responses')} END AS ${column(q, 'nps')}
FROM tally`,
  },
  nps_summary: {
    columns: ['label', 'value'],
    notes:
      'the two-column table as rows of label and value, in the same order; Ignored is 0, since a typed score ' +
      'column holds no text answers.',
    build: (q) => {
      const d = q.dialect;
      const confidence = numberOption(q, 'confidence', {
        fallback: float(0.95),
        valid: (v) => `${v} > 0 AND ${v} < 1`,
        accepted: 'a level between 0 and 1, such as 0.9, 0.95 or 0.99 (0.95 means 95%; leave it blank for 0.95)',
      });
      const value = (expression: string) =>
        q.cast(
          expression.includes('/') ? d.divide(...(expression.split(' / ') as [string, string])) : expression,
          'float',
        );
      return `WITH ${responseRows(q, { min: '0', max: '10' })},
${criticalValue(confidence)},
tally AS (
  SELECT
    ${TALLY}
  FROM response_rows
),
checked AS (
  SELECT
    promoters, detractors,
    CASE WHEN responses = 0 THEN ${noResponses(q)} ELSE responses END AS responses,
    0 AS k
  FROM tally
),
${intervals(q, 'checked CROSS JOIN critical', 'k', 'critical.z')},
summary_rows AS (
  ${SUMMARY_ROWS.map(([label, expression], i) => `SELECT ${i} AS position, ${sqlText(label)} AS label, ${value(expression)} AS value FROM intervals`).join('\n  UNION ALL\n  ')}
)
SELECT label AS ${column(q, 'label')}, value AS ${column(q, 'value')}
FROM summary_rows
ORDER BY position`;
    },
  },
  nps_trend: {
    columns: ['period_start', 'responses', 'nps', 'ci_low', 'ci_high', 'note'],
    // Every period from the first response's to the last's, a period without responses as 0 and blanks;
    // a period of 1 to 29 answers noted as too few to read, as the function notes it.
    build: (q) => {
      const ordinal = (date: string) => byUnit('options.unit', PERIOD_UNITS, (unit) => periodOrdinal(q, date, unit));
      return `WITH ${responseRows(q, { min: '0', max: '10' }, { day: true })},
options AS (
  SELECT ${choice(q, 'period', PERIOD_UNITS, 'month')} AS unit
),
dated AS (
  SELECT
    score,
    ${ordinal('day')} AS p,
    ${byUnit('options.unit', PERIOD_UNITS, (unit) => q.truncate('day', unit))} AS period_start
  FROM response_rows CROSS JOIN options
),
bounds AS (
  SELECT MIN(p) AS first_p, MAX(p) AS last_p, MIN(period_start) AS first_start FROM dated HAVING COUNT(*) > 0
),
tallies AS (
  SELECT
    k,
    ${TALLY.replace(/\bscore\b/g, 'dated.score')}
  FROM bounds
    CROSS JOIN ${q.dialect.series('0', 'bounds.last_p - bounds.first_p', 'k')}
    LEFT JOIN dated ON dated.p = bounds.first_p + k
  GROUP BY k
),
${intervals(q, 'tallies', 'k', TREND_Z)}
SELECT
  ${byUnit('options.unit', PERIOD_UNITS, (unit) => addPeriods(q, 'bounds.first_start', 'intervals.k', unit))} AS ${column(q, 'period_start')},
  intervals.responses AS ${column(q, 'responses')},
  intervals.nps AS ${column(q, 'nps')},
  intervals.ci_low AS ${column(q, 'ci_low')},
  intervals.ci_high AS ${column(q, 'ci_high')},
  CASE WHEN intervals.responses > 0 AND intervals.responses < 30 THEN 'fewer than 30 answers: too few to read' END AS ${column(q, 'note')}
FROM intervals CROSS JOIN bounds CROSS JOIN options
ORDER BY intervals.k`;
    },
  },
  nps_by: {
    columns: ['segment', 'responses', 'nps', 'ci_low', 'ci_high'],
    // Largest segment first, ties by label; a blank segment is "(blank)".
    build: (q) => `WITH ${responseRows(q, { min: '0', max: '10' }, { segment: true })},
tallies AS (
  SELECT
    segment,
    ${TALLY}
  FROM response_rows
  GROUP BY segment
),
${intervals(q, 'tallies', 'segment', TREND_Z)}
SELECT
  segment AS ${column(q, 'segment')},
  responses AS ${column(q, 'responses')},
  nps AS ${column(q, 'nps')},
  ci_low AS ${column(q, 'ci_low')},
  ci_high AS ${column(q, 'ci_high')}
FROM intervals
ORDER BY responses DESC, segment`,
  },
  csat: {
    columns: ['csat'],
    // Answers at or above the threshold (scale_max - 1 if NULL) / answers.
    build: (q) => `WITH ${scaleRows(q, 5, true)},
cut AS (
  SELECT
    CASE
      WHEN scale.threshold IS NULL THEN scale.scale_max - 1
      WHEN scale.threshold <= scale.scale_max THEN scale.threshold
      ELSE ${q.fail('threshold is above scale_max; use a whole number from 1 to scale_max.')}
    END AS threshold
  FROM scale
)
SELECT
  CASE WHEN COUNT(*) = 0 THEN ${noResponses(q)}
  ELSE ${q.dialect.divide('SUM(CASE WHEN response_rows.score >= cut.threshold THEN 1 ELSE 0 END)', 'COUNT(*)')} END
    AS ${column(q, 'csat')}
FROM response_rows CROSS JOIN cut`,
  },
  ces: {
    columns: ['ces'],
    build: (q) => `WITH ${scaleRows(q, 7, false)}
SELECT
  CASE WHEN COUNT(*) = 0 THEN ${noResponses(q)}
  ELSE ${q.dialect.divide('SUM(score)', 'COUNT(*)')} END AS ${column(q, 'ces')}
FROM response_rows`,
  },
} satisfies Record<string, QueryDefinition>;
