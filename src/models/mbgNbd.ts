/**
 * The MBG/NBD model (E. Batislam, M. Denizel & A. Filiztekin, "Empirical
 * validation and comparison of models for customer base analysis",
 * International Journal of Research in Marketing 24(3), 2007): the BG/NBD,
 * except that a customer may also drop out right after the first purchase, so
 * a customer with no repeat purchase is not certain to be active.
 *
 * Log-likelihood of one customer:
 *   ln Γ(r+x) - ln Γ(r) + r ln α + ln B(a, b+x+1) - ln B(a, b)
 *   + ln[ (α+T)^-(r+x) + a/(b+x) (α+t_x)^-(r+x) ]
 */

import { betaGeometricExpectation } from './betaGeometricExpectation';
import { meanT } from './bgNbd';
import { BETA_GEOMETRIC_LIMITS, betaGeometricHessian, betaGeometricLogLikelihood } from './betaGeometricLikelihood';
import type { FitOptions, MaximumLikelihoodFit } from './maximumLikelihood';
import { fitPatterns } from './patternFit';
import type { Patterns } from './patterns';
import type { PurchaseModel } from './purchaseModel';

const PARAMETER_NAMES = ['r', 'alpha', 'a', 'b'] as const;

export class MbgNbd implements PurchaseModel {
  readonly name = 'mbgnbd' as const;
  readonly parameterNames = PARAMETER_NAMES;

  constructor(readonly parameters: Float64Array) {}

  /** The log-likelihood of the patterns (see betaGeometricLikelihood.ts). */
  static logLikelihood(parameters: Float64Array, patterns: Patterns): number {
    return betaGeometricLogLikelihood(parameters, patterns, 1, false).value;
  }

  /** The gradient of logLikelihood in (r, α, a, b) (see betaGeometricLikelihood.ts). */
  static logLikelihoodGradient(parameters: Float64Array, patterns: Patterns): Float64Array {
    return betaGeometricLogLikelihood(parameters, patterns, 1, true).gradient;
  }

  /** The Hessian of logLikelihood in (r, α, a, b) (see betaGeometricLikelihood.ts). */
  static logLikelihoodHessian(parameters: Float64Array, patterns: Patterns): Float64Array[] {
    return betaGeometricHessian(parameters, patterns, 1);
  }

  static fit(
    patterns: Patterns,
    start: readonly number[] = [1, meanT(patterns) / 4, 1, 1],
    options: FitOptions = {},
  ): { model: MbgNbd; fit: MaximumLikelihoodFit } {
    const fit = fitPatterns(
      patterns,
      (sample) => ({
        value: (parameters) => betaGeometricLogLikelihood(parameters, sample, 1, false).value,
        valueAndGradient: (parameters) => betaGeometricLogLikelihood(parameters, sample, 1, true),
        hessian: (parameters) => betaGeometricHessian(parameters, sample, 1),
      }),
      start,
      { parameterNames: PARAMETER_NAMES, limits: BETA_GEOMETRIC_LIMITS },
      options,
    );
    return { model: new MbgNbd(fit.parameters), fit };
  }

  /** P(alive | x, t_x, T) = 1 / (1 + a/(b+x) ((α+T)/(α+t_x))^(r+x)). */
  probabilityAlive(x: number, tx: number, T: number): number {
    const [r, alpha, a, b] = this.parameters;
    const logOdds = Math.log(a / (b + x)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
    return 1 / (1 + Math.exp(logOdds));
  }

  /** E[Y(t) | x, t_x, T] = (a+b+x)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; z)] P(alive). */
  expectedPurchases(t: number, x: number, tx: number, T: number): number {
    return this.expectedPurchasesIfAlive(t, x, tx, T) * this.probabilityAlive(x, tx, T);
  }

  /** The factor before P(alive) in E[Y(t) | x, t_x, T] above: the expected purchases of a customer still active at T. */
  expectedPurchasesIfAlive(t: number, x: number, _tx: number, T: number): number {
    const [r, alpha, a, b] = this.parameters;
    const z = t / (alpha + T + t);
    return betaGeometricExpectation(a, a + b - r, a + b + x, z);
  }
}
