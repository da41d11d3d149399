/**
 * Integrals of t^(a-1) (1-t)^(b-1), the incomplete beta function
 * B_x(a, b) = ∫_0^x t^(a-1) (1-t)^(b-1) dt, where the Pareto/NBD likelihood
 * needs them: one exponent below 1 and possibly negative (then the complete
 * beta function does not exist, but every integral that stays away from that
 * end is finite), the other possibly in the millions (a customer's purchases,
 * or a purchase rate with hardly any spread: r and α both huge).
 *
 * Each evaluation takes a bounded number of steps (a few hundred at most),
 * whatever the arguments; NaN rather than an endless loop should that ever
 * fail. The plain power series of B_x, the 2F1 of the Pareto/NBD papers, needs
 * about 37 / (1 - x) terms, and there 1 - x = (β+y)/(α+y) goes to 0 as α
 * grows: it is used only up to x = 1/2. Above that, a continued fraction,
 * which converges fast once a(1 - x) >= 1, and closer to x = 1 still a series
 * in the small variable 1 - x.
 */

import { logHyp2f1 } from './hypergeometric2F1';
import { logAddExp } from './logSumExp';

const MAX_FRACTION_TERMS = 1000;
const MAX_SERIES_TERMS = 300;

/**
 * ln B_x(a, b) for 0 < x < 1, with a > 0, b < 1 and a + b > 0. Callers may pass
 * y = 1 - x and a + b when they know them more accurately than they can be
 * computed here: x near 1, or b close to -a (a + b is then a small difference
 * of large numbers).
 */
export function logIncompleteBeta(a: number, b: number, x: number, y = 1 - x, aPlusB = a + b): number {
  const scaled = logIncompleteBetaScaled(a, b, x, y, aPlusB);
  return a * (x <= 0.5 ? Math.log(x) : Math.log1p(-y)) + b * Math.log(y) + scaled;
}

/**
 * ln[B_x(a, b) x^-a y^-b], y = 1 - x, as for logIncompleteBeta: without the
 * factor x^a y^b, which callers with huge a or b combine with factors of
 * their own without cancellation.
 *
 * B_x(a, b) = x^a y^b / a · 2F1(a+b, 1; a+1; x) (DLMF 8.17.8). For x <= 1/2 the
 * series of that 2F1, whose term ratio is at most x when b < 1 (at most 55
 * terms). Above, the continued fraction of DLMF 8.17.22,
 *   2F1(a+b, 1; a+1; x) = 1 / (1 + d1 / (1 + d2 / (1 + ...))),
 *   d(2m) = m (b - m) x / ((a + 2m - 1)(a + 2m)),
 *   d(2m+1) = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)),
 * in its even contraction 1 / (1 + d1 - d1 d2 / (1 + d2 + d3 - d3 d4 / (1 + d4 + d5 - ...)))
 * (A. Cuyt et al., "Handbook of Continued Fractions for Special Functions",
 * Springer 2008, section 1.8), evaluated by the modified Lentz algorithm
 * (W. Press et al., "Numerical Recipes", 3rd ed., section 5.2). Near x = 1
 * each d(2m+1) is close to -1, so the partial denominators are written out
 * with y: 1 + d1 = (1 - b + (a + b) y) / (a + 1) and
 *   1 + d(2m) + d(2m+1) = y + x (a (2m + 1 - b) + 2m² + b - 1) / ((a + 2m - 1)(a + 2m + 1)),
 * sums of positive terms when b < 1 and a + b > 0, never differences of
 * nearly equal numbers. On a grid of a in [0.01, 1e12], b in (-a, 1) and
 * y in [1e-12, 1/2] (checked against 25-digit quadrature) it took at most
 * 52 steps where a y >= 2 and 100 where a y >= 1, to about 4e-15.
 *
 * It is used only where y >= w = min(1/2, 1/a). Below that it is slow (over
 * a thousand steps at a y = 0.1), and instead, in τ = 1 - t,
 * B_x(a, b) = ∫_y^w τ^(b-1) (1-τ)^(a-1) dτ + B_(1-w)(a, b), the first by
 * logBetaIntegralNearZero and the second by the series (w = 1/2) or the
 * continued fraction (a w = 1).
 */
