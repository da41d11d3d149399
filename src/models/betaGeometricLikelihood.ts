/**
 * The log-likelihood shared by the BG/NBD and the MBG/NBD (see bgNbd.ts and
 * mbgNbd.ts), and its gradient, in one pass over the patterns. With k = x for
 * the BG/NBD and k = x + 1 for the MBG/NBD (which lets a customer drop out
 * right after the first purchase too), one customer's log-likelihood is
 *
 *   ln Γ(r+x) - ln Γ(r) + ln B(a, b+k) - ln B(a, b)
 *   + ln[ (1 + T/α)^-r (α+T)^-x + [k>0] a/(b+k-1) (1 + t_x/α)^-r (α+t_x)^-x ],
 *
 * the papers' r ln α - (r+x) ln(α+T) written as -r ln(1 + T/α) - x ln(α+T),
 * so that no terms of size r ln α cancel when r and α run into the millions
 * together (every customer buying at the same rate): the likelihood stays
 * smooth there, and the fit can tell that it is running away. The gamma
 * ratios are logGammaRatio's and their derivatives digammaDifference's,
 * accurate for large arguments for the same reason. The logarithms of α + t_x and α + T are taken once per distinct
 * t_x and T, the terms in x once per distinct x.
 *
 * With w the share of the dropped-out term in a customer's likelihood:
 *   d/dr = ψ(r+x) - ψ(r) - (1-w) ln(1 + T/α) - w ln(1 + t_x/α)
 *   d/dα = r/α - (r+x) [(1-w)/(α+T) + w/(α+t_x)]
 *   d/da = ψ(a+b) - ψ(a+b+k) + w/a
 *   d/db = ψ(a+b) + ψ(b+k) - ψ(b) - ψ(a+b+k) - w/(b+k-1)
 */

import { digammaDifference } from '../stats/digamma';
import { trigammaDifference } from '../stats/trigamma';
import { logGammaRatio } from '../stats/logGamma';
import type { ValueAndGradient } from './optimize';
import { formatParameter, type Limit, SAME_PURCHASE_RATE } from './parameterLimits';
import type { Patterns } from './patterns';

// Math's functions (and the constants the loops use) as module constants: under Jest, whose modules run in a
// vm context where every global lookup goes through an interceptor, looking them up in these loops took most of
// a fit's time. It changes nothing in Node or Apps Script.
const { abs, exp, log, log1p } = Math;

/** ln(1 + t/α) and ln(α + t) for each of the distinct times, and 1/(α + t) when the gradient is wanted. */
function logsAt(times: Float64Array, alpha: number, withGradient: boolean) {
  const logOfRatio = new Float64Array(times.length);
  const logOfSum = new Float64Array(times.length);
  const inverse = withGradient ? new Float64Array(times.length) : logOfSum;
  for (let j = 0; j < times.length; j++) {
    logOfRatio[j] = log1p(times[j] / alpha);
    logOfSum[j] = log(alpha + times[j]);
    if (withGradient) inverse[j] = 1 / (alpha + times[j]);
  }
  return { log1p: logOfRatio, log: logOfSum, inverse };
}

/**
 * The log-likelihood at (r, α, a, b), with its gradient when `withGradient`; `shift` is k - x (0 for the
 * BG/NBD, 1 for the MBG/NBD).
 */
export function betaGeometricLogLikelihood(
  [r, alpha, a, b]: Float64Array,
  patterns: Patterns,
  shift: 0 | 1,
  withGradient: boolean,
): ValueAndGradient {
  const { distinctX } = patterns;
  const nX = distinctX.length;
  // Per distinct x: the gamma and beta terms, ln[a / (b+k-1)] (-Infinity when k = 0), and for the gradient
  // the digamma terms and 1/(b+k-1).
  const byX = new Float64Array(nX);
  const logOdds = new Float64Array(nX);
  const dr = new Float64Array(nX);
  const da = new Float64Array(nX);
  const db = new Float64Array(nX);
  const inverseB = new Float64Array(nX);
  const logA = log(a);
  for (let j = 0; j < nX; j++) {
    const x = distinctX[j];
    const k = x + shift;
    byX[j] = logGammaRatio(r, x) + logGammaRatio(b, k) - logGammaRatio(a + b, k);
    logOdds[j] = k > 0 ? logA - log(b + k - 1) : -Infinity;
    if (withGradient) {
      const both = digammaDifference(a + b, k);
      dr[j] = digammaDifference(r, x);
      da[j] = -both;
      db[j] = digammaDifference(b, k) - both;
      inverseB[j] = k > 0 ? 1 / (b + k - 1) : 0;
    }
  }
  const atT = logsAt(patterns.distinctT, alpha, withGradient);
  const atTx = logsAt(patterns.distinctTx, alpha, withGradient);
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  const { x: xs, weight, xIndex, TIndex, txIndex } = patterns;
  for (let i = 0; i < patterns.size; i++) {
    const x = xs[i];
    const j = xIndex[i];
    const iT = TIndex[i];
    const iTx = txIndex[i];
    const stillActive = -r * atT.log1p[iT] - x * atT.log[iT];
    const droppedOut = logOdds[j] - r * atTx.log1p[iTx] - x * atTx.log[iTx];
    // ln(e^stillActive + e^droppedOut) and w = e^droppedOut / (e^stillActive + e^droppedOut), from one exp.
    const difference = droppedOut - stillActive;
    const small = exp(-abs(difference));
    const logSum = (difference > 0 ? droppedOut : stillActive) + log1p(small);
    total += weight[i] * (byX[j] + logSum);
    if (withGradient) {
      const w = difference > 0 ? 1 / (1 + small) : small / (1 + small);
      const weighted = weight[i];
      gr += weighted * (dr[j] - (1 - w) * atT.log1p[iT] - w * atTx.log1p[iTx]);
      gAlpha += weighted * (r / alpha - (r + x) * ((1 - w) * atT.inverse[iT] + w * atTx.inverse[iTx]));
      ga += weighted * (da[j] + w / a);
      gb += weighted * (db[j] - w * inverseB[j]);
    }
  }
  return { value: total, gradient: withGradient ? Float64Array.of(gr, gAlpha, ga, gb) : new Float64Array(0) };
}

