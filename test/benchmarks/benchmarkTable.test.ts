import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCHMARK_MESSAGES, type BenchmarkMessageKey } from '../../src/benchmarks/benchmarkMessages';
import { BENCHMARK_SEGMENTS } from '../../src/benchmarks/benchmarkSegments';
import { BENCHMARK_METRICS, type BenchmarkEntry, BENCHMARKS } from '../../src/benchmarks/benchmarkTable';
import { ROOT } from '../../scripts/lib/paths';
import { referenceDataRequired } from '../support/referenceData';

/** Every field of an entry; a test below fails when the type gains one this list lacks. */
const FIELDS = [
  'id',
  'metric',
  'segment',
  'value',
  'unit',
  'definition',
  'comparableWith',
  'geography',
  'dataYear',
  'sample',
  'sampleSize',
  'publisher',
  'source',
  'address',
  'evidence',
  'checked',
  'caveats',
] as const satisfies readonly (keyof BenchmarkEntry)[];

const TEXT_FIELDS = [
  'id',
  'definition',
  'geography',
  'dataYear',
  'sample',
  'publisher',
  'source',
  'address',
  'checked',
] as const satisfies readonly (keyof BenchmarkEntry)[];

/** What each metric is compared with, and its unit. */
const METRIC_RULES = {
  nps: { unit: 'nps', comparableWith: { fn: 'NPS' } },
  monthly_churn: { unit: 'fraction_per_month', comparableWith: { fn: 'CHURN_RATE', period: 'month' } },
  annual_churn: { unit: 'fraction_per_year', comparableWith: { fn: 'CHURN_RATE', period: 'year' } },
  repeat_purchase_12m: {
    unit: 'fraction_of_customers',
    comparableWith: { fn: 'REPEAT_PURCHASE_RATE', windowDays: 365 },
  },
  acsi: { unit: 'acsi_index', comparableWith: { fn: null, reason: 'benchmark.reason.acsiNotCsat' } },
} as const;

/**
 * The figures, copied by hand from the sources' own text (../shared/benchmarks/EVIDENCE.md gives the sentence
 * each is stated in): an entry whose value, segment or year drifts fails here.
 */
