/**
 * The beta-discrete-Weibull: at c = 1 it is the sBG (survival, likelihood,
 * DERL), its likelihood against direct sums of S(t - 1) - S(t), its gradient
 * against finite differences, and the fit on Fader & Hardie's high-end cohort
 * improving on the sBG's log-likelihood, as a model with one more parameter must.
 */

import { BetaDiscreteWeibull } from '../../src/models/betaDiscreteWeibull';
import { discountedResidualLifetime } from '../../src/models/discountedLifetime';
import { logBeta } from '../../src/stats/logGamma';
import { ShiftedBetaGeometric } from '../../src/models/shiftedBetaGeometric';
import { tenuresFromSurvivors, toTenures } from '../../src/models/tenures';
import { centralDifferenceGradient } from '../support/finiteDifferences';
import { HIGH_END } from '../support/faderHardie2007';

const tenures = toTenures([1, 1, 2, 5, 5, 5, 9, 30], [0, 3, 3, 12, 40, 200]);

describe('BetaDiscreteWeibull', () => {
  it('is the sBG at c = 1', () => {
    const bdw = new BetaDiscreteWeibull(Float64Array.of(0.7, 1.2, 1));
    const sbg = new ShiftedBetaGeometric(Float64Array.of(0.7, 1.2));
    for (const t of [0, 1, 2, 7, 100, 5000]) expect(bdw.logSurvival(t)).toBeCloseTo(sbg.logSurvival(t), 10);
    expect(BetaDiscreteWeibull.logLikelihood(bdw.parameters, tenures)).toBeCloseTo(
      ShiftedBetaGeometric.logLikelihood(sbg.parameters, tenures),
      8,
    );
    expect(discountedResidualLifetime(bdw, 4, 1 / 1.01)).toBeCloseTo(sbg.derlClosedForm(0.01, 4), 8);
    // Undiscounted, through the power-law tail (the sBG's is in closed form).
    const steady = new BetaDiscreteWeibull(Float64Array.of(2.5, 3, 1));
    expect(Math.abs(discountedResidualLifetime(steady, 3, 1) / (5 / 1.5) - 1)).toBeLessThan(1e-6);
    expect(steady.expectedLifetime()).toBeCloseTo(
      new ShiftedBetaGeometric(Float64Array.of(2.5, 3)).expectedLifetime(),
      5,
    );
  });

  it('has the likelihood of direct sums of S(t - 1) - S(t), S(t) = B(α, β + t^c)/B(α, β)', () => {
    const [alpha, beta, c] = [0.8, 2, 0.7];
    const S = (t: number) => Math.exp(logBeta(alpha, beta + Math.pow(t, c)) - logBeta(alpha, beta));
    let direct = 0;
    tenures.lostAt.forEach((t, i) => (direct += tenures.lost[i] * Math.log(S(t - 1) - S(t))));
    tenures.survivedTo.forEach((t, i) => (direct += tenures.survived[i] * Math.log(S(t))));
    expect(BetaDiscreteWeibull.logLikelihood(Float64Array.of(alpha, beta, c), tenures)).toBeCloseTo(direct, 8);
  });

  it('has the analytic gradient of its log-likelihood', () => {
    for (const point of [Float64Array.of(0.8, 2, 0.7), Float64Array.of(2, 5, 1.6), Float64Array.of(0.3, 0.4, 1)]) {
      const numeric = centralDifferenceGradient((p) => BetaDiscreteWeibull.logLikelihood(p, tenures), point);
      const analytic = BetaDiscreteWeibull.logLikelihoodGradient(point, tenures);
      analytic.forEach((g, i) => expect(g).toBeCloseTo(numeric[i], 4));
    }
  });

  it('fits the high-end cohort at least as well as the sBG, and says when the lifetime is unbounded', () => {
    const calibration = tenuresFromSurvivors(HIGH_END.slice(0, 8));
    const sbg = ShiftedBetaGeometric.fit(calibration);
    const { model, fit } = BetaDiscreteWeibull.fit(calibration, [...sbg.model.parameters, 1]);
    expect(fit.converged).toBe(true);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(sbg.fit.logLikelihood - 1e-9);
    expect(model.tailExponent).toBeCloseTo(model.parameters[0] * model.parameters[2], 12);
    if (model.tailExponent <= 1) expect(model.expectedLifetime()).toBe(Infinity);
  });
});
