/**
 * The sBG against Fader & Hardie (2007), "How to project customer retention":
 * the published survivor counts of the "high end" and "regular" cohorts
 * (1,000 customers each, years 0-7 used for the fit, 8-12 to check the
 * projections) and the published estimates (high end α = 0.668, β = 3.806;
 * regular α = 0.704, β = 1.182; log-likelihoods -1611.2 and -1680.3).
 * The counts are those of the paper's table, as also transcribed in the
 * public reimplementations (e.g. the Stan replications of the paper and the
 * runtastic/sBGmodel README); the high-end projections of years 8-12 as given
 * by JD Maturen's shifted_beta_geometric_py README (0.460, 0.436, 0.414, 0.395,
 * 0.378) and its DERL at d = 10% for the survivors of year 7 (7.530).
 * Also: the likelihood against direct sums of P(T = t) by the paper's
 * recursion, the gradient against finite differences, DERL by summation
 * against the closed form with the hypergeometric function.
 */

import { discountedResidualLifetime, discountedResidualLifetimes } from '../../src/models/discountedLifetime';
import { retentionRate, survival } from '../../src/models/retentionModel';
import { ShiftedBetaGeometric } from '../../src/models/shiftedBetaGeometric';
import { type Tenures, tenuresFromSurvivors, toTenures } from '../../src/models/tenures';
import { HIGH_END, REGULAR } from '../support/faderHardie2007';
import { centralDifferenceGradient } from '../support/finiteDifferences';

const sbg = (alpha: number, beta: number) => new ShiftedBetaGeometric(Float64Array.of(alpha, beta));

/** The log-likelihood computed another way: P(T = 1) = α/(α+β), P(T = t) = (β+t-2)/(α+β+t-1) P(T = t-1), S = 1 - sum P. */
function directLogLikelihood(alpha: number, beta: number, tenures: Tenures): number {
  const longest = Math.max(...tenures.lostAt, ...tenures.survivedTo, 1);
  const P = [0, alpha / (alpha + beta)];
  for (let t = 2; t <= longest; t++) P.push(((beta + t - 2) / (alpha + beta + t - 1)) * P[t - 1]);
  const S = [1];
  for (let t = 1; t <= longest; t++) S.push(S[t - 1] - P[t]);
  let total = 0;
  tenures.lostAt.forEach((t, i) => (total += tenures.lost[i] * Math.log(P[t])));
  tenures.survivedTo.forEach((t, i) => (total += tenures.survived[i] * Math.log(S[t])));
  return total;
}

describe.each([
  ['high end', HIGH_END, { alpha: 0.668, beta: 3.806, logLikelihood: -1611.2 }],
  ['regular', REGULAR, { alpha: 0.704, beta: 1.182, logLikelihood: -1680.3 }],
])('the %s cohort of Fader & Hardie (2007)', (_name, survivors, published) => {
  const calibration = tenuresFromSurvivors(survivors.slice(0, 8));
  const { model, fit } = ShiftedBetaGeometric.fit(calibration);

  it('reproduces the published alpha and beta to three decimals, and the log-likelihood', () => {
    expect(fit.converged).toBe(true);
    expect(model.parameters[0].toFixed(3)).toBe(published.alpha.toFixed(3));
    expect(model.parameters[1].toFixed(3)).toBe(published.beta.toFixed(3));
    expect(fit.logLikelihood.toFixed(1)).toBe(published.logLikelihood.toFixed(1));
    // Standard errors from the Hessian: positive, smaller than the estimates on 1,000 customers.
    for (let i = 0; i < 2; i++) {
      expect(fit.standardErrors[i]).toBeGreaterThan(0);
      expect(fit.standardErrors[i]).toBeLessThan(model.parameters[i]);
    }
  });

  it('projects years 8-12 as the published estimates do, within 5% of what happened', () => {
    const paper = sbg(published.alpha, published.beta);
    for (let t = 8; t <= 12; t++) {
      // The estimates are published to three decimals: the projections agree to the fourth.
      expect(Math.abs(survival(model, t) - survival(paper, t))).toBeLessThan(5e-4);
      expect(Math.abs(1000 * survival(model, t) - survivors[t]) / survivors[t]).toBeLessThan(0.05);
    }
  });

  it('has the likelihood of the direct sums of P(T = t) and S(t)', () => {
    for (const [alpha, beta] of [
      [0.668, 3.806],
      [2.5, 0.3],
      [40, 900],
    ]) {
      expect(ShiftedBetaGeometric.logLikelihood(Float64Array.of(alpha, beta), calibration)).toBeCloseTo(
        directLogLikelihood(alpha, beta, calibration),
        8,
      );
    }
  });
});

