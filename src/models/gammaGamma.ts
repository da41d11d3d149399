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

import { digamma } from '../stats/digamma';
import { logGamma } from '../stats/logGamma';
import { maximumLikelihood, type MaximumLikelihoodFit } from './maximumLikelihood';

export interface SpendPatterns {
  readonly x: Float64Array;
  readonly meanSpend: Float64Array;
  readonly weight: Float64Array;
  readonly size: number;
}

/** Repeat buyers with a positive mean spend, as weighted (x, m̄) patterns. */
export function toSpendPatterns(x: ArrayLike<number>, meanSpend: ArrayLike<number>): SpendPatterns {
  const positions = new Map<string, number>();
  const xs: number[] = [];
  const spends: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!(x[i] > 0 && meanSpend[i] > 0)) continue;
    const key = `${x[i]}|${meanSpend[i]}`;
    const position = positions.get(key);
    if (position === undefined) {
      positions.set(key, weights.length);
      xs.push(x[i]);
      spends.push(meanSpend[i]);
      weights.push(1);
    } else {
      weights[position]++;
    }
  }
  return {
    x: Float64Array.from(xs),
    meanSpend: Float64Array.from(spends),
    weight: Float64Array.from(weights),
    size: xs.length,
  };
}

export class GammaGamma {
  readonly parameterNames = ['p', 'q', 'gamma'] as const;

  constructor(readonly parameters: Float64Array) {}

  static logLikelihood([p, q, gamma]: Float64Array, patterns: SpendPatterns): number {
    const base = -logGamma(q) + q * Math.log(gamma);
    let total = 0;
    for (let i = 0; i < patterns.size; i++) {
      const x = patterns.x[i];
      const m = patterns.meanSpend[i];
      const px = p * x;
      total +=
        patterns.weight[i] *
        (logGamma(px + q) -
          logGamma(px) +
          base +
          (px - 1) * Math.log(m) +
          px * Math.log(x) -
          (px + q) * Math.log(gamma + x * m));
    }
    return total;
  }

  /**
   * The gradient of logLikelihood in (p, q, γ):
   *   d/dp = x [ψ(px+q) - ψ(px) + ln m̄ + ln x - ln(γ + x m̄)]
   *   d/dq = ψ(px+q) - ψ(q) + ln γ - ln(γ + x m̄)
   *   d/dγ = q/γ - (px+q)/(γ + x m̄)
   */
  static logLikelihoodGradient([p, q, gamma]: Float64Array, patterns: SpendPatterns): Float64Array {
    const g = new Float64Array(3);
    const digammaQ = digamma(q);
    const logGammaScale = Math.log(gamma);
    for (let i = 0; i < patterns.size; i++) {
      const x = patterns.x[i];
      const m = patterns.meanSpend[i];
      const px = p * x;
      const both = digamma(px + q);
      const logTotal = Math.log(gamma + x * m);
      const weight = patterns.weight[i];
      g[0] += weight * x * (both - digamma(px) + Math.log(m) + Math.log(x) - logTotal);
      g[1] += weight * (both - digammaQ + logGammaScale - logTotal);
      g[2] += weight * (q / gamma - (px + q) / (gamma + x * m));
    }
    return g;
  }

  static fit(
    patterns: SpendPatterns,
    start: readonly number[] = [1, 1, meanOf(patterns)],
  ): { model: GammaGamma; fit: MaximumLikelihoodFit } {
    const fit = maximumLikelihood(
      (parameters) => GammaGamma.logLikelihood(parameters, patterns),
      start,
      totalWeight(patterns.weight),
      (parameters) => GammaGamma.logLikelihoodGradient(parameters, patterns),
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
