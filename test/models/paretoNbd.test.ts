/**
 * Pareto/NBD: the likelihood against the one-dimensional integral it comes
 * from, on both branches of the hypergeometric form (α >= β and α < β), the
 * predictions against their definitions, and large x and T.
 */

import { ParetoNbd } from '../../src/models/paretoNbd';
import { toPatterns } from '../../src/models/patterns';
import { logGamma } from '../../src/stats/logGamma';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { centralDifferenceGradient } from '../support/finiteDifferences';
import { integrate } from '../support/quadrature';

// The published CDNOW estimates (Fader, Hardie & Lee 2005): α < β.
const CDNOW = Float64Array.of(0.553, 10.58, 0.606, 11.67);
// α > β, the other branch of logF.
const SWAPPED = Float64Array.of(0.553, 12, 0.606, 5);
// α = β, where the hypergeometric argument is 0.
const EQUAL = Float64Array.of(0.8, 7, 1.3, 7);

const logLikelihoodOf = (parameters: Float64Array, x: number, tx: number, T: number) =>
  ParetoNbd.logLikelihood(parameters, toPatterns([x], [tx], [T]));

/**
 * One customer's likelihood with λ ~ Gamma(r, α) and μ ~ Gamma(s, β)
 * integrated out analytically and the death time y left as an integral:
 *
 *   L = Γ(r+x)/Γ(r) α^r β^s [ (α+T)^-(r+x) (β+T)^-s + s ∫_{t_x}^T (α+y)^-(r+x) (β+y)^-(s+1) dy ]
 *
 * (given λ, μ: λ^x e^-(λ+μ)T for still active at T, plus λ^x e^-λy μ e^-μy for
 * death at y in (t_x, T)). Returned as the logarithms of the two terms in the
 * brackets; the integrand is divided by its value at y = t_x, its largest, so
 * that the quadrature's absolute tolerance is a relative one.
 */
function integratedTerms(x: number, tx: number, T: number, [r, alpha, s, beta]: Float64Array) {
  const logActive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const logScale = -(r + x) * Math.log(alpha + tx) - (s + 1) * Math.log(beta + tx);
  const scaled = (y: number) =>
    Math.exp(-(r + x) * Math.log1p((y - tx) / (alpha + tx)) - (s + 1) * Math.log1p((y - tx) / (beta + tx)));
  const logLeft = tx < T ? Math.log(s) + logScale + Math.log(integrate(scaled, tx, T, 1e-13)) : -Infinity;
  const logFront = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  return { logActive, logLeft, logFront };
}

function integratedLogLikelihood(x: number, tx: number, T: number, parameters: Float64Array): number {
  const { logActive, logLeft, logFront } = integratedTerms(x, tx, T, parameters);
  const larger = Math.max(logActive, logLeft);
  return logFront + larger + Math.log(Math.exp(logActive - larger) + Math.exp(logLeft - larger));
}

const CASES: [number, number, number][] = [
  [0, 0, 38.86],
  [1, 1.71, 38.86],
  [2, 30.43, 38.86],
  [7, 29.43, 35.14],
  [3, 38.86, 38.86],
  [40, 20, 78],
];

describe('Pareto/NBD log-likelihood', () => {
  describe.each([
    ['CDNOW (α < β)', CDNOW],
    ['α > β', SWAPPED],
    ['α = β', EQUAL],
  ])('%s', (_, parameters) => {
    it.each(CASES)('equals the integral it comes from for x = %p, t_x = %p, T = %p', (x, tx, T) => {
      expect(logLikelihoodOf(parameters, x, tx, T)).toBeCloseTo(integratedLogLikelihood(x, tx, T, parameters), 8);
    });
  });

  it('weights patterns, also when patterns share (x, T) but not t_x', () => {
    // Patterns with the same (x, T) share ln F(T) (pairIndex); the sum must still be per pattern.
    const x = [2, 2, 2, 0, 2];
    const tx = [30.43, 10, 30.43, 0, 30.43];
    const T = [38.86, 38.86, 38.86, 38.86, 38.86];
    const each = x.map((_, i) => logLikelihoodOf(CDNOW, x[i], tx[i], T[i]));
    expect(ParetoNbd.logLikelihood(CDNOW, toPatterns(x, tx, T))).toBeCloseTo(
      each.reduce((sum, value) => sum + value, 0),
      10,
    );
    expect(each[0]).not.toBeCloseTo(each[1], 3);
  });

  it.each([
    ['CDNOW (α < β)', CDNOW],
    ['α > β', SWAPPED],
  ])('stays finite and negative for very large x and T, and for x = 0 (%s)', (_, parameters) => {
    for (const [x, tx, T] of [
      [10_000, 99_000, 100_000],
      [10_000, 100_000, 100_000],
      [0, 0, 38.86],
      [0, 0, 100_000],
    ]) {
      const value = logLikelihoodOf(parameters, x, tx, T);
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeLessThan(0);
    }
    // The time of the last purchase still matters at that scale.
    expect(logLikelihoodOf(parameters, 10_000, 99_000, 100_000)).not.toBe(
      logLikelihoodOf(parameters, 10_000, 98_000, 100_000),
    );
  });

  it('matches the integral at large x and T', () => {
    for (const parameters of [CDNOW, SWAPPED]) {
      expect(logLikelihoodOf(parameters, 500, 3_900, 4_000)).toBeCloseTo(
        integratedLogLikelihood(500, 3_900, 4_000, parameters),
        7,
      );
    }
  });
});

