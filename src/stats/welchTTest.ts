/**
 * Welch's t test: do two independent samples have the same mean, their
 * variances not assumed equal? B. L. Welch, "The generalization of 'Student's'
 * problem when several different population variances are involved",
 * Biometrika 34, 28-35 (1947), with the degrees of freedom of F. E.
 * Satterthwaite, "An approximate distribution of estimates of variance
 * components", Biometrics Bulletin 2, 110-114 (1946):
 *   SE = sqrt(s1²/n1 + s2²/n2),  t = (mean1 - mean2) / SE,
 *   ν = SE⁴ / ((s1²/n1)² / (n1 - 1) + (s2²/n2)² / (n2 - 1)),
 * two-sided p-value P(|T_ν| >= |t|), and the interval of the difference
 * mean1 - mean2 ± t(1 - α/2, ν) SE. As R's t.test (var.equal = FALSE).
 * Null when a sample has fewer than two values, or when neither varies yet
 * their means differ (no standard error); two equal constant samples give
 * t = 0, p = 1.
 */

import { type Moments, sampleVariance } from './moments';
import { studentTTwoSidedPValue } from './studentTCdf';
import { studentTCriticalValue } from './studentTQuantile';

export interface WelchResult {
  /** mean1 - mean2. */
  readonly difference: number;
  readonly t: number;
  readonly degreesOfFreedom: number;
  /** Two-sided. */
  readonly pValue: number;
  /** The interval of the difference at the confidence level asked for. */
  readonly low: number;
  readonly high: number;
}

export function welchTTest(first: Moments, second: Moments, confidence: number): WelchResult | null {
  const v1 = sampleVariance(first);
  const v2 = sampleVariance(second);
  if (v1 === null || v2 === null) return null;
  const a = v1 / first.n;
  const b = v2 / second.n;
  const difference = first.mean - second.mean;
  const se2 = a + b;
  if (!(se2 > 0)) {
    if (difference !== 0) return null;
    return { difference, t: 0, degreesOfFreedom: first.n + second.n - 2, pValue: 1, low: 0, high: 0 };
  }
  const se = Math.sqrt(se2);
  const degreesOfFreedom = (se2 * se2) / ((a * a) / (first.n - 1) + (b * b) / (second.n - 1));
  const t = difference / se;
  const half = studentTCriticalValue(confidence, degreesOfFreedom) * se;
  return {
    difference,
    t,
    degreesOfFreedom,
    pValue: studentTTwoSidedPValue(t, degreesOfFreedom),
    low: difference - half,
    high: difference + half,
  };
}
