/**
 * The shifted-beta-geometric (sBG) model of customer retention (P. Fader &
 * B. Hardie, "How to project customer retention", Journal of Interactive
 * Marketing 21(1), 2007). At the end of every period a customer cancels with
 * their own probability θ, the same each period (a geometric lifetime); θ
 * differs between customers as Beta(α, β). The number of periods T a customer
 * pays for then has
 *
 *   P(T = t) = B(α + 1, β + t - 1) / B(α, β),            t = 1, 2, ...
 *   S(t)     = P(T > t) = B(α, β + t) / B(α, β),         t = 0, 1, ...
 *   r(t)     = S(t) / S(t - 1) = (β + t - 1) / (α + β + t - 1),
 *
 * and the log-likelihood of a cohort is sum n_t ln P(T = t) + (survivors) ln S(m)
 * (the paper's formulas for the sBG's probability of churn, survivor function,
 * retention rate and likelihood, section "A probability model" and its
 * appendix; Fader & Hardie, "Fitting the sBG model to multi-cohort data", 2007
 * note, for several cohorts: every customer's term is P(T = t) or S(t), whatever
 * the cohort). The retention rate r(t) rises with t although no customer's θ
 * changes: the customers with a high θ leave first.
 *
 * The residual value of a customer who has paid n periods is the discounted
 * expected residual lifetime (P. Fader & B. Hardie, "Customer-base valuation in
 * a contractual setting: the perils of ignoring heterogeneity", Marketing
 * Science 29(1), 2010):
 *
 *   DERL(d | n) = sum_{t>=n} [S(t) / S(n-1)] / (1+d)^(t-n)
 *               = (β + n - 1)/(α + β + n - 1) · 2F1(1, β + n; α + β + n; 1/(1+d)),
 *
 * computed here by summation (discountedLifetime.ts, shared with the BdW) and
 * kept in closed form in derlClosedForm, which the tests hold it to.
 *
 * In log space throughout: ln S(t) = ln Γ(β+t) - ln Γ(β) - [ln Γ(α+β+t) - ln Γ(α+β)],
 * each difference by logGammaRatio, which stays exact for β in the millions.
 */

import { digamma } from '../stats/digamma';
import { logHyp2f1 } from '../stats/hypergeometric2F1';
import { logGammaRatio } from '../stats/logGamma';
import { type FitOptions, maximumLikelihood, type MaximumLikelihoodFit } from './maximumLikelihood';
import { formatParameter, type Limit } from './parameterLimits';
import type { RetentionModel } from './retentionModel';
import { churnedIn, customersIn, type Tenures } from './tenures';

export class ShiftedBetaGeometric implements RetentionModel {
  readonly name = 'sbg' as const;
  readonly parameterNames = ['alpha', 'beta'] as const;
  readonly unboundedWhen = 'alpha <= 1';

  constructor(readonly parameters: Float64Array) {}

  /** ln P(T = t) = ln α + ln[Γ(β+t-1)/Γ(β)] - ln[Γ(α+β+t)/Γ(α+β)]. */
  static logProbability(alpha: number, beta: number, t: number): number {
    return Math.log(alpha) + logGammaRatio(beta, t - 1) - logGammaRatio(alpha + beta, t);
  }

  /** ln S(t) = ln[Γ(β+t)/Γ(β)] - ln[Γ(α+β+t)/Γ(α+β)]. */
  static logSurvival(alpha: number, beta: number, t: number): number {
    return logGammaRatio(beta, t) - logGammaRatio(alpha + beta, t);
  }

  static logLikelihood([alpha, beta]: Float64Array, tenures: Tenures): number {
    let total = 0;
    for (let i = 0; i < tenures.lostAt.length; i++) {
      total += tenures.lost[i] * ShiftedBetaGeometric.logProbability(alpha, beta, tenures.lostAt[i]);
    }
    for (let i = 0; i < tenures.survivedTo.length; i++) {
      total += tenures.survived[i] * ShiftedBetaGeometric.logSurvival(alpha, beta, tenures.survivedTo[i]);
    }
    return total;
  }

