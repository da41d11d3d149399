/**
 * How well a fitted purchase model would have predicted a holdout period
 * (Fader, Hardie & Lee 2005, section 4, and lifetimes'
 * plot_calibration_purchases_vs_holdout_purchases and tracking plots):
 *
 * - per number of calibration repeat purchases x (0 ... 6, and 7 or more), the
 *   customers, their mean actual holdout repeat purchases and the mean of the
 *   model's conditional expectations E[Y(t*) | x, t_x, T], t* the holdout
 *   length;
 * - the cumulative repeat purchases week by week across calibration and
 *   holdout, actual against the model's: each customer contributes E[X(t)],
 *   the expected repeat purchases of a new customer t weeks after their first
 *   purchase (the conditional expectation with x = t_x = T = 0, where the
 *   posterior is the prior).
 */

import type { PurchaseModel } from './purchaseModel';

export const TOP_BUCKET = 7;

export interface Bucket {
  readonly customers: number;
  /** Sums over the bucket's customers (divide by customers for the means). */
  readonly actual: number;
  readonly predicted: number;
}

export interface HoldoutCheck {
  /** x = 0 ... 6 and 7+. */
  readonly buckets: Bucket[];
  readonly customers: number;
  readonly actual: number;
  readonly predicted: number;
  readonly meanAbsoluteError: number;
}

/** The bucket table: `x`, `tx`, `T` and `holdout` per calibration customer; t* in weeks. */
export function holdoutCheck(
  model: PurchaseModel,
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  T: ArrayLike<number>,
  holdout: ArrayLike<number>,
  holdoutWeeks: number,
): HoldoutCheck {
  const sums = Array.from({ length: TOP_BUCKET + 1 }, () => ({ customers: 0, actual: 0, predicted: 0 }));
  const expectations = new Map<string, number>();
  let absoluteError = 0;
  let actual = 0;
  let predicted = 0;
  for (let i = 0; i < x.length; i++) {
    const key = `${x[i]}|${tx[i]}|${T[i]}`;
    let expected = expectations.get(key);
    if (expected === undefined) {
      expected = model.expectedPurchases(holdoutWeeks, x[i], tx[i], T[i]);
      expectations.set(key, expected);
    }
    const bucket = sums[Math.min(TOP_BUCKET, x[i])];
    bucket.customers++;
    bucket.actual += holdout[i];
    bucket.predicted += expected;
    actual += holdout[i];
    predicted += expected;
    absoluteError += Math.abs(holdout[i] - expected);
  }
  return { buckets: sums, customers: x.length, actual, predicted, meanAbsoluteError: absoluteError / x.length };
}

export interface TrackingWeek {
  /** The last day of the week (local day number). */
  readonly endDay: number;
  readonly actual: number;
  readonly predicted: number;
}

/**
 * Cumulative repeat purchases at the end of each week from `startDay` to
 * `lastDay` (the last week may be shorter): actual from the repeat purchase
 * days, predicted from each customer's first purchase day.
 */
export function trackingCurve(
  model: PurchaseModel,
  firstDays: ArrayLike<number>,
  repeatDays: ArrayLike<number>,
  startDay: number,
  lastDay: number,
): TrackingWeek[] {
  const cohortSizes = new Map<number, number>();
  for (let i = 0; i < firstDays.length; i++) cohortSizes.set(firstDays[i], (cohortSizes.get(firstDays[i]) ?? 0) + 1);
  const cohorts = [...cohortSizes.entries()].sort((a, b) => a[0] - b[0]);
  const sortedRepeats = Float64Array.from(repeatDays).sort();
  const weeks: TrackingWeek[] = [];
  let seen = 0;
  for (let k = 1; ; k++) {
    const endDay = Math.min(startDay + 7 * k - 1, lastDay);
    while (seen < sortedRepeats.length && sortedRepeats[seen] <= endDay) seen++;
    let predicted = 0;
    for (const [first, size] of cohorts) {
      if (first > endDay) break;
      predicted += size * model.expectedPurchases((endDay - first) / 7, 0, 0, 0);
    }
    weeks.push({ endDay, actual: seen, predicted });
    if (endDay >= lastDay) return weeks;
  }
}
