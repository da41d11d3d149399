/**
 * The beta-discrete-Weibull (BdW) model of customer retention (P. Fader,
 * B. Hardie, Y. Liu, J. Davin & T. Steenburgh, "'How to project customer
 * retention' revisited: the role of duration dependence", Journal of
 * Interactive Marketing 43, 2018). As the sBG (shiftedBetaGeometric.ts), but a
 * customer's own chance of staying through t periods is (1 - θ)^(t^c) rather
 * than (1 - θ)^t: with c < 1 each customer grows less likely to cancel the
 * longer they stay, with c > 1 more likely; c = 1 is the sBG. With θ ~ Beta(α, β):
 *
 *   S(t)     = B(α, β + t^c) / B(α, β),          t = 0, 1, ...
 *   P(T = t) = S(t - 1) - S(t),                  t = 1, 2, ...
 *
 * (the paper's BdW survivor function and probability mass function). In log
 * space: ln S(t) = ln[Γ(β+t^c)/Γ(β)] - ln[Γ(α+β+t^c)/Γ(α+β)] and
 * ln P(T = t) = ln S(t-1) + ln(1 - e^(ln S(t) - ln S(t-1))).
 */

import { digamma } from '../stats/digamma';
import { logGammaRatio } from '../stats/logGamma';
import { logSubExp } from '../stats/logSumExp';
import { discountedResidualLifetime } from './discountedLifetime';
import { type FitOptions, maximumLikelihood, type MaximumLikelihoodFit } from './maximumLikelihood';
import { SAME_CHURN_PROBABILITY } from './shiftedBetaGeometric';
import type { RetentionModel } from './retentionModel';
import { customersIn, type Tenures } from './tenures';

export class BetaDiscreteWeibull implements RetentionModel {
  readonly name = 'bdw' as const;
  readonly parameterNames = ['alpha', 'beta', 'c'] as const;
  readonly unboundedWhen = 'c x alpha <= 1';

  constructor(readonly parameters: Float64Array) {}

  static logSurvival(alpha: number, beta: number, c: number, t: number): number {
    if (t <= 0) return 0;
    const u = Math.pow(t, c);
    return logGammaRatio(beta, u) - logGammaRatio(alpha + beta, u);
  }

  static logProbability(alpha: number, beta: number, c: number, t: number): number {
    return logSubExp(
      BetaDiscreteWeibull.logSurvival(alpha, beta, c, t - 1),
      BetaDiscreteWeibull.logSurvival(alpha, beta, c, t),
    );
  }

  static logLikelihood([alpha, beta, c]: Float64Array, tenures: Tenures): number {
    let total = 0;
    for (let i = 0; i < tenures.lostAt.length; i++) {
      total += tenures.lost[i] * BetaDiscreteWeibull.logProbability(alpha, beta, c, tenures.lostAt[i]);
    }
    for (let i = 0; i < tenures.survivedTo.length; i++) {
      total += tenures.survived[i] * BetaDiscreteWeibull.logSurvival(alpha, beta, c, tenures.survivedTo[i]);
    }
    return total;
  }

  /**
   * The gradient of logLikelihood in (α, β, c). With u = t^c:
   *   d ln S(t)/dα = ψ(α+β) - ψ(α+β+u)
   *   d ln S(t)/dβ = ψ(β+u) - ψ(β) + ψ(α+β) - ψ(α+β+u)
   *   d ln S(t)/dc = [ψ(β+u) - ψ(α+β+u)] u ln t
   * and, with q = S(t)/S(t-1), d ln P(T=t) = [d ln S(t-1) - q d ln S(t)] / (1 - q).
   */
  static logLikelihoodGradient([alpha, beta, c]: Float64Array, tenures: Tenures): Float64Array {
    const psiSum = digamma(alpha + beta);
    const psiBeta = digamma(beta);
    const gradientOfLogSurvival = (t: number): [number, number, number] => {
      if (t <= 0) return [0, 0, 0];
      const u = Math.pow(t, c);
      const psiBetaU = digamma(beta + u);
      const psiSumU = digamma(alpha + beta + u);
      return [psiSum - psiSumU, psiBetaU - psiBeta + psiSum - psiSumU, (psiBetaU - psiSumU) * u * Math.log(t)];
    };
    const g = new Float64Array(3);
    for (let i = 0; i < tenures.lostAt.length; i++) {
      const t = tenures.lostAt[i];
      const before = gradientOfLogSurvival(t - 1);
      const after = gradientOfLogSurvival(t);
      const q = Math.exp(
        BetaDiscreteWeibull.logSurvival(alpha, beta, c, t) - BetaDiscreteWeibull.logSurvival(alpha, beta, c, t - 1),
      );
      for (let k = 0; k < 3; k++) g[k] += (tenures.lost[i] * (before[k] - q * after[k])) / (1 - q);
    }
    for (let i = 0; i < tenures.survivedTo.length; i++) {
      const gradient = gradientOfLogSurvival(tenures.survivedTo[i]);
      for (let k = 0; k < 3; k++) g[k] += tenures.survived[i] * gradient[k];
    }
    return g;
  }

  /** Maximum likelihood, from the sBG's estimates (α, β) and c = 1 unless given a start. */
  static fit(
    tenures: Tenures,
    start: readonly number[],
    options: FitOptions = {},
  ): { model: BetaDiscreteWeibull; fit: MaximumLikelihoodFit } {
    const fit = maximumLikelihood(
      {
        value: (parameters) => BetaDiscreteWeibull.logLikelihood(parameters, tenures),
        valueAndGradient: (parameters) => ({
          value: BetaDiscreteWeibull.logLikelihood(parameters, tenures),
          gradient: BetaDiscreteWeibull.logLikelihoodGradient(parameters, tenures),
        }),
      },
      start,
      customersIn(tenures),
      // With c held, α and β growing together is the same limit as the sBG's: one churn probability for all.
      { parameterNames: ['alpha', 'beta', 'c'], limits: [SAME_CHURN_PROBABILITY] },
      options,
    );
    return { model: new BetaDiscreteWeibull(fit.parameters), fit };
  }

  get tailExponent(): number {
    return this.parameters[0] * this.parameters[2];
  }

  logSurvival(t: number): number {
    return BetaDiscreteWeibull.logSurvival(this.parameters[0], this.parameters[1], this.parameters[2], t);
  }

  /** E[T] = 1 + sum over t >= 1 of S(t), summed (no closed form); unbounded when c α <= 1. */
  expectedLifetime(): number {
    return 1 + discountedResidualLifetime(this, 1, 1);
  }
}
