/**
 * Gamma-Gamma: the likelihood against the integral over ν it comes from, the
 * gradient against finite differences, the expected spend against the
 * posterior mean it stands for, and the spend patterns.
 */

import { GammaGamma, toSpendPatterns } from '../../src/models/gammaGamma';
import { logGamma } from '../../src/stats/logGamma';
import { integrate } from '../support/quadrature';
import { centralDifferenceGradient } from '../support/finiteDifferences';

// The published CDNOW estimates (Fader, Hardie & Lee 2005, "RFM and CLV").
const PARAMETERS = Float64Array.of(6.25, 3.74, 15.44);
const model = new GammaGamma(PARAMETERS);
const logLikelihoodOf = (x: number, meanSpend: number, parameters = PARAMETERS) =>
  GammaGamma.logLikelihood(parameters, toSpendPatterns([x], [meanSpend]));

/**
 * ln of [prior density of ν] × [density of m̄ given ν]: given ν the x spends are
 * Gamma(p, ν) (rate ν), so their sum x m̄ is Gamma(px, ν), and m̄ has density
 * x f_Gamma(px, ν)(x m̄); ν ~ Gamma(q, γ) (rate γ).
 */
function logJoint(nu: number, x: number, m: number, [p, q, gamma]: Float64Array): number {
  const px = p * x;
  const logPrior = q * Math.log(gamma) - logGamma(q) + (q - 1) * Math.log(nu) - gamma * nu;
  const logSum = px * Math.log(nu) - logGamma(px) + (px - 1) * Math.log(x * m) - nu * x * m;
  return logPrior + Math.log(x) + logSum;
}

/**
 * ∫ g(ν) e^(logJoint(ν)) dν numerically, as a logarithm. The joint is
 * proportional to ν^(px+q-1) e^(-(γ + x m̄) ν), largest at ν* = (px+q-1)/(γ + x m̄)
 * and negligible beyond ν* + 40 standard deviations; dividing by its value at
 * ν* makes the quadrature's absolute tolerance a relative one.
 */
function logIntegralOverNu(g: (nu: number) => number, x: number, m: number, parameters: Float64Array): number {
  const [p, q, gamma] = parameters;
  const shape = p * x + q;
  const rate = gamma + x * m;
  const mode = (shape - 1) / rate;
  const upper = (shape + 40 * Math.sqrt(shape) + 40) / rate;
  const peak = logJoint(mode, x, m, parameters);
  const integrand = (nu: number) => (nu === 0 ? 0 : g(nu) * Math.exp(logJoint(nu, x, m, parameters) - peak));
  return peak + Math.log(integrate(integrand, 0, upper, 1e-12));
}

const CASES: [number, number][] = [
  [1, 35.2],
  [2, 10],
  [3, 41.5],
  [6, 120.75],
  [20, 4.5],
];

