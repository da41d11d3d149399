/**
 * Customer retention rate of a period, (E - N) / S: S customers active at
 * its start, E active at its end, N of those who started within the period.
 * For one period it equals 1 - churn rate (the customers of S still there at
 * the end are exactly E - N). Null when no customer was active at the start.
 */

import type { SubscriptionCounts } from './subscriptionCounts';

export function retentionRate(counts: SubscriptionCounts): number | null {
  return counts.atStart === 0 ? null : (counts.atEnd - counts.startedAndStayed) / counts.atStart;
}
