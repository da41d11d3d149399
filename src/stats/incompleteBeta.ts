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
 *
 * The ...WithDerivatives forms also give the derivatives of the logarithm in
 * the two exponents a and b, x held fixed (the gradient of the Pareto/NBD
 * likelihood in r and s), by differentiating each series term by term and
 * the continued fraction's recurrence step by step; the value is the same
 * number the plain forms give.
 */

import { logHyp2f1WithDerivatives } from './hypergeometric2F1';
import { logAddExp } from './logSumExp';

// Math's functions (and the constants the loops use) as module constants: under Jest, whose modules run in a
// vm context where every global lookup goes through an interceptor, looking them up in these loops took most of
// a fit's time. It changes nothing in Node or Apps Script.
const { abs, exp, expm1, log, log1p, max, min } = Math;
const { EPSILON } = Number;

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
  return a * (x <= 0.5 ? log(x) : log1p(-y)) + b * log(y) + scaled;
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
  return logIncompleteBetaScaledWithDerivatives(a, b, x, y, aPlusB).value;
}

/** A logarithm and its derivatives in the two exponents. */
export interface LogWithDerivatives {
  readonly value: number;
  readonly da: number;
  readonly db: number;
}

const NOT_A_NUMBER: LogWithDerivatives = { value: Number.NaN, da: Number.NaN, db: Number.NaN };

/** logIncompleteBetaScaled and its derivatives in a and b (x and y fixed). */
export function logIncompleteBetaScaledWithDerivatives(
  a: number,
  b: number,
  x: number,
  y = 1 - x,
  aPlusB = a + b,
): LogWithDerivatives {
  if (!(x > 0 && y > 0 && a > 0 && b < 1 && aPlusB > 0)) return NOT_A_NUMBER;
  if (x <= 0.5) return minusLogA(logSeriesOfBeta(a, aPlusB, x), a);
  const w = min(0.5, 1 / a);
  if (y >= w) return minusLogA(logContinuedFraction(a, b, aPlusB, x, y), a);
  // Split at 1 - w; the sum does not depend on w, so its derivatives hold w fixed.
  const nearOne = logBetaIntegralNearZeroWithDerivatives(b, a, log(y), log(w / y));
  const log2F1 = w === 0.5 ? logSeriesOfBeta(a, aPlusB, 0.5) : logContinuedFraction(a, b, aPlusB, 1 - w, w);
  const rest = a * log1p(-w) + b * log(w / y) + log2F1.value - log(a);
  const restDa = log1p(-w) + log2F1.da - 1 / a;
  const restDb = log(w / y) + log2F1.db;
  // Both divided by x^a y^b; nearOne's exponents are (b, a), in that order.
  const value = logAddExp(nearOne.value, rest) - a * log1p(-y);
  const shareNear = exp(nearOne.value - (value + a * log1p(-y)));
  return {
    value,
    da: shareNear * nearOne.db + (1 - shareNear) * restDa - log1p(-y),
    db: shareNear * nearOne.da + (1 - shareNear) * restDb,
  };
}

/** A log 2F1(a+b, 1; a+1; x) with its derivatives, minus ln a. */
function minusLogA({ value, da, db }: LogWithDerivatives, a: number): LogWithDerivatives {
  return { value: value - log(a), da: da - 1 / a, db };
}

/** ln 2F1(a+b, 1; a+1; x) by its series, with its derivatives in a and b (c = a + b given). */
function logSeriesOfBeta(a: number, c: number, x: number): LogWithDerivatives {
  const series = logHyp2f1WithDerivatives(c, 1, a + 1, x);
  // d/da moves the first and third parameters, d/db the first.
  return { value: series.value, da: series.da + series.dc, db: series.da };
}

/**
 * ln 2F1(a+b, 1; a+1; x) by the contracted continued fraction above (x > 1/2, y = 1 - x, c = a + b), with
 * its derivatives in a and b: each step's quantities carry their derivatives in a, b and c (c counting for
 * both a and b at the end), and ln f is the sum of the logarithms of the steps' factors.
 */
