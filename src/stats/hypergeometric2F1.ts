/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, as its
 * logarithm, where the BTYD models need it (the incomplete beta integrals of
 * the Pareto/NBD likelihood, away from z = 1).
 *
 * The power series sum_n (a)_n (b)_n / ((c)_n n!) z^n converges for |z| < 1,
 * but with large a and b (a customer with many purchases) its terms first
 * grow enormously before they shrink, so the value can overflow and take
 * thousands of terms. Euler's transformation
 *
 *   2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z)
 *
 * (Abramowitz & Stegun 15.3.3) trades (a, b) for (c - a, c - b), which in
 * these models are small while c is large: the transformed series converges in
 * a few terms. The form with the smaller parameter product is used, the
 * power of (1 - z) stays in log space, and the series is summed with a running
 * scale so that no partial sum overflows.
 *
 * Neither form helps as z approaches 1: the terms then shrink like z^n at
 * best, so the series needs about 37 / (1 - z) terms (NaN past maxTerms).
 * The Pareto/NBD likelihood met exactly that (1 - z = 1e-5 and less when
 * purchases are very regular: over a second per likelihood evaluation); it
 * now goes through incompleteBeta.ts, which uses this series for z <= 1/2.
 */

export interface SeriesOptions {
  /** Stop when a term is below this share of the sum. */
  readonly tolerance?: number;
  readonly maxTerms?: number;
}

/** log 2F1(a, b; c; z) for 0 <= z < 1 and c > 0; NaN if the value is not positive or the series does not converge. */
export function logHyp2f1(a: number, b: number, c: number, z: number, options: SeriesOptions = {}): number {
  if (z === 0) return 0;
  if (!(z > 0 && z < 1) || !(c > 0)) return Number.NaN;
  const direct = Math.abs(a * b);
  const euler = Math.abs((c - a) * (c - b));
  if (euler < direct) {
    return (c - a - b) * Math.log1p(-z) + logSeries(c - a, c - b, c, z, options);
  }
  return logSeries(a, b, c, z, options);
}

/** log of the power series itself. */
function logSeries(a: number, b: number, c: number, z: number, options: SeriesOptions): number {
  const tolerance = options.tolerance ?? 1e-16;
  const maxTerms = options.maxTerms ?? 1_000_000;
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (Math.abs(sum) > 1e250) {
      // Rescale before anything overflows; the scale is added back as a logarithm.
      sum *= 1e-250;
      term *= 1e-250;
      logScale += 250 * Math.LN10;
    }
    // Once the terms decrease, a term this small cannot move the sum.
    if (
      Math.abs(term) <= tolerance * Math.abs(sum) &&
      Math.abs((a + n + 1) * (b + n + 1) * z) < Math.abs((c + n + 1) * (n + 2))
    ) {
      return sum > 0 ? logScale + Math.log(sum) : Number.NaN;
    }
    if (term === 0) return sum > 0 ? logScale + Math.log(sum) : Number.NaN;
  }
  return Number.NaN;
}
