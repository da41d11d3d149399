/**
 * Every English sentence the benchmarks show besides the published figures:
 * the caveats that say how to read a figure, what it is comparable with, and
 * why a figure is not shown beside a metric. Written as the wizard's messages
 * are (src/i18n/messages/en.ts): a key, a sentence, {placeholders} filled by
 * formatBenchmarkMessage, so the same keys can be translated for the wizard
 * while BENCHMARK writes the English into its Notes column. Publishers' names,
 * segment labels as published, function names and numbers stay as they are.
 */

export const BENCHMARK_MESSAGES = {
  // How to read a figure (BenchmarkEntry.caveats).
  'benchmark.caveat.meanOfCompanies':
    'An industry average: the mean of the NPS of each company rated, not the NPS of all answers pooled.',
  'benchmark.caveat.consumerPanel':
    "From a panel of consumers asked about companies they had dealt with recently, not from a company's own survey of its customers: when and whom you ask (right after a purchase, after a support call) can move your score.",
  'benchmark.caveat.rounded': 'The report gives this figure in whole points.',
  'benchmark.caveat.undated': 'The publisher gives no data year for this figure.',
  'benchmark.caveat.surveyMonkeyUsers':
    'The NPS surveys that organizations run on SurveyMonkey, of any industry and country: the closest to your own survey, but not a sample of any one industry.',
  'benchmark.caveat.topQuartile':
    'A threshold, not an average: a quarter of the organizations have this NPS or higher.',
  'benchmark.caveat.b2bClients':
    "Business clients rating their providers in the publisher's own study; how the answers are combined across firms is not stated.",
  'benchmark.caveat.sampleNotStated': 'The publisher does not state the number of respondents.',
  'benchmark.caveat.medianOfSites': 'A median of the sites: half of them lose more subscribers a month, half fewer.',
  'benchmark.caveat.involuntaryIncluded':
    'The overall churn rate: it counts subscriptions lost to failed payments (involuntary churn) as well as cancellations, as CHURN_RATE counts every end date.',
  'benchmark.caveat.weightedAverage':
    "A weighted average of the services' churn (the weights are not stated), estimated from a panel of consumer transactions.",
  'benchmark.caveat.cancelsOfNewSubscribers':
    'Divides every cancellation in the month, including those of people who subscribed during it, by the subscribers at the end of the month before; CHURN_RATE counts only the customers there at the start, so the published rate runs a little higher.',
  'benchmark.caveat.grossOfResubscribers':
    'Gross churn: a subscriber who cancels and comes back within the month still counts as lost, as in CHURN_RATE.',
  'benchmark.caveat.selfReported':
    'Reported by the companies in a survey, each counting churn its own way; companies under $5MM of annual recurring revenue are left out.',
  'benchmark.caveat.medianOfCompanies':
    'A median of the companies: half of them lose more customers a year, half fewer.',
  'benchmark.caveat.cohortPeriod':
    'The press release does not give the period of the first purchases; 2009-2014 is from a summary of the report.',
  'benchmark.caveat.sameDayOrders':
    "REPEAT_PURCHASE_RATE counts a customer's orders on one day as one purchase; a second order on the first day may count as buying again in the report.",
  'benchmark.caveat.acsiIndex':
    "ACSI scores come from an econometric model of customers' answers on a 0-100 scale; they are not a share of satisfied customers, so never set them beside CSAT.",
  'benchmark.caveat.acsiIndustry':
    "An industry score is the average of its companies' scores and a sector score the average of its industries' scores, each weighted by revenue.",
  'benchmark.caveat.acsiNational':
    'The national score is the average of the sector scores, weighted by their share of U.S. GDP.',

  // What a figure is comparable with (BenchmarkEntry.comparableWith), for the Comparable with column.
  'benchmark.comparable.nps': 'NPS(scores) of your own 0-10 answers',
  'benchmark.comparable.churn': 'CHURN_RATE(start_dates, end_dates, period_start, period_end) over one {period}',
  'benchmark.comparable.repeatWindow': 'REPEAT_PURCHASE_RATE(customer_ids, order_dates, {days})',
  'benchmark.comparable.none': 'Nothing the add-on computes: {reason}',

  // Lines the comparison adds (comparableBenchmark).
  'benchmark.converted':
    '{publisher} measured {value} a {from}; at a steady rate that is {converted} a {to}: 1 - (1 - {value})^{exponent}.',

  // Why no figure is shown.
  'benchmark.reason.acsiNotCsat':
    'ACSI scores are a modelled 0-100 index, not a share of satisfied answers: no benchmark is set beside CSAT.',
  'benchmark.reason.retentionUseChurn':
    'The benchmarks are churn rates: compare CHURN_RATE (for one period, retention is 1 - churn).',
  'benchmark.reason.repeatNeedsWindow':
    'The benchmark counts customers who bought again within {days} days of their first purchase: compare REPEAT_PURCHASE_RATE with window_days {days}.',
  'benchmark.reason.repeatOtherWindow':
    'The benchmark counts a second purchase within {days} days of the first, not {windowDays}: compare REPEAT_PURCHASE_RATE with window_days {days}.',
  'benchmark.reason.noBenchmarkForFunction': 'No published benchmark we can cite is comparable with {fn}.',
  'benchmark.reason.noBenchmarkForSegment': 'No published benchmark for {segment} is comparable with {fn}.',
  'benchmark.reason.periodNeeded':
    'The benchmark is a rate per {period}: give the period your {fn} covers to compare it.',
} as const;

export type BenchmarkMessageKey = keyof typeof BENCHMARK_MESSAGES;

/** A message to show: its key and the values of its {placeholders}. */
export interface BenchmarkMessage {
  readonly key: BenchmarkMessageKey;
  readonly parameters?: Readonly<Record<string, string | number>>;
}

/** The English text of a message, each {name} replaced by its parameter. */
export function formatBenchmarkMessage({ key, parameters = {} }: BenchmarkMessage): string {
  return BENCHMARK_MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in parameters ? String(parameters[name]) : whole,
  );
}
