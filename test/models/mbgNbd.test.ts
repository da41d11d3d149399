/**
 * MBG/NBD: the likelihood against the integral it comes from (x = 0 included,
 * where it differs from the BG/NBD), the gradient against finite differences,
 * the predictions against their definitions, and large x and T.
 */

import { MbgNbd } from '../../src/models/mbgNbd';
import { toPatterns } from '../../src/models/patterns';
import { logGamma } from '../../src/stats/logGamma';
import { integrate } from '../support/quadrature';
import { centralDifferenceGradient } from '../support/finiteDifferences';

// Near the published CDNOW MBG/NBD estimates (Batislam, Denizel & Filiztekin 2007).
const PARAMETERS = Float64Array.of(0.525, 6.183, 0.891, 1.614);
const model = new MbgNbd(PARAMETERS);
const logLikelihoodOf = (x: number, tx: number, T: number, parameters = PARAMETERS) =>
  MbgNbd.logLikelihood(parameters, toPatterns([x], [tx], [T]));
const logBeta = (u: number, v: number) => logGamma(u) + logGamma(v) - logGamma(u + v);

/**
 * One customer's likelihood from the individual-level model: given λ and p it
 * is (1-p)^(x+1) λ^x e^(-λT) + p (1-p)^x λ^x e^(-λ t_x), for every x (a
 * customer may drop out at the first purchase too). The moments of
 * p ~ Beta(a, b) are ratios of beta functions, E[(1-p)^(x+1)] = B(a, b+x+1) / B(a, b)
 * and E[p (1-p)^x] = B(a+1, b+x) / B(a, b); λ ~ Gamma(r, α) is integrated
 * numerically, with the substitution λ = u^(1/r) that removes the density's
 * singularity at 0. The integrand is divided by its largest value on a grid so
 * that the quadrature's absolute tolerance is a relative one.
 */
function integratedLogLikelihood(x: number, tx: number, T: number, [r, alpha, a, b]: Float64Array): number {
  const stays = Math.exp(logBeta(a, b + x + 1) - logBeta(a, b));
  const leftAfterLast = Math.exp(logBeta(a + 1, b + x) - logBeta(a, b));
  const logGammaNorm = r * Math.log(alpha) - logGamma(r);
  const logIntegrand = (u: number) => {
    const lambda = Math.pow(u, 1 / r);
    // Gamma density times dλ: λ^(r-1) e^(-αλ) dλ = (1/r) e^(-αλ) du.
    return (
      logGammaNorm -
      alpha * lambda -
      Math.log(r) +
      (x === 0 ? 0 : x * Math.log(lambda)) +
      Math.log(stays * Math.exp(-lambda * T) + leftAfterLast * Math.exp(-lambda * tx))
    );
  };
  const upper = Math.pow(60 / alpha, r);
  let scale = -Infinity;
  for (let k = 1; k <= 1000; k++) scale = Math.max(scale, logIntegrand((k / 1000) * upper));
  // At u = 0, λ^x is 0 for x > 0 (ln 0 = -Infinity) and 1 for x = 0.
  const scaled = (u: number) => Math.exp(logIntegrand(u) - scale);
  return scale + Math.log(integrate(scaled, 0, upper, 1e-13));
}

describe('MBG/NBD log-likelihood', () => {
  it.each([
    [0, 0, 38.86],
    [0, 0, 10],
    [1, 1.71, 38.86],
    [2, 30.43, 38.86],
    [7, 29.43, 35.14],
    [25, 37, 38],
  ])('equals the integral it comes from for x = %p, t_x = %p, T = %p', (x, tx, T) => {
    expect(logLikelihoodOf(x, tx, T)).toBeCloseTo(integratedLogLikelihood(x, tx, T, PARAMETERS), 8);
  });

  it('gives x = 0 the chance of dropping out at the first purchase, unlike the BG/NBD', () => {
    // At x = 0 the BG/NBD likelihood is E[(1-p)^0] (α/(α+T))^r = (α/(α+T))^r; the MBG/NBD adds
    // E[p] (α/α)^r and scales the first term by E[1-p]: b/(a+b) (α/(α+T))^r + a/(a+b).
    const [r, alpha, a, b] = PARAMETERS;
    const expected = (b / (a + b)) * Math.pow(alpha / (alpha + 38.86), r) + a / (a + b);
    expect(logLikelihoodOf(0, 0, 38.86)).toBeCloseTo(Math.log(expected), 12);
  });

  it('weights patterns', () => {
    const once = MbgNbd.logLikelihood(PARAMETERS, toPatterns([2], [30.43], [38.86]));
    const zero = MbgNbd.logLikelihood(PARAMETERS, toPatterns([0], [0], [38.86]));
    expect(
      MbgNbd.logLikelihood(
        PARAMETERS,
        toPatterns([2, 0, 2, 2, 0], [30.43, 0, 30.43, 30.43, 0], [38.86, 38.86, 38.86, 38.86, 38.86]),
      ),
    ).toBeCloseTo(3 * once + 2 * zero, 10);
  });

  it('has the analytic gradient the finite differences see', () => {
    const patterns = toPatterns(
      [0, 0, 1, 2, 7, 20, 1],
      [0, 0, 1.71, 30.43, 29.43, 36, 10],
      [38.86, 12, 38.86, 38.86, 35.14, 38, 20],
    );
    const gradient = MbgNbd.logLikelihoodGradient(PARAMETERS, patterns);
    const numerical = centralDifferenceGradient((point) => MbgNbd.logLikelihood(point, patterns), PARAMETERS);
    numerical.forEach((value, i) => expect(gradient[i]).toBeCloseTo(value, 4));
  });

  it('stays finite for very large x and T', () => {
    const value = logLikelihoodOf(10_000, 99_000, 100_000);
    expect(Number.isFinite(value)).toBe(true);
    // A customer with 10,000 purchases is very improbable, not impossible.
    expect(value).toBeLessThan(0);
    expect(value - logLikelihoodOf(10_000, 98_000, 100_000)).not.toBe(0);
    expect(Number.isFinite(logLikelihoodOf(0, 0, 100_000))).toBe(true);
    const gradient = MbgNbd.logLikelihoodGradient(PARAMETERS, toPatterns([10_000], [99_000], [100_000]));
    expect(Array.from(gradient).every(Number.isFinite)).toBe(true);
  });
});