export function logIncompleteBetaScaled(a: number, b: number, x: number, y = 1 - x, aPlusB = a + b): number {
  if (!(x > 0 && y > 0 && a > 0 && b < 1 && aPlusB > 0)) return Number.NaN;
  if (x <= 0.5) return logHyp2f1(aPlusB, 1, a + 1, x) - Math.log(a);
  const w = Math.min(0.5, 1 / a);
  if (y >= w) return logContinuedFraction(a, b, aPlusB, x, y) - Math.log(a);
  const nearOne = logBetaIntegralNearZero(b, a, Math.log(y), Math.log(w / y));
  const log2F1 = w === 0.5 ? logHyp2f1(aPlusB, 1, a + 1, 0.5) : logContinuedFraction(a, b, aPlusB, 1 - w, w);
  const rest = a * Math.log1p(-w) + b * Math.log(w / y) + log2F1 - Math.log(a);
  // Both divided by x^a y^b.
  return logAddExp(nearOne, rest) - a * Math.log1p(-y);
}

/** ln 2F1(a+b, 1; a+1; x) by the contracted continued fraction above (x > 1/2, y = 1 - x, c = a + b). */
function logContinuedFraction(a: number, b: number, c: number, x: number, y: number): number {
  const TINY = 1e-300;
  // f = β0 - p1 / (β1 - p2 / (β2 - ...)), and 2F1 = 1 / f.
  let f = (1 - b + c * y) / (a + 1);
  let C = f;
  let D = 0;
  for (let m = 1; m <= MAX_FRACTION_TERMS; m++) {
    const dOdd = -((a + m - 1) * (c + m - 1) * x) / ((a + 2 * m - 2) * (a + 2 * m - 1));
    const dEven = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    const p = dOdd * dEven;
    const denominator = y + (x * (a * (2 * m + 1 - b) + 2 * m * m + b - 1)) / ((a + 2 * m - 1) * (a + 2 * m + 1));
    D = denominator - p * D;
    if (D === 0) D = TINY;
    C = denominator - p / C;
    if (C === 0) C = TINY;
    D = 1 / D;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) <= Number.EPSILON) return f > 0 ? -Math.log(f) : Number.NaN;
  }
  return Number.NaN;
}

/**
 * ln[u^-a ∫_u^v t^(a-1) (1-t)^(b-1) dt] with v = u e^logRatio, for
 * 0 < u < v <= min(1/2, 1/b), b > 0 and any a (the exponent at 0, which may be
 * negative and huge: the integral does not reach 0, and the factor u^a, which
 * carries its size, is left to the caller). logRatio = ln(v/u) comes from the
 * caller, who can compute it without cancellation when u and v are close.
 *
 * Expanding (1-t)^(b-1) = sum_k (1-b)_k t^k / k! (binomial series) gives
 *   u^-a ∫_u^v ... dt = sum_k (1-b)_k / k! · (v^k e^(aL) - u^k) / (a + k),   L = logRatio,
 * the difference written as u^k (e^((a+k)L) - 1) / (a + k) with expm1 where
 * |(a+k) L| < 1, so that a + k passing through 0 (a an integer or close to
 * one) costs no digits; elsewhere the two parts differ by a factor e or more.
 * As t <= v, the term ratio is at most v |k + 1 - b| / (k + 1) <= 1/2 + 1/(k + 1)
 * on that range, so about 60 terms reach full precision. The terms alternate
 * when b > 1, but their absolute sum is at most (1 - v)^-b <= 4 times the
 * first term and the integral at least (1 - v)^(b-1) >= 1/e times it:
 * cancellation costs about a digit at most.
 */
export function logBetaIntegralNearZero(a: number, b: number, logU: number, logRatio: number): number {
  const u = Math.exp(logU);
  const v = Math.exp(logU + logRatio);
  if (!(logRatio > 0 && b > 0 && v <= Math.min(0.5, 1 / b) * (1 + 1e-12))) return Number.NaN;
  // Everything times e^-shift, so that e^(aL) cannot overflow.
  const shift = Math.max(a * logRatio, 0);
  const grown = Math.exp(a * logRatio - shift);
  const one = Math.exp(-shift);
  let sum = 0;
  let coefficient = 1;
  let uPower = 1;
  let vPower = 1;
  for (let k = 0; k <= MAX_SERIES_TERMS; k++) {
    if (k > 0) {
      coefficient *= (k - b) / k;
      uPower *= u;
      vPower *= v;
    }
    // (1-b)_k vanishes from k = b on when b is a whole number: the expansion is a polynomial.
    if (coefficient === 0) break;
    const m = a + k;
    const mL = m * logRatio;
    const part =
      m === 0
        ? uPower * one * logRatio
        : Math.abs(mL) < 1
          ? (uPower * one * Math.expm1(mL)) / m
          : (vPower * grown - uPower * one) / m;
    const term = coefficient * part;
    sum += term;
    if (k > 0 && Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    if (k === MAX_SERIES_TERMS) return Number.NaN;
  }
  return sum > 0 ? shift + Math.log(sum) : Number.NaN;
}
