/**
 * How long each customer of a subscription list has paid, at a date: the
 * input of the retention models (src/models/tenures.ts).
 *
 * A customer pays at the start of every period they begin (counted in whole
 * periods from their start date, as a subscription renews; see
 * src/time/wholePeriods.ts). The end date is the first day no longer a
 * customer (as in CHURN_RATE), so:
 *
 * - a customer who left on or before as_of paid T = the number of periods
 *   begun before the end date: the whole periods from start to end, a period
 *   begun and not finished counting as paid (a customer who leaves within the
 *   first period paid 1; one who leaves on a renewal date did not pay it);
 * - a customer still subscribed at as_of (no end date, or one after as_of) has
 *   begun n = (whole periods from start to as_of) + 1 periods, and is known to
 *   have stayed through n - 1 of them;
 * - a customer who starts after as_of is not yet a customer.
 */

import { type BillingPeriod, wholePeriodsBetween } from '../time/wholePeriods';

export type TenureStatus = 'left' | 'active' | 'not started';

export interface SubscriptionTenures {
  readonly status: TenureStatus[];
  /** T for a customer who left, n (periods begun) for an active one, 0 for one not started. */
  readonly periodsPaid: Int32Array;
}

export function subscriptionTenures(
  starts: ArrayLike<number>,
  ends: ArrayLike<number | undefined>,
  asOfDay: number,
  unit: BillingPeriod,
): SubscriptionTenures {
  const asOf = Math.floor(asOfDay);
  const status: TenureStatus[] = [];
  const periodsPaid = new Int32Array(starts.length);
  for (let k = 0; k < starts.length; k++) {
    const start = Math.floor(starts[k]);
    const end = ends[k];
    if (start > asOf) {
      status.push('not started');
    } else if (end !== undefined && Math.floor(end) <= asOf) {
      status.push('left');
      periodsPaid[k] = Math.max(1, wholePeriodsBetween(start, Math.floor(end) - 1, unit) + 1);
    } else {
      status.push('active');
      periodsPaid[k] = wholePeriodsBetween(start, asOf, unit) + 1;
    }
  }
  return { status, periodsPaid };
}

/** The latest date in a customer list: its last start or end date. */
export function latestDay(starts: ArrayLike<number>, ends: ArrayLike<number | undefined>): number {
  let latest = -Infinity;
  for (let k = 0; k < starts.length; k++) {
    latest = Math.max(latest, Math.floor(starts[k]));
    const end = ends[k];
    if (end !== undefined) latest = Math.max(latest, Math.floor(end));
  }
  return latest;
}