describe('Gamma-Gamma log-likelihood', () => {
  it.each(CASES)('is the density of m̄ integrated over ν, for x = %p, m̄ = %p', (x, m) => {
    expect(logLikelihoodOf(x, m)).toBeCloseTo(
      logIntegralOverNu(() => 1, x, m, PARAMETERS),
      9,
    );
  });

  it('is the density of m̄, not of x m̄: the two differ by ln x', () => {
    // A density of the total x m̄ would be the density of m̄ minus ln x; the model's own likelihood is of m̄.
    const densityOfMean = logIntegralOverNu(() => 1, 4, 30, PARAMETERS);
    expect(logLikelihoodOf(4, 30)).toBeCloseTo(densityOfMean, 9);
    expect(logLikelihoodOf(4, 30)).not.toBeCloseTo(densityOfMean - Math.log(4), 3);
  });

  it('integrates to 1 over m̄', () => {
    // A density of m̄ for x = 3: ∫ f(m̄) dm̄ = 1, with m̄ = u / (1 - u) mapping (0, 1) onto (0, ∞).
    const total = integrate(
      (u) => (u === 0 || u === 1 ? 0 : Math.exp(logLikelihoodOf(3, u / (1 - u))) / (1 - u) ** 2),
      0,
      1,
      1e-10,
    );
    expect(total).toBeCloseTo(1, 7);
  });

  it('weights patterns', () => {
    const once = logLikelihoodOf(3, 41.5);
    const other = logLikelihoodOf(1, 35.2);
    expect(GammaGamma.logLikelihood(PARAMETERS, toSpendPatterns([3, 1, 3, 3], [41.5, 35.2, 41.5, 41.5]))).toBeCloseTo(
      3 * once + other,
      10,
    );
  });

  it('has the analytic gradient the finite differences see', () => {
    const patterns = toSpendPatterns(
      CASES.map(([x]) => x),
      CASES.map(([, m]) => m),
    );
    const gradient = GammaGamma.logLikelihoodGradient(PARAMETERS, patterns);
    const numerical = centralDifferenceGradient((point) => GammaGamma.logLikelihood(point, patterns), PARAMETERS);
    numerical.forEach((value, i) => expect(gradient[i]).toBeCloseTo(value, 5));
  });
});

describe('Gamma-Gamma expected spend', () => {
  it.each(CASES)('is the posterior mean of p/ν for x = %p, m̄ = %p', (x, m) => {
    // E[M | x, m̄] = ∫ (p/ν) prior(ν) f(m̄ | ν) dν / ∫ prior(ν) f(m̄ | ν) dν.
    const p = PARAMETERS[0];
    const numerator = logIntegralOverNu((nu) => p / nu, x, m, PARAMETERS);
    const denominator = logIntegralOverNu(() => 1, x, m, PARAMETERS);
    expect(model.expectedSpend(x, m)).toBeCloseTo(Math.exp(numerator - denominator), 8);
  });

  it('lies between the population mean and the customer mean, nearer the customer with more purchases', () => {
    const population = (6.25 * 15.44) / (3.74 - 1);
    const few = model.expectedSpend(1, 100) as number;
    const many = model.expectedSpend(30, 100) as number;
    expect(few).toBeGreaterThan(population);
    expect(many).toBeGreaterThan(few);
    expect(many).toBeLessThan(100);
  });

  it('is the population mean p γ / (q - 1) for x = 0, whatever the spend', () => {
    const population = (6.25 * 15.44) / (3.74 - 1);
    expect(model.expectedSpend(0, 0)).toBeCloseTo(population, 12);
    expect(model.expectedSpend(0, 500)).toBeCloseTo(population, 12);
    expect(model.expectedSpend(0, Number.NaN)).toBeCloseTo(population, 12);
  });

  it('is null when the posterior mean is not finite (p x + q - 1 <= 0)', () => {
    const heavy = new GammaGamma(Float64Array.of(6.25, 0.8, 15.44));
    expect(heavy.expectedSpend(0, 0)).toBeNull();
    // Exactly at the boundary: p x + q - 1 = 0.1 * 2 + 0.8 - 1 = 0.
    const boundary = new GammaGamma(Float64Array.of(0.1, 0.8, 15.44));
    expect(boundary.expectedSpend(2, 30)).toBeNull();
    // One purchase is enough data when p x + q - 1 > 0.
    expect(heavy.expectedSpend(1, 30)).toBeCloseTo((6.25 * (15.44 + 30)) / (6.25 + 0.8 - 1), 12);
  });

  it('has a finite population mean exactly when q > 1', () => {
    expect(new GammaGamma(Float64Array.of(6.25, 0.8, 15.44)).hasFiniteMean).toBe(false);
    expect(new GammaGamma(Float64Array.of(6.25, 1, 15.44)).hasFiniteMean).toBe(false);
    expect(new GammaGamma(Float64Array.of(6.25, 1.01, 15.44)).hasFiniteMean).toBe(true);
    expect(model.hasFiniteMean).toBe(true);
  });
});

