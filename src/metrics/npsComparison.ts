/**
 * Is the difference between two Net Promoter Scores more than noise? A
 * two-sample z test on the difference of the two NPS, each with the plain
 * trinomial variance (p + d) - (p - d)^2 (see npsInterval.ts), the samples
 * independent:
 *   SE = sqrt(var_a / n_a + var_b / n_b),  z = ((p_b - d_b) - (p_a - d_a)) / SE.
 */

import { twoSidedPValue } from '../stats/normalCdf';
import { type NpsTally, responsesIn } from './npsTally';

export interface NpsComparison {
  readonly npsA: number;
  readonly npsB: number;
  /** NPS B - NPS A, in points. */
  readonly difference: number;
  readonly z: number;
  /** Two-sided. */
  readonly pValue: number;
  readonly significant: boolean;
}

/**
 * Compares two samples at a confidence level (0.95: significant when p < 0.05).
 * Null when a sample is empty, or when neither sample varies (every answer in
 * both in one category) yet their scores differ: the test has no standard
 * error to work with. Two identical non-varying samples give z = 0, p = 1.
 */
export function compareNps(a: NpsTally, b: NpsTally, confidence: number): NpsComparison | null {
  const na = responsesIn(a);
  const nb = responsesIn(b);
  if (na === 0 || nb === 0) return null;
  const netA = (a.promoters - a.detractors) / na;
  const netB = (b.promoters - b.detractors) / nb;
  const varianceA = (a.promoters + a.detractors) / na - netA * netA;
  const varianceB = (b.promoters + b.detractors) / nb - netB * netB;
  const standardError = Math.sqrt(Math.max(0, varianceA / na + varianceB / nb));
  const difference = netB - netA;
  let z: number;
  if (standardError > 0) z = difference / standardError;
  else if (difference === 0) z = 0;
  else return null;
  const pValue = twoSidedPValue(z);
  return {
    npsA: 100 * netA,
    npsB: 100 * netB,
    difference: 100 * difference,
    z,
    pValue,
    significant: pValue < 1 - confidence,
  };
}
