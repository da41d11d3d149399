/**
 * The BG/NBD model (P. Fader, B. Hardie & K. Lee, "'Counting Your Customers'
 * the Easy Way: An Alternative to the Pareto/NBD Model", Marketing Science
 * 24(2), 2005). While active, a customer buys as a Poisson process with rate
 * λ; after each purchase they drop out with probability p; λ ~ Gamma(r, α)
 * and p ~ Beta(a, b) across customers. A customer's history is (x, t_x, T):
 * repeat purchases, time of the last, and time observed since the first.
 *
 * Log-likelihood of one customer (equation 6, in logs):
 *   ln Γ(r+x) - ln Γ(r) + r ln α + ln B(a, b+x) - ln B(a, b)
 *   + ln[ (α+T)^-(r+x) + [x>0] a/(b+x-1) (α+t_x)^-(r+x) ]
 */

import { BETA_GEOMETRIC_LIMITS, betaGeometricHessian, betaGeometricLogLikelihood } from './betaGeometricLikelihood';
import type { FitOptions, MaximumLikelihoodFit } from './maximumLikelihood';
import { fitPatterns } from './patternFit';
import type { Patterns } from './patterns';
import type { PurchaseModel } from './purchaseModel';
import { betaGeometricExpectation } from './betaGeometricExpectation';

const PARAMETER_NAMES = ['r', 'alpha', 'a', 'b'] as const;

export class BgNbd implements PurchaseModel {
  readonly name = 'bgnbd' as const;
  readonly parameterNames = PARAMETER_NAMES;

  constructor(readonly parameters: Float64Array) {}

  /** The log-likelihood of the patterns (see betaGeometricLikelihood.ts). */
  static logLikelihood(parameters: Float64Array, patterns: Patterns): number {
    return betaGeometricLogLikelihood(parameters, patterns, 0, false).value;
  }

  /** The gradient of logLikelihood in (r, α, a, b) (see betaGeometricLikelihood.ts). */
  static logLikelihoodGradient(parameters: Float64Array, patterns: Patterns): Float64Array {
    return betaGeometricLogLikelihood(parameters, patterns, 0, true).gradient;
  }

  /** The Hessian of logLikelihood in (r, α, a, b) (see betaGeometricLikelihood.ts). */
  static logLikelihoodHessian(parameters: Float64Array, patterns: Patterns): Float64Array[] {
    return betaGeometricHessian(parameters, patterns, 0);
  }

  static fit(
    patterns: Patterns,
    start: readonly number[] = [1, meanT(patterns) / 4, 1, 1],
    options: FitOptions = {},
  ): { model: BgNbd; fit: MaximumLikelihoodFit } {
    const fit = fitPatterns(
      patterns,
      (sample) => ({
        value: (parameters) => betaGeometricLogLikelihood(parameters, sample, 0, false).value,
        valueAndGradient: (parameters) => betaGeometricLogLikelihood(parameters, sample, 0, true),
        hessian: (parameters) => betaGeometricHessian(parameters, sample, 0),
      }),
      start,
      { parameterNames: PARAMETER_NAMES, limits: BETA_GEOMETRIC_LIMITS },
      options,
    );
    return { model: new BgNbd(fit.parameters), fit };
  }

  /** P(alive | x, t_x, T) = 1 / (1 + [x>0] a/(b+x-1) ((α+T)/(α+t_x))^(r+x)) (equation 13). */
  probabilityAlive(x: number, tx: number, T: number): number {
    if (x === 0) return 1;
    const [r, alpha, a, b] = this.parameters;
    const logOdds = Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
    return 1 / (1 + Math.exp(logOdds));
  }

  /**
   * E[Y(t) | x, t_x, T] (equation 10): the expected purchases while still
   * active, times P(alive); the first factor in the stable form of
   * betaGeometricExpectation.ts.
   */
  expectedPurchases(t: number, x: number, tx: number, T: number): number {
    return this.expectedPurchasesIfAlive(t, x, tx, T) * this.probabilityAlive(x, tx, T);
  }

  /** The factor before P(alive) in E[Y(t) | x, t_x, T] above: the expected purchases of a customer still active at T. */
  expectedPurchasesIfAlive(t: number, x: number, _tx: number, T: number): number {
    const [r, alpha, a, b] = this.parameters;
    const z = t / (alpha + T + t);
    return betaGeometricExpectation(a, a + b - 1 - r, a + b + x - 1, z);
  }
}

/** The mean observation time, a starting scale for α (which is in the same time units). */
export function meanT(patterns: Patterns): number {
  let weighted = 0;
  let customers = 0;
  for (let i = 0; i < patterns.size; i++) {
    weighted += patterns.weight[i] * patterns.T[i];
    customers += patterns.weight[i];
  }
  return Math.max(1e-3, weighted / customers);
}
