/**
 * The Wilson score interval for a binomial proportion: E. B. Wilson, "Probable
 * inference, the law of succession, and statistical inference", Journal of the
 * American Statistical Association 22, 209-212 (1927); method 3 of
 * R. G. Newcombe, "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Statistics in Medicine 17, 857-872 (1998).
 * With p = successes / n and z the two-sided critical value,
 *   (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n).
 * Unlike the plain p ± z sqrt(p(1-p)/n) it stays inside [0, 1], does not
 * collapse to a point at 0 or n successes, and keeps close to its nominal
 * coverage for small n. Null for n = 0.
 */

import { twoSidedCriticalValue } from './normalQuantile';

export interface ProportionInterval {
  readonly low: number;
  readonly high: number;
}

export function wilsonInterval(successes: number, n: number, confidence: number): ProportionInterval | null {
  if (!(n > 0)) return null;
  const z = twoSidedCriticalValue(confidence);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return {
    // At 0 and n successes the bounds are exactly 0 and 1; rounding must not move them off.
    low: successes <= 0 ? 0 : Math.max(0, centre - half),
    high: successes >= n ? 1 : Math.min(1, centre + half),
  };
}