/**
 * The same likelihood times nothing of size r ln α: α^r β^s goes into the two
 * terms as (1 + T/α)^-r and the like, and ln Γ(r+x) - ln Γ(r) is the sum of
 * ln(r+k). The reference where r and α (or s and β) run into the millions,
 * where integratedLogLikelihood would lose its digits to rounding.
 */
function stableIntegratedLogLikelihood(x: number, tx: number, T: number, [r, alpha, s, beta]: Float64Array): number {
  const logActive = -r * Math.log1p(T / alpha) - x * Math.log(alpha + T) - s * Math.log1p(T / beta);
  const logAtTx =
    -r * Math.log1p(tx / alpha) - x * Math.log(alpha + tx) - s * Math.log1p(tx / beta) - Math.log(beta + tx);
  const scaled = (y: number) =>
    Math.exp(-(r + x) * Math.log1p((y - tx) / (alpha + tx)) - (s + 1) * Math.log1p((y - tx) / (beta + tx)));
  const logLeft = tx < T ? Math.log(s) + logAtTx + Math.log(integrate(scaled, tx, T, 1e-13)) : -Infinity;
  let logFront = 0;
  for (let k = 0; k < x; k++) logFront += Math.log(r + k);
  const larger = Math.max(logActive, logLeft);
  return logFront + larger + Math.log(Math.exp(logActive - larger) + Math.exp(logLeft - larger));
}

describe('Pareto/NBD log-likelihood with rates that hardly vary across customers', () => {
  // Very regular purchases drive r and α up together (λ ~ Gamma(r, α) tends to the single rate r/α): where
  // the fit on the example coffee shop's orders stalled in the 2F1 series, and where it now stops, at the
  // optimizer's bound e^30 on α.
  const STALLED = Float64Array.of(735_000, 3_060_000, 0.793, 75.8);
  const AT_THE_BOUND = Float64Array.of(2.4e12, 1.0e13, 1.41, 148.6);
  // The same for the dropout rate (s and β), on the other branch (α < β), and for both at once.
  const STEADY_DROPOUT = Float64Array.of(0.553, 10.58, 606_000, 11_670_000);
  const BOTH = Float64Array.of(735_000, 3_060_000, 606_000, 11_670_000);

  describe.each([
    ['r and α in the millions', STALLED],
    ['r and α at the bound', AT_THE_BOUND],
    ['s and β in the millions (α < β)', STEADY_DROPOUT],
    ['all four in the millions', BOTH],
  ])('%s', (_, parameters) => {
    it.each([...CASES, [8, 35, 40] as [number, number, number]])(
      'equals the integral it comes from for x = %p, t_x = %p, T = %p',
      (x, tx, T) => {
        expect(logLikelihoodOf(parameters, x, tx, T)).toBeCloseTo(
          stableIntegratedLogLikelihood(x, tx, T, parameters),
          8,
        );
      },
    );
  });

  it('is smooth along the ridge where r and α grow together, not rounding noise', () => {
    // Second differences along r, α -> r e^h, α e^h: the curvature there is of order 1/r. Summing terms of
    // size r ln α (1e14 here) would leave noise of order 1e-2 instead.
    const along = (h: number) =>
      logLikelihoodOf(
        Float64Array.of(AT_THE_BOUND[0] * Math.exp(h), AT_THE_BOUND[1] * Math.exp(h), AT_THE_BOUND[2], AT_THE_BOUND[3]),
        8,
        35,
        40,
      );
    const h = 1e-5;
    expect(Math.abs(along(h) - 2 * along(0) + along(-h))).toBeLessThan(1e-10);
  });

  it('P(alive) is the share of the likelihood from still being active', () => {
    const model = new ParetoNbd(STALLED);
    const [r, alpha, s, beta] = STALLED;
    for (const [x, tx, T] of [
      [8, 35, 40],
      [2, 10, 60],
    ]) {
      // left / active, both times α^r β^s: s ∫ (integrand / its value at t_x) dy (α+t_x)^-(r+x) (β+t_x)^-(s+1)
      // (α+T)^(r+x) (β+T)^s, from the same quadrature as above.
      const scaled = (y: number) =>
        Math.exp(-(r + x) * Math.log1p((y - tx) / (alpha + tx)) - (s + 1) * Math.log1p((y - tx) / (beta + tx)));
      const logOdds =
        Math.log(s * integrate(scaled, tx, T, 1e-13)) +
        (r + x) * Math.log1p((T - tx) / (alpha + tx)) +
        s * Math.log1p((T - tx) / (beta + tx)) -
        Math.log(beta + tx);
      expect(model.probabilityAlive(x, tx, T)).toBeCloseTo(1 / (1 + Math.exp(logOdds)), 10);
    }
  });
});

