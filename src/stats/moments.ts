/**
 * Count, mean and sum of squared deviations of a sample. Of an array, by the
 * corrected two-pass algorithm: mean = sum / n, then
 *   M2 = sum (x - mean)² - (sum (x - mean))² / n,
 * whose second term removes most of the rounding of the mean (T. F. Chan,
 * G. H. Golub and R. J. LeVeque, "Algorithms for computing the sample
 * variance: analysis and recommendations", The American Statistician 37,
 * 242-247, 1983, eq. 1.7); the mean of whole numbers is then exact, not
 * 5.999999999999999. Two samples' moments combine by the pairwise formula of
 * the same paper:
 *   n = n_a + n_b,  δ = mean_b - mean_a,  mean = mean_a + δ n_b / n,
 *   M2 = M2_a + M2_b + δ² n_a n_b / n.
 * Neither forms the raw sum of squares, so large amounts with a small spread
 * lose nothing to cancellation.
 */

export interface Moments {
  readonly n: number;
  readonly mean: number;
  /** Sum of squared deviations from the mean; the sample variance is m2 / (n - 1). */
  readonly m2: number;
}

export const NO_MOMENTS: Moments = { n: 0, mean: 0, m2: 0 };

/** The moments of a sample given as an array. */
export function momentsOf(values: ArrayLike<number>): Moments {
  const n = values.length;
  if (n === 0) return NO_MOMENTS;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  let deviations = 0;
  for (let i = 0; i < n; i++) {
    const deviation = values[i] - mean;
    squares += deviation * deviation;
    deviations += deviation;
  }
  return { n, mean, m2: Math.max(0, squares - (deviations * deviations) / n) };
}

/** The moments of two samples taken together. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return { n, mean: a.mean + (delta * b.n) / n, m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n };
}

/** The sample variance m2 / (n - 1); null below two values. */
export function sampleVariance(moments: Moments): number | null {
  return moments.n < 2 ? null : moments.m2 / (moments.n - 1);
}