function logContinuedFraction(a: number, b: number, c: number, x: number, y: number): LogWithDerivatives {
  const TINY = 1e-300;
  // f = β0 - p1 / (β1 - p2 / (β2 - ...)), and 2F1 = 1 / f.
  const first = 1 - b + c * y;
  let f = first / (a + 1);
  // d ln f, accumulated, in a, b, c.
  let logFa = -1 / (a + 1);
  let logFb = -1 / first;
  let logFc = y / first;
  let C = f;
  let Ca = C * logFa;
  let Cb = C * logFb;
  let Cc = C * logFc;
  let D = 0;
  let Da = 0;
  let Db = 0;
  let Dc = 0;
  for (let m = 1; m <= MAX_FRACTION_TERMS; m++) {
    const dOdd = -((a + m - 1) * (c + m - 1) * x) / ((a + 2 * m - 2) * (a + 2 * m - 1));
    const dEven = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    const p = dOdd * dEven;
    // d ln |p|: dOdd in a and c, dEven in a and b.
    const pa = p * (1 / (a + m - 1) - 1 / (a + 2 * m - 2) - 2 / (a + 2 * m - 1) - 1 / (a + 2 * m));
    const pb = p / (b - m);
    const pc = p / (c + m - 1);
    const numerator = a * (2 * m + 1 - b) + 2 * m * m + b - 1;
    const below = (a + 2 * m - 1) * (a + 2 * m + 1);
    const denominator = y + (x * numerator) / below;
    const denominatorA = (x * ((2 * m + 1 - b) * below - numerator * (2 * a + 4 * m))) / (below * below);
    const denominatorB = (x * (1 - a)) / below;
    // D <- 1 / (β - p D), C <- β - p / C; the step's factor is C D.
    const rawD = denominator - p * D;
    const rawDa = denominatorA - pa * D - p * Da;
    const rawDb = denominatorB - pb * D - p * Db;
    const rawDc = -pc * D - p * Dc;
    const newC = denominator - p / C;
    const newCa = denominatorA - pa / C + (p * Ca) / (C * C);
    const newCb = denominatorB - pb / C + (p * Cb) / (C * C);
    const newCc = -pc / C + (p * Cc) / (C * C);
    D = rawD === 0 ? TINY : rawD;
    C = newC === 0 ? TINY : newC;
    // d ln(C D) = dC / C - d rawD / rawD.
    logFa += newCa / C - rawDa / D;
    logFb += newCb / C - rawDb / D;
    logFc += newCc / C - rawDc / D;
    Ca = newCa;
    Cb = newCb;
    Cc = newCc;
    Da = -rawDa / (D * D);
    Db = -rawDb / (D * D);
    Dc = -rawDc / (D * D);
    D = 1 / D;
    const delta = C * D;
    f *= delta;
    if (abs(delta - 1) <= EPSILON) {
      return f > 0 ? { value: -log(f), da: -(logFa + logFc), db: -(logFb + logFc) } : NOT_A_NUMBER;
    }
  }
  return NOT_A_NUMBER;
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
  return logBetaIntegralNearZeroWithDerivatives(a, b, logU, logRatio).value;
}

/**
 * logBetaIntegralNearZero and its derivatives in a and b (u and v fixed). With m = a + k and
 * g(m) = (e^(mL) - 1) / m, term k is (1-b)_k / k! · u^k g(m); g'(m) = (L e^(mL) - g(m)) / m, or near m L = 0,
 * where that difference cancels, its series L² sum_j (j+1) (mL)^j / (j+2)!. The coefficients' derivatives in b
 * follow their recurrence c_k = c_(k-1) (k - b) / k, which also holds where a coefficient is 0 (b a whole
 * number, where the series of the value ends but not that of its derivative).
 */
export function logBetaIntegralNearZeroWithDerivatives(
  a: number,
  b: number,
  logU: number,
  logRatio: number,
): LogWithDerivatives {
  const u = exp(logU);
  const v = exp(logU + logRatio);
  if (!(logRatio > 0 && b > 0 && v <= min(0.5, 1 / b) * (1 + 1e-12))) return NOT_A_NUMBER;
  // Everything times e^-shift, so that e^(aL) cannot overflow.
  const shift = max(a * logRatio, 0);
  const grown = exp(a * logRatio - shift);
  const one = exp(-shift);
  let sum = 0;
  let sumA = 0;
  let sumB = 0;
  let coefficient = 1;
  let coefficientB = 0;
  let uPower = 1;
  let vPower = 1;
  let valueDone = false;
  for (let k = 0; k <= MAX_SERIES_TERMS; k++) {
    if (k > 0) {
      coefficientB = (coefficientB * (k - b) - coefficient) / k;
      coefficient *= (k - b) / k;
      uPower *= u;
      vPower *= v;
    }
    const m = a + k;
    const mL = m * logRatio;
    // u^k g(m) e^-shift and its derivative in m.
    let part: number;
    let partM: number;
    if (m === 0) {
      part = uPower * one * logRatio;
      partM = (uPower * one * logRatio * logRatio) / 2;
    } else if (abs(mL) < 1) {
      part = (uPower * one * expm1(mL)) / m;
      partM = uPower * one * logRatio * logRatio * smallArgumentSlope(mL);
    } else {
      part = (vPower * grown - uPower * one) / m;
      partM = (logRatio * vPower * grown - part) / m;
    }
    // (1-b)_k vanishes from k = b on when b is a whole number: the value's series is a polynomial.
    if (coefficient === 0) valueDone = true;
    const term = coefficient * part;
    sum += term;
    sumA += coefficient * partM;
    const termB = coefficientB * part;
    sumB += termB;
    if (k > 0 && (valueDone || abs(term) <= 1e-17 * abs(sum)) && abs(termB) <= 1e-17 * (abs(sumB) + abs(sum))) {
      break;
    }
    if (k === MAX_SERIES_TERMS) return NOT_A_NUMBER;
  }
  return sum > 0 ? { value: shift + log(sum), da: sumA / sum, db: sumB / sum } : NOT_A_NUMBER;
}

/** (z e^z - (e^z - 1)) / z², the slope of (e^z - 1) / z over z, for |z| < 1: sum_j (j+1) z^j / (j+2)!. */
function smallArgumentSlope(z: number): number {
  let term = 0.5;
  let sum = 0.5;
  for (let j = 1; j < 30; j++) {
    // (j+1)/(j+2)! from j/(j+1)!: times (j+1) / (j (j+2)).
    term *= (z * (j + 1)) / (j * (j + 2));
    sum += term;
    if (abs(term) <= 1e-17 * abs(sum)) break;
  }
  return sum;
}
