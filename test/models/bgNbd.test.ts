/**
 * BG/NBD: the likelihood against the integral it comes from, the gradient
 * against finite differences, the predictions against their definitions, and
 * large x and T.
 */

import { BgNbd } from '../../src/models/bgNbd';
import { toPatterns } from '../../src/models/patterns';
import { logGamma } from '../../src/stats/logGamma';
import { integrate } from '../support/quadrature';
import { centralDifferenceGradient } from '../support/finiteDifferences';

// The published CDNOW estimates (Fader, Hardie & Lee 2005).
const PARAMETERS = Float64Array.of(0.243, 4.414, 0.793, 2.426);
const model = new BgNbd(PARAMETERS);
const logLikelihoodOf = (x: number, tx: number, T: number, parameters = PARAMETERS) =>
  BgNbd.logLikelihood(parameters, toPatterns([x], [tx], [T]));

/**
 * One customer's likelihood from the individual-level model: given λ and p it
 * is (1-p)^x λ^x e^(-λT) + [x>0] p (1-p)^(x-1) λ^x e^(-λ t_x). The moments of
 * p ~ Beta(a, b) are ratios of beta functions, E[(1-p)^x] = B(a, b+x) / B(a, b)
 * and E[p (1-p)^(x-1)] = B(a+1, b+x-1) / B(a, b); λ ~ Gamma(r, α) is integrated
 * numerically, with the substitution λ = u^(1/r) that removes the density's
 * singularity at 0.
 */
function integratedLikelihood(x: number, tx: number, T: number, [r, alpha, a, b]: Float64Array): number {
  const logBeta = (u: number, v: number) => logGamma(u) + logGamma(v) - logGamma(u + v);
  const stays = Math.exp(logBeta(a, b + x) - logBeta(a, b));
  const leftAfterLast = x > 0 ? Math.exp(logBeta(a + 1, b + x - 1) - logBeta(a, b)) : 0;
  const logGammaNorm = r * Math.log(alpha) - logGamma(r);
  const overLambda = (u: number) => {
    if (u === 0) return 0;
    const lambda = Math.pow(u, 1 / r);
    // Gamma density times dλ: λ^(r-1) e^(-αλ) dλ = (1/r) e^(-αλ) du.
    const gamma = (Math.exp(logGammaNorm - alpha * lambda) / r) * Math.pow(lambda, x);
    return gamma * (stays * Math.exp(-lambda * T) + leftAfterLast * Math.exp(-lambda * tx));
  };
  return integrate(overLambda, 0, Math.pow(60 / alpha, r), 1e-14);
}

describe('BG/NBD log-likelihood', () => {
  it.each([
    [0, 0, 38.86],
    [1, 1.71, 38.86],
    [2, 30.43, 38.86],
    [7, 29.43, 35.14],
  ])('equals the integral it comes from for x = %p, t_x = %p, T = %p', (x, tx, T) => {
    expect(logLikelihoodOf(x, tx, T)).toBeCloseTo(Math.log(integratedLikelihood(x, tx, T, PARAMETERS)), 5);
  });

  it('weights patterns', () => {
    const once = BgNbd.logLikelihood(PARAMETERS, toPatterns([2], [30.43], [38.86]));
    expect(
      BgNbd.logLikelihood(PARAMETERS, toPatterns([2, 2, 2], [30.43, 30.43, 30.43], [38.86, 38.86, 38.86])),
    ).toBeCloseTo(3 * once, 10);
  });

  it('has the analytic gradient the finite differences see', () => {
    const patterns = toPatterns(
      [0, 1, 2, 7, 20, 1],
      [0, 1.71, 30.43, 29.43, 36, 10],
      [38.86, 38.86, 38.86, 35.14, 38, 20],
    );
    const gradient = BgNbd.logLikelihoodGradient(PARAMETERS, patterns);
    const numerical = centralDifferenceGradient((point) => BgNbd.logLikelihood(point, patterns), PARAMETERS);
    numerical.forEach((value, i) => expect(gradient[i]).toBeCloseTo(value, 4));
  });

  it('stays finite for very large x and T', () => {
    const value = logLikelihoodOf(10_000, 99_000, 100_000);
    expect(Number.isFinite(value)).toBe(true);
    // The x-dependent part grows like x ln x; a customer with 10,000 purchases is very improbable, not impossible.
    expect(value).toBeLessThan(0);
    expect(logLikelihoodOf(10_000, 99_000, 100_000) - logLikelihoodOf(10_000, 98_000, 100_000)).not.toBe(0);
  });
});

