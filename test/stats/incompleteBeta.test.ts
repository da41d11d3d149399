/**
 * The incomplete beta integrals of the Pareto/NBD likelihood against
 * quadrature of the integrals they stand for: on the arguments where the
 * likelihood's 2F1 series stalled (a fit with very regular purchases, where
 * r and α grow into the millions and 1 - x falls to 1e-5), on both sides of
 * every switch between methods, and across the range a fit can reach.
 */

import { logHyp2f1 } from '../../src/stats/hypergeometric2F1';
import {
  logBetaIntegralNearZero,
  logBetaIntegralNearZeroWithDerivatives,
  logIncompleteBeta,
  logIncompleteBetaScaled,
  logIncompleteBetaScaledWithDerivatives,
} from '../../src/stats/incompleteBeta';
import { integrate } from '../support/quadrature';

/**
 * ln B_x(a, b) by quadrature, independently of the series and the continued
 * fraction: with t = x e^(-v/a), t^(a-1) dt = x^a e^-v dv / a and
 * 1 - t = y + x (1 - e^(-v/a)), so
 *   B_x(a, b) = x^a y^(b-1) / a · ∫_0^∞ e^-v (1 + (x/y)(1 - e^(-v/a)))^(b-1) dv,
 * an integrand below e^-v (b < 1), cut at v = 45 (e^-45 < 3e-20).
 */
function quadratureLogIncompleteBeta(a: number, b: number, x: number, y: number): number {
  const integrand = (v: number) => Math.exp(-v + (b - 1) * Math.log1p((x / y) * -Math.expm1(-v / a)));
  // The integrand falls from 1 on the scale a y / x: an absolute tolerance below the integral's size.
  const scale = Math.min(1, (a * y) / x);
  const integral = integrate(integrand, 0, 45, 1e-15 * scale);
  return a * Math.log1p(-y) + (b - 1) * Math.log(y) - Math.log(a) + Math.log(integral);
}

/**
 * ln[u^-a ∫_u^v t^(a-1) (1-t)^(b-1) dt] by quadrature in w = ln(t/u):
 * ∫_0^ln(v/u) e^(a w) (1 - u e^w)^(b-1) dw.
 */
function quadratureLogNearZero(a: number, b: number, u: number, logRatio: number): number {
  const integrand = (w: number) => Math.exp(a * w + (b - 1) * Math.log1p(-u * Math.exp(w)));
  return Math.log(integrate(integrand, 0, logRatio, 1e-16 * Math.min(1, logRatio)));
}

// The Pareto/NBD fit on the example coffee shop's orders, where the old series stalled (about 1.4 s per
// likelihood evaluation): r = 735,000, α = 3,060,000, s = 0.793, β = 75.8. Its integral in τ has
// a = r+s+x, exponent -s and a + (-s) = r+x, at 1 - x = τ = (β+T)/(α+T).
const STALLED = { r: 735_000, alpha: 3_060_000, s: 0.793, beta: 75.8 };

