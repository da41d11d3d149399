import { BENCHMARK_METRICS } from '../../src/benchmarks/benchmarkTable';
import { callFunction } from '../support/callFunction';

const HEADINGS = [
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
];

/** The rows of a BENCHMARK table as records keyed by heading. */
function benchmark(...args: unknown[]): Record<string, unknown>[] {
  const [header, ...rows] = callFunction('BENCHMARK', args) as unknown[][];
  expect(header).toEqual(HEADINGS);
  return rows.map((row) => Object.fromEntries(header.map((heading, i) => [String(heading), row[i]])));
}

describe('BENCHMARK', () => {
  it('gives one segment as one row with everything needed to read and cite it', () => {
    expect(benchmark('nps', 'Retail')).toEqual([
      {
        Segment: 'Retail',
        Value: 29,
        Unit: 'NPS (-100 to 100)',
        'Data year': '2023',
        Publisher: 'Qualtrics XM Institute',
        Source: 'Economics of Net Promoter Score, 2024 (data snapshot, June 2024)',
        Address: 'https://www.sgpjbg.com/bgdown/166002.html',
        Definition: expect.stringContaining('Industry average NPS of retail (U.S.), the mean of the NPS of each'),
        'Comparable with': 'NPS(scores) of your own 0-10 answers',
        Geography: 'U.S.',
        Sample: '10,000 U.S. consumers rating 351 companies in 22 industries (the whole study)',
        Notes: expect.stringContaining('The report gives this figure in whole points.'),
      },
    ]);
  });

  it('finds a segment by its id or its label, whatever the case', () => {
    for (const name of ['b2b_saas', 'B2B SaaS', ' b2b-saas '])
      expect(benchmark('annual_churn', name).map((row) => row.Value)).toEqual([0.11]);
    expect(benchmark('NPS', 'grocery')[0].Value).toBe(30.1);
    expect(benchmark('repeat_purchase_12m', 'E-commerce')[0]).toMatchObject({
      Value: 0.32,
      'Data year': 'first purchases 2009-2014',
      Publisher: 'RJMetrics',
      'Comparable with': 'REPEAT_PURCHASE_RATE(customer_ids, order_dates, 365)',
    });
  });

  it('lists every segment of a metric without one, largest sample first', () => {
    expect(benchmark('monthly_churn').map((row) => [row.Segment, row.Value, row.Publisher])).toEqual([
      ['All industries', 0.0548, 'Recurly Research'],
      ['B2B', 0.0515, 'Recurly Research'],
      ['B2C', 0.0681, 'Recurly Research'],
      ['Streaming', 0.053, 'Antenna'],
    ]);
    expect(benchmark('nps').map((row) => row.Segment)).toEqual([
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
    expect(benchmark('acsi')[0]).toMatchObject({ Segment: 'All industries', Value: 77.8, 'Data year': 'Q4 2023' });
  });

  it('shows every figure with its publisher, year and address', () => {
    for (const metric of BENCHMARK_METRICS)
      for (const row of benchmark(metric)) {
        expect(String(row.Publisher).length).toBeGreaterThan(3);
        expect(String(row['Data year'])).toMatch(/\d{4}|undated/);
        expect(String(row.Address)).toMatch(/^https?:\/\//);
        expect(typeof row.Value).toBe('number');
        for (const heading of HEADINGS) expect({ [heading]: row[heading] }).not.toEqual({ [heading]: '' });
      }
  });

  it('labels an undated figure, and keeps ACSI away from CSAT', () => {
    expect(benchmark('nps', 'all')[0]).toMatchObject({ Value: 32, 'Data year': 'undated', Publisher: 'SurveyMonkey' });
    expect(benchmark('nps', 'top quartile')[0].Notes).toContain('A threshold, not an average');
    const banks = benchmark('acsi', 'Banks')[0];
    expect(banks).toMatchObject({ Value: 78, Unit: 'ACSI index (0-100)' });
    expect(banks['Comparable with']).toBe(
      'Nothing the add-on computes: ACSI scores are a modelled 0-100 index, not a share of satisfied answers: no benchmark is set beside CSAT.',
    );
    expect(banks.Notes).toContain('never set them beside CSAT');
  });

  it('restates a churn benchmark per another period at a steady rate, saying how', () => {
    const [b2b] = benchmark('monthly_churn', 'B2B', 'year');
    // 1 - (1 - 0.0515)^12 = 1 - 0.9485^12; 0.9485^2 = 0.89965225, ^4 = 0.80937417..., ^12 = 0.53021013...
    expect(b2b.Value).toBeCloseTo(1 - 0.5302101, 7);
    expect(b2b.Unit).toBe('fraction per year (format as %)');
    expect(b2b['Comparable with']).toBe('CHURN_RATE(start_dates, end_dates, period_start, period_end) over one year');
    expect(
      String(b2b.Notes).startsWith(
        'Recurly Research measured 5.15% a month; at a steady rate that is 46.98% a year: 1 - (1 - 5.15%)^12.',
      ),
    ).toBe(true);
    expect(benchmark('monthly_churn', 'B2B', 'month')[0].Value).toBe(0.0515);
    expect(benchmark('annual_churn', '', 'quarter')[0].Value).toBeCloseTo(1 - Math.pow(0.89, 1 / 4), 14);
  });

  it('explains bad arguments', () => {
    expect(() => callFunction('BENCHMARK', [''])).toThrow(
      'BENCHMARK: metric is blank; use one of "nps", "monthly_churn", "annual_churn", "repeat_purchase_12m", "acsi".',
    );
    expect(() => callFunction('BENCHMARK', ['csat'])).toThrow('BENCHMARK: metric is "csat"; use one of "nps",');
    expect(() => callFunction('BENCHMARK', ['monthly_churn', 'Retail'])).toThrow(
      'BENCHMARK: segment "Retail" has no monthly_churn benchmark; use one of "all", "b2b", "b2c", "streaming" (or leave it blank for every segment).',
    );
    expect(() => callFunction('BENCHMARK', ['nps', 'Retail', 'year'])).toThrow(
      'BENCHMARK: period applies to "monthly_churn" and "annual_churn" only; leave it blank for "nps".',
    );
    expect(() => callFunction('BENCHMARK', ['monthly_churn', '', 'day'])).toThrow(
      'BENCHMARK: period is "day"; use one of "week", "month", "quarter", "year" (or leave it blank for "month").',
    );
    expect(() => callFunction('BENCHMARK', [[['nps'], ['acsi']]])).toThrow(
      'BENCHMARK: metric must be a single value, not a range of 2 cells.',
    );
  });
});
