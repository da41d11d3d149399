/**
 * The Pareto/NBD model (D. Schmittlein, D. Morrison & R. Colombo, "Counting
 * Your Customers: Who Are They and What Will They Do Next?", Management
 * Science 33(1), 1987). While active, a customer buys as a Poisson process with
 * rate λ ~ Gamma(r, α) and leaves after an exponential lifetime with rate
 * μ ~ Gamma(s, β), at any time rather than only after a purchase.
 *
 * Log-likelihood of one customer (P. Fader, B. Hardie & K. Lee, "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions", 2005, equation 22,
 * with the death time y left as an integral):
 *   ln Γ(r+x) - ln Γ(r)
 *   + ln[ α^r β^s (α+T)^-(r+x) (β+T)^-s + s α^r β^s ∫_{t_x}^T (α+y)^-(r+x) (β+y)^-(s+1) dy ],
 * still active at T, or left at some y between t_x and T.
 *
 * The note writes the integral with 2F1(r+s+x, ·; r+s+x+1; z),
 * z = |α-β| / (max(α,β)+y), whose power series needs about 37 / (1 - z)
 * terms. When purchases are very regular, the fit drives r and α up together
 * (a purchase rate with no spread across customers, the Poisson limit), 1 - z
 * goes to 0, and the fit stalled in up to a million terms per customer and
 * evaluation. With τ = (min(α,β)+y) / (max(α,β)+y) = 1 - z instead, the
 * integral is an incomplete beta integral near τ = 0:
 *   ∫_{t_x}^T ... dy = |α-β|^-a ∫_{τ(t_x)}^{τ(T)} τ^(e-1) (1-τ)^(a-1) dτ,
 *   a = r+s+x,   e = -s when α >= β,   e = 1-r-x otherwise,
 * which incompleteBeta.ts evaluates in a bounded number of steps for any
 * parameters. Everything is in logarithms so that large x and T stay finite,
 * and α^r β^s sits inside the brackets, as (1 + T/α)^-r and the like, so that
 * terms of size r ln α do not cancel in rounding when r and α run into the
 * millions: the optimizer then sees a smooth likelihood along that ridge
 * instead of rounding noise, and runs out to its bound on α in a few dozen
 * iterations (on the example coffee shop's orders), then reports that it did
 * not converge, as BG/NBD and MBG/NBD do on the same orders.
 */

import { logBetaIntegralNearZero, logIncompleteBetaScaled } from '../stats/incompleteBeta';
import { logGammaRatio } from '../stats/logGamma';
import { logAddExp, logSubExp } from '../stats/logSumExp';
import { meanT } from './bgNbd';
import { maximumLikelihood, type MaximumLikelihoodFit } from './maximumLikelihood';
import { customersIn, type Patterns } from './patterns';
import type { PurchaseModel } from './purchaseModel';

/** The death-time integral of customers with x purchases, in the variable τ (see above). */
interface DeathIntegral {
  readonly logS: number;
  readonly x: number;
  /** a = r+s+x and the exponent e, and their sum (r+x or s+1), which a + e would lose when s or r is huge. */
  readonly a: number;
  readonly e: number;
  readonly aPlusE: number;
  /** min(α, β) and max(α, β); r + s for when they are equal. */
  readonly low: number;
  readonly high: number;
  readonly rPlusS: number;
  /** ln(α^r β^s |α-β|^-a u^e (1-u)^a) at t_x = 0 (see logLeft). */
  readonly logScaleAtZero: number;
  /** Up to this τ the series near 0, beyond it the tail from 1 (each fast there, see incompleteBeta.ts). */
  readonly split: number;
  /**
   * Pieces the same for all these customers, or for all with t_x = 0 (all of them when x = 0), computed when
   * first needed (NaN until then): logIncompleteBetaScaled at the split, and fromU at t_x = 0.
   */
  tailAtSplit: number;
  fromZero: number;
  nearFromZero: number;
}

function deathIntegral(r: number, alpha: number, s: number, beta: number, x: number): DeathIntegral {
  const a = r + s + x;
  const alphaHigher = alpha >= beta;
  // δ = e + (the power of min(α, β) in α^r β^s), see logLeft.
  const delta = alphaHigher ? 0 : 1 - x;
  return {
    logS: Math.log(s),
    x,
    a,
    e: alphaHigher ? -s : 1 - r - x,
    aPlusE: alphaHigher ? r + x : s + 1,
    low: alphaHigher ? beta : alpha,
    high: alphaHigher ? alpha : beta,
    rPlusS: r + s,
    logScaleAtZero: alphaHigher ? -x * Math.log(alpha) : -Math.log(beta) + delta * Math.log(alpha),
    split: Math.min(0.5, 1 / a),
    tailAtSplit: Number.NaN,
    fromZero: Number.NaN,
    nearFromZero: Number.NaN,
  };
}

/**
 * The parts of the τ integral from u = τ(t_x) on that do not depend on T, divided by u^e (1-u)^a, as
 * logarithms: the series from u to the split (-Infinity when u is beyond it) and the tail from the larger of
 * the two.
 */
function fromU(integral: DeathIntegral, tx: number): { nearZero: number; tail: number } {
  const { a, e, aPlusE, low, high, split } = integral;
  const u = (low + tx) / (high + tx);
  const oneMinusU = (high - low) / (high + tx);
  if (u >= split) return { nearZero: -Infinity, tail: logIncompleteBetaScaled(a, e, oneMinusU, u, aPlusE) };
  const logU = Math.log(u);
  const logSplitRatio = Math.log(split) - logU;
  if (Number.isNaN(integral.tailAtSplit))
    integral.tailAtSplit = logIncompleteBetaScaled(a, e, 1 - split, split, aPlusE);
  return {
    nearZero: logBetaIntegralNearZero(e, a, logU, logSplitRatio) - a * Math.log1p(-u),
    tail: integral.tailAtSplit + e * logSplitRatio + a * Math.log1p((u - split) / oneMinusU),
  };
}

