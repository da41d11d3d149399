/**
 * The Gamma-Gamma spend model (P. Fader, B. Hardie & K. Lee, "RFM and CLV:
 * Using Iso-Value Curves for Customer Base Analysis", Journal of Marketing
 * Research 42(4), 2005; after Colombo & Jiang 1999). Each purchase's spend is
 * Gamma(p, ν) for a customer; ν ~ Gamma(q, γ) across customers; spend is
 * independent of how often a customer buys. It is fitted on repeat buyers from
 * x, their repeat purchases, and m̄, their mean spend per repeat purchase.
 *
 * Log-likelihood of one customer:
 *   ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + (px-1) ln m̄ + px ln x - (px+q) ln(γ + x m̄)
 */

import { digammaDifference } from '../stats/digamma';
import { logGamma, logGammaRatio } from '../stats/logGamma';
import { type FitOptions, maximumLikelihood, type MaximumLikelihoodFit } from './maximumLikelihood';
import type { ValueAndGradient } from './optimize';
import type { Limit } from './parameterLimits';

// Math's functions (and the constants the loops use) as module constants: under Jest, whose modules run in a
// vm context where every global lookup goes through an interceptor, looking them up in these loops took most of
// a fit's time. It changes nothing in Node or Apps Script.
const { log, log1p } = Math;

export interface SpendPatterns {
  readonly x: Float64Array;
  readonly meanSpend: Float64Array;
  readonly weight: Float64Array;
  readonly size: number;
  /** The distinct x in increasing order, and each pattern's position among them. */
  readonly distinctX: Float64Array;
  readonly xIndex: Int32Array;
  /** ln m̄, x m̄ and ln(x m̄) of each pattern, which every evaluation of the likelihood needs. */
  readonly logMeanSpend: Float64Array;
  readonly totalSpend: Float64Array;
  readonly logTotalSpend: Float64Array;
}

/**
 * Repeat buyers with a positive mean spend, as weighted (x, m̄) patterns,
 * sorted by x and then m̄ whatever order the customers came in (so that a fit
 * sums the same numbers in the same order, as for the purchase patterns): a
 * counting sort by x, then a numeric sort of each x's mean spends.
 */
export function toSpendPatterns(x: ArrayLike<number>, meanSpend: ArrayLike<number>): SpendPatterns {
  const rankOf = new Map<number, number>();
  for (let i = 0; i < x.length; i++) if (x[i] > 0 && meanSpend[i] > 0) rankOf.set(x[i], 0);
  const distinctX = Float64Array.from(rankOf.keys()).sort();
  distinctX.forEach((value, k) => rankOf.set(value, k));
  const start = new Int32Array(distinctX.length + 1);
  for (let i = 0; i < x.length; i++) if (x[i] > 0 && meanSpend[i] > 0) start[(rankOf.get(x[i]) as number) + 1]++;
  for (let k = 0; k < distinctX.length; k++) start[k + 1] += start[k];
  const next = start.slice(0, distinctX.length);
  const spends = new Float64Array(start[distinctX.length]);
  for (let i = 0; i < x.length; i++) {
    if (x[i] > 0 && meanSpend[i] > 0) spends[next[rankOf.get(x[i]) as number]++] = meanSpend[i];
  }
  const size = spends.length;
  const xs = new Float64Array(size);
  const ms = new Float64Array(size);
  const weights = new Float64Array(size);
  const ranks = new Int32Array(size);
  let count = 0;
  for (let k = 0; k < distinctX.length; k++) {
    const group = spends.subarray(start[k], start[k + 1]).sort();
    for (let i = 0; i < group.length; i++) {
      if (i > 0 && group[i] === group[i - 1]) weights[count - 1]++;
      else {
        xs[count] = distinctX[k];
        ms[count] = group[i];
        weights[count] = 1;
        ranks[count++] = k;
      }
    }
  }
  const logMeanSpend = new Float64Array(count);
  const totalSpend = new Float64Array(count);
  const logTotalSpend = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    logMeanSpend[i] = log(ms[i]);
    totalSpend[i] = xs[i] * ms[i];
    logTotalSpend[i] = log(totalSpend[i]);
  }
  return {
    x: xs.slice(0, count),
    meanSpend: ms.slice(0, count),
    weight: weights.slice(0, count),
    size: count,
    distinctX,
    xIndex: ranks.slice(0, count),
    logMeanSpend,
    totalSpend,
    logTotalSpend,
  };
}

const PARAMETER_NAMES = ['p', 'q', 'gamma'] as const;

/**
 * Where the Gamma-Gamma runs off to (parameterLimits.ts), parameters (p, q, γ): q and γ growing together
 * (the scale ν of every customer's spend the same), one mean spend for all; p growing as γ goes to 0 (a
 * customer's spends ever less spread around their own mean), one spend per purchase for each customer.
 */
const GAMMA_GAMMA_LIMITS: readonly Limit[] = [
  {
    moves: [
      { parameter: 1, up: true },
      { parameter: 2, up: true },
    ],
    meaning: () =>
      'mean spend does not vary across customers: every customer has the same average spend per purchase, the ' +
      'limiting case of a gamma distribution without spread',
  },
  {
    moves: [
      { parameter: 0, up: true },
      { parameter: 2, up: false },
    ],
    meaning: () =>
      "each customer spends the same on every purchase: the limiting case without variation in a customer's spend",
  },
];

export class GammaGamma {
  readonly parameterNames = PARAMETER_NAMES;

  constructor(readonly parameters: Float64Array) {}

