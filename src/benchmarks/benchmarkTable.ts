/**
 * The published benchmarks the add-on shows: one typed entry per figure,
 * each with what it measures, how, when, on whom, who published it and where.
 * Only figures read on the publisher's own page (P) or in the publisher's own
 * text on another host (P-mirror) are here, from the evidence list in
 * ../shared/benchmarks/EVIDENCE.md (its row is named in `evidence`); a figure
 * known only second-hand is never added (test/benchmarks enforces both).
 * Definitions are our own words: the sources are cited, not quoted.
 *
 * To add a figure: one entry with every field; `comparableWith` says which of
 * the add-on's functions, with which options, computes a number that means
 * the same thing, or why none does; `checked` says whether it was read again
 * at its address and when. One figure per metric and segment: a newer edition
 * replaces the older one.
 */

import type { RatePeriod } from '../metrics/ratePeriod';
import type { BenchmarkMessageKey } from './benchmarkMessages';
import type { SegmentId } from './benchmarkSegments';

/** The metrics BENCHMARK knows, as its first argument. */
export const BENCHMARK_METRICS = ['nps', 'monthly_churn', 'annual_churn', 'repeat_purchase_12m', 'acsi'] as const;
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];

/** NPS points, a fraction (of customers, or lost per period), or ACSI's 0-100 index. */
export type BenchmarkUnit = 'nps' | 'acsi_index' | 'fraction_of_customers' | `fraction_per_${RatePeriod}`;

/** What computes a comparable number: a function with its options, or nothing, and why. */
export type ComparableWith =
  | { readonly fn: 'NPS' }
  | { readonly fn: 'CHURN_RATE'; readonly period: RatePeriod }
  | { readonly fn: 'REPEAT_PURCHASE_RATE'; readonly windowDays: number }
  | { readonly fn: null; readonly reason: BenchmarkMessageKey };

export interface BenchmarkEntry {
  /** Stable: metric, publisher, data year, segment. */
  readonly id: string;
  readonly metric: BenchmarkMetric;
  readonly segment: SegmentId;
  readonly value: number;
  readonly unit: BenchmarkUnit;
  /** Exactly what the number is, with the segment as the publisher names it. */
  readonly definition: string;
  readonly comparableWith: ComparableWith;
  readonly geography: string;
  /** The year (or period) the data describe, as precisely as the source says; "undated" when it does not. */
  readonly dataYear: string;
  readonly sample: string;
  /** What the sample counts (people, organizations, sites) for "largest sample first"; null when not stated. */
  readonly sampleSize: number | null;
  readonly publisher: string;
  /** The report or page the figure is in. */
  readonly source: string;
  readonly address: string;
  /** The row of EVIDENCE.md and its status there. */
  readonly evidence: { readonly row: string; readonly status: 'P' | 'P-mirror' | '2nd' };
  /** Whether the figure was read again at its address (when, how), or why not. */
  readonly checked: string;
  /** How to read it, shown with it: keys of benchmarkMessages.ts. */
  readonly caveats: readonly BenchmarkMessageKey[];
}

const STORED_COPY = '2026-12, in a stored copy of the address';

/** XM Institute's 2023 U.S. consumer benchmark study: 10,000 people rating 351 companies in 22 industries. */
const XMI_2023 = {
  metric: 'nps',
  unit: 'nps',
  comparableWith: { fn: 'NPS' },
  geography: 'U.S.',
  dataYear: '2023',
  sample: '10,000 U.S. consumers rating 351 companies in 22 industries (the whole study)',
  sampleSize: 10_000,
  publisher: 'Qualtrics XM Institute',
} as const;
const XMI_2023_SNIPPET = {
  ...XMI_2023,
  source: 'XMI Customer Ratings - NPS, 2023 (data snippet)',
  address: 'https://www.xminstitute.com/data-snippets/xmi-ratings-nps-2023/',
  evidence: { row: 'N1', status: 'P' },
  checked: STORED_COPY,
  caveats: ['benchmark.caveat.meanOfCompanies', 'benchmark.caveat.consumerPanel'],
} as const;
/** The same study's industries in whole points, in the report published in June 2024. */
const XMI_2023_REPORT = {
  ...XMI_2023,
  source: 'Economics of Net Promoter Score, 2024 (data snapshot, June 2024)',
  address: 'https://www.sgpjbg.com/bgdown/166002.html',
  evidence: { row: 'N2', status: 'P-mirror' },
  checked: `${STORED_COPY} (a copy of the report's PDF)`,
  caveats: ['benchmark.caveat.meanOfCompanies', 'benchmark.caveat.consumerPanel', 'benchmark.caveat.rounded'],
} as const;
const XMI_RANGE =
  'one of the 22 industries of the study, whose averages ran from -6.1 (consumer payments) to 30.1 (grocery)';