describe('the high-end projections and DERL of the reimplementations', () => {
  const { model } = ShiftedBetaGeometric.fit(tenuresFromSurvivors(HIGH_END.slice(0, 8)));

  it('projects 0.460, 0.436, 0.414, 0.395, 0.378 for years 8-12', () => {
    expect([8, 9, 10, 11, 12].map((t) => survival(model, t).toFixed(3))).toEqual([
      '0.460',
      '0.436',
      '0.414',
      '0.395',
      '0.378',
    ]);
  });

  it('values the survivors of year 7 at a DERL of 7.530 at d = 10%', () => {
    expect(discountedResidualLifetime(model, 8, 1 / 1.1).toFixed(3)).toBe('7.530');
  });
});

describe('ShiftedBetaGeometric formulas', () => {
  const tenures = toTenures([1, 1, 2, 5, 5, 5, 9, 30], [0, 3, 3, 12, 40, 200]);

  it('has the analytic gradient of its log-likelihood', () => {
    for (const point of [Float64Array.of(0.7, 1.2), Float64Array.of(3, 20), Float64Array.of(0.2, 0.05)]) {
      const numeric = centralDifferenceGradient((p) => ShiftedBetaGeometric.logLikelihood(p, tenures), point);
      const analytic = ShiftedBetaGeometric.logLikelihoodGradient(point, tenures);
      analytic.forEach((g, i) => expect(g).toBeCloseTo(numeric[i], 4));
    }
  });

  it('has the retention rate (β + t - 1)/(α + β + t - 1), rising with t', () => {
    const model = sbg(0.704, 1.182);
    let previous = 0;
    for (let t = 1; t <= 50; t++) {
      const rate = retentionRate(model, t);
      expect(rate).toBeCloseTo((1.182 + t - 1) / (0.704 + 1.182 + t - 1), 12);
      expect(rate).toBeGreaterThan(previous);
      previous = rate;
    }
  });

  it('states the mean lifetime (α+β-1)/(α-1) when α > 1, and unbounded when α <= 1', () => {
    expect(sbg(3, 4).expectedLifetime()).toBeCloseTo(3, 12);
    // By summation: 1 + sum over t >= 1 of S(t).
    expect(1 + discountedResidualLifetime(sbg(3, 4), 1, 1)).toBeCloseTo(3, 9);
    expect(sbg(1, 4).expectedLifetime()).toBe(Infinity);
    expect(sbg(0.668, 3.806).expectedLifetime()).toBe(Infinity);
  });

  it.each([
    [0.668, 3.806, 0.1, 8],
    [0.704, 1.182, Math.pow(1.1, 1 / 12) - 1, 1],
    [0.704, 1.182, Math.pow(1.1, 1 / 12) - 1, 60],
    [2.5, 40, Math.pow(1.05, 1 / 52) - 1, 3],
    [0.3, 0.2, 0.02, 500],
    [1.7, 250, 0.01, 24],
  ])('computes DERL by summation as the closed form does (α %p, β %p, d %p, n %p)', (alpha, beta, d, n) => {
    const model = sbg(alpha, beta);
    const closed = model.derlClosedForm(d, n);
    expect(Number.isFinite(closed)).toBe(true);
    expect(Math.abs(discountedResidualLifetime(model, n, 1 / (1 + d)) - closed) / closed).toBeLessThan(1e-9);
    // The backward recursion over every n agrees with the direct sum at each.
    const all = discountedResidualLifetimes(model, n + 3, 1 / (1 + d));
    expect(Math.abs(all[n - 1] - closed) / closed).toBeLessThan(1e-9);
  });

  it('gives the undiscounted residual lifetime (β + n - 1)/(α - 1) at d = 0, and Infinity when α <= 1', () => {
    expect(sbg(3, 4).derlClosedForm(0, 5)).toBeCloseTo(4, 12);
    expect(discountedResidualLifetime(sbg(3, 4), 5, 1)).toBeCloseTo(4, 8);
    expect(discountedResidualLifetime(sbg(0.9, 4), 5, 1)).toBe(Infinity);
  });

  it('stays finite in log space for large beta and long tenures', () => {
    const model = sbg(5, 2e6);
    expect(model.logSurvival(1e6)).toBeCloseTo(5 * Math.log(2e6 / 3e6), 4);
    expect(Number.isFinite(ShiftedBetaGeometric.logLikelihood(model.parameters, toTenures([1e5], [1e6])))).toBe(true);
    const derl = discountedResidualLifetime(model, 1e5, 1 / 1.001);
    expect(derl).toBeGreaterThan(0);
    expect(Number.isFinite(derl)).toBe(true);
  });
});