describe('logIncompleteBeta', () => {
  it.each([
    [0, 10],
    [8, 40],
    [20, 100],
  ])('matches quadrature where the Pareto/NBD fit stalled, near x = 1 (x = %p purchases, T = %p)', (purchases, T) => {
    const { r, alpha, s, beta } = STALLED;
    const a = r + s + purchases;
    const y = (beta + T) / (alpha + T);
    const x = (alpha - beta) / (alpha + T);
    expect(y).toBeLessThan(1e-4);
    expect(logIncompleteBeta(a, -s, x, y, r + purchases)).toBeCloseTo(quadratureLogIncompleteBeta(a, -s, x, y), 10);
    // The 2F1 series at the same point has not converged after 10,000 terms (it needs about 37 / y).
    expect(logHyp2f1(a, s + 1, a + 1, x, { maxTerms: 10_000 })).toBeNaN();
  });

  it.each([
    // [a, b, y]: the series (y >= 1/2), the continued fraction (a y >= 1) and the series near x = 1 (a y < 1).
    [0.05, -0.02, 0.7],
    [2.5, 0.4, 0.5],
    [2.5, 0.4, 0.5 - 1e-12],
    [10, -0.5, 0.3],
    [10, 0.99, 0.01],
    [300, -3, 0.2],
    [1e4, -2, 1e-4],
    [1e4, -2, 1e-4 - 1e-16],
    [1e4, -0.5, 1e-6],
    [1e6, -1, 3e-5],
    [1e6, -0.3, 1e-8],
    [0.5, 0.9, 1e-3],
    [3, -1.5, 1e-9],
    // 1 - x = 1/a, where the two methods near x = 1 meet; 49 (1/49) rounds to just below 1.
    [49, -0.5, 1 / 49],
  ])('matches quadrature for a = %p, b = %p, 1 - x = %p', (a, b, y) => {
    const x = 1 - y;
    expect(logIncompleteBeta(a, b, x, y)).toBeCloseTo(quadratureLogIncompleteBeta(a, b, x, y), 10);
  });

  it('is ln(x^a y^b) plus its scaled form', () => {
    const [a, b, x] = [40, -0.7, 0.9];
    const y = 1 - x;
    expect(logIncompleteBeta(a, b, x, y)).toBeCloseTo(
      a * Math.log(x) + b * Math.log(y) + logIncompleteBetaScaled(a, b, x, y),
      12,
    );
  });

  it('takes a + b from the caller, where it is a small difference of large numbers', () => {
    // b = -(a - 1e-9): a + b rounds to 0 here, outside the domain; the caller's 1e-9 is right.
    const [a, x, y] = [1e12, 0.7, 0.3];
    expect(logIncompleteBetaScaled(a, -a, x, y)).toBeNaN();
    // 2F1(1e-9, 1; a+1; x) / a: the series' first term is 1e-9 x / (a+1), beyond double precision.
    expect(logIncompleteBetaScaled(a, -a, x, y, 1e-9)).toBeCloseTo(-Math.log(a), 12);
  });

  it('gives a finite value in a bounded number of steps across the range a fit reaches', () => {
    // The optimizer keeps every parameter within e^±30; a = r+s+x and b = -s or 1-r-x follow.
    for (const a of [1e-12, 1e-3, 0.7, 3, 1e3, 1e6, 1e9, 1e13]) {
      for (const share of [1e-9, 0.3, 0.999]) {
        for (const y of [1e-14, 1e-9, 1e-5, 0.01, 0.4, 0.9]) {
          for (const b of [0.999, 0.2, -share * a]) {
            const value = logIncompleteBeta(a, b, 1 - y, y, a + b > 0 ? a + b : (1 - share) * a);
            expect(Number.isFinite(value)).toBe(true);
          }
        }
      }
    }
  });

  it('refuses arguments outside its domain', () => {
    expect(logIncompleteBeta(2, 1, 0.5)).toBeNaN();
    expect(logIncompleteBeta(0, 0.5, 0.5)).toBeNaN();
    expect(logIncompleteBeta(2, -3, 0.5)).toBeNaN();
    expect(logIncompleteBeta(2, 0.5, 1, 0)).toBeNaN();
    expect(logIncompleteBeta(2, 0.5, 0)).toBeNaN();
  });
});

describe('logBetaIntegralNearZero', () => {
  it.each([
    // [a, b, u, v]: exponents at 0 negative, whole or near-whole (a + k passes through 0), positive; b below and above 1.
    [-0.793, 735_000, 1e-7, 1.2e-6],
    [-1, 40, 1e-4, 0.02],
    [-2 + 1e-10, 40, 1e-4, 0.02],
    [0.5, 0.3, 0.01, 0.5],
    [-30, 40, 1e-3, 0.02],
    [-0.2, 1.5, 1e-9, 0.5],
    [-0.2, 2, 1e-3, 0.5],
  ])('matches quadrature for a = %p, b = %p from %p to %p', (a, b, u, v) => {
    const logRatio = Math.log(v / u);
    expect(logBetaIntegralNearZero(a, b, Math.log(u), logRatio)).toBeCloseTo(
      quadratureLogNearZero(a, b, u, logRatio),
      11,
    );
  });

  it('keeps its precision when the two ends are close, given ln(v/u)', () => {
    // u^-a ∫_u^v ... ≈ (1-u)^(b-1) ln(v/u) (1 + O(ln(v/u))).
    const [a, b, u, logRatio] = [-0.793, 5e5, 1e-6, 1e-13];
    const value = logBetaIntegralNearZero(a, b, Math.log(u), logRatio);
    expect(value).toBeCloseTo((b - 1) * Math.log1p(-u) + Math.log(logRatio), 12);
  });

  it('refuses ranges beyond min(1/2, 1/b), where it would be slow', () => {
    expect(logBetaIntegralNearZero(-0.5, 1e3, Math.log(1e-4), Math.log(20))).toBeNaN();
    expect(logBetaIntegralNearZero(-0.5, 1.5, Math.log(0.1), Math.log(6))).toBeNaN();
    expect(logBetaIntegralNearZero(-0.5, 1.5, Math.log(0.1), 0)).toBeNaN();
  });
});

