/**
 * The t interval for a mean: mean ± t(1 - α/2, n - 1) s / sqrt(n), s the
 * sample standard deviation (W. S. Gosset, "The probable error of a mean",
 * Biometrika 6, 1-25, 1908; any introductory text, e.g. D. Freedman,
 * R. Pisani and R. Purves, "Statistics", 4th ed., chapter 26). Exact when the
 * values are normal, and close for other shapes once n is a few dozen (the
 * central limit theorem); amounts are often skewed, so with a handful of
 * values read it as a rough guide. Null below two values, where there is no
 * spread to measure.
 */

import { type Moments, sampleVariance } from './moments';
import { studentTCriticalValue } from './studentTQuantile';

export interface MeanInterval {
  readonly low: number;
  readonly high: number;
}

export function meanInterval(moments: Moments, confidence: number): MeanInterval | null {
  const variance = sampleVariance(moments);
  if (variance === null) return null;
  const half = studentTCriticalValue(confidence, moments.n - 1) * Math.sqrt(variance / moments.n);
  return { low: moments.mean - half, high: moments.mean + half };
}
