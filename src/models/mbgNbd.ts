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

import { digamma } from '../stats/digamma';
import { logGamma } from '../stats/logGamma';
import { logAddExp } from '../stats/logSumExp';
import { betaGeometricExpectation } from './betaGeometricExpectation';
import { meanT } from './bgNbd';
import { maximumLikelihood, type MaximumLikelihoodFit } from './maximumLikelihood';
import { customersIn, type Patterns } from './patterns';
import type { PurchaseModel } from './purchaseModel';

export class MbgNbd implements PurchaseModel {
  readonly name = 'mbgnbd' as const;
  readonly parameterNames = ['r', 'alpha', 'a', 'b'] as const;

  constructor(readonly parameters: Float64Array) {}

  static logLikelihood([r, alpha, a, b]: Float64Array, patterns: Patterns): number {
    const byX = Float64Array.from(
      patterns.distinctX,
      (x) =>
        logGamma(r + x) -
        logGamma(r) +
        r * Math.log(alpha) +
        logGamma(a + b) +
        logGamma(b + x + 1) -
        logGamma(b) -
        logGamma(a + b + x + 1),
    );
    const logA = Math.log(a);
    let total = 0;
    for (let i = 0; i < patterns.size; i++) {
      const x = patterns.x[i];
      const stillActive = -(r + x) * Math.log(alpha + patterns.T[i]);
      const droppedOut = logA - Math.log(b + x) - (r + x) * Math.log(alpha + patterns.tx[i]);
      total += patterns.weight[i] * (byX[patterns.xIndex[i]] + logAddExp(stillActive, droppedOut));
    }
    return total;
  }

  /**
   * The gradient of logLikelihood in (r, α, a, b), as for the BG/NBD (see
   * bgNbd.ts) with b + x + 1 for b + x, and the dropped-out term for every x:
   *   d/da = ψ(a+b) - ψ(a+b+x+1) + w/a
   *   d/db = ψ(a+b) + ψ(b+x+1) - ψ(b) - ψ(a+b+x+1) - w/(b+x)
   */
  static logLikelihoodGradient([r, alpha, a, b]: Float64Array, patterns: Patterns): Float64Array {
    const byX = Array.from(patterns.distinctX, (x) => ({
      r: digamma(r + x) - digamma(r) + Math.log(alpha),
      a: digamma(a + b) - digamma(a + b + x + 1),
      b: digamma(a + b) + digamma(b + x + 1) - digamma(b) - digamma(a + b + x + 1),
    }));
    const logA = Math.log(a);
    const g = new Float64Array(4);
    for (let i = 0; i < patterns.size; i++) {
      const x = patterns.x[i];
      const logActive = Math.log(alpha + patterns.T[i]);
      const logLast = Math.log(alpha + patterns.tx[i]);
      const stillActive = -(r + x) * logActive;
      const droppedOut = logA - Math.log(b + x) - (r + x) * logLast;
      const w = 1 / (1 + Math.exp(stillActive - droppedOut));
      const terms = byX[patterns.xIndex[i]];
      const weight = patterns.weight[i];
      g[0] += weight * (terms.r - (1 - w) * logActive - w * logLast);
      g[1] += weight * (r / alpha - (r + x) * ((1 - w) / (alpha + patterns.T[i]) + w / (alpha + patterns.tx[i])));
      g[2] += weight * (terms.a + w / a);
      g[3] += weight * (terms.b - w / (b + x));
    }
    return g;
  }

  static fit(
    patterns: Patterns,
    start: readonly number[] = [1, meanT(patterns) / 4, 1, 1],
  ): { model: MbgNbd; fit: MaximumLikelihoodFit } {
    const fit = maximumLikelihood(
      (parameters) => MbgNbd.logLikelihood(parameters, patterns),
      start,
      customersIn(patterns),
      (parameters) => MbgNbd.logLikelihoodGradient(parameters, patterns),
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
    const [r, alpha, a, b] = this.parameters;
    const z = t / (alpha + T + t);
    return betaGeometricExpectation(a, a + b - r, a + b + x, z) * this.probabilityAlive(x, tx, T);
  }
}
