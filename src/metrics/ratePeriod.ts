/**
 * A rate of one period (a monthly churn) expressed over another (a year), at
 * a steady rate: a customer who stays through one period has the same chance
 * of staying through the next, so staying a year means staying each of 12
 * months and annual = 1 - (1 - monthly)^12. In general
 * rate_to = 1 - (1 - rate_from)^k with k = length_to / length_from; a year is
 * 12 months, 4 quarters or 52 weeks. It assumes the rate does not change over
 * the longer period, which real churn (higher in a customer's first months)
 * seldom does: the conversion says what the published figure implies for
 * another period, not what was measured.
 */

export const RATE_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type RatePeriod = (typeof RATE_PERIODS)[number];

/** Periods per year. */
const PER_YEAR: Readonly<Record<RatePeriod, number>> = { week: 52, month: 12, quarter: 4, year: 1 };

/** k in 1 - (1 - rate)^k: how many `from` periods make one `to` period (12 from month to year, 1/12 back). */
export function periodExponent(from: RatePeriod, to: RatePeriod): number {
  return PER_YEAR[from] / PER_YEAR[to];
}

/** The rate over `to` of a steady rate measured over `from`; a rate is a fraction from 0 to 1. */
export function convertRate(rate: number, from: RatePeriod, to: RatePeriod): number {
  if (from === to) return rate;
  return 1 - Math.pow(1 - rate, periodExponent(from, to));
}