const SURVEYMONKEY = {
  metric: 'nps',
  unit: 'nps',
  comparableWith: { fn: 'NPS' },
  geography: 'not stated (organizations using SurveyMonkey)',
  dataYear: 'undated',
  sample: 'over 150,000 organizations',
  sampleSize: 150_000,
  publisher: 'SurveyMonkey',
  source: 'Net Promoter Score benchmarks for customer loyalty (web page)',
  address: 'https://uk.surveymonkey.com/mp/net-promoter-score-benchmarks-customer-loyalty/',
  evidence: { row: 'N10', status: 'P' },
  checked: STORED_COPY,
} as const;

const CLEARLYRATED = {
  metric: 'nps',
  unit: 'nps',
  comparableWith: { fn: 'NPS' },
  sample: 'not stated',
  sampleSize: null,
  checked: STORED_COPY,
  caveats: ['benchmark.caveat.b2bClients', 'benchmark.caveat.sampleNotStated'],
} as const;

const RECURLY_2019 = {
  metric: 'monthly_churn',
  unit: 'fraction_per_month',
  comparableWith: { fn: 'CHURN_RATE', period: 'month' },
  geography: "not stated (sites billing through Recurly's platform)",
  dataYear: '2019',
  publisher: 'Recurly Research',
  source: 'Annual Subscription Billing Metrics Report (January-December 2019)',
  address: 'https://recurly.com/research/annual-subscription-billling-metrics-report',
  evidence: { row: 'C1', status: 'P' },
  checked: STORED_COPY,
  caveats: ['benchmark.caveat.medianOfSites', 'benchmark.caveat.involuntaryIncluded'],
} as const;
const RECURLY_DEFINITION =
  "Median monthly churn of subscription sites billing through Recurly in 2019: each site's share of subscribers who cancel in a month, the median across sites";

const ACSI = {
  metric: 'acsi',
  unit: 'acsi_index',
  comparableWith: { fn: null, reason: 'benchmark.reason.acsiNotCsat' },
  geography: 'U.S.',
  sample: "ACSI's interviews of the industry's customers (not stated per industry; more than 200,000 a year in all)",
  sampleSize: null,
  publisher: 'American Customer Satisfaction Index (ACSI)',
  caveats: ['benchmark.caveat.acsiIndex', 'benchmark.caveat.acsiIndustry'],
} as const;
const ACSI_RETAIL_2024 = {
  ...ACSI,
  dataYear: '2023-2024',
  source: 'ACSI Retail and Consumer Shipping Study 2023-2024 (press release)',
  address:
    'https://digitalmedianet.com/over-60-of-retailers-see-customer-satisfaction-spikes-with-costco-h-e-b-and-publix-leading-the-way-acsi-data-show/',
  evidence: { row: 'A8', status: 'P-mirror' },
  checked: `${STORED_COPY} (the Business Wire text of the press release)`,
} as const;
const ACSI_HEALTH_2023 = {
  ...ACSI,
  dataYear: '2022-2023',
  source: 'ACSI Insurance and Health Care Study 2022-2023 (press release, 17 October 2023)',
  address:
    'https://theacsi.org/news-and-resources/press-releases/2023/10/17/press-release-insurance-and-health-care-study-2022-2023/',
  evidence: { row: 'A6', status: 'P' },
  checked: STORED_COPY,
} as const;
const ACSI_INSURANCE_2022 = {
  ...ACSI,
  dataYear: '2021-2022',
  source: 'ACSI Insurance and Health Care Study 2021-2022 (press release, 1 November 2022)',
  address:
    'https://www.theacsi.org/news-and-resources/press-releases/2022/11/01/press-release-insurance-and-health-care-study-2021-2022/',
  evidence: { row: 'A5', status: 'P' },
  checked: STORED_COPY,
} as const;

