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
 *
 * logHyp2f1WithDerivatives also gives the derivatives of log 2F1 in a, b and
 * c (for the gradient of the Pareto/NBD likelihood): term n of the series is
 * t_n = prod_{k<n} (a+k)(b+k) z / ((c+k)(k+1)), so d ln t_n / da =
 * sum_{k<n} 1/(a+k) (likewise b, and minus for c), summed with the terms.
 */

// Math's functions (and the constants the loops use) as module constants: under Jest, whose modules run in a
// vm context where every global lookup goes through an interceptor, looking them up in these loops took most of
// a fit's time. It changes nothing in Node or Apps Script.
const { abs, log, log1p, LN10 } = Math;

export interface SeriesOptions {
  /** Stop when a term is below this share of the sum. */
  readonly tolerance?: number;
  readonly maxTerms?: number;
}

/** log 2F1(a, b; c; z) for 0 <= z < 1 and c > 0; NaN if the value is not positive or the series does not converge. */
export function logHyp2f1(a: number, b: number, c: number, z: number, options: SeriesOptions = {}): number {
  return logHyp2f1WithDerivatives(a, b, c, z, options).value;
}

/** log 2F1 and its derivatives in a, b and c. */
export interface Log2F1 {
  readonly value: number;
  readonly da: number;
  readonly db: number;
  readonly dc: number;
}

/** log 2F1(a, b; c; z) as logHyp2f1, with its derivatives in a, b and c. */
export function logHyp2f1WithDerivatives(
  a: number,
  b: number,
  c: number,
  z: number,
  options: SeriesOptions = {},
): Log2F1 {
  if (z === 0) return { value: 0, da: 0, db: 0, dc: 0 };
  if (!(z > 0 && z < 1) || !(c > 0)) return { value: Number.NaN, da: Number.NaN, db: Number.NaN, dc: Number.NaN };
  const direct = abs(a * b);
  const euler = abs((c - a) * (c - b));
  if (euler < direct) {
    // (1-z)^(c-a-b) 2F1(a', b'; c; z) with a' = c - a and b' = c - b.
    const logPower = log1p(-z);
    const series = logSeries(c - a, c - b, c, z, options);
    return {
      value: (c - a - b) * logPower + series.value,
      da: -logPower - series.da,
      db: -logPower - series.db,
      dc: logPower + series.da + series.db + series.dc,
    };
  }
  return logSeries(a, b, c, z, options);
}

/** log of the power series itself, with its derivatives in a, b and c. */
function logSeries(a: number, b: number, c: number, z: number, options: SeriesOptions): Log2F1 {
  const tolerance = options.tolerance ?? 1e-16;
  const maxTerms = options.maxTerms ?? 1_000_000;
  let term = 1;
  let sum = 1;
  let logScale = 0;
  // sum_{k<n} 1/(a+k) (and b, c) for the current term, and the sums of the terms times them.
  let inA = 0;
  let inB = 0;
  let inC = 0;
  let sumA = 0;
  let sumB = 0;
  let sumC = 0;
  const result = () =>
    sum > 0
      ? { value: logScale + log(sum), da: sumA / sum, db: sumB / sum, dc: -sumC / sum }
      : { value: Number.NaN, da: Number.NaN, db: Number.NaN, dc: Number.NaN };
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    inA += 1 / (a + n);
    inB += 1 / (b + n);
    inC += 1 / (c + n);
    sum += term;
    sumA += term * inA;
    sumB += term * inB;
    sumC += term * inC;
    if (abs(sum) > 1e250) {
      // Rescale before anything overflows; the scale is added back as a logarithm.
      sum *= 1e-250;
      term *= 1e-250;
      sumA *= 1e-250;
      sumB *= 1e-250;
      sumC *= 1e-250;
      logScale += 250 * LN10;
    }
    // Once the terms decrease, a term this small cannot move the sum.
    if (abs(term) <= tolerance * abs(sum) && abs((a + n + 1) * (b + n + 1) * z) < abs((c + n + 1) * (n + 2))) {
      return result();
    }
    if (term === 0) return result();
  }
  return { value: Number.NaN, da: Number.NaN, db: Number.NaN, dc: Number.NaN };
}