describe('Pareto/NBD predictions', () => {
  it.each([
    ['CDNOW (α < β)', CDNOW],
    ['α > β', SWAPPED],
  ])('P(alive) is the share of the likelihood from still being active (%s)', (_, parameters) => {
    const model = new ParetoNbd(parameters);
    for (const [x, tx, T] of CASES) {
      const { logActive, logLeft } = integratedTerms(x, tx, T, parameters);
      const alive = model.probabilityAlive(x, tx, T);
      expect(alive).toBeGreaterThan(0);
      expect(alive).toBeLessThanOrEqual(1);
      expect(alive).toBeCloseTo(1 / (1 + Math.exp(logLeft - logActive)), 10);
    }
    // A purchase at T leaves no time to have died since: certainly alive.
    expect(model.probabilityAlive(3, 38.86, 38.86)).toBe(1);
    // Long silence after many purchases: probably gone, but not certainly.
    const silent = model.probabilityAlive(20, 5, 100);
    expect(silent).toBeGreaterThan(0);
    expect(silent).toBeLessThan(0.05);
  });

  it('P(alive) stays in (0, 1] for very large x and T', () => {
    const alive = new ParetoNbd(CDNOW).probabilityAlive(10_000, 99_000, 100_000);
    expect(alive).toBeGreaterThan(0);
    expect(alive).toBeLessThanOrEqual(1);
    expect(new ParetoNbd(CDNOW).probabilityAlive(10_000, 99_999.9, 100_000)).toBeGreaterThan(alive);
  });

  it('expected purchases grow at the rate E[λ | alive] at first', () => {
    // d/dt E[Y(t)] at t = 0 is (r+x)/(α+T) P(alive): the posterior mean purchase rate of a live customer.
    const h = 1e-6;
    for (const parameters of [CDNOW, SWAPPED]) {
      const model = new ParetoNbd(parameters);
      const [r, alpha] = parameters;
      expect(model.expectedPurchases(h, 2, 30.43, 38.86) / h).toBeCloseTo(
        ((r + 2) / (alpha + 38.86)) * model.probabilityAlive(2, 30.43, 38.86),
        6,
      );
    }
  });

  it('expected purchases follow equation 27 away from s = 1', () => {
    // E[Y(t)] = (r+x)(β+T) / ((α+T)(s-1)) [1 - ((β+T)/(β+T+t))^(s-1)] P(alive), evaluated directly.
    const [r, alpha, s, beta] = CDNOW;
    const model = new ParetoNbd(CDNOW);
    for (const [x, tx, T, t] of [
      [0, 0, 38.86, 39],
      [2, 30.43, 38.86, 52],
      [7, 29.43, 35.14, 10],
    ]) {
      const direct =
        (((r + x) * (beta + T)) / ((alpha + T) * (s - 1))) *
        (1 - Math.pow((beta + T) / (beta + T + t), s - 1)) *
        model.probabilityAlive(x, tx, T);
      expect(model.expectedPurchases(t, x, tx, T)).toBeCloseTo(direct, 10);
    }
  });

  it('expected purchases are continuous through s = 1, where equation 27 divides by zero', () => {
    const [r, alpha, beta] = [0.553, 10.58, 11.67];
    const x = 2;
    const tx = 30.43;
    const T = 38.86;
    const t = 52;
    const at = (s: number) => new ParetoNbd(Float64Array.of(r, alpha, s, beta)).expectedPurchases(t, x, tx, T);
    const atOne = at(1);
    expect(atOne).toBeGreaterThan(0);
    // Both sides of s = 1, on both sides of the switch to the series (|k ln u| < 1e-8, with ln u about -0.6).
    for (const k of [1e-9, 1e-7, 1e-5]) {
      expect(at(1 - k)).toBeCloseTo(atOne, 4);
      expect(at(1 + k)).toBeCloseTo(atOne, 4);
    }
    expect(at(1 - 1e-9)).toBeCloseTo(atOne, 8);
    expect(at(1 + 1e-9)).toBeCloseTo(atOne, 8);
    // The limit: (1 - u^(s-1)) / (s-1) -> -ln u, u = (β+T)/(β+T+t).
    const alive = new ParetoNbd(Float64Array.of(r, alpha, 1, beta)).probabilityAlive(x, tx, T);
    const limit = (((r + x) * (beta + T)) / (alpha + T)) * Math.log((beta + T + t) / (beta + T)) * alive;
    expect(atOne).toBeCloseTo(limit, 12);
  });

  it('expected purchases are 0 over no time and below (r+x) t / (α+T) for very large x and T', () => {
    const model = new ParetoNbd(CDNOW);
    // (-0 here: -expm1(0) / k; either zero is fine.)
    expect(model.expectedPurchases(0, 2, 30.43, 38.86)).toBeCloseTo(0, 15);
    const expected = model.expectedPurchases(52, 10_000, 99_999, 100_000);
    expect(expected).toBeGreaterThan(0);
    // E[λ | alive] t, times P(alive) <= 1, bounds the purchases (the customer may die during t).
    expect(expected).toBeLessThanOrEqual(((0.553 + 10_000) * 52) / (10.58 + 100_000));
  });
});

