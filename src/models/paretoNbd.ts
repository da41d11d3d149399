/**
 * The Pareto/NBD model (D. Schmittlein, D. Morrison & R. Colombo, "Counting
 * Your Customers: Who Are They and What Will They Do Next?", Management
 * Science 33(1), 1987). While active, a customer buys as a Poisson process with
 * rate λ ~ Gamma(r, α) and leaves after an exponential lifetime with rate
 * μ ~ Gamma(s, β), at any time rather than only after a purchase.
 *
 * Log-likelihood of one customer (P. Fader, B. Hardie & K. Lee, "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions", 2005, equation 22):
 *   ln Γ(r+x) - ln Γ(r) + r ln α + s ln β
 *   + ln[ (α+T)^-(r+x) (β+T)^-s + s/(r+s+x) A0 ],
 *   A0 = F(t_x) - F(T),
 *   F(y) = 2F1(r+s+x, s+1; r+s+x+1; (α-β)/(α+y)) / (α+y)^(r+s+x)   when α >= β,
 *   F(y) = 2F1(r+s+x, r+x; r+s+x+1; (β-α)/(β+y)) / (β+y)^(r+s+x)   otherwise,
 * all in logarithms (logHyp2f1, logSubExp) so that large x and T stay finite.
 */

import { logHyp2f1 } from '../stats/hypergeometric2F1';
import { logGamma } from '../stats/logGamma';
import { logAddExp, logSubExp } from '../stats/logSumExp';
import { meanT } from './bgNbd';
import { maximumLikelihood, type MaximumLikelihoodFit } from './maximumLikelihood';
import { customersIn, type Patterns } from './patterns';
import type { PurchaseModel } from './purchaseModel';

/** ln F(y) of the note's A0 = F(t_x) - F(T) (see above). */
function logF(r: number, alpha: number, s: number, beta: number, x: number, y: number): number {
  const a = r + s + x;
  return alpha >= beta
    ? logHyp2f1(a, s + 1, a + 1, (alpha - beta) / (alpha + y)) - a * Math.log(alpha + y)
    : logHyp2f1(a, r + x, a + 1, (beta - alpha) / (beta + y)) - a * Math.log(beta + y);
}

/**
 * The two terms of one customer's likelihood, as logarithms: still active at
 * T, and left between t_x and T; `logFT` is ln F(T), shared by customers with
 * the same x and T.
 */
function logTerms(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  logFT: number,
): [number, number] {
  const active = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const left = tx >= T ? -Infinity : Math.log(s / (r + s + x)) + logSubExp(logF(r, alpha, s, beta, x, tx), logFT);
  return [active, left];
}

export class ParetoNbd implements PurchaseModel {
  readonly name = 'pnbd' as const;
  readonly parameterNames = ['r', 'alpha', 's', 'beta'] as const;

  constructor(readonly parameters: Float64Array) {}

  static logLikelihood([r, alpha, s, beta]: Float64Array, patterns: Patterns): number {
    const byX = Float64Array.from(
      patterns.distinctX,
      (x) => logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta),
    );
    const byPair = Float64Array.from(patterns.pairX, (x, k) => logF(r, alpha, s, beta, x, patterns.pairT[k]));
    let total = 0;
    for (let i = 0; i < patterns.size; i++) {
      const [active, left] = logTerms(
        r,
        alpha,
        s,
        beta,
        patterns.x[i],
        patterns.tx[i],
        patterns.T[i],
        byPair[patterns.pairIndex[i]],
      );
      total += patterns.weight[i] * (byX[patterns.xIndex[i]] + logAddExp(active, left));
    }
    return total;
  }

  static fit(patterns: Patterns, start?: readonly number[]): { model: ParetoNbd; fit: MaximumLikelihoodFit } {
    const scale = meanT(patterns);
    const fit = maximumLikelihood(
      (parameters) => ParetoNbd.logLikelihood(parameters, patterns),
      start ?? [1, scale / 4, 1, scale],
      customersIn(patterns),
    );
    return { model: new ParetoNbd(fit.parameters), fit };
  }

  /** P(alive | x, t_x, T): the share of the likelihood that comes from still being active. */
  probabilityAlive(x: number, tx: number, T: number): number {
    const [r, alpha, s, beta] = this.parameters;
    const [active, left] = logTerms(r, alpha, s, beta, x, tx, T, logF(r, alpha, s, beta, x, T));
    return 1 / (1 + Math.exp(left - active));
  }

  /**
   * E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s-1)) [1 - ((β+T)/(β+T+t))^(s-1)] P(alive)
   * (Fader, Hardie & Lee's note, equation 27), with (1 - u^(s-1)) / (s-1) evaluated
   * stably: it tends to -ln u as s approaches 1.
   */
  expectedPurchases(t: number, x: number, tx: number, T: number): number {
    const [r, alpha, s, beta] = this.parameters;
    const logU = Math.log(beta + T) - Math.log(beta + T + t);
    const k = s - 1;
    const ratio = Math.abs(k * logU) < 1e-8 ? -logU * (1 + (k * logU) / 2) : -Math.expm1(k * logU) / k;
    return (((r + x) * (beta + T)) / (alpha + T)) * ratio * this.probabilityAlive(x, tx, T);
  }
}