export const BENCHMARKS: readonly BenchmarkEntry[] = [
  // NPS: U.S. consumer industries, highest first.
  {
    ...XMI_2023_SNIPPET,
    id: 'nps-xmi-2023-grocery',
    segment: 'grocery',
    value: 30.1,
    definition: `Industry average NPS of grocers (U.S.), the mean of the NPS of each grocer rated; ${XMI_RANGE}`,
  },
  {
    ...XMI_2023_REPORT,
    id: 'nps-xmi-2023-streaming',
    segment: 'streaming',
    value: 29,
    definition: `Industry average NPS of streaming media (U.S.), the mean of the NPS of each service rated; ${XMI_RANGE}`,
  },
  {
    ...XMI_2023_REPORT,
    id: 'nps-xmi-2023-retail',
    segment: 'retail',
    value: 29,
    definition: `Industry average NPS of retail (U.S.), the mean of the NPS of each retailer rated; ${XMI_RANGE}`,
  },
  {
    ...XMI_2023_REPORT,
    id: 'nps-xmi-2023-tv-internet',
    segment: 'tv_internet',
    value: 9,
    definition: `Industry average NPS of TV/internet service providers (U.S.), the mean of the NPS of each provider rated; ${XMI_RANGE}`,
  },
  {
    ...XMI_2023_REPORT,
    id: 'nps-xmi-2023-car-rentals',
    segment: 'car_rentals',
    value: 8,
    definition: `Industry average NPS of car rentals (U.S.), the mean of the NPS of each company rated; ${XMI_RANGE}`,
  },
  {
    ...XMI_2023_SNIPPET,
    id: 'nps-xmi-2023-consumer-payments',
    segment: 'consumer_payments',
    value: -6.1,
    definition: `Industry average NPS of consumer payments (U.S.), the mean of the NPS of each company rated; ${XMI_RANGE}`,
  },
  // NPS: every industry, as SurveyMonkey's users measure it.
  {
    ...SURVEYMONKEY,
    id: 'nps-surveymonkey-all',
    segment: 'all',
    value: 32,
    definition:
      "Average NPS of the organizations in SurveyMonkey's benchmark data, each scored from the NPS surveys it ran on SurveyMonkey",
    caveats: ['benchmark.caveat.undated', 'benchmark.caveat.surveyMonkeyUsers'],
  },
  {
    ...SURVEYMONKEY,
    id: 'nps-surveymonkey-top-quartile',
    segment: 'top_quartile',
    value: 72,
    definition:
      "The NPS at or above which the top 25% of the organizations in SurveyMonkey's benchmark data score (the top-quartile threshold)",
    caveats: ['benchmark.caveat.undated', 'benchmark.caveat.topQuartile', 'benchmark.caveat.surveyMonkeyUsers'],
  },
  // NPS: business-to-business, primary sources only.
  {
    id: 'nps-temkin-2017-b2b-tech-vendors',
    metric: 'nps',
    segment: 'b2b_tech_vendors',
    value: 21.4,
    unit: 'nps',
    definition:
      'Average NPS of 58 technology vendors as rated by IT decision makers of large North American companies (Tech Vendor NPS Benchmark, 2017)',
    comparableWith: { fn: 'NPS' },
    geography: 'North America',
    dataYear: '2017',
    sample: '800 IT decision makers rating 58 vendors',
    sampleSize: 800,
    publisher: 'Temkin Group',
    source: 'Tech Vendor NPS Benchmark, 2017 (Customer Experience Matters blog)',
    address: 'https://experiencematters.blog/category/net-promoter/',
    evidence: { row: 'N9', status: 'P' },
    checked:
      "partly: 2026-12, a stored copy of the blog shows the 2017 report and its sample; the 21.4 was read in a news copy of Temkin Group's press release (mactech.com), not at the address",
    caveats: ['benchmark.caveat.b2bClients'],
  },
  {
    ...CLEARLYRATED,
    id: 'nps-clearlyrated-2022-hr-services',
    segment: 'hr_services',
    value: 37,
    definition:
      "NPS of the clients of HR services providers operating in the U.S., ClearlyRated's 2022 benchmark (published as 37%)",
    geography: 'U.S.',
    dataYear: '2022',
    publisher: 'ClearlyRated',
    source: 'NPS for RPOs (2022 HR Services NPS Benchmark, web page)',
    address: 'https://www.clearlyrated.com/solutions/rpo/nps-for-rpos/',
    evidence: { row: 'N11', status: 'P' },
  },
  {
    ...CLEARLYRATED,
    id: 'nps-clearlyrated-2022-rpo',
    segment: 'rpo',
    value: 53,
    definition:
      "NPS of the corporate clients of recruitment process outsourcing (RPO) providers in the U.S., ClearlyRated's 2022 benchmark (published as 53%)",
    geography: 'U.S.',
    dataYear: '2022',
    publisher: 'ClearlyRated',
    source: 'NPS for RPOs (2022 HR Services NPS Benchmark, web page)',
    address: 'https://www.clearlyrated.com/solutions/rpo/nps-for-rpos/',
    evidence: { row: 'N11', status: 'P' },
  },
  {
    ...CLEARLYRATED,
    id: 'nps-clearlyrated-2019-staffing',
    segment: 'staffing',
    value: -2,
    definition:
      'NPS of the clients of staffing firms in the U.S. and Canada, from the Staffing Advantage Report 2019 (published as -2%)',
    geography: 'U.S. and Canada',
    dataYear: '2019',
    publisher: 'ClearlyRated and CareerBuilder',
    source: 'Staffing NPS benchmarks (Staffing Advantage Report 2019, web page)',
    address: 'https://www.clearlyrated.com/solutions/staffing-nps-benchmarks/',
    evidence: { row: 'N12', status: 'P' },
  },

  // Monthly churn.
  {
    ...RECURLY_2019,
    id: 'monthly-churn-recurly-2019-all',
    segment: 'all',
    value: 0.0548,
    definition: `${RECURLY_DEFINITION} ("All Industries")`,
    sample: 'nearly 2,000 subscription sites',
    sampleSize: 2_000,
  },
  {
    ...RECURLY_2019,
    id: 'monthly-churn-recurly-2019-b2b',
    segment: 'b2b',
    value: 0.0515,
    definition: `${RECURLY_DEFINITION} selling to businesses ("B2B Industries")`,
    sample: 'the B2B sites among nearly 2,000 subscription sites (their number not stated)',
    sampleSize: null,
  },
  {
    ...RECURLY_2019,
    id: 'monthly-churn-recurly-2019-b2c',
    segment: 'b2c',
    value: 0.0681,
    definition: `${RECURLY_DEFINITION} selling to consumers ("B2C Industries")`,
    sample: 'the B2C sites among nearly 2,000 subscription sites (their number not stated)',
    sampleSize: null,
  },
  {
    id: 'monthly-churn-antenna-2024-09-streaming',
    metric: 'monthly_churn',
    segment: 'streaming',
    value: 0.053,
    unit: 'fraction_per_month',
    definition:
      'Weighted average gross churn of the U.S. premium SVOD (subscription video) services in September 2024: cancellations in the month / subscribers at the end of the month before',
    comparableWith: { fn: 'CHURN_RATE', period: 'month' },
    geography: 'U.S.',
    dataYear: 'September 2024',
    sample: "Antenna's panel of consumer transaction records, weighted to the U.S. (size not stated)",
    sampleSize: null,
    publisher: 'Antenna',
    source: "Antenna's 2024 Top Subscription Insights: Net Churn (blog post)",
    address: 'http://antenna.live/post/antennas-2024-top-subscription-insights-net-churn',
    evidence: { row: 'C4', status: 'P' },
    checked: `${STORED_COPY}; the definition also on antenna.live/methodology`,
    caveats: [
      'benchmark.caveat.weightedAverage',
      'benchmark.caveat.cancelsOfNewSubscribers',
      'benchmark.caveat.grossOfResubscribers',
    ],
  },

  // Annual churn.
  {
    id: 'annual-churn-kbcm-fy2016-b2b-saas',
    metric: 'annual_churn',
    segment: 'b2b_saas',
    value: 0.11,
    unit: 'fraction_per_year',
    definition:
      'Median annual unit (logo) churn, by customer count, of private SaaS companies with $5MM or more of 2016 ending ARR: the share of its customers each company lost in its 2016 fiscal year, the median across companies',
    comparableWith: { fn: 'CHURN_RATE', period: 'year' },
    geography: 'mostly U.S. (73% of the companies are headquartered there)',
    dataYear: 'FY2016 (surveyed June-July 2017)',
    sample:
      'senior executives of about 400 private SaaS companies; those under $5MM of ARR are left out of this median',
    sampleSize: 400,
    publisher: 'KBCM Technology Group and forEntrepreneurs',
    source: '2017 Private SaaS Company Survey, Part 2',
    address: 'http://www.forentrepreneurs.com/2017-saas-survey-part-2/',
    evidence: { row: 'C5', status: 'P' },
    checked: `${STORED_COPY}; the sample in a stored copy of KBCM's report (scribd.com)`,
    caveats: ['benchmark.caveat.selfReported', 'benchmark.caveat.medianOfCompanies'],
  },

  // Repeat purchase within 12 months.
  {
    id: 'repeat-12m-rjmetrics-2015-ecommerce',
    metric: 'repeat_purchase_12m',
    segment: 'ecommerce',
    value: 0.32,
    unit: 'fraction_of_customers',
    definition:
      "Share of e-commerce customers who bought again within a year of their first purchase, over the customers of 176 online retailers (RJMetrics' 2015 Ecommerce Buyer Behavior Benchmark)",
    comparableWith: { fn: 'REPEAT_PURCHASE_RATE', windowDays: 365 },
    geography: 'not stated in the press release',
    dataYear: 'first purchases 2009-2014',
    sample: '176 e-commerce retailers, 18 million customers',
    sampleSize: 18_000_000,
    publisher: 'RJMetrics',
    source: '2015 Ecommerce Buyer Behavior Benchmark (press release, 29 May 2015)',
    address:
      'https://www.prnewswire.com/news-releases/new-ecommerce-data-ecommerce-customer-loyalty-is-rare-300090535.html',
    evidence: { row: 'R1', status: 'P' },
    checked: `${STORED_COPY}: the 32%; the 176 retailers and 18 million customers in copies of the release (warc.com); the cohort years only second-hand`,
    caveats: ['benchmark.caveat.cohortPeriod', 'benchmark.caveat.sameDayOrders'],
  },

  // ACSI: a modelled 0-100 index, for reference; never beside CSAT.
  {
    ...ACSI,
    id: 'acsi-2023q4-national',
    segment: 'all',
    value: 77.8,
    definition: 'The national ACSI of the U.S. in the fourth quarter of 2023: customer satisfaction on a 0-100 index',
    dataYear: 'Q4 2023',
    sample: '212,512 questionnaires in 2023',
    sampleSize: 212_512,
    source: 'U.S. Overall Customer Satisfaction (Q4 2023)',
    address: 'https://www.theacsi.org/the-acsi-difference/us-overall-customer-satisfaction/',
    evidence: { row: 'A1', status: 'P' },
    checked: STORED_COPY,
    caveats: ['benchmark.caveat.acsiIndex', 'benchmark.caveat.acsiNational'],
  },
  {
    ...ACSI_RETAIL_2024,
    id: 'acsi-2024-retail',
    segment: 'retail',
    value: 78.0,
    definition: 'ACSI score of the retail trade sector (U.S.), on a 0-100 index',
  },
  {
    ...ACSI_RETAIL_2024,
    id: 'acsi-2024-online-retail',
    segment: 'online_retail',
    value: 80,
    definition: 'ACSI score of online retailers (U.S.), on a 0-100 index',
  },
  {
    ...ACSI_RETAIL_2024,
    id: 'acsi-2024-gas-stations',
    segment: 'gas_stations',
    value: 75,
    definition: 'ACSI score of gas stations (U.S.), on a 0-100 index',
  },
  {
    ...ACSI,
    id: 'acsi-2024-internet-service',
    segment: 'internet_service',
    value: 71,
    definition: 'ACSI score of internet service providers (U.S.), fiber and non-fiber together, on a 0-100 index',
    dataYear: '2024 study',
    source: 'ACSI Telecommunications Study 2024 (press release on Business Wire)',
    address:
      'https://businesswire.com/news/home/20240604727642/en/Customers-Prefer-Fiber-Internet-When-Available-While-Satisfaction-with-Streaming-Service-Reaches-Record-High-ACSI-Data-Show',
    evidence: { row: 'A7', status: 'P' },
    checked: STORED_COPY,
  },
  {
    ...ACSI,
    id: 'acsi-2022-banks',
    segment: 'banks',
    value: 78,
    definition: 'ACSI score of banks (U.S.), on a 0-100 index',
    dataYear: '2022',
    source: 'ACSI Banks industry page',
    address: 'https://theacsi.org/industries/finance-and-insurance/banks/',
    evidence: { row: 'A3', status: 'P' },
    checked: STORED_COPY,
  },
  {
    ...ACSI_HEALTH_2023,
    id: 'acsi-2023-health-insurance',
    segment: 'health_insurance',
    value: 76,
    definition: 'ACSI score of health insurance (U.S.), on a 0-100 index',
  },
  {
    ...ACSI_HEALTH_2023,
    id: 'acsi-2023-hospitals',
    segment: 'hospitals',
    value: 74,
    definition: 'ACSI score of hospitals (U.S.), on a 0-100 index',
  },
  {
    ...ACSI_INSURANCE_2022,
    id: 'acsi-2022-property-casualty-insurance',
    segment: 'property_casualty_insurance',
    value: 78,
    definition: 'ACSI score of property and casualty insurers (U.S.), on a 0-100 index',
  },
  {
    ...ACSI_INSURANCE_2022,
    id: 'acsi-2022-life-insurance',
    segment: 'life_insurance',
    value: 78,
    definition: 'ACSI score of life insurers (U.S.), on a 0-100 index',
  },
];
