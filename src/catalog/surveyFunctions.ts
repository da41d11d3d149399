/**
 * Survey metrics: NPS (with its interval, comparison, trend and segments),
 * CSAT and CES. Metadata and the sheet-facing implementation side by side;
 * the arithmetic lives in src/metrics.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell, type RangeArgument } from '../input/cells';
import { dateReader, labelReader, scoreReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { isOmitted, readChoice, readConfidence, readNumberOption, readOptionalDate } from '../input/options';
import { column, type ColumnSpec, readTable } from '../input/readTable';
import { readScoreHistogram } from '../input/readScoreHistogram';
import { meanScore } from '../metrics/meanScore';
import { netPromoterScore } from '../metrics/netPromoterScore';
import { npsByPeriod } from '../metrics/npsByPeriod';
import { npsBySegment } from '../metrics/npsBySegment';
import { compareNps } from '../metrics/npsComparison';
import { npsAdjustedWaldInterval } from '../metrics/npsInterval';
import { type NpsTally, responsesIn, tallyNps } from '../metrics/npsTally';
import { topBoxShare } from '../metrics/topBoxShare';
import { PERIOD_UNITS } from '../time/periods';
import type { FunctionSpec } from './functionSpec';
import { ANSWER_DATES, ANSWERS_AS_OF, readAnswers } from './readAnswers';

const TREND_CONFIDENCE = 0.95;
/**
 * Below this many answers a period's NPS swings too far to read: at 30
 * answers its 95% interval still spans about +-35 points (the adjusted-Wald
 * interval of NPS_SUMMARY for an NPS near 0), at 10 answers more than +-55.
 */
export const MIN_READABLE_ANSWERS = 30;
const SMALL_PERIOD_NOTE = 'fewer than {n} answers: too few to read';

const SCORES_DESCRIPTION =
  'The 0-10 answers, e.g. C2:C. Text such as "N/A" is ignored (and counted); a heading in the first row is skipped.';

/**
 * Reads 0-10 answers: their tally, and how many text answers were ignored.
 * `parameter` names the range in messages when the function takes several.
 */
function readNpsScores(
  context: CallContext,
  scores: RangeArgument,
  parameter?: string,
): { tally: NpsTally; ignored: number } {
  const { histogram, answers, ignored } = readScoreHistogram(context, scores, { min: 0, max: 10 }, parameter);
  if (answers === 0) throw noResponses(context.functionName, parameter ?? 'scores', ignored);
  return { tally: tallyNps(histogram), ignored };
}

/** 0-10 answers up to as_of (all of them without dates): their tally and the text answers ignored. */
function readNpsAnswers(
  context: CallContext,
  scores: RangeArgument,
  dates: RangeArgument,
  asOf: RangeArgument,
): { tally: NpsTally; ignored: number } {
  const { histogram, answers, ignored } = readAnswers(context, scores, { min: 0, max: 10 }, dates, asOf);
  if (answers === 0) throw noResponses(context.functionName, 'scores', ignored, !isOmitted(asOf));
  return { tally: tallyNps(histogram), ignored };
}

function noResponses(fn: string, parameter: string, ignored: number, untilAsOf = false): InputError {
  const why = ignored > 0 ? ` (${ignored} text ${ignored === 1 ? 'cell was' : 'cells were'} ignored)` : '';
  const when = untilAsOf ? ' on or before as_of' : '';
  return new InputError(`${fn}: no valid responses in ${parameter}${when}${why}; expected whole-number scores.`);
}

/** A value that may be missing (a period with no responses) as a cell. */
const cellOf = (value: number | null): OutputCell => (value === null ? EMPTY : value);

/** NPS, CI low and CI high of a group at 95%, blank for a group without responses. */
function npsWithInterval(tally: NpsTally): OutputCell[] {
  const interval = npsAdjustedWaldInterval(tally, TREND_CONFIDENCE);
  return [cellOf(netPromoterScore(tally)), cellOf(interval && interval.low), cellOf(interval && interval.high)];
}

