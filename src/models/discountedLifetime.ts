/**
 * Discounted expected residual lifetimes (DERL, Fader & Hardie 2010) of any
 * retention model, by summation:
 *
 *   DERL(n) = sum over t >= n of [S(t) / S(n-1)] z^(t-n),   z = 1/(1+d),
 *
 * the expected number of payments still to come from a customer who has paid
 * n periods, each discounted to the next renewal (the first term, t = n, is
 * the probability of that renewal). Terms are formed in log space,
 * exp(ln S(t) - ln S(n-1) + (t-n) ln z), so long tenures and large β never
 * overflow. The sum stops when the rest cannot matter:
 *
 * - for z < 1, when the term times z/(1-z) falls below 1e-12 of the total (a
 *   bound on the rest, since S(t+1)/S(t) <= 1 makes every term at most z times
 *   the one before);
 * - otherwise (z = 1, or z so close to 1 that this would take too many terms),
 *   with the tail of a power law fitted to the last terms: S(t) ~ K t^-p for
 *   large t in both models, with p from the local slope of ln S, so
 *   sum_{t>N} (t/N)^-p ≈ N^p (N+1/2)^(1-p) / (p-1) (the midpoint rule) when
 *   z = 1 and a geometric tail of ratio z (N/(N+1))^p when z < 1. When z = 1 and
 *   the model's tail exponent is at most 1 the sum is unbounded: Infinity.
 *
 * Several n at once go through DERL(n) = r(n) (1 + z DERL(n+1)), r(n) =
 * S(n)/S(n-1), downwards from the largest n: one summation in all.
 */

import type { RetentionModel } from './retentionModel';

const RELATIVE_TOLERANCE = 1e-12;
/** Terms summed one by one before the tail is estimated. */
const MAX_TERMS = 200_000;
/** How often the power-law tail estimate is tried. */
const TAIL_CHECK_EVERY = 1024;

/** DERL(n) for one n >= 1 and 0 < z <= 1. */
export function discountedResidualLifetime(model: RetentionModel, n: number, z: number): number {
  if (z === 1 && !(model.tailExponent > 1)) return Infinity;
  const logBase = model.logSurvival(n - 1);
  const logZ = Math.log(z);
  let sum = 0;
  let term = 0;
  let t = n;
  for (let k = 0; k < MAX_TERMS; k++, t++) {
    term = Math.exp(model.logSurvival(t) - logBase + k * logZ);
    sum += term;
    if (z < 1 && (term * z) / (1 - z) <= RELATIVE_TOLERANCE * sum) return sum;
    if (term === 0) return sum;
    if ((k + 1) % TAIL_CHECK_EVERY === 0) {
      const tail = powerLawTail(model, t, term, z);
      if (tail <= RELATIVE_TOLERANCE * sum) return sum + tail;
    }
  }
  return sum + powerLawTail(model, t - 1, term, z);
}

/** DERL(n) for n = 1 ... maxN, at index n - 1. */
export function discountedResidualLifetimes(model: RetentionModel, maxN: number, z: number): Float64Array {
  const derl = new Float64Array(maxN);
  derl[maxN - 1] = discountedResidualLifetime(model, maxN, z);
  for (let n = maxN - 1; n >= 1; n--) {
    const retention = Math.exp(model.logSurvival(n) - model.logSurvival(n - 1));
    derl[n - 1] = retention * (1 + z * derl[n]);
  }
  return derl;
}

/**
 * The discounted expected lifetime of a new customer, first payment included:
 * sum over t >= 0 of S(t) z^t = 1 + z DERL(1).
 */
export function discountedLifetimeOfNewCustomer(model: RetentionModel, z: number): number {
  return 1 + z * discountedResidualLifetime(model, 1, z);
}

/** The sum of the terms after the one at t (which is `term`), as if S decayed as a power law from t on. */
function powerLawTail(model: RetentionModel, t: number, term: number, z: number): number {
  if (term === 0) return 0;
  const half = Math.max(1, Math.floor(t / 2));
  const p = half < t ? (model.logSurvival(half) - model.logSurvival(t)) / Math.log(t / half) : model.tailExponent;
  if (z === 1) {
    if (!(p > 1)) return Infinity;
    return (term * Math.pow(t, p) * Math.pow(t + 0.5, 1 - p)) / (p - 1);
  }
  const ratio = z * Math.pow(t / (t + 1), p);
  return (term * ratio) / (1 - ratio);
}