const EXPECTED: Record<string, [segment: string, value: number, dataYear: string, publisher: string]> = {
  'nps-xmi-2023-grocery': ['grocery', 30.1, '2023', 'Qualtrics XM Institute'],
  'nps-xmi-2023-streaming': ['streaming', 29, '2023', 'Qualtrics XM Institute'],
  'nps-xmi-2023-retail': ['retail', 29, '2023', 'Qualtrics XM Institute'],
  'nps-xmi-2023-tv-internet': ['tv_internet', 9, '2023', 'Qualtrics XM Institute'],
  'nps-xmi-2023-car-rentals': ['car_rentals', 8, '2023', 'Qualtrics XM Institute'],
  'nps-xmi-2023-consumer-payments': ['consumer_payments', -6.1, '2023', 'Qualtrics XM Institute'],
  'nps-surveymonkey-all': ['all', 32, 'undated', 'SurveyMonkey'],
  'nps-surveymonkey-top-quartile': ['top_quartile', 72, 'undated', 'SurveyMonkey'],
  'nps-temkin-2017-b2b-tech-vendors': ['b2b_tech_vendors', 21.4, '2017', 'Temkin Group'],
  'nps-clearlyrated-2022-hr-services': ['hr_services', 37, '2022', 'ClearlyRated'],
  'nps-clearlyrated-2022-rpo': ['rpo', 53, '2022', 'ClearlyRated'],
  'nps-clearlyrated-2019-staffing': ['staffing', -2, '2019', 'ClearlyRated and CareerBuilder'],
  'monthly-churn-recurly-2019-all': ['all', 0.0548, '2019', 'Recurly Research'],
  'monthly-churn-recurly-2019-b2b': ['b2b', 0.0515, '2019', 'Recurly Research'],
  'monthly-churn-recurly-2019-b2c': ['b2c', 0.0681, '2019', 'Recurly Research'],
  'monthly-churn-antenna-2024-09-streaming': ['streaming', 0.053, 'September 2024', 'Antenna'],
  'annual-churn-kbcm-fy2016-b2b-saas': [
    'b2b_saas',
    0.11,
    'FY2016 (surveyed June-July 2017)',
    'KBCM Technology Group and forEntrepreneurs',
  ],
  'repeat-12m-rjmetrics-2015-ecommerce': ['ecommerce', 0.32, 'first purchases 2009-2014', 'RJMetrics'],
  'acsi-2023q4-national': ['all', 77.8, 'Q4 2023', 'American Customer Satisfaction Index (ACSI)'],
  'acsi-2024-retail': ['retail', 78, '2023-2024', 'American Customer Satisfaction Index (ACSI)'],
  'acsi-2024-online-retail': ['online_retail', 80, '2023-2024', 'American Customer Satisfaction Index (ACSI)'],
  'acsi-2024-gas-stations': ['gas_stations', 75, '2023-2024', 'American Customer Satisfaction Index (ACSI)'],
  'acsi-2024-internet-service': ['internet_service', 71, '2024 study', 'American Customer Satisfaction Index (ACSI)'],
  'acsi-2022-banks': ['banks', 78, '2022', 'American Customer Satisfaction Index (ACSI)'],
  'acsi-2023-health-insurance': ['health_insurance', 76, '2022-2023', 'American Customer Satisfaction Index (ACSI)'],
  'acsi-2023-hospitals': ['hospitals', 74, '2022-2023', 'American Customer Satisfaction Index (ACSI)'],
  'acsi-2022-property-casualty-insurance': [
    'property_casualty_insurance',
    78,
    '2021-2022',
    'American Customer Satisfaction Index (ACSI)',
  ],
  'acsi-2022-life-insurance': ['life_insurance', 78, '2021-2022', 'American Customer Satisfaction Index (ACSI)'],
};

const ENTRIES = BENCHMARKS.map((entry) => [entry.id, entry] as const);

