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
 *
 * The gradient is analytic, from the same pieces. With J = ∫_u^v τ^(e-1)
 * (1-τ)^(a-1) dτ (u = τ(t_x), v = τ(T)), the log of the left term is
 * ln s + r ln α + s ln β - a ln|α-β| + ln J: its derivatives in α and β go
 * through u and v, where d ln J/du = -u^(e-1) (1-u)^(a-1) / J and
 * d ln J/dv = v^(e-1) (1-v)^(a-1) / J are known once J is, and those in r and s
 * through a and e, where the derivatives of ln J in the exponents come with
 * the integrals from incompleteBeta.ts. Beyond the split, J = F(u) - F(v)
 * with F(w) = ∫_w^1, and F is computed once per distinct (x, t_x) and per
 * distinct (x, T), not per customer (the patterns come sorted by x and t_x,
 * so a customer's F(u) is the one before unless x or t_x changed). A fit
 * then costs about two likelihood evaluations per iteration instead of the
 * nine of a finite-difference gradient.
 */

import { digammaDifference } from '../stats/digamma';
import {
  type LogWithDerivatives,
  logBetaIntegralNearZeroWithDerivatives,
  logIncompleteBetaScaledWithDerivatives,
} from '../stats/incompleteBeta';
import { logGammaRatio } from '../stats/logGamma';
import { logAddExp, logSubExp } from '../stats/logSumExp';
import { meanT } from './bgNbd';
import type { FitOptions, MaximumLikelihoodFit } from './maximumLikelihood';
import { fitPatterns } from './patternFit';
import type { ValueAndGradient } from './optimize';
import { type Limit, SAME_PURCHASE_RATE } from './parameterLimits';
import type { Patterns } from './patterns';
import type { PurchaseModel } from './purchaseModel';

// Math's functions (and the constants the loops use) as module constants: under Jest, whose modules run in a
// vm context where every global lookup goes through an interceptor, looking them up in these loops took most of
// a fit's time. It changes nothing in Node or Apps Script.
const { abs, exp, expm1, log, log1p, min, LN2 } = Math;
const isFiniteNumber = Number.isFinite;

/**
 * F(w) = ∫_w^1 τ^(e-1) (1-τ)^(a-1) dτ at w = τ(y), divided by w^e (1-w)^a, as a logarithm, with the
 * derivatives of ln F(w) itself (not divided) in a and e, w held fixed, and e^-value for the gradient
 * (Infinity when that overflows: the caller then computes what it needs another way).
 */
interface Upper {
  readonly value: number;
  readonly da: number;
  readonly de: number;
  readonly expNegative: number;
}

function upperOf(value: number, da: number, de: number): Upper {
  return { value, da, de, expNegative: exp(-value) };
}

/** The death-time integral of customers with x repeat purchases, in the variable τ (see above). */
class DeathIntegral {
  readonly a: number;
  readonly e: number;
  /** a + e (r+x or s+1), which a + e would lose when s or r is huge. */
  readonly aPlusE: number;
  /** de/dr and de/ds: e is -s when α >= β, 1-r-x otherwise. */
  readonly eR: number;
  readonly eS: number;
  readonly alphaHigher: boolean;
  /** min(α, β) and max(α, β). */
  readonly low: number;
  readonly high: number;
  readonly logS: number;
  /** ln(α^r β^s |α-β|^-a u^e (1-u)^a) at t_x = 0 (see logScale). */
  readonly logScaleAtZero: number;
  /** Up to this τ the series near 0, beyond it the tail from 1 (each fast there, see incompleteBeta.ts). */
  readonly split: number;
  /** α = β: then τ = 1 throughout, and the left term has a closed form (see logLeft). */
  readonly equal: boolean;
  /** For the gradient: ln|α-β| (|α-β| itself as spread), ln α, ln β. */
  readonly spread: number;
  readonly logSpread: number;
  readonly logAlpha: number;
  readonly logBeta: number;
  /** F at the split, computed when first needed. */
  private atSplit: LogWithDerivatives | undefined;

  constructor(
    readonly r: number,
    readonly alpha: number,
    readonly s: number,
    readonly beta: number,
    readonly x: number,
  ) {
    this.a = r + s + x;
    this.alphaHigher = alpha >= beta;
    this.e = this.alphaHigher ? -s : 1 - r - x;
    this.aPlusE = this.alphaHigher ? r + x : s + 1;
    this.eR = this.alphaHigher ? 0 : -1;
    this.eS = this.alphaHigher ? -1 : 0;
    this.low = this.alphaHigher ? beta : alpha;
    this.high = this.alphaHigher ? alpha : beta;
    this.logS = log(s);
    // δ = e + (the power of min(α, β) in α^r β^s), see logScale.
    const delta = this.alphaHigher ? 0 : 1 - x;
    this.logScaleAtZero = this.alphaHigher ? -x * log(alpha) : -log(beta) + delta * log(alpha);
    this.split = min(0.5, 1 / this.a);
    this.equal = this.low === this.high;
    this.spread = this.high - this.low;
    this.logSpread = log(this.spread);
    this.logAlpha = log(alpha);
    this.logBeta = log(beta);
  }

  /** True when τ(T) is beyond the split: the left term is then F(u) - F(v), from upper(t_x) and upper(T). */
  isFar(T: number): boolean {
    return (this.low + T) / (this.high + T) > this.split;
  }

  /**
   * ln(α^r β^s |α-β|^-a u^e (1-u)^a), from u = (low+t_x)/(high+t_x) and 1-u = (high-low)/(high+t_x):
   *   -(a+e) ln(1 + t_x/high) + e ln(1 + t_x/low) - (x+δ) ln(high) + δ ln(low),
   * δ = e + (the power of low in α^r β^s), 0 or 1-x: no terms of size r ln α that would cancel in rounding.
   */
  logScale(tx: number): number {
    if (tx === 0) return this.logScaleAtZero;
    return this.logScaleAtZero - this.aPlusE * log1p(tx / this.high) + this.e * log1p(tx / this.low);
  }

  /** F(τ(y)): the series from τ(y) to the split plus the tail beyond it, or the tail alone beyond the split. */
  upper(y: number): Upper {
    const { a, e, aPlusE, low, high, split } = this;
    const w = (low + y) / (high + y);
    const oneMinusW = (high - low) / (high + y);
    if (w >= split) {
      const tail = logIncompleteBetaScaledWithDerivatives(a, e, oneMinusW, w, aPlusE);
      return upperOf(tail.value, tail.da + log(oneMinusW), tail.db + log(w));
    }
    const logW = log(w);
    const logSplitRatio = log(split) - logW;
    // The series gives ln[w^-e ∫_w^split]; its exponents are (e, a), in that order.
    const near = logBetaIntegralNearZeroWithDerivatives(e, a, logW, logSplitRatio);
    this.atSplit ??= logIncompleteBetaScaledWithDerivatives(a, e, 1 - split, split, aPlusE);
    const tail = this.atSplit;
    const nearValue = near.value - a * log1p(-w);
    const tailValue = tail.value + e * logSplitRatio + a * log1p((w - split) / oneMinusW);
    const value = logAddExp(nearValue, tailValue);
    const share = exp(nearValue - value);
    return upperOf(
      value,
      share * near.db + (1 - share) * (tail.da + log1p(-split)),
      share * (near.da + logW) + (1 - share) * (tail.db + log(split)),
    );
  }

  /**
   * ln of s α^r β^s ∫_{t_x}^T (α+y)^-(r+x) (β+y)^-(s+1) dy, the likelihood of having left between t_x and T,
   * with logScale(t_x) from the caller, and F(u) and F(v) when isFar(T). With `gradient`, its gradient in
   * (r, α, s, β) is written there.
   */
  logLeft(
    tx: number,
    T: number,
    logScaleU: number,
    atU: Upper | undefined,
    atV: Upper | undefined,
    gradient?: Float64Array,
  ): number {
    if (tx >= T) return -Infinity;
    if (this.equal) return this.logLeftEqual(tx, T, gradient);
    const { r, alpha, s, beta, a, e, low, high, split } = this;
    const u = (low + tx) / (high + tx);
    // ln(v/u) = ln[(low+T)(high+t_x) / ((high+T)(low+t_x))], without cancellation when T and t_x are close,
    // and ln[(1-v)/(1-u)] = -ln[1 + (T-t_x)/(high+t_x)].
    const logRatio = log1p(((high - low) * (T - tx)) / ((high + T) * (low + tx)));
    const logComplementRatio = -log1p((T - tx) / (high + tx));
    const v = (low + T) / (high + T);
    // ln[J / (u^e (1-u)^a)], the derivatives of ln J in a and e, and J's integrand at its two ends over J,
    // times u(1-u) and v(1-v): u^e (1-u)^a / J and v^e (1-v)^a / J.
    let logIntegral: number;
    let da = 0;
    let de = 0;
    let atStart = 0;
    let atEnd = 0;
    const logEndRatio = e * logRatio + a * logComplementRatio;
    if (v <= split) {
      const near = logBetaIntegralNearZeroWithDerivatives(e, a, log(u), logRatio);
      logIntegral = near.value - a * log1p(-u);
      if (gradient !== undefined) {
        da = near.db;
        de = near.da + log(u);
        atStart = exp(-logIntegral);
        atEnd = exp(logEndRatio - logIntegral);
      }
    } else {
      const U = atU as Upper;
      const V = atV as Upper;
      // J = F(u) - F(v), with F(v) divided by u^e (1-u)^a instead of v^e (1-v)^a: q = F(v)/F(u) < 1.
      const d = V.value + logEndRatio - U.value;
      if (!(d < 0)) {
        logIntegral = d === 0 ? -Infinity : Number.NaN;
      } else {
        const q = exp(d);
        const oneMinusQ = d > -LN2 ? -expm1(d) : 1 - q;
        logIntegral = U.value + (d > -LN2 ? log(oneMinusQ) : log1p(-q));
        if (gradient !== undefined) {
          const shareU = 1 / oneMinusQ;
          const shareV = q * shareU;
          da = shareU * U.da - shareV * V.da;
          de = shareU * U.de - shareV * V.de;
          atStart = isFiniteNumber(U.expNegative) ? shareU * U.expNegative : exp(-logIntegral);
          atEnd = isFiniteNumber(V.expNegative) ? shareV * V.expNegative : exp(logEndRatio - logIntegral);
        }
      }
    }
    const left = this.logS + logScaleU + logIntegral;
    if (gradient !== undefined) {
      const { spread, logSpread } = this;
      const dHigh = (-a + atStart - atEnd) / spread;
      const dLow = (a - atStart / u + atEnd / v) / spread;
      gradient[0] = this.logAlpha - logSpread + da + de * this.eR;
      gradient[1] = r / alpha + (this.alphaHigher ? dHigh : dLow);
      gradient[2] = 1 / s + this.logBeta - logSpread + da + de * this.eS;
      gradient[3] = s / beta + (this.alphaHigher ? dLow : dHigh);
    }
    return left;
  }

  /**
   * α = β = h: the integrand is (h+y)^-(a+1), so the integral is I = [(h+t_x)^-a - (h+T)^-a] / a; with
   * z1 = h+t_x, z2 = h+T and q = (z1/z2)^a, the derivatives of ln I are
   *   in r and s: -∫ ln(h+y) (h+y)^-(a+1) dy / I = -(ln z1 - q ln(z2/z1) / (1-q) + 1/a),
   *   in α: -(r+x) K, in β: -(s+1) K,   K = ∫ (h+y)^-(a+2) dy / I = a/(a+1) (1/z1 - q/z2) / (1-q).
   */
  private logLeftEqual(tx: number, T: number, gradient?: Float64Array): number {
    const { r, s, x, a, high, logS } = this;
    const at = (y: number) => -(r + s) * log1p(y / high) - x * log(high + y);
    const left = logS - log(a) + logSubExp(at(tx), at(T));
    if (gradient !== undefined) {
      const z1 = high + tx;
      const z2 = high + T;
      const logRatio = log1p((T - tx) / z1);
      const oneMinusQ = -expm1(-a * logRatio);
      const q = 1 - oneMinusQ;
      const logMoment = log(z1) - (q * logRatio) / oneMinusQ + 1 / a;
      const K = ((a / (a + 1)) * (1 / z1 - q / z2)) / oneMinusQ;
      const logH = log(high);
      gradient[0] = logH - logMoment;
      gradient[1] = r / high - (r + x) * K;
      gradient[2] = 1 / s + logH - logMoment;
      gradient[3] = s / high - (s + 1) * K;
    }
    return left;
  }
}

/** ln of α^r β^s (α+T)^-(r+x) (β+T)^-s, the likelihood of being still active at T. */
function logActive(r: number, alpha: number, s: number, beta: number, x: number, T: number): number {
  return -r * log1p(T / alpha) - x * log(alpha + T) - s * log1p(T / beta);
}

const PARAMETER_NAMES = ['r', 'alpha', 's', 'beta'] as const;

const NO_DROP_OUT =
  'the drop-out rate goes to 0: nobody seems to leave, the limiting NBD model (purchases without drop-out)';

/**
 * Where the Pareto/NBD runs off to (parameterLimits.ts): one purchase rate for all; s and β growing together
 * (s/β, the mean drop-out rate, fixed), one drop-out rate for all; β growing alone or s going to 0, a drop-out
 * rate of 0, the NBD model.
 */
const PARETO_LIMITS: readonly Limit[] = [
  SAME_PURCHASE_RATE,
  { moves: [{ parameter: 3, up: true }], meaning: () => NO_DROP_OUT },
  { moves: [{ parameter: 2, up: false }], meaning: () => NO_DROP_OUT },
  {
    moves: [
      { parameter: 2, up: true },
      { parameter: 3, up: true },
    ],
    meaning: () =>
      'drop-out rates do not vary across customers: every customer leaves at the same rate, the limiting case of ' +
      'exponential lifetimes without spread',
  },
];

export class ParetoNbd implements PurchaseModel {
  readonly name = 'pnbd' as const;
  readonly parameterNames = PARAMETER_NAMES;

  constructor(readonly parameters: Float64Array) {}

  static logLikelihood(parameters: Float64Array, patterns: Patterns): number {
    return ParetoNbd.logLikelihoodAndGradient(parameters, patterns, false).value;
  }

  static logLikelihoodGradient(parameters: Float64Array, patterns: Patterns): Float64Array {
    return ParetoNbd.logLikelihoodAndGradient(parameters, patterns, true).gradient;
  }

  /**
   * The log-likelihood of the patterns, and with `withGradient` its gradient in (r, α, s, β). With w the
   * share of the left term in a customer's likelihood, a customer's gradient is
   * ψ(r+x) - ψ(r) (in r) + (1-w) (the active term's) + w (the left term's).
   */
  static logLikelihoodAndGradient(
    [r, alpha, s, beta]: Float64Array,
    patterns: Patterns,
    withGradient: boolean,
  ): ValueAndGradient {
    const { distinctX, pairX, pairT } = patterns;
    const byX = Float64Array.from(distinctX, (x) => logGammaRatio(r, x));
    const byXSlope = withGradient ? Float64Array.from(distinctX, (x) => digammaDifference(r, x)) : byX;
    const integrals = Array.from(distinctX, (x) => new DeathIntegral(r, alpha, s, beta, x));
    // Per (x, T) pair: the active term and its gradient, and F(τ(T)) when a customer needs it.
    const active = new Float64Array(pairX.length);
    const activeGradient = new Float64Array(withGradient ? 4 * pairX.length : 0);
    for (let k = 0; k < pairX.length; k++) {
      const x = pairX[k];
      const T = pairT[k];
      active[k] = logActive(r, alpha, s, beta, x, T);
      if (withGradient) {
        activeGradient[4 * k] = -log1p(T / alpha);
        activeGradient[4 * k + 1] = r / alpha - (r + x) / (alpha + T);
        activeGradient[4 * k + 2] = -log1p(T / beta);
        activeGradient[4 * k + 3] = s / beta - s / (beta + T);
      }
    }
    const atT: (Upper | undefined)[] = new Array(pairX.length);
    const leftGradient = withGradient ? new Float64Array(4) : undefined;
    const g = new Float64Array(4);
    let total = 0;
    let atTx: Upper | undefined;
    let logScaleU = 0;
    const { x: xs, tx: txs, T: Ts, weight, xIndex, pairIndex } = patterns;
    for (let i = 0; i < patterns.size; i++) {
      const j = xIndex[i];
      const integral = integrals[j];
      const tx = txs[i];
      const T = Ts[i];
      if (i === 0 || xs[i] !== xs[i - 1] || tx !== txs[i - 1]) {
        // A new (x, t_x): what depends on u = τ(t_x) alone.
        atTx = undefined;
        logScaleU = integral.logScale(tx);
      }
      const pair = pairIndex[i];
      let atThisT: Upper | undefined;
      if (tx < T && !integral.equal && integral.isFar(T)) {
        atTx ??= integral.upper(tx);
        atThisT = atT[pair] ??= integral.upper(T);
      }
      const left = integral.logLeft(tx, T, logScaleU, atTx, atThisT, leftGradient);
      // ln(e^active + e^left) and w = e^left / (e^active + e^left), from one exp.
      const difference = left - active[pair];
      const small = exp(-abs(difference));
      const both = (difference > 0 ? left : active[pair]) + log1p(small);
      total += weight[i] * (byX[j] + both);
      if (leftGradient !== undefined) {
        const w = left === -Infinity ? 0 : difference > 0 ? 1 / (1 + small) : small / (1 + small);
        const weighted = weight[i];
        for (let d = 0; d < 4; d++) {
          const fromLeft = w === 0 ? 0 : w * leftGradient[d];
          g[d] += weighted * ((1 - w) * activeGradient[4 * pair + d] + fromLeft);
        }
        g[0] += weighted * byXSlope[j];
      }
    }
    return { value: total, gradient: withGradient ? g : new Float64Array(0) };
  }

  static fit(
    patterns: Patterns,
    start?: readonly number[],
    options: FitOptions = {},
  ): { model: ParetoNbd; fit: MaximumLikelihoodFit } {
    const scale = meanT(patterns);
    const fit = fitPatterns(
      patterns,
      (sample) => ({
        value: (parameters) => ParetoNbd.logLikelihoodAndGradient(parameters, sample, false).value,
        valueAndGradient: (parameters) => ParetoNbd.logLikelihoodAndGradient(parameters, sample, true),
      }),
      start ?? [1, scale / 4, 1, scale],
      { parameterNames: PARAMETER_NAMES, limits: PARETO_LIMITS },
      options,
    );
    return { model: new ParetoNbd(fit.parameters), fit };
  }

  /** P(alive | x, t_x, T): the share of the likelihood that comes from still being active. */
  probabilityAlive(x: number, tx: number, T: number): number {
    const [r, alpha, s, beta] = this.parameters;
    const integral = new DeathIntegral(r, alpha, s, beta, x);
    const far = tx < T && !integral.equal && integral.isFar(T);
    const left = integral.logLeft(
      tx,
      T,
      integral.logScale(tx),
      far ? integral.upper(tx) : undefined,
      far ? integral.upper(T) : undefined,
    );
    return 1 / (1 + exp(left - logActive(r, alpha, s, beta, x, T)));
  }

  /**
   * E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s-1)) [1 - ((β+T)/(β+T+t))^(s-1)] P(alive)
   * (Fader, Hardie & Lee's note, equation 27), with (1 - u^(s-1)) / (s-1) evaluated
   * stably: it tends to -ln u as s approaches 1.
   */
  expectedPurchases(t: number, x: number, tx: number, T: number): number {
    return this.expectedPurchasesIfAlive(t, x, tx, T) * this.probabilityAlive(x, tx, T);
  }

  /** The factor before P(alive) in E[Y(t) | x, t_x, T] above: the expected purchases of a customer still active at T. */
  expectedPurchasesIfAlive(t: number, x: number, _tx: number, T: number): number {
    const [r, alpha, s, beta] = this.parameters;
    const logU = log(beta + T) - log(beta + T + t);
    const k = s - 1;
    const ratio = abs(k * logU) < 1e-8 ? -logU * (1 + (k * logU) / 2) : -expm1(k * logU) / k;
    return (((r + x) * (beta + T)) / (alpha + T)) * ratio;
  }
}