describe('BG/NBD predictions', () => {
  it('P(alive) follows equation 13', () => {
    // x = 2, t_x = 30.43, T = 38.86: 1 / (1 + a/(b+1) ((α+T)/(α+t_x))^(r+2)).
    const odds = (0.793 / 3.426) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 2.243);
    expect(model.probabilityAlive(2, 30.43, 38.86)).toBeCloseTo(1 / (1 + odds), 14);
    expect(model.probabilityAlive(0, 0, 38.86)).toBe(1);
  });

  it('expected purchases equal their definition, integrated over the posterior of p', () => {
    // Given alive: λ ~ Gamma(r+x, α+T), p ~ Beta(a, b+x); over t weeks, E = E_p[(1 - ((α+T)/(α+T+p t))^(r+x)) / p].
    const [r, alpha, a, b] = PARAMETERS;
    for (const [x, tx, T, t] of [
      [0, 0, 38.86, 39],
      [2, 30.43, 38.86, 52],
      [7, 29.43, 35.14, 10],
    ]) {
      const logNorm = logGamma(a + b + x) - logGamma(a) - logGamma(b + x);
      const integrand = (v: number) => {
        const p = Math.pow(v, 1 / a);
        const weight = (Math.exp(logNorm) * Math.pow(1 - p, b + x - 1)) / a;
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
      ((0.243 + 2) / (4.414 + 38.86)) * model.probabilityAlive(2, 30.43, 38.86),
      6,
    );
  });

  it('are continuous through a = 1, where the textbook form divides by zero', () => {
    const at = (a: number) => new BgNbd(Float64Array.of(0.5, 5, a, 2)).expectedPurchases(52, 3, 20, 40);
    expect(at(1 - 1e-9)).toBeCloseTo(at(1), 8);
    expect(at(1 + 1e-9)).toBeCloseTo(at(1), 8);
    expect(at(1)).toBeGreaterThan(0);
  });

  it('stay finite and below the upper bound (r+x) t / (α+T) for very large x and T', () => {
    const expected = model.expectedPurchases(52, 10_000, 99_999, 100_000);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThanOrEqual(((0.243 + 10_000) * 52) / (4.414 + 100_000));
  });
});

describe('BG/NBD log-likelihood towards its limits', () => {
  it('is smooth along the ridge where r and α grow together (one purchase rate for all), not rounding noise', () => {
    // Second differences along r, α -> r e^h, α e^h at r = 1e12: the curvature there is of order 1/r; summing
    // terms of size r ln α (3e13 here) would leave noise of order 1e-2.
    const patterns = toPatterns([0, 2, 8, 5], [0, 30.43, 35, 20], [38.86, 38.86, 40, 52]);
    const along = (h: number) =>
      BgNbd.logLikelihood(Float64Array.of(1e12 * Math.exp(h), 4e12 * Math.exp(h), 0.8, 2.4), patterns);
    const h = 1e-3;
    expect(Math.abs(along(h) - 2 * along(0) + along(-h))).toBeLessThan(1e-9);
  });

  it('has a gradient that stays the slope of the likelihood for huge r and α and huge a and b', () => {
    const patterns = toPatterns([0, 2, 8, 5], [0, 30.43, 35, 20], [38.86, 38.86, 40, 52]);
    for (const parameters of [Float64Array.of(1e7, 4e7, 0.8, 2.4), Float64Array.of(0.24, 4.4, 2e6, 8e6)]) {
      const gradient = BgNbd.logLikelihoodGradient(parameters, patterns);
      const numerical = centralDifferenceGradient((p) => BgNbd.logLikelihood(p, patterns), parameters);
      // In the logarithms of the parameters (what the optimizer uses): p dLL/dp.
      numerical.forEach((value, i) => expect(Math.abs(parameters[i] * (gradient[i] - value))).toBeLessThan(1e-6));
    }
  });
});

describe('BgNbd Hessian', () => {
  const patterns = toPatterns([0, 2, 8, 5, 1, 3], [0, 30.43, 35, 20, 1.5, 36], [38.86, 38.86, 40, 52, 10, 36]);
  it.each([
    [Float64Array.of(0.243, 4.414, 0.793, 2.426)],
    [Float64Array.of(1.2, 30, 1.2, 4)],
    [Float64Array.of(0.5, 6, 2e5, 8e5)],
  ])('is the slope of the gradient at %p', (parameters) => {
    const hessian = BgNbd.logLikelihoodHessian(parameters, patterns);
    for (let i = 0; i < 4; i++) {
      const slope = centralDifferenceGradient((p) => BgNbd.logLikelihoodGradient(p, patterns)[i], parameters);
      // In the logarithms of the parameters: p_i p_j d²LL / dp_i dp_j.
      slope.forEach((value, j) =>
        expect(Math.abs(parameters[i] * parameters[j] * (hessian[i][j] - value))).toBeLessThan(
          1e-6 * Math.max(1, Math.abs(parameters[i] * parameters[j] * value)),
        ),
      );
    }
  });
});