describe('the benchmark table', () => {
  it('holds exactly the figures expected, with their values, segments, years and publishers', () => {
    const actual = Object.fromEntries(
      BENCHMARKS.map((e) => [e.id, [e.segment, e.value, e.dataYear, e.publisher]] as const),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it('has one entry per metric and segment, with unique ids', () => {
    expect(new Set(BENCHMARKS.map((e) => e.id)).size).toBe(BENCHMARKS.length);
    expect(new Set(BENCHMARKS.map((e) => `${e.metric}/${e.segment}`)).size).toBe(BENCHMARKS.length);
  });

  it('has a figure for every metric BENCHMARK offers, and a use for every segment it lists', () => {
    for (const metric of BENCHMARK_METRICS) expect(BENCHMARKS.some((e) => e.metric === metric)).toBe(true);
    for (const { id } of BENCHMARK_SEGMENTS)
      expect({ [id]: BENCHMARKS.some((e) => e.segment === id) }).toEqual({ [id]: true });
  });

  describe.each(ENTRIES)('%s', (_id, entry) => {
    it('has every field, none blank', () => {
      expect(Object.keys(entry).sort()).toEqual([...FIELDS].sort());
      for (const field of TEXT_FIELDS) expect({ [field]: entry[field].trim().length > 2 }).toEqual({ [field]: true });
      expect(Number.isFinite(entry.value)).toBe(true);
      expect(entry.sampleSize === null || (Number.isInteger(entry.sampleSize) && entry.sampleSize > 0)).toBe(true);
      expect(entry.address).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\S*$/);
      expect(entry.evidence.row).toMatch(/^[NCAR]\d+$/);
      expect(entry.caveats.length).toBeGreaterThan(0);
      for (const key of entry.caveats) expect(BENCHMARK_MESSAGES).toHaveProperty([key]);
    });

    it('is primary: read on the publisher’s page or in the publisher’s own text, never second-hand', () => {
      expect(['P', 'P-mirror']).toContain(entry.evidence.status);
    });

    it('says whether it was checked at its address', () => {
      expect(entry.checked).toMatch(/^(2026-\d\d|partly|not checked)/);
    });

    it('is compared only with what computes the same thing, in the unit of its metric', () => {
      expect(entry.unit).toBe(METRIC_RULES[entry.metric].unit);
      expect(entry.comparableWith).toEqual(METRIC_RULES[entry.metric].comparableWith);
      if (entry.unit === 'nps') expect(entry.value).toBeGreaterThanOrEqual(-100);
      if (entry.unit === 'nps' || entry.unit === 'acsi_index') expect(entry.value).toBeLessThanOrEqual(100);
      if (entry.unit.startsWith('fraction')) expect(entry.value > 0 && entry.value < 1).toBe(true);
    });

    it('labels an undated figure as undated, and says so in its caveats', () => {
      expect(entry.dataYear === 'undated').toBe(entry.caveats.includes('benchmark.caveat.undated'));
      if (entry.dataYear !== 'undated') expect(entry.dataYear).toMatch(/(19|20)\d\d/);
    });
  });

  it('never sets an ACSI score beside CSAT', () => {
    for (const entry of BENCHMARKS.filter((e) => e.metric === 'acsi')) {
      expect(entry.comparableWith.fn).toBeNull();
      expect(entry.caveats).toContain('benchmark.caveat.acsiIndex');
    }
    expect(BENCHMARKS.some((e) => (e.comparableWith.fn as string | null) === 'CSAT')).toBe(false);
  });
});

describe('the benchmark messages', () => {
  const sources = readdirSync(resolve(ROOT, 'src/benchmarks'))
    .filter((file) => file !== 'benchmarkMessages.ts')
    .map((file) => readFileSync(resolve(ROOT, 'src/benchmarks', file), 'utf8'))
    .concat(readFileSync(resolve(ROOT, 'src/catalog/benchmarkFunctions.ts'), 'utf8'))
    .join('\n');

  it.each(Object.keys(BENCHMARK_MESSAGES) as BenchmarkMessageKey[])('%s is used', (key) => {
    expect(sources).toContain(`'${key}'`);
  });
});

/** ../shared/benchmarks/EVIDENCE.md, the evidence list the figures come from, beside the clone as on CI. */
const EVIDENCE = resolve(ROOT, '..', 'shared', 'benchmarks', 'EVIDENCE.md');

/** The cells of the evidence row that starts with `| row |`. */
function evidenceRow(text: string, row: string): string[] | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`| ${row} |`));
  return line
    ?.split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

/** The value as the evidence writes it: 5.48% for a fraction, −6.1 (with a minus sign) for points. */
function writtenValue(entry: BenchmarkEntry): string {
  if (entry.unit.startsWith('fraction')) return `${Number((entry.value * 100).toFixed(2))}%`;
  return String(entry.value).replace('-', '−');
}

(existsSync(EVIDENCE) ? describe : referenceDataRequired() ? describe : describe.skip)(
  'the evidence list (../shared/benchmarks/EVIDENCE.md)',
  () => {
    it.each(ENTRIES)('%s is a row marked P or P-mirror, with its address and value', (_id, entry) => {
      const text = readFileSync(EVIDENCE, 'utf8');
      const cells = evidenceRow(text, entry.evidence.row);
      expect(cells).toBeDefined();
      const row = cells as string[];
      const status = row[row.length - 1];
      expect(status.startsWith(entry.evidence.status === 'P' ? 'P' : 'P-mirror')).toBe(true);
      expect(status.startsWith('2nd')).toBe(false);
      if (entry.evidence.status === 'P') expect(status.startsWith('P-mirror')).toBe(false);
      const addresses = row.flatMap((cell) => cell.split(/\s+;\s+|\s+/)).filter((word) => /^https?:\/\//.test(word));
      expect(addresses.some((address) => entry.address.startsWith(address))).toBe(true);
      expect(row.join(' | ')).toContain(writtenValue(entry));
    });
  },
);