export const SURVEY_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'NPS',
    summary: 'Net Promoter Score of 0-10 answers: % promoters (9-10) minus % detractors (0-6), from -100 to 100.',
    details:
      'NPS = 100 x (promoters - detractors) / valid responses (Reichheld 2003). Promoters answer 9 or 10, ' +
      'passives 7 or 8, detractors 0 to 6. Not rounded. Blank cells are skipped; text such as "N/A" is ignored; ' +
      'a number outside 0-10 or not whole is an error naming its row.',
    parameters: [{ name: 'scores', description: SCORES_DESCRIPTION, kind: 'range' }, ANSWER_DATES, ANSWERS_AS_OF],
    returns: 'A number from -100 to 100.',
    example: '=NPS(Responses!C2:C)',
    sql: 'nps',
    compute([scores, dates, asOf], context) {
      return cellOf(netPromoterScore(readNpsAnswers(context, scores, dates, asOf).tally));
    },
  },
  {
    name: 'NPS_SUMMARY',
    summary: 'NPS with counts, shares and a confidence interval, as a two-column table.',
    details:
      'Rows: Responses, Promoters, Passives, Detractors, Promoters %, Passives %, Detractors %, NPS, Margin of error, ' +
      'CI low, CI high, Ignored. The interval is the adjusted-Wald interval for NPS (Rocks 2016): add 3 to n and 3/4 ' +
      'to each of the promoter and detractor counts, then NPS +- z x SE with the trinomial variance; clamped to ' +
      '[-100, 100]. It stays honest for small samples and for all-promoter samples. Ignored counts text answers.',
    parameters: [
      { name: 'scores', description: SCORES_DESCRIPTION, kind: 'range' },
      {
        name: 'confidence',
        description: 'Confidence level of the interval, 0.95 if blank.',
        kind: 'value',
        optional: true,
      },
      ANSWER_DATES,
      ANSWERS_AS_OF,
    ],
    returns: 'A 12-row table of labels and values; shares are fractions (format as %).',
    output: {
      labels: [
        'Responses',
        'Promoters',
        'Passives',
        'Detractors',
        'Promoters %',
        'Passives %',
        'Detractors %',
        'NPS',
        'Margin of error',
        'CI low',
        'CI high',
        'Ignored',
      ],
    },
    example: '=NPS_SUMMARY(Responses!C2:C, 0.95)',
    sql: 'nps_summary',
    compute([scores, confidence, dates, asOf], context) {
      const level = readConfidence(context.functionName, confidence);
      const { tally, ignored } = readNpsAnswers(context, scores, dates, asOf);
      const n = responsesIn(tally);
      const interval = npsAdjustedWaldInterval(tally, level);
      if (interval === null) throw noResponses(context.functionName, 'scores', ignored);
      return [
        ['Responses', n],
        ['Promoters', tally.promoters],
        ['Passives', tally.passives],
        ['Detractors', tally.detractors],
        ['Promoters %', tally.promoters / n],
        ['Passives %', tally.passives / n],
        ['Detractors %', tally.detractors / n],
        ['NPS', cellOf(netPromoterScore(tally))],
        ['Margin of error', interval.marginOfError],
        ['CI low', interval.low],
        ['CI high', interval.high],
        ['Ignored', ignored],
      ];
    },
  },
  {
    name: 'NPS_COMPARE',
    summary:
      'Compares the NPS of two groups of 0-10 answers: the difference, z, p-value and whether it is significant.',
    details:
      'Two-sample z test on NPS B - NPS A with the plain trinomial variance of each group, ' +
      'var = (p + d) - (p - d)^2, SE = sqrt(var_a/n_a + var_b/n_b); the p-value is two-sided. Significant is TRUE ' +
      'when p < 1 - confidence. The groups must be independent (different respondents). When neither group varies ' +
      '(every answer in one category) and the scores differ, there is no standard error and the function says so.',
    parameters: [
      { name: 'scores_a', description: 'The 0-10 answers of the first group (the baseline).', kind: 'range' },
      { name: 'scores_b', description: 'The 0-10 answers of the second group.', kind: 'range' },
      {
        name: 'confidence',
        description: 'Confidence level of the test, 0.95 if blank.',
        kind: 'value',
        optional: true,
      },
    ],
    returns: 'A 6-row table: NPS A, NPS B, Difference (B - A), z, p-value, Significant.',
    output: { labels: ['NPS A', 'NPS B', 'Difference (B - A)', 'z', 'p-value', 'Significant'] },
    example: '=NPS_COMPARE(Responses!C2:C500, Responses!C501:C)',
    compute([scoresA, scoresB, confidence], context) {
      const fn = context.functionName;
      const level = readConfidence(fn, confidence);
      const a = readNpsScores(context, scoresA, 'scores_a').tally;
      const b = readNpsScores(context, scoresB, 'scores_b').tally;
      const result = compareNps(a, b, level);
      if (result === null) {
        throw new InputError(
          `${fn}: every answer in scores_a and in scores_b falls in a single category, so the difference has no ` +
            'standard error and no p-value can be computed; more varied samples are needed.',
        );
      }
      return [
        ['NPS A', result.npsA],
        ['NPS B', result.npsB],
        ['Difference (B - A)', result.difference],
        ['z', result.z],
        ['p-value', result.pValue],
        ['Significant', result.significant],
      ];
    },
  },
  {
    name: 'NPS_TREND',
    summary: 'NPS per day, week, month, quarter or year, with a 95% confidence interval for each period.',
    details:
      "One row per period from the first response to the last (up to as_of), in the spreadsheet's time zone; weeks " +
      'start on Monday. A period without responses shows 0 responses and blank NPS and interval. The interval is the ' +
      'adjusted-Wald interval at 95% (see NPS_SUMMARY). Note marks a period with fewer than 30 answers as too few ' +
      'to read: at 30 answers the interval still spans about +-35 points. Every score needs a date in the same row.',
    parameters: [
      {
        name: 'dates',
        description: 'The response dates, e.g. A2:A (date cells, or text like 2024-03-15).',
        kind: 'range',
      },
      { name: 'scores', description: SCORES_DESCRIPTION, kind: 'range' },
      {
        name: 'period',
        description: '"day", "week", "month", "quarter" or "year"; "month" if blank.',
        kind: 'value',
        optional: true,
      },
      ANSWERS_AS_OF,
    ],
    returns: 'A table: Period start, Responses, NPS, CI low, CI high, Note.',
    output: {
      columns: ['Period start', 'Responses', 'NPS', 'CI low', 'CI high', 'Note'],
      labels: [SMALL_PERIOD_NOTE],
    },
    example: '=NPS_TREND(Responses!A2:A, Responses!C2:C, "month")',
    largeResultAdvice:
      'Use a longer period ("month" or "quarter" instead of "day" or "week"), or check the dates for a mistyped year.',
    sql: 'nps_trend',
    compute([dates, scores, period, asOf], context) {
      const fn = context.functionName;
      const unit = readChoice(fn, 'period', period, PERIOD_UNITS, 'month');
      const asOfDay = readOptionalDate(context, 'as_of', asOf);
      const zone = context.timeZone();
      const table = readTable(
        context,
        {
          dates: column(dates, dateReader(context), 'required'),
          scores: column(scores, scoreReader(context, 0, 10), 'key', { ignoreText: true }),
        },
        { until: { column: 'dates', day: asOfDay } },
      );
      if (table.size === 0) throw noResponses(fn, 'scores', table.ignored, asOfDay !== undefined);
      const rows: OutputCell[][] = [['Period start', 'Responses', 'NPS', 'CI low', 'CI high', 'Note']];
      for (const { startDay, tally } of npsByPeriod(table.columns.dates, table.columns.scores, unit)) {
        const responses = responsesIn(tally);
        const note =
          responses > 0 && responses < MIN_READABLE_ANSWERS
            ? SMALL_PERIOD_NOTE.replace('{n}', String(MIN_READABLE_ANSWERS))
            : EMPTY;
        rows.push([zone.dateOfLocalDay(startDay), responses, ...npsWithInterval(tally), note]);
      }
      return rows;
    },
  },
  {
    name: 'NPS_BY',
    summary: 'NPS per segment (plan, region, channel...), largest segment first, with 95% confidence intervals.',
    details:
      'One row per distinct segment label, sorted by number of responses (most first, ties by label). Labels are ' +
      'compared as trimmed text, case-sensitive. A response whose segment is blank is grouped under "(blank)". The ' +
      'interval is the adjusted-Wald interval at 95% (see NPS_SUMMARY).',
    parameters: [
      { name: 'segments', description: 'The segment of each response, e.g. D2:D.', kind: 'range' },
      { name: 'scores', description: SCORES_DESCRIPTION, kind: 'range' },
      ANSWER_DATES,
      ANSWERS_AS_OF,
    ],
    returns: 'A table: Segment, Responses, NPS, CI low, CI high.',
    output: { columns: ['Segment', 'Responses', 'NPS', 'CI low', 'CI high'], labels: ['(blank)'] },
    example: '=NPS_BY(Responses!D2:D, Responses!C2:C)',
    sql: 'nps_by',
    compute([segments, scores, dates, asOf], context) {
      if (isOmitted(dates) && !isOmitted(asOf))
        throw new InputError(`${context.functionName}: as_of needs dates; give the date of each answer, e.g. A2:A.`);
      const asOfDay = readOptionalDate(context, 'as_of', asOf);
      const spec: Record<string, ColumnSpec<unknown>> = {
        segments: column(segments, labelReader(context, 'segment'), 'optional'),
        scores: column(scores, scoreReader(context, 0, 10), 'key', { ignoreText: true }),
      };
      if (!isOmitted(dates)) spec.dates = column(dates, dateReader(context), 'required');
      const read = readTable(context, spec, { until: { column: 'dates', day: asOfDay } });
      const table = {
        ...read,
        columns: read.columns as unknown as { segments: (string | undefined)[]; scores: number[] },
      };
      if (table.size === 0) throw noResponses(context.functionName, 'scores', table.ignored);
      const labels = table.columns.segments.map((label) =>
        label === undefined || label === '' ? BLANK_SEGMENT : label,
      );
      const rows: OutputCell[][] = [['Segment', 'Responses', 'NPS', 'CI low', 'CI high']];
      for (const { segment, tally } of npsBySegment(labels, table.columns.scores)) {
        rows.push([segment, responsesIn(tally), ...npsWithInterval(tally)]);
      }
      return rows;
    },
  },
  {
    name: 'CSAT',
    summary:
      'Customer Satisfaction Score: the share of answers at or above a threshold (top-two-box on 1-5 by default).',
    details:
      'CSAT = answers >= threshold / valid answers, as a fraction (format as %). The scale runs from 1 to ' +
      'scale_max (5 if blank); the threshold defaults to scale_max - 1, the top two boxes. Text such as "N/A" is ' +
      'ignored; a number outside the scale or not whole is an error naming its row.',
    parameters: [
      { name: 'scores', description: 'The answers, e.g. E2:E, whole numbers from 1 to scale_max.', kind: 'range' },
      { name: 'scale_max', description: 'The top of the scale, 5 if blank.', kind: 'value', optional: true },
      {
        name: 'threshold',
        description: 'The lowest satisfied answer, scale_max - 1 if blank.',
        kind: 'value',
        optional: true,
      },
      ANSWER_DATES,
      ANSWERS_AS_OF,
    ],
    returns: 'A fraction from 0 to 1.',
    example: '=CSAT(Responses!E2:E, 5, 4)',
    sql: 'csat',
    compute([scores, scaleMax, threshold, dates, asOf], context) {
      const fn = context.functionName;
      const max = readScaleMax(fn, scaleMax, 5);
      const cut = readNumberOption(fn, 'threshold', threshold, {
        fallback: max - 1,
        min: 1,
        minInclusive: true,
        max,
        maxInclusive: true,
        integer: true,
        accepted: `a whole number from 1 to ${max} (the lowest satisfied answer; leave it blank for ${max - 1})`,
      });
      return cellOf(topBoxShare(readScaleHistogram(context, scores, max, dates, asOf), cut));
    },
  },
  {
    name: 'CES',
    summary: 'Customer Effort Score: the mean answer on a 1-7 (or 1-scale_max) effort scale.',
    details:
      'CES = mean of valid answers on a scale from 1 to scale_max (7 if blank; CES 2.0 asks how much one agrees that ' +
      '"the company made it easy for me to handle my issue"). Text such as "N/A" is ignored; a number outside the ' +
      'scale or not whole is an error naming its row.',
    parameters: [
      { name: 'scores', description: 'The answers, e.g. F2:F, whole numbers from 1 to scale_max.', kind: 'range' },
      { name: 'scale_max', description: 'The top of the scale, 7 if blank.', kind: 'value', optional: true },
      ANSWER_DATES,
      ANSWERS_AS_OF,
    ],
    returns: 'A number from 1 to scale_max.',
    example: '=CES(Responses!F2:F)',
    sql: 'ces',
    compute([scores, scaleMax, dates, asOf], context) {
      const max = readScaleMax(context.functionName, scaleMax, 7);
      return cellOf(meanScore(readScaleHistogram(context, scores, max, dates, asOf)));
    },
  },
];

const BLANK_SEGMENT = '(blank)';

function readScaleMax(fn: string, argument: RangeArgument, fallback: number): number {
  return readNumberOption(fn, 'scale_max', argument, {
    fallback,
    min: 2,
    minInclusive: true,
    max: 100,
    maxInclusive: true,
    integer: true,
    accepted: `a whole number from 2 to 100 (the top of the scale; leave it blank for ${fallback})`,
  });
}

/** Reads answers on a 1..max scale (up to as_of) into a histogram; no valid answer is an error. */
function readScaleHistogram(
  context: CallContext,
  scores: RangeArgument,
  max: number,
  dates: RangeArgument,
  asOf: RangeArgument,
): Float64Array {
  const { histogram, answers, ignored } = readAnswers(context, scores, { min: 1, max }, dates, asOf);
  if (answers === 0) throw noResponses(context.functionName, 'scores', ignored, !isOmitted(asOf));
  return histogram;
}
