/**
 * Subscription counts for every calendar period from the first start to the
 * last date in the data, in one pass over the customers: a customer who
 * starts in period p and ends in period q is active at the start of every
 * period after p up to q, new in p, and lost in q.
 */

import { periodOf, periodStartDay, type PeriodUnit } from '../time/periods';
import type { SubscriptionCounts } from './subscriptionCounts';

export interface PeriodCounts extends SubscriptionCounts {
  /** Local day on which the period starts. */
  readonly startDay: number;
  /** Every customer whose end falls in the period, including those who also started in it. */
  readonly lost: number;
}

export function churnByPeriod(
  starts: ArrayLike<number>,
  ends: ArrayLike<number | undefined>,
  unit: PeriodUnit,
): PeriodCounts[] {
  if (starts.length === 0) return [];
  const startPeriods = new Float64Array(starts.length);
  const endPeriods = new Float64Array(starts.length);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    startPeriods[i] = periodOf(starts[i], unit);
    const end = ends[i];
    endPeriods[i] = end === undefined ? Infinity : periodOf(end, unit);
    first = Math.min(first, startPeriods[i]);
    last = Math.max(last, startPeriods[i], end === undefined ? -Infinity : endPeriods[i]);
  }
  const size = last - first + 1;
  const started = new Float64Array(size);
  const lost = new Float64Array(size);
  const churned = new Float64Array(size);
  const startedAndLost = new Float64Array(size);
  for (let i = 0; i < starts.length; i++) {
    const s = startPeriods[i] - first;
    started[s]++;
    if (endPeriods[i] === Infinity) continue;
    const e = endPeriods[i] - first;
    lost[e]++;
    if (e === s) startedAndLost[s]++;
    else churned[e]++;
  }
  const periods: PeriodCounts[] = [];
  let atStart = 0;
  for (let p = 0; p < size; p++) {
    const atEnd = atStart + started[p] - lost[p];
    periods.push({
      startDay: periodStartDay(first + p, unit),
      atStart,
      churned: churned[p],
      atEnd,
      started: started[p],
      startedAndStayed: started[p] - startedAndLost[p],
      lost: lost[p],
    });
    atStart = atEnd;
  }
  return periods;
}
