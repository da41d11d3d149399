/**
 * BENCHMARK: the published figures of src/benchmarks as a table, each with
 * everything needed to read and cite it. The figures, their sources and the
 * rules of comparability live there; this is only their shape in a cell.
 */

import { formatBenchmarkMessage } from '../benchmarks/benchmarkMessages';
import {
  benchmarkOf,
  benchmarksOf,
  periodOfBenchmark,
  type ShownFigure,
  shownFigure,
} from '../benchmarks/benchmarkLookup';
import { findSegment, segmentLabel } from '../benchmarks/benchmarkSegments';
import {
  BENCHMARK_METRICS,
  type BenchmarkEntry,
  type BenchmarkMetric,
  type BenchmarkUnit,
} from '../benchmarks/benchmarkTable';
import type { OutputCell, RangeArgument } from '../input/cells';
import { InputError } from '../input/inputError';
import { isOmitted, readChoice, readOptionalText, readRequiredChoice } from '../input/options';
import { RATE_PERIODS, type RatePeriod } from '../metrics/ratePeriod';
import type { FunctionSpec } from './functionSpec';

const UNITS: Readonly<Record<BenchmarkUnit, string>> = {
  nps: 'NPS (-100 to 100)',
  acsi_index: 'ACSI index (0-100)',
  fraction_of_customers: 'fraction of customers (format as %)',
  fraction_per_week: 'fraction per week (format as %)',
  fraction_per_month: 'fraction per month (format as %)',
  fraction_per_quarter: 'fraction per quarter (format as %)',
  fraction_per_year: 'fraction per year (format as %)',
};

/** What a comparable number is computed with, in the period shown. */
function comparableText(entry: BenchmarkEntry, period: RatePeriod | undefined): string {
  const own = entry.comparableWith;
  if (own.fn === 'NPS') return formatBenchmarkMessage({ key: 'benchmark.comparable.nps' });
  if (own.fn === 'CHURN_RATE')
    return formatBenchmarkMessage({ key: 'benchmark.comparable.churn', parameters: { period: period ?? own.period } });
  if (own.fn === 'REPEAT_PURCHASE_RATE')
    return formatBenchmarkMessage({ key: 'benchmark.comparable.repeatWindow', parameters: { days: own.windowDays } });
  const reason = formatBenchmarkMessage({ key: own.reason });
  return formatBenchmarkMessage({ key: 'benchmark.comparable.none', parameters: { reason } });
}

interface Row {
  readonly entry: BenchmarkEntry;
  readonly shown: ShownFigure;
  readonly period: RatePeriod | undefined;
}

/** The table's columns, by heading. */
const COLUMNS: readonly (readonly [string, (row: Row) => OutputCell])[] = [
  ['Segment', ({ entry }) => segmentLabel(entry.segment)],
  ['Value', ({ shown }) => shown.value],
  ['Unit', ({ shown }) => UNITS[shown.unit]],
  ['Data year', ({ entry }) => entry.dataYear],
  ['Publisher', ({ entry }) => entry.publisher],
  ['Source', ({ entry }) => entry.source],
  ['Address', ({ entry }) => entry.address],
  ['Definition', ({ entry }) => entry.definition],
  ['Comparable with', ({ entry, period }) => comparableText(entry, period)],
  ['Geography', ({ entry }) => entry.geography],
  ['Sample', ({ entry }) => entry.sample],
  ['Notes', ({ shown }) => shown.caveats.map(formatBenchmarkMessage).join(' ')],
];

const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(', ');

function readSegmentEntries(fn: string, metric: BenchmarkMetric, argument: RangeArgument): BenchmarkEntry[] {
  const all = benchmarksOf(metric);
  const name = readOptionalText(fn, 'segment', argument);
  if (name === undefined) return all;
  const segment = findSegment(name);
  const entry = segment && benchmarkOf(metric, segment.id);
  if (entry !== undefined) return [entry];
  throw new InputError(
    `${fn}: segment "${name}" has no ${metric} benchmark; use one of ${quoted(all.map((e) => e.segment))} ` +
      '(or leave it blank for every segment).',
  );
}

export const BENCHMARK_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'BENCHMARK',
    summary: 'A published benchmark for a metric, with its definition, data year, sample, publisher and address.',
    details:
      'Metrics: "nps" (industry averages of XM Institute\'s 2023 U.S. consumer study, SurveyMonkey\'s average and ' +
      'top quartile, B2B studies), "monthly_churn" (Recurly 2019 medians, Antenna premium streaming), ' +
      '"annual_churn" (KBCM\'s median SaaS logo churn, FY2016), "repeat_purchase_12m" (RJMetrics: customers who ' +
      'bought again within 12 months of their first purchase) and "acsi" (ACSI scores, a modelled 0-100 index: ' +
      "never compare them with CSAT). Only figures from the publishers' own text are included. Columns: Segment, " +
      'Value, Unit, Data year, Publisher, Source, Address, Definition, Comparable with (the function and options ' +
      'that compute a comparable number), Geography, Sample, Notes (how to read it). Without a segment, every ' +
      'segment of the metric, largest sample first. A churn benchmark can be restated for another period at a ' +
      'steady rate: annual = 1 - (1 - monthly)^12. Rates are fractions, NPS and ACSI points.',
    parameters: [
      {
        name: 'metric',
        description: '"nps", "monthly_churn", "annual_churn", "repeat_purchase_12m" or "acsi".',
        kind: 'value',
      },
      {
        name: 'segment',
        description: 'The segment, e.g. "Retail", "B2B" or "E-commerce"; every segment of the metric if blank.',
        kind: 'value',
        optional: true,
      },
      {
        name: 'period',
        description: 'Churn only: restate the rate per "week", "month", "quarter" or "year"; as published if blank.',
        kind: 'value',
        optional: true,
      },
    ],
    returns:
      'A table: Segment, Value, Unit, Data year, Publisher, Source, Address, Definition, Comparable with, Geography, Sample, Notes.',
    output: {
      columns: [
        'Segment',
        'Value',
        'Unit',
        'Data year',
        'Publisher',
        'Source',
        'Address',
        'Definition',
        'Comparable with',
        'Geography',
        'Sample',
        'Notes',
      ],
    },
    example: '=BENCHMARK("nps", "Retail")',
    compute([metricArgument, segmentArgument, periodArgument], context) {
      const fn = context.functionName;
      const metric = readRequiredChoice(fn, 'metric', metricArgument, BENCHMARK_METRICS);
      const entries = readSegmentEntries(fn, metric, segmentArgument);
      const own = periodOfBenchmark(entries[0]);
      if (own === undefined && !isOmitted(periodArgument))
        throw new InputError(
          `${fn}: period applies to "monthly_churn" and "annual_churn" only; leave it blank for "${metric}".`,
        );
      const period = own && readChoice(fn, 'period', periodArgument, RATE_PERIODS, own);
      const rows = entries.map((entry): Row => ({ entry, period, shown: shownFigure(entry, period) }));
      return [COLUMNS.map(([heading]) => heading), ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))];
    },
  },
];
