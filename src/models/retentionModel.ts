/**
 * What every retention model of a subscription (contractual) business offers
 * once fitted: the sBG (shiftedBetaGeometric.ts) and the beta-discrete-Weibull
 * (betaDiscreteWeibull.ts). T is the number of periods a customer pays for,
 * T = 1, 2, ...; S(t) = P(T > t) the share of a cohort still subscribed after
 * t periods, S(0) = 1.
 */

export type RetentionModelName = 'sbg' | 'bdw';

export interface RetentionModel {
  readonly name: RetentionModelName;
  /** As in the papers: alpha, beta (sBG), alpha, beta, c (BdW). */
  readonly parameterNames: readonly string[];
  readonly parameters: Float64Array;
  /** ln S(t) for t >= 0, in log space so that long tenures and large beta never underflow. */
  logSurvival(t: number): number;
  /** The p in S(t) ~ K t^-p for large t: E[T] and undiscounted lifetimes are finite only when p > 1. */
  readonly tailExponent: number;
  /** The condition under which E[T] is unbounded, in the parameters' names: "alpha <= 1". */
  readonly unboundedWhen: string;
  /** E[T] = sum over t >= 0 of S(t), the mean number of periods a new customer pays for; Infinity when unbounded. */
  expectedLifetime(): number;
}

/** S(t), the share of a cohort still subscribed after t periods. */
export function survival(model: RetentionModel, t: number): number {
  return Math.exp(model.logSurvival(t));
}

/** r(t) = S(t) / S(t-1), the share of those who paid t periods who renew for period t + 1, t >= 1. */
export function retentionRate(model: RetentionModel, t: number): number {
  return Math.exp(model.logSurvival(t) - model.logSurvival(t - 1));
}
