/**
 * Who was a customer over a period, from a customer list with a start date
 * and an end date (blank while still a customer). A customer is active at day
 * d when start <= d and (no end, or end > d). A period runs from its first day
 * to its last day, both included. Days are whole days: times of day are
 * dropped.
 */

export interface SubscriptionCounts {
  /** Active at the start: started before the first day, and not ended before it. */
  readonly atStart: number;
  /** Of those active at the start, how many ended within the period. */
  readonly churned: number;
  /** Active at the end: started by the last day, and not ended by it. */
  readonly atEnd: number;
  /** Started within the period. */
  readonly started: number;
  /** Started within the period and still active at its end. */
  readonly startedAndStayed: number;
}

/** Counts over a period; `ends[i]` is undefined for a customer who has not left. */
export function countSubscriptions(
  starts: ArrayLike<number>,
  ends: ArrayLike<number | undefined>,
  firstDay: number,
  lastDay: number,
): SubscriptionCounts {
  let atStart = 0;
  let churned = 0;
  let atEnd = 0;
  let started = 0;
  let startedAndStayed = 0;
  const first = Math.floor(firstDay);
  const last = Math.floor(lastDay);
  for (let i = 0; i < starts.length; i++) {
    const start = Math.floor(starts[i]);
    const endValue = ends[i];
    const end = endValue === undefined ? Infinity : Math.floor(endValue);
    const activeAtEnd = start <= last && end > last;
    if (start < first && end >= first) {
      atStart++;
      if (end <= last) churned++;
    }
    if (activeAtEnd) atEnd++;
    if (start >= first && start <= last) {
      started++;
      if (activeAtEnd) startedAndStayed++;
    }
  }
  return { atStart, churned, atEnd, started, startedAndStayed };
}