  /**
   * The gradient of logLikelihood in (α, β):
   *   d ln P(T=t)/dα = 1/α + ψ(α+β) - ψ(α+β+t)     d ln P(T=t)/dβ = ψ(β+t-1) - ψ(β) + ψ(α+β) - ψ(α+β+t)
   *   d ln S(t)/dα   = ψ(α+β) - ψ(α+β+t)           d ln S(t)/dβ   = ψ(β+t) - ψ(β) + ψ(α+β) - ψ(α+β+t)
   */
  static logLikelihoodGradient([alpha, beta]: Float64Array, tenures: Tenures): Float64Array {
    const psiSum = digamma(alpha + beta);
    const psiBeta = digamma(beta);
    const g = new Float64Array(2);
    for (let i = 0; i < tenures.lostAt.length; i++) {
      const t = tenures.lostAt[i];
      const w = tenures.lost[i];
      const common = psiSum - digamma(alpha + beta + t);
      g[0] += w * (1 / alpha + common);
      g[1] += w * (digamma(beta + t - 1) - psiBeta + common);
    }
    for (let i = 0; i < tenures.survivedTo.length; i++) {
      const t = tenures.survivedTo[i];
      const w = tenures.survived[i];
      const common = psiSum - digamma(alpha + beta + t);
      g[0] += w * common;
      g[1] += w * (digamma(beta + t) - psiBeta + common);
    }
    return g;
  }

  /**
   * Maximum likelihood from α = 1 and β = 1/p - 1, p the share of customer
   * periods that ended in a cancellation (the geometric estimate, whose mean
   * churn α/(α+β) it matches).
   */
  static fit(
    tenures: Tenures,
    start = startingPoint(tenures),
    options: FitOptions = {},
  ): { model: ShiftedBetaGeometric; fit: MaximumLikelihoodFit } {
    const fit = maximumLikelihood(
      {
        value: (parameters) => ShiftedBetaGeometric.logLikelihood(parameters, tenures),
        valueAndGradient: (parameters) => ({
          value: ShiftedBetaGeometric.logLikelihood(parameters, tenures),
          gradient: ShiftedBetaGeometric.logLikelihoodGradient(parameters, tenures),
        }),
      },
      start,
      customersIn(tenures),
      { parameterNames: ['alpha', 'beta'], limits: [SAME_CHURN_PROBABILITY] },
      options,
    );
    return { model: new ShiftedBetaGeometric(fit.parameters), fit };
  }

  get tailExponent(): number {
    return this.parameters[0];
  }

  logSurvival(t: number): number {
    return ShiftedBetaGeometric.logSurvival(this.parameters[0], this.parameters[1], t);
  }

  /** E[T] = E[1/θ] = (α + β - 1)/(α - 1) for α > 1; unbounded otherwise. */
  expectedLifetime(): number {
    const [alpha, beta] = this.parameters;
    return alpha > 1 ? (alpha + beta - 1) / (alpha - 1) : Infinity;
  }

  /**
   * DERL(d | n) in Fader & Hardie's (2010) closed form, with the Gauss
   * hypergeometric series (src/stats); at d = 0, by Gauss's theorem
   * 2F1(1, b; c; 1) = (c - 1)/(c - 1 - b), the undiscounted (β + n - 1)/(α - 1).
   * NaN where the series does not converge (d within about 1e-5 of 0).
   */
  derlClosedForm(d: number, n: number): number {
    const [alpha, beta] = this.parameters;
    const first = (beta + n - 1) / (alpha + beta + n - 1);
    if (d === 0) return alpha > 1 ? (beta + n - 1) / (alpha - 1) : Infinity;
    return first * Math.exp(logHyp2f1(1, beta + n, alpha + beta + n, 1 / (1 + d)));
  }
}

function startingPoint(tenures: Tenures): number[] {
  let exposure = 0;
  for (let i = 0; i < tenures.lostAt.length; i++) exposure += tenures.lost[i] * tenures.lostAt[i];
  for (let i = 0; i < tenures.survivedTo.length; i++) exposure += tenures.survived[i] * tenures.survivedTo[i];
  const churn = Math.min(0.99, Math.max(1e-4, churnedIn(tenures) / Math.max(1, exposure)));
  return [1, Math.max(1e-3, 1 / churn - 1)];
}

/**
 * The sBG's limit without heterogeneity: α and β grow together, the Beta(α, β)
 * mixing distribution shrinks to its mean, and every customer cancels with the
 * same probability each period (the plain geometric model, whose retention
 * rate is flat).
 */
export const SAME_CHURN_PROBABILITY: Limit = {
  moves: [
    { parameter: 0, up: true },
    { parameter: 1, up: true },
  ],
  meaning: ([alpha, beta]) =>
    'the chance of cancelling does not vary across customers: every customer cancels with the same probability, ' +
    `${formatParameter(alpha / (alpha + beta))} a period, the limiting geometric model without heterogeneity`,
};
