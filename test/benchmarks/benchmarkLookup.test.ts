import {
  benchmarksOf,
  type Comparison,
  comparableBenchmark,
  segmentsComparableWith,
  shownFigure,
} from '../../src/benchmarks/benchmarkLookup';
import { formatBenchmarkMessage } from '../../src/benchmarks/benchmarkMessages';
import { BENCHMARK_SEGMENTS, findSegment } from '../../src/benchmarks/benchmarkSegments';
import { BENCHMARK_METRICS, BENCHMARKS } from '../../src/benchmarks/benchmarkTable';

const reasonOf = (comparison: Comparison) =>
  comparison.comparable ? 'comparable' : formatBenchmarkMessage(comparison.reason);

describe('comparableBenchmark', () => {
  it('sets the retail NPS beside NPS, with its source, year, address and caveats', () => {
    const retail = comparableBenchmark({ fn: 'NPS' }, 'retail');
    expect(retail).toMatchObject({
      comparable: true,
      value: 29,
      unit: 'nps',
      citation: {
        publisher: 'Qualtrics XM Institute',
        dataYear: '2023',
        source: 'Economics of Net Promoter Score, 2024 (data snapshot, June 2024)',
        address: 'https://www.sgpjbg.com/bgdown/166002.html',
      },
    });
    if (!retail.comparable) throw new Error('not comparable');
    expect(retail.entry.id).toBe('nps-xmi-2023-retail');
    expect(retail.caveats.map((c) => c.key)).toEqual([
      'benchmark.caveat.meanOfCompanies',
      'benchmark.caveat.consumerPanel',
      'benchmark.caveat.rounded',
    ]);
  });

  it('sets nothing beside CSAT: ACSI is an index, not a share of satisfied answers', () => {
    for (const { id } of BENCHMARK_SEGMENTS) {
      expect(comparableBenchmark({ fn: 'CSAT' }, id)).toEqual({
        comparable: false,
        reason: { key: 'benchmark.reason.acsiNotCsat' },
      });
    }
    // Even in a segment that has an ACSI score.
    expect(reasonOf(comparableBenchmark({ fn: 'CSAT' }, 'retail'))).toBe(
      'ACSI scores are a modelled 0-100 index, not a share of satisfied answers: no benchmark is set beside CSAT.',
    );
  });

  it('compares a monthly churn with a monthly benchmark as published', () => {
    expect(comparableBenchmark({ fn: 'CHURN_RATE', period: 'month' }, 'b2b')).toMatchObject({
      comparable: true,
      value: 0.0515,
      unit: 'fraction_per_month',
      citation: { publisher: 'Recurly Research', dataYear: '2019' },
    });
    expect(comparableBenchmark({ fn: 'CHURN_RATE', period: 'month' }, 'streaming')).toMatchObject({
      value: 0.053,
      citation: { publisher: 'Antenna', dataYear: 'September 2024' },
    });
  });

  it('restates a benchmark of another period at a steady rate, and says how first', () => {
    const yearly = comparableBenchmark({ fn: 'CHURN_RATE', period: 'year' }, 'all');
    if (!yearly.comparable) throw new Error('not comparable');
    // 1 - (1 - 0.0548)^12 = 1 - 0.5084925 (see test/metrics/ratePeriod.test.ts).
    expect(yearly.value).toBeCloseTo(0.4915075, 7);
    expect(yearly.unit).toBe('fraction_per_year');
    expect(formatBenchmarkMessage(yearly.caveats[0])).toBe(
      'Recurly Research measured 5.48% a month; at a steady rate that is 49.15% a year: 1 - (1 - 5.48%)^12.',
    );
    // KBCM's 11% a year, for a monthly churn: 1 - 0.89^(1/12).
    const monthly = comparableBenchmark({ fn: 'CHURN_RATE', period: 'month' }, 'b2b_saas');
    if (!monthly.comparable) throw new Error('not comparable');
    expect(monthly.value).toBeCloseTo(1 - Math.pow(0.89, 1 / 12), 14);
    expect(formatBenchmarkMessage(monthly.caveats[0])).toBe(
      'KBCM Technology Group and forEntrepreneurs measured 11% a year; at a steady rate that is 0.97% a month: 1 - (1 - 11%)^(1/12).',
    );
    const weekly = comparableBenchmark({ fn: 'CHURN_RATE', period: 'week' }, 'b2c');
    if (!weekly.comparable) throw new Error('not comparable');
    expect(weekly.caveats[0].parameters).toMatchObject({ exponent: '(12/52)', from: 'month', to: 'week' });
  });

  it('needs the period of a churn rate to compare it', () => {
    expect(reasonOf(comparableBenchmark({ fn: 'CHURN_RATE' }, 'b2b'))).toBe(
      'The benchmark is a rate per month: give the period your CHURN_RATE covers to compare it.',
    );
    expect(reasonOf(comparableBenchmark({ fn: 'RETENTION_RATE', period: 'month' }, 'b2b'))).toBe(
      'The benchmarks are churn rates: compare CHURN_RATE (for one period, retention is 1 - churn).',
    );
  });

  it('compares a repeat purchase rate only with the same window', () => {
    expect(comparableBenchmark({ fn: 'REPEAT_PURCHASE_RATE', windowDays: 365 }, 'ecommerce')).toMatchObject({
      comparable: true,
      value: 0.32,
      citation: { publisher: 'RJMetrics', dataYear: 'first purchases 2009-2014' },
    });
    expect(reasonOf(comparableBenchmark({ fn: 'REPEAT_PURCHASE_RATE' }, 'ecommerce'))).toBe(
      'The benchmark counts customers who bought again within 365 days of their first purchase: compare REPEAT_PURCHASE_RATE with window_days 365.',
    );
    expect(reasonOf(comparableBenchmark({ fn: 'REPEAT_PURCHASE_RATE', windowDays: 90 }, 'ecommerce'))).toBe(
      'The benchmark counts a second purchase within 365 days of the first, not 90: compare REPEAT_PURCHASE_RATE with window_days 365.',
    );
  });

  it('says when a segment or a function has no comparable benchmark', () => {
    expect(reasonOf(comparableBenchmark({ fn: 'CHURN_RATE', period: 'month' }, 'retail'))).toBe(
      'No published benchmark for Retail is comparable with CHURN_RATE.',
    );
    expect(reasonOf(comparableBenchmark({ fn: 'REPEAT_PURCHASE_RATE', windowDays: 365 }, 'retail'))).toBe(
      'No published benchmark for Retail is comparable with REPEAT_PURCHASE_RATE.',
    );
    expect(reasonOf(comparableBenchmark({ fn: 'CES' }, 'retail'))).toBe(
      'No published benchmark we can cite is comparable with CES.',
    );
  });

  it('gives every comparable figure its publisher, year and address, and only fills placeholders it has', () => {
    const figures = [
      { fn: 'NPS' },
      { fn: 'CHURN_RATE', period: 'week' },
      { fn: 'CHURN_RATE', period: 'month' },
      { fn: 'CHURN_RATE', period: 'quarter' },
      { fn: 'CHURN_RATE', period: 'year' },
      { fn: 'REPEAT_PURCHASE_RATE', windowDays: 365 },
      { fn: 'REPEAT_PURCHASE_RATE' },
      { fn: 'CSAT' },
      { fn: 'CHURN_RATE' },
    ] as const;
    for (const figure of figures)
      for (const { id } of BENCHMARK_SEGMENTS) {
        const comparison = comparableBenchmark(figure, id);
        const messages = comparison.comparable ? comparison.caveats : [comparison.reason];
        for (const message of messages) expect(formatBenchmarkMessage(message)).not.toMatch(/[{}]/);
        if (!comparison.comparable) continue;
        expect(comparison.citation.publisher).not.toBe('');
        expect(comparison.citation.dataYear).not.toBe('');
        expect(comparison.citation.address).toMatch(/^https?:\/\//);
        expect(comparison.entry.comparableWith.fn).toBe(figure.fn);
      }
  });
});

describe('segmentsComparableWith', () => {
  it('offers the segments with a figure for the dashboard’s metrics, in list order', () => {
    const labels = (fns: string[]) => segmentsComparableWith(fns).map((s) => s.label);
    expect(labels(['NPS'])).toEqual([
      'All industries',
      'Top quartile',
      'Grocery',
      'Streaming',
      'Retail',
      'TV and internet providers',
      'Car rentals',
      'Consumer payments',
      'B2B tech vendors',
      'HR services',
      'Recruitment process outsourcing',
      'Staffing',
    ]);
    expect(labels(['CHURN_RATE', 'REPEAT_PURCHASE_RATE'])).toEqual([
      'All industries',
      'Streaming',
      'B2B',
      'B2C',
      'B2B SaaS',
      'E-commerce',
    ]);
    // ACSI is never offered as something to compare with: CSAT brings no segment.
    expect(labels(['CSAT'])).toEqual([]);
    expect(labels(['NPS', 'CSAT'])).not.toContain('Banks');
  });
});

describe('benchmark segments and lists', () => {
  it('find a segment by its id or label, whatever the case and spacing', () => {
    expect(findSegment('Retail')?.id).toBe('retail');
    expect(findSegment(' b2b saas ')?.id).toBe('b2b_saas');
    expect(findSegment('E-Commerce')?.id).toBe('ecommerce');
    expect(findSegment('tv_internet')?.id).toBe('tv_internet');
    expect(findSegment('TV and internet providers')?.id).toBe('tv_internet');
    expect(findSegment('Retial')).toBeUndefined();
  });

  it('have stable, unique ids and labels', () => {
    const ids = BENCHMARK_SEGMENTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
    for (const segment of BENCHMARK_SEGMENTS) expect(findSegment(segment.label)).toBe(segment);
  });

  it('list a metric’s figures largest sample first, samples not stated last', () => {
    expect(benchmarksOf('nps').map((e) => e.id)).toEqual([
      'nps-surveymonkey-all',
      'nps-surveymonkey-top-quartile',
      'nps-xmi-2023-grocery',
      'nps-xmi-2023-streaming',
      'nps-xmi-2023-retail',
      'nps-xmi-2023-tv-internet',
      'nps-xmi-2023-car-rentals',
      'nps-xmi-2023-consumer-payments',
      'nps-temkin-2017-b2b-tech-vendors',
      'nps-clearlyrated-2022-hr-services',
      'nps-clearlyrated-2022-rpo',
      'nps-clearlyrated-2019-staffing',
    ]);
    for (const metric of BENCHMARK_METRICS) {
      const sizes = benchmarksOf(metric).map((e) => e.sampleSize ?? -1);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      expect(benchmarksOf(metric)).toHaveLength(BENCHMARKS.filter((e) => e.metric === metric).length);
    }
  });

  it('show NPS, ACSI and the repeat-purchase share as published, whatever period is asked', () => {
    for (const entry of BENCHMARKS.filter((e) => e.metric !== 'monthly_churn' && e.metric !== 'annual_churn'))
      expect(shownFigure(entry, 'year')).toEqual({
        value: entry.value,
        unit: entry.unit,
        caveats: entry.caveats.map((key) => ({ key })),
      });
  });
});