/**
 * Where the BG/NBD and the MBG/NBD run off to (parameterLimits.ts), parameters (r, α, a, b): one purchase
 * rate for all; a and b growing together (a/(a+b), the mean drop-out probability, fixed), one drop-out
 * probability for all; b growing alone or a going to 0, a drop-out probability of 0, the NBD model.
 */
export const BETA_GEOMETRIC_LIMITS: readonly Limit[] = [
  SAME_PURCHASE_RATE,
  { moves: [{ parameter: 3, up: true }], meaning: () => NO_DROP_OUT },
  { moves: [{ parameter: 2, up: false }], meaning: () => NO_DROP_OUT },
  {
    moves: [
      { parameter: 2, up: true },
      { parameter: 3, up: true },
    ],
    meaning: ([, , a, b]) =>
      'the chance of dropping out after a purchase does not vary across customers: every customer drops out ' +
      `with the same probability, ${formatParameter(a / (a + b))}, the limiting case of a beta distribution without spread`,
  },
];

const NO_DROP_OUT =
  'the chance of dropping out goes to 0: nobody seems to drop out, the limiting NBD model (purchases without drop-out)';

/**
 * The Hessian of the log-likelihood in (r, α, a, b), for the standard errors. A customer's log-likelihood is
 * byX + ln(e^A + e^D), A the still-active term and D the dropped-out one; with w the share of D,
 *   ∇² = ∇² byX + (1-w) ∇²A + w ∇²D + w (1-w) (∇D - ∇A)(∇D - ∇A)ᵀ,
 * where ∇²A and ∇²D are nonzero only in (r, α), (α, α) and, for D, (a, a) and (b, b), and ∇² byX holds the
 * trigamma differences: ψ'(r+x) - ψ'(r) in (r, r), -[ψ'(a+b+k) - ψ'(a+b)] in (a, a) and (a, b), and
 * ψ'(b+k) - ψ'(b) - [ψ'(a+b+k) - ψ'(a+b)] in (b, b).
 */
export function betaGeometricHessian([r, alpha, a, b]: Float64Array, patterns: Patterns, shift: 0 | 1): Float64Array[] {
  const { distinctX } = patterns;
  const nX = distinctX.length;
  const logOdds = new Float64Array(nX);
  const inverseB = new Float64Array(nX);
  const rr = new Float64Array(nX);
  const aa = new Float64Array(nX);
  const bb = new Float64Array(nX);
  const logA = log(a);
  for (let j = 0; j < nX; j++) {
    const x = distinctX[j];
    const k = x + shift;
    logOdds[j] = k > 0 ? logA - log(b + k - 1) : -Infinity;
    inverseB[j] = k > 0 ? 1 / (b + k - 1) : 0;
    const both = trigammaDifference(a + b, k);
    rr[j] = trigammaDifference(r, x);
    aa[j] = -both;
    bb[j] = trigammaDifference(b, k) - both;
  }
  const atT = logsAt(patterns.distinctT, alpha, true);
  const atTx = logsAt(patterns.distinctTx, alpha, true);
  const H = Array.from({ length: 4 }, () => new Float64Array(4));
  const { x: xs, weight, xIndex, TIndex, txIndex } = patterns;
  for (let i = 0; i < patterns.size; i++) {
    const x = xs[i];
    const j = xIndex[i];
    const iT = TIndex[i];
    const iTx = txIndex[i];
    const stillActive = -r * atT.log1p[iT] - x * atT.log[iT];
    const droppedOut = logOdds[j] - r * atTx.log1p[iTx] - x * atTx.log[iTx];
    const difference = droppedOut - stillActive;
    const small = exp(-abs(difference));
    const w = difference > 0 ? 1 / (1 + small) : small / (1 + small);
    const n = weight[i];
    const invT = atT.inverse[iT];
    const invTx = atTx.inverse[iTx];
    // ∇D - ∇A, and the second derivatives of A and D.
    const dr = -atTx.log1p[iTx] + atT.log1p[iT];
    const dAlpha = (r + x) * (invT - invTx);
    const da = 1 / a;
    const db = -inverseB[j];
    const mix = w * (1 - w);
    const rAlpha = (1 - w) * (1 / alpha - invT) + w * (1 / alpha - invTx);
    const alphaAlpha = -r / (alpha * alpha) + (r + x) * ((1 - w) * invT * invT + w * invTx * invTx);
    H[0][0] += n * (rr[j] + mix * dr * dr);
    H[0][1] += n * (rAlpha + mix * dr * dAlpha);
    H[0][2] += n * mix * dr * da;
    H[0][3] += n * mix * dr * db;
    H[1][1] += n * (alphaAlpha + mix * dAlpha * dAlpha);
    H[1][2] += n * mix * dAlpha * da;
    H[1][3] += n * mix * dAlpha * db;
    H[2][2] += n * (aa[j] - w / (a * a) + mix * da * da);
    H[2][3] += n * (aa[j] + mix * da * db);
    H[3][3] += n * (bb[j] + w * inverseB[j] * inverseB[j] + mix * db * db);
  }
  for (let p = 0; p < 4; p++) for (let q = 0; q < p; q++) H[p][q] = H[q][p];
  return H;
}