describe('toSpendPatterns', () => {
  it('drops customers with no repeat purchase or no positive spend and merges equal (x, m̄)', () => {
    const patterns = toSpendPatterns([0, 2, 3, 2, 1, 2, 4, 3], [50, 10.5, 20, 10.5, 0, 10.5, -5, 20.25]);
    // Kept: (2, 10.5) three times, (3, 20), (3, 20.25), sorted by x and then spend.
    expect(patterns.size).toBe(3);
    expect(Array.from(patterns.x)).toEqual([2, 3, 3]);
    expect(Array.from(patterns.meanSpend)).toEqual([10.5, 20, 20.25]);
    expect(Array.from(patterns.weight)).toEqual([3, 1, 1]);
  });

  it('drops NaN and keeps equal spends apart when x differs', () => {
    const patterns = toSpendPatterns([Number.NaN, 2, 1, 2], [10, Number.NaN, 10, 10]);
    expect(patterns.size).toBe(2);
    expect(Array.from(patterns.x)).toEqual([1, 2]);
    expect(Array.from(patterns.weight)).toEqual([1, 1]);
  });

  it('is empty when no one bought again', () => {
    const patterns = toSpendPatterns([0, 0], [10, 20]);
    expect(patterns.size).toBe(0);
    expect(GammaGamma.logLikelihood(PARAMETERS, patterns)).toBe(0);
  });
});

describe('toSpendPatterns, whatever the order of the customers', () => {
  it('gives the same patterns, array for array, and so the same likelihood to the last bit', () => {
    const x = [3, 1, 2, 3, 1, 5, 2, 3];
    const m = [20.25, 12, 10.5, 20, 12, 41.1, 9.99, 20.25];
    const reference = toSpendPatterns(x, m);
    expect(Array.from(reference.x)).toEqual([1, 2, 2, 3, 3, 5]);
    expect(Array.from(reference.meanSpend)).toEqual([12, 9.99, 10.5, 20, 20.25, 41.1]);
    expect(Array.from(reference.weight)).toEqual([2, 1, 1, 1, 2, 1]);
    for (const order of [
      [7, 6, 5, 4, 3, 2, 1, 0],
      [2, 5, 0, 7, 1, 3, 6, 4],
    ]) {
      const shuffled = toSpendPatterns(
        order.map((i) => x[i]),
        order.map((i) => m[i]),
      );
      expect(shuffled).toEqual(reference);
      expect(GammaGamma.logLikelihood(PARAMETERS, shuffled)).toBe(GammaGamma.logLikelihood(PARAMETERS, reference));
    }
  });
});

describe('Gamma-Gamma log-likelihood towards its limits', () => {
  it('is smooth where p grows as gamma falls (one spend per customer), not rounding noise', () => {
    // Second differences along p -> p e^h, γ -> γ e^-h at p = 1e8: of the order of the curvature, not of the
    // 1e-7 rounding that terms of size px ln m̄ (about 1e10) would leave.
    const patterns = toSpendPatterns([1, 2, 3, 5], [12, 30.5, 20, 41.1]);
    const along = (h: number) =>
      GammaGamma.logLikelihood(Float64Array.of(1e8 * Math.exp(h), 0.9, 1e-7 * Math.exp(-h)), patterns);
    const h = 1e-3;
    expect(Math.abs(along(h) - 2 * along(0) + along(-h))).toBeLessThan(1e-9);
  });

  it('is smooth where q and gamma grow together (one mean spend for all)', () => {
    const patterns = toSpendPatterns([1, 2, 3, 5], [12, 30.5, 20, 41.1]);
    const along = (h: number) =>
      GammaGamma.logLikelihood(Float64Array.of(4, 1e9 * Math.exp(h), 7.5e9 * Math.exp(h)), patterns);
    const h = 1e-3;
    expect(Math.abs(along(h) - 2 * along(0) + along(-h))).toBeLessThan(1e-9);
  });
});
