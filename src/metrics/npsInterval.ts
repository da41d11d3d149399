/**
 * Confidence interval for a Net Promoter Score: the adjusted-Wald interval of
 * J. Rocks, "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4), 365-372 (2016).
 *
 * NPS is the difference of two proportions of one trinomial sample, so its
 * variance is (p + d) - (p - d)^2 over n. The plain (Wald) interval is too
 * narrow for small samples and collapses to a point when every answer is a
 * promoter; Rocks shows that adding 3 responses, 3/4 of them promoters and
 * 3/4 detractors (the rest passives), gives close to nominal coverage.
 */

import { twoSidedCriticalValue } from '../stats/normalQuantile';
import { type NpsTally, responsesIn } from './npsTally';

export interface NpsInterval {
  /** Half-width of the interval, in NPS points. */
  readonly marginOfError: number;
  /** Bounds in NPS points, clamped to [-100, 100]. */
  readonly low: number;
  readonly high: number;
}

const ADDED_RESPONSES = 3;
const ADDED_PER_EXTREME = 0.75;

/** The adjusted-Wald interval at a confidence level (0.95 for 95%); null for no responses. */
export function npsAdjustedWaldInterval(tally: NpsTally, confidence: number): NpsInterval | null {
  const n = responsesIn(tally);
  if (n === 0) return null;
  const adjustedN = n + ADDED_RESPONSES;
  const p = (tally.promoters + ADDED_PER_EXTREME) / adjustedN;
  const d = (tally.detractors + ADDED_PER_EXTREME) / adjustedN;
  const centre = p - d;
  const standardError = Math.sqrt((p + d - centre * centre) / adjustedN);
  const halfWidth = twoSidedCriticalValue(confidence) * standardError;
  return {
    marginOfError: 100 * halfWidth,
    low: Math.max(-100, 100 * (centre - halfWidth)),
    high: Math.min(100, 100 * (centre + halfWidth)),
  };
}
