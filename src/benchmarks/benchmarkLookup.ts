/**
 * Finding benchmarks: every figure of a metric, the one of a segment, a
 * figure restated over another period, and, for the wizard, the figure
 * comparable with a number the add-on computed (a function with its
 * options), with its citation and caveats, or the reason none is shown.
 */

import { convertRate, periodExponent, type RatePeriod } from '../metrics/ratePeriod';
import type { BenchmarkMessage } from './benchmarkMessages';
import { BENCHMARK_SEGMENTS, type BenchmarkSegment, type SegmentId, segmentLabel } from './benchmarkSegments';
import { type BenchmarkEntry, type BenchmarkMetric, type BenchmarkUnit, BENCHMARKS } from './benchmarkTable';

/** Every figure of a metric, largest sample first (a sample not stated last; ties in the table's order). */
export function benchmarksOf(metric: BenchmarkMetric): BenchmarkEntry[] {
  const size = (entry: BenchmarkEntry) => entry.sampleSize ?? -1;
  return BENCHMARKS.filter((entry) => entry.metric === metric).sort((a, b) => size(b) - size(a));
}

export function benchmarkOf(metric: BenchmarkMetric, segment: SegmentId): BenchmarkEntry | undefined {
  return BENCHMARKS.find((entry) => entry.metric === metric && entry.segment === segment);
}

/** The period a rate benchmark is measured over; undefined for NPS, ACSI and the repeat-purchase share. */
export function periodOfBenchmark(entry: BenchmarkEntry): RatePeriod | undefined {
  return entry.comparableWith.fn === 'CHURN_RATE' ? entry.comparableWith.period : undefined;
}

/** A figure as shown: the published value, or the value restated over another period with the line that says how. */
export interface ShownFigure {
  readonly value: number;
  readonly unit: BenchmarkUnit;
  /** The conversion line (when restated) first, then the entry's caveats. */
  readonly caveats: readonly BenchmarkMessage[];
}

const percent = (fraction: number) => `${Number((fraction * 100).toFixed(2))}%`;

/** "12" from month to year, "(1/12)" back, "(52/12)" from week to month. */
function exponentText(from: RatePeriod, to: RatePeriod): string {
  const k = periodExponent(from, to);
  if (Number.isInteger(k)) return String(k);
  if (Number.isInteger(1 / k)) return `(1/${1 / k})`;
  return `(${periodExponent(from, 'year')}/${periodExponent(to, 'year')})`;
}

export function shownFigure(entry: BenchmarkEntry, period?: RatePeriod): ShownFigure {
  const caveats = entry.caveats.map((key): BenchmarkMessage => ({ key }));
  const own = periodOfBenchmark(entry);
  if (own === undefined || period === undefined || period === own)
    return { value: entry.value, unit: entry.unit, caveats };
  const converted = convertRate(entry.value, own, period);
  const line: BenchmarkMessage = {
    key: 'benchmark.converted',
    parameters: {
      publisher: entry.publisher,
      value: percent(entry.value),
      from: own,
      converted: percent(converted),
      to: period,
      exponent: exponentText(own, period),
    },
  };
  return { value: converted, unit: `fraction_per_${period}`, caveats: [line, ...caveats] };
}

/** A number the add-on computed: the catalog function and the options that change what it means. */
export interface ComputedFigure {
  /** "NPS", "CSAT", "CHURN_RATE", "REPEAT_PURCHASE_RATE", ... */
  readonly fn: string;
  /** CHURN_RATE: the calendar period its period_start..period_end covers. */
  readonly period?: RatePeriod;
  /** REPEAT_PURCHASE_RATE: its window_days, when given. */
  readonly windowDays?: number;
}

export interface Citation {
  readonly publisher: string;
  readonly dataYear: string;
  readonly source: string;
  readonly address: string;
}

export type Comparison =
  | ({
      readonly comparable: true;
      readonly entry: BenchmarkEntry;
      readonly citation: Citation;
    } & ShownFigure)
  | { readonly comparable: false; readonly reason: BenchmarkMessage };

/** Functions whose numbers look like a benchmark's but are not the same thing. */
const NEVER_COMPARABLE: Readonly<Record<string, BenchmarkMessage>> = {
  CSAT: { key: 'benchmark.reason.acsiNotCsat' },
  RETENTION_RATE: { key: 'benchmark.reason.retentionUseChurn' },
};

const notComparable = (reason: BenchmarkMessage): Comparison => ({ comparable: false, reason });

/**
 * The benchmark of a segment that is comparable with a computed figure, in the figure's own period (a monthly
 * benchmark restated for a quarterly churn, with the conversion as its first caveat), or why there is none.
 */
export function comparableBenchmark(figure: ComputedFigure, segment: SegmentId): Comparison {
  const never = NEVER_COMPARABLE[figure.fn];
  if (never !== undefined) return notComparable(never);
  const candidates = BENCHMARKS.filter((entry) => entry.comparableWith.fn === figure.fn);
  if (candidates.length === 0)
    return notComparable({ key: 'benchmark.reason.noBenchmarkForFunction', parameters: { fn: figure.fn } });
  const inSegment = candidates.filter((entry) => entry.segment === segment);
  const entry = inSegment.find((e) => periodOfBenchmark(e) === figure.period) ?? inSegment[0];
  if (entry === undefined)
    return notComparable({
      key: 'benchmark.reason.noBenchmarkForSegment',
      parameters: { fn: figure.fn, segment: segmentLabel(segment) },
    });
  const own = entry.comparableWith;
  if (own.fn === 'CHURN_RATE' && figure.period === undefined)
    return notComparable({ key: 'benchmark.reason.periodNeeded', parameters: { fn: figure.fn, period: own.period } });
  if (own.fn === 'REPEAT_PURCHASE_RATE' && figure.windowDays !== own.windowDays)
    return notComparable(
      figure.windowDays === undefined
        ? { key: 'benchmark.reason.repeatNeedsWindow', parameters: { days: own.windowDays } }
        : {
            key: 'benchmark.reason.repeatOtherWindow',
            parameters: { days: own.windowDays, windowDays: figure.windowDays },
          },
    );
  const { publisher, dataYear, source, address } = entry;
  return {
    comparable: true,
    entry,
    citation: { publisher, dataYear, source, address },
    ...shownFigure(entry, figure.period),
  };
}

/** The segments, in list order, that have a benchmark comparable with at least one of the functions (for "Compare with"). */
export function segmentsComparableWith(fns: readonly string[]): BenchmarkSegment[] {
  const wanted = new Set(fns.filter((fn) => NEVER_COMPARABLE[fn] === undefined));
  return BENCHMARK_SEGMENTS.filter((segment) =>
    BENCHMARKS.some((entry) => entry.segment === segment.id && wanted.has(entry.comparableWith.fn ?? '')),
  );
}