describe('Pareto/NBD gradient', () => {
  // Customers of all kinds: no repeat purchase, a purchase at T (t_x = T), one a day before T, long silences, and
  // enough of them that the death-time integral takes every route (the series near 0 and the tail from 1).
  const random = seededRandom(3);
  const x: number[] = [0, 3, 5, 40];
  const tx: number[] = [0, 20, 20 - 1 / 7, 20];
  const T: number[] = [30, 20, 20, 78];
  for (let i = 0; i < 200; i++) {
    const observed = 5 + Math.floor(random() * 60);
    const purchases = random() < 0.4 ? 0 : 1 + Math.floor(random() * 15);
    x.push(purchases);
    tx.push(purchases === 0 ? 0 : Math.round(random() * observed * 7) / 7);
    T.push(observed);
  }
  const patterns = toPatterns(x, tx, T);

  it.each([
    ['CDNOW (α < β)', CDNOW],
    ['α > β', SWAPPED],
    ['α = β', EQUAL],
    ['the fit’s start on CDNOW-sized data (τ(T) below the split)', Float64Array.of(1, 10, 1, 40)],
    ['a small α, a large β', Float64Array.of(2, 0.5, 0.3, 400)],
    ['the simulated data’s optimum (s and β large)', Float64Array.of(1.87, 61, 14.9, 3007)],
    ['s small, β below 1', Float64Array.of(5, 60, 0.2, 0.8)],
  ])('is the slope of the log-likelihood: %s', (_, parameters) => {
    const gradient = ParetoNbd.logLikelihoodGradient(parameters, patterns);
    const numerical = centralDifferenceGradient((p) => ParetoNbd.logLikelihood(p, patterns), parameters);
    numerical.forEach((value, i) =>
      expect(Math.abs(gradient[i] - value)).toBeLessThan(2e-6 * Math.max(1, Math.abs(value))),
    );
  });

  it('comes with the same log-likelihood as logLikelihood', () => {
    const both = ParetoNbd.logLikelihoodAndGradient(CDNOW, patterns, true);
    expect(both.value).toBe(ParetoNbd.logLikelihood(CDNOW, patterns));
  });
});