/**
 * The derivatives in the two exponents against central differences of the value, with steps of 1e-5
 * relative: the same numbers for the gradient of the Pareto/NBD likelihood, on every method's ground.
 */
describe('derivatives in the exponents', () => {
  const centralDifference = (f: (a: number, b: number) => number, a: number, b: number) => {
    const ha = 1e-5 * Math.max(1, Math.abs(a));
    const hb = 1e-5 * Math.max(1, Math.abs(b));
    return {
      da: (f(a + ha, b) - f(a - ha, b)) / (2 * ha),
      db: (f(a, b + hb) - f(a, b - hb)) / (2 * hb),
    };
  };
  const expectClose = (got: { da: number; db: number }, expected: { da: number; db: number }) => {
    expect(Math.abs(got.da - expected.da)).toBeLessThan(1e-7 * Math.max(1, Math.abs(expected.da)));
    expect(Math.abs(got.db - expected.db)).toBeLessThan(1e-7 * Math.max(1, Math.abs(expected.db)));
  };

  it.each([
    // [a, b, y]: the series (y >= 1/2), the continued fraction (a y >= 1) and the series near x = 1 (a y < 1).
    [0.05, -0.02, 0.7],
    [2.5, 0.4, 0.5 - 1e-12],
    [3, 0.5, 0.2],
    [10, -0.5, 0.3],
    [10, 0.99, 0.01],
    [20, -15, 0.05],
    [70, -60, 0.001],
    [300, -3, 0.2],
    [1e4, -2, 1e-4],
    [1e6, -1, 3e-5],
    [49, -0.5, 1 / 49],
  ])('of logIncompleteBetaScaled for a = %p, b = %p, 1 - x = %p', (a, b, y) => {
    const value = (A: number, B: number) => logIncompleteBetaScaled(A, B, 1 - y, y);
    const got = logIncompleteBetaScaledWithDerivatives(a, b, 1 - y, y);
    expect(got.value).toBe(value(a, b));
    expectClose(got, centralDifference(value, a, b));
  });

  it.each([
    [-0.793, 735_000, 1e-7, 1.2e-6],
    [-1, 40, 1e-4, 0.02],
    [-2 + 1e-10, 40, 1e-4, 0.02],
    [0.5, 0.3, 0.01, 0.5],
    [-30, 40, 1e-3, 0.02],
    [-0.2, 1.5, 1e-9, 0.5],
    [-3, 3, 0.01, 0.2],
    [-1.5, 4, 0.01, 0.1],
  ])('of logBetaIntegralNearZero for a = %p, b = %p from %p to %p', (a, b, u, v) => {
    const value = (A: number, B: number) => logBetaIntegralNearZero(A, B, Math.log(u), Math.log(v / u));
    const got = logBetaIntegralNearZeroWithDerivatives(a, b, Math.log(u), Math.log(v / u));
    expect(got.value).toBe(value(a, b));
    expectClose(got, centralDifference(value, a, b));
  });

  it('of logBetaIntegralNearZero where b is a whole number, and the series of the value ends', () => {
    // (1-b)_k = 0 from k = b on: the value is a polynomial in t, its derivative in b is not.
    const [a, u, v] = [-1.5, 0.01, 0.2];
    const value = (A: number, B: number) => logBetaIntegralNearZero(A, B, Math.log(u), Math.log(v / u));
    for (const b of [1, 2, 3]) {
      expectClose(
        logBetaIntegralNearZeroWithDerivatives(a, b, Math.log(u), Math.log(v / u)),
        centralDifference(value, a, b),
      );
    }
  });
});
