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

import { digamma } from '../stats/digamma';
import { logGamma } from '../stats/logGamma';
import { logAddExp } from '../stats/logSumExp';
import { maximumLikelihood, type MaximumLikelihoodFit } from './maximumLikelihood';
import { customersIn, type Patterns } from './patterns';
import type { PurchaseModel } from './purchaseModel';
import { betaGeometricExpectation } from './betaGeometricExpectation';

export class BgNbd implements PurchaseModel {
  readonly name = 'bgnbd' as const;
  readonly parameterNames = ['r', 'alpha', 'a', 'b'] as const;

  constructor(readonly parameters: Float64Array) {}

  static logLikelihood([r, alpha, a, b]: Float64Array, patterns: Patterns): number {
    // The terms that depend on x only, once per distinct x.
    const byX = Float64Array.from(
      patterns.distinctX,
      (x) =>
        logGamma(r + x) -
        logGamma(r) +
        r * Math.log(alpha) +
        logGamma(a + b) +
        logGamma(b + x) -
        logGamma(b) -
        logGamma(a + b + x),
    );
    const logA = Math.log(a);
    let total = 0;
    for (let i = 0; i < patterns.size; i++) {
      const x = patterns.x[i];
      const stillActive = -(r + x) * Math.log(alpha + patterns.T[i]);
      const droppedOut = x > 0 ? logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + patterns.tx[i]) : -Infinity;
      total += patterns.weight[i] * (byX[patterns.xIndex[i]] + logAddExp(stillActive, droppedOut));
    }
    return total;
  }

  /**
   * The gradient of logLikelihood in (r, α, a, b). With w the share of the
   * dropped-out term in a customer's likelihood:
   *   d/dr = ψ(r+x) - ψ(r) + ln α - (1-w) ln(α+T) - w ln(α+t_x)
   *   d/dα = r/α - (r+x) [(1-w)/(α+T) + w/(α+t_x)]
   *   d/da = ψ(a+b) - ψ(a+b+x) + w/a
   *   d/db = ψ(a+b) + ψ(b+x) - ψ(b) - ψ(a+b+x) - w/(b+x-1)
   */
  static logLikelihoodGradient([r, alpha, a, b]: Float64Array, patterns: Patterns): Float64Array {
    const byX = Array.from(patterns.distinctX, (x) => ({
      r: digamma(r + x) - digamma(r) + Math.log(alpha),
      a: digamma(a + b) - digamma(a + b + x),
      b: digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x),
    }));
    const logA = Math.log(a);
    const g = new Float64Array(4);
    for (let i = 0; i < patterns.size; i++) {
      const x = patterns.x[i];
      const logActive = Math.log(alpha + patterns.T[i]);
      const logLast = Math.log(alpha + patterns.tx[i]);
      const stillActive = -(r + x) * logActive;
      const droppedOut = x > 0 ? logA - Math.log(b + x - 1) - (r + x) * logLast : -Infinity;
      const w = x > 0 ? 1 / (1 + Math.exp(stillActive - droppedOut)) : 0;
      const terms = byX[patterns.xIndex[i]];
      const weight = patterns.weight[i];
      g[0] += weight * (terms.r - (1 - w) * logActive - w * logLast);
      g[1] += weight * (r / alpha - (r + x) * ((1 - w) / (alpha + patterns.T[i]) + w / (alpha + patterns.tx[i])));
      g[2] += weight * (terms.a + w / a);
      g[3] += weight * (terms.b - (x > 0 ? w / (b + x - 1) : 0));
    }
    return g;
  }

  static fit(
    patterns: Patterns,
    start: readonly number[] = [1, meanT(patterns) / 4, 1, 1],
  ): { model: BgNbd; fit: MaximumLikelihoodFit } {
    const fit = maximumLikelihood(
      (parameters) => BgNbd.logLikelihood(parameters, patterns),
      start,
      customersIn(patterns),
      (parameters) => BgNbd.logLikelihoodGradient(parameters, patterns),
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
    const [r, alpha, a, b] = this.parameters;
    const z = t / (alpha + T + t);
    return betaGeometricExpectation(a, a + b - 1 - r, a + b + x - 1, z) * this.probabilityAlive(x, tx, T);
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
