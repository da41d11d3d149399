/**
 * Customer churn rate of a period: of the customers active at its start,
 * the share who left within it. Customers who start within the period count
 * in neither part (the convention ChartMogul uses for B2B subscriptions), so
 * a period's new business never hides its losses. Null when no customer was
 * active at the start.
 */

import type { SubscriptionCounts } from './subscriptionCounts';

export function churnRate(counts: SubscriptionCounts): number | null {
  return counts.atStart === 0 ? null : counts.churned / counts.atStart;
}