describe('MBG/NBD predictions', () => {
  it('P(alive) is 1 / (1 + a/(b+x) ((α+T)/(α+t_x))^(r+x))', () => {
    const [r, alpha, a, b] = PARAMETERS;
    for (const [x, tx, T] of [
      [0, 0, 38.86],
      [2, 30.43, 38.86],
      [7, 29.43, 35.14],
    ]) {
      const odds = (a / (b + x)) * Math.pow((alpha + T) / (alpha + tx), r + x);
      expect(model.probabilityAlive(x, tx, T)).toBeCloseTo(1 / (1 + odds), 14);
    }
    // Unlike the BG/NBD, a customer with no repeat purchase may already have left.
    expect(model.probabilityAlive(0, 0, 38.86)).toBeLessThan(1);
    // x = 0 at T = 0: nothing observed beyond the first purchase, so P(alive) = E[1 - p] = b/(a+b).
    expect(model.probabilityAlive(0, 0, 0)).toBeCloseTo(b / (a + b), 14);
  });

  it('expected purchases equal their definition, integrated over the posterior of p', () => {
    // Given alive: λ ~ Gamma(r+x, α+T), p ~ Beta(a, b+x+1); over t weeks, E = E_p[(1 - ((α+T)/(α+T+p t))^(r+x)) / p].
    const [r, alpha, a, b] = PARAMETERS;
    for (const [x, tx, T, t] of [
      [0, 0, 38.86, 39],
      [0, 0, 5, 100],
      [2, 30.43, 38.86, 52],
      [7, 29.43, 35.14, 10],
    ]) {
      const logNorm = -logBeta(a, b + x + 1);
      // p = v^(1/a): p^(a-1) dp = dv / a, which removes the density's singularity at 0.
      const integrand = (v: number) => {
        const p = Math.pow(v, 1 / a);
        const weight = (Math.exp(logNorm) * Math.pow(1 - p, b + x)) / a;
        // 1 - ((α+T)/(α+T+pt))^(r+x) without the cancellation at small p.
        const expected =
          p === 0 ? ((r + x) * t) / (alpha + T) : -Math.expm1(-(r + x) * Math.log1p((p * t) / (alpha + T))) / p;
        return weight * expected;
      };
      const whileAlive = integrate(integrand, 0, 1, 1e-13);
      expect(model.expectedPurchases(t, x, tx, T)).toBeCloseTo(whileAlive * model.probabilityAlive(x, tx, T), 8);
    }
  });

  it('grow at the rate E[λ | alive] at first', () => {
    // d/dt E[Y(t)] at t = 0 is (r+x)/(α+T) P(alive).
    const h = 1e-6;
    expect(model.expectedPurchases(h, 2, 30.43, 38.86) / h).toBeCloseTo(
      ((0.525 + 2) / (6.183 + 38.86)) * model.probabilityAlive(2, 30.43, 38.86),
      6,
    );
    expect(model.expectedPurchases(0, 2, 30.43, 38.86)).toBe(0);
  });

  it('are continuous through a = 1, where the textbook form divides by zero', () => {
    const at = (a: number) => new MbgNbd(Float64Array.of(0.5, 5, a, 2)).expectedPurchases(52, 3, 20, 40);
    expect(at(1 - 1e-9)).toBeCloseTo(at(1), 8);
    expect(at(1 + 1e-9)).toBeCloseTo(at(1), 8);
    expect(at(1)).toBeGreaterThan(0);
  });

  it('stay finite and below the upper bound (r+x) t / (α+T) for very large x and T', () => {
    const expected = model.expectedPurchases(52, 10_000, 99_999, 100_000);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThanOrEqual(((0.525 + 10_000) * 52) / (6.183 + 100_000));
  });
});

describe('MbgNbd Hessian', () => {
  const patterns = toPatterns([0, 2, 8, 5, 1, 3], [0, 30.43, 35, 20, 1.5, 36], [38.86, 38.86, 40, 52, 10, 36]);
  it.each([
    [Float64Array.of(0.243, 4.414, 0.793, 2.426)],
    [Float64Array.of(1.2, 30, 1.2, 4)],
    [Float64Array.of(0.5, 6, 2e5, 8e5)],
  ])('is the slope of the gradient at %p', (parameters) => {
    const hessian = MbgNbd.logLikelihoodHessian(parameters, patterns);
    for (let i = 0; i < 4; i++) {
      const slope = centralDifferenceGradient((p) => MbgNbd.logLikelihoodGradient(p, patterns)[i], parameters);
      // In the logarithms of the parameters: p_i p_j d²LL / dp_i dp_j.
      slope.forEach((value, j) =>
        expect(Math.abs(parameters[i] * parameters[j] * (hessian[i][j] - value))).toBeLessThan(
          1e-6 * Math.max(1, Math.abs(parameters[i] * parameters[j] * value)),
        ),
      );
    }
  });
});