  static logLikelihood(parameters: Float64Array, patterns: SpendPatterns): number {
    return GammaGamma.logLikelihoodAndGradient(parameters, patterns, false).value;
  }

  static logLikelihoodGradient(parameters: Float64Array, patterns: SpendPatterns): Float64Array {
    return GammaGamma.logLikelihoodAndGradient(parameters, patterns, true).gradient;
  }

  /**
   * The log-likelihood, and with `withGradient` its gradient in (p, q, γ). Written as
   *   ln Γ(px+q) - ln Γ(px) - ln Γ(q) - ln m̄ - px ln(1 + γ/(x m̄)) - q ln(1 + x m̄/γ),
   * the same sum as above with the terms of size px ln m̄ and q ln γ cancelled out exactly, and the gamma ratio
   * by logGammaRatio, so that it stays smooth where p or q run into the millions (a limit of the model, see
   * parameterLimits.ts) instead of dissolving into rounding noise. The gradient:
   *   d/dp = x [ψ(px+q) - ψ(px) - ln(1 + γ/(x m̄))]
   *   d/dq = ψ(px+q) - ψ(q) - ln(1 + x m̄/γ)
   *   d/dγ = q/γ - (px+q)/(γ + x m̄)
   * The terms in x alone once per distinct x; per pattern one logarithm (and one division for the gradient).
   */
  static logLikelihoodAndGradient(
    [p, q, gamma]: Float64Array,
    patterns: SpendPatterns,
    withGradient: boolean,
  ): ValueAndGradient {
    const nX = patterns.distinctX.length;
    const byX = new Float64Array(nX);
    const dpByX = new Float64Array(nX);
    const dqByX = new Float64Array(nX);
    const logGammaQ = logGamma(q);
    for (let k = 0; k < nX; k++) {
      const px = p * patterns.distinctX[k];
      // ln Γ(px+q) - ln Γ(px) - ln Γ(q), the ratio taken from the larger of px and q.
      byX[k] = q >= px ? logGammaRatio(q, px) - logGamma(px) : logGammaRatio(px, q) - logGammaQ;
      if (withGradient) {
        dpByX[k] = digammaDifference(px, q);
        dqByX[k] = digammaDifference(q, px);
      }
    }
    const logScale = log(gamma);
    let total = 0;
    let gp = 0;
    let gq = 0;
    let gGamma = 0;
    const { x: xs, weight, xIndex, logMeanSpend, totalSpend, logTotalSpend } = patterns;
    for (let i = 0; i < patterns.size; i++) {
      const x = xs[i];
      const k = xIndex[i];
      const px = p * x;
      // ln(1 + γ/(x m̄)) and ln(1 + x m̄/γ), which differ by ln(x m̄) - ln γ: the smaller from log1p, the other from
      // it, so that neither is a small difference of large logarithms (multiplied by a huge p or q).
      let relativeScale: number;
      let relativeSpend: number;
      if (gamma < totalSpend[i]) {
        relativeScale = log1p(gamma / totalSpend[i]);
        relativeSpend = relativeScale + logTotalSpend[i] - logScale;
      } else {
        relativeSpend = log1p(totalSpend[i] / gamma);
        relativeScale = relativeSpend + logScale - logTotalSpend[i];
      }
      total += weight[i] * (byX[k] - logMeanSpend[i] - px * relativeScale - q * relativeSpend);
      if (withGradient) {
        gp += weight[i] * x * (dpByX[k] - relativeScale);
        gq += weight[i] * (dqByX[k] - relativeSpend);
        gGamma += weight[i] * (q / gamma - (px + q) / (gamma + totalSpend[i]));
      }
    }
    return { value: total, gradient: withGradient ? Float64Array.of(gp, gq, gGamma) : new Float64Array(0) };
  }

  static fit(
    patterns: SpendPatterns,
    start: readonly number[] = [1, 1, meanOf(patterns)],
    options: FitOptions = {},
  ): { model: GammaGamma; fit: MaximumLikelihoodFit } {
    const fit = maximumLikelihood(
      {
        value: (parameters) => GammaGamma.logLikelihoodAndGradient(parameters, patterns, false).value,
        valueAndGradient: (parameters) => GammaGamma.logLikelihoodAndGradient(parameters, patterns, true),
      },
      start,
      totalWeight(patterns.weight),
      { parameterNames: PARAMETER_NAMES, limits: GAMMA_GAMMA_LIMITS },
      options,
    );
    return { model: new GammaGamma(fit.parameters), fit };
  }

  /** True when average spend has a finite mean (q > 1); otherwise no spend can be predicted. */
  get hasFiniteMean(): boolean {
    return this.parameters[1] > 1;
  }

  /**
   * E[M | x, m̄] = p (γ + x m̄) / (p x + q - 1): a weighted mean of the
   * population mean p γ / (q - 1) and the customer's own mean m̄. For x = 0 it
   * is the population mean. Null when it is not finite (q <= 1 and little data).
   */
  expectedSpend(x: number, meanSpend: number): number | null {
    const [p, q, gamma] = this.parameters;
    const denominator = p * x + q - 1;
    if (!(denominator > 0)) return null;
    return (p * (gamma + x * (x > 0 ? meanSpend : 0))) / denominator;
  }
}

function totalWeight(weights: Float64Array): number {
  let total = 0;
  for (const weight of weights) total += weight;
  return total;
}

function meanOf(patterns: SpendPatterns): number {
  let weighted = 0;
  let count = 0;
  for (let i = 0; i < patterns.size; i++) {
    weighted += patterns.weight[i] * patterns.meanSpend[i];
    count += patterns.weight[i];
  }
  return count > 0 ? weighted / count : 1;
}