/**
 * ln[B_{1-τ}(a, e) (1-τ)^-a τ^-e], B_{1-τ}(a, e) = ∫_τ^1 t^(e-1) (1-t)^(a-1) dt the
 * part of the τ integral beyond τ(y), with 1 - τ computed without cancellation.
 */
function logScaledTailAt({ a, e, aPlusE, low, high }: DeathIntegral, y: number): number {
  return logIncompleteBetaScaled(a, e, (high - low) / (high + y), (low + y) / (high + y), aPlusE);
}

/**
 * ln of s α^r β^s ∫_{t_x}^T (α+y)^-(r+x) (β+y)^-(s+1) dy, the likelihood of
 * having left between t_x and T. `tails[k]` holds logScaledTailAt(T), shared
 * by customers with the same x and T; it is computed here when first needed
 * (only when τ(T) is beyond the split), NaN until then.
 */
function logLeft(integral: DeathIntegral, tx: number, T: number, tails: Float64Array, k: number): number {
  if (tx >= T) return -Infinity;
  const { logS, x, a, e, aPlusE, low, high, rPlusS, logScaleAtZero, split } = integral;
  if (low === high) {
    // τ = 1 throughout: the integrand is (α+y)^-(a+1), so the integral is [(α+t_x)^-a - (α+T)^-a] / a.
    const at = (y: number) => -rPlusS * Math.log1p(y / high) - x * Math.log(high + y);
    return logS - Math.log(a) + logSubExp(at(tx), at(T));
  }
  // The τ integral from u = τ(t_x) to v = τ(T), divided by u^e (1-u)^a, the size of its integrand at u: all
  // pieces are then of moderate size, however large a and |e|.
  const u = (low + tx) / (high + tx);
  // ln(v/u) = ln[(low+T)(high+t_x) / ((high+T)(low+t_x))], without cancellation when T and t_x are close.
  const logRatio = Math.log1p(((high - low) * (T - tx)) / ((high + T) * (low + tx)));
  const v = (low + T) / (high + T);
  let logIntegral: number;
  if (v <= split) {
    logIntegral = logBetaIntegralNearZero(e, a, Math.log(u), logRatio) - a * Math.log1p(-u);
  } else {
    // The tail beyond v, with ln[(1-v)/(1-u)] = -ln[1 + (T-t_x)/(high+t_x)].
    if (Number.isNaN(tails[k])) tails[k] = logScaledTailAt(integral, T);
    const beyondV = tails[k] + e * logRatio - a * Math.log1p((T - tx) / (high + tx));
    // From t_x = 0 (every customer without repeat purchases) the same for all T: computed once.
    if (tx === 0 && Number.isNaN(integral.fromZero)) {
      ({ nearZero: integral.nearFromZero, tail: integral.fromZero } = fromU(integral, 0));
    }
    const { nearZero, tail } =
      tx === 0 ? { nearZero: integral.nearFromZero, tail: integral.fromZero } : fromU(integral, tx);
    logIntegral = logAddExp(nearZero, logSubExp(tail, beyondV));
  }
  // ln(α^r β^s |α-β|^-a u^e (1-u)^a), from u = (low+t_x)/(high+t_x) and 1-u = (high-low)/(high+t_x):
  //   -(a+e) ln(1 + t_x/high) + e ln(1 + t_x/low) - (x+δ) ln(high) + δ ln(low),
  // δ = e + (the power of low in α^r β^s), 0 or 1-x: no terms of size r ln α that would cancel in rounding.
  const logScale =
    tx === 0 ? logScaleAtZero : logScaleAtZero - aPlusE * Math.log1p(tx / high) + e * Math.log1p(tx / low);
  return logS + logScale + logIntegral;
}

/** ln of α^r β^s (α+T)^-(r+x) (β+T)^-s, the likelihood of being still active at T. */
function logActive(r: number, alpha: number, s: number, beta: number, x: number, T: number): number {
  return -r * Math.log1p(T / alpha) - x * Math.log(alpha + T) - s * Math.log1p(T / beta);
}

export class ParetoNbd implements PurchaseModel {
  readonly name = 'pnbd' as const;
  readonly parameterNames = ['r', 'alpha', 's', 'beta'] as const;

  constructor(readonly parameters: Float64Array) {}

  static logLikelihood([r, alpha, s, beta]: Float64Array, patterns: Patterns): number {
    // What depends on x only, once per distinct x; on x and T only, once per (x, T) pair (the tails beyond τ(T)
    // only when needed).
    const byX = Float64Array.from(patterns.distinctX, (x) => logGammaRatio(r, x));
    const integrals = Array.from(patterns.distinctX, (x) => deathIntegral(r, alpha, s, beta, x));
    const active = Float64Array.from(patterns.pairX, (x, k) => logActive(r, alpha, s, beta, x, patterns.pairT[k]));
    const tails = new Float64Array(patterns.pairX.length).fill(Number.NaN);
    let total = 0;
    for (let i = 0; i < patterns.size; i++) {
      const pair = patterns.pairIndex[i];
      const left = logLeft(integrals[patterns.xIndex[i]], patterns.tx[i], patterns.T[i], tails, pair);
      total += patterns.weight[i] * (byX[patterns.xIndex[i]] + logAddExp(active[pair], left));
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
    const left = logLeft(deathIntegral(r, alpha, s, beta, x), tx, T, Float64Array.of(Number.NaN), 0);
    return 1 / (1 + Math.exp(left - logActive(r, alpha, s, beta, x, T)));
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
