/**
 * The metrics the wizard offers, declared as a table (as HyperFormula declares
 * a function family): what each needs mapped, whether it is ticked by default,
 * and which kind of business it serves. What the dashboard then shows for
 * each is another table, beside this one (dashboardSpec.ts).
 */

import type { ColumnRole } from '../input/headings';

export const METRIC_IDS = [
  'nps',
  'npsTrend',
  'npsSegments',
  'csat',
  'churn',
  'churnTrend',
  'churnBySegment',
  'churnBySource',
  'subscriptionValue',
  'repeatPurchase',
  'frequency',
  'orderValue',
  'upsell',
  'referral',
  'clv',
  'cohorts',
  'rfm',
  'predictedClv',
  'loyaltyImpact',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface WizardMetric {
  readonly id: MetricId;
  /** Roles that must all be mapped in one sheet. Order metrics need an order date so a customer list is never read as orders. */
  readonly needs: readonly ColumnRole[];
  /** For a metric that joins two sheets (answers with the orders of the same customers): the other sheet's roles. */
  readonly alsoNeeds?: readonly ColumnRole[];
  /**
   * Ticked when available. Predicted CLV is opt-in: it suits repeat purchases,
   * and on fixed subscriptions no purchase model fits (the subscription
   * value is the model for those).
   */
  readonly preselected: boolean;
}

export const WIZARD_METRICS: readonly WizardMetric[] = [
  { id: 'nps', needs: ['score'], preselected: true },
  { id: 'npsTrend', needs: ['responseDate', 'score'], preselected: true },
  { id: 'npsSegments', needs: ['segment', 'score'], preselected: true },
  { id: 'csat', needs: ['satisfaction'], preselected: true },
  { id: 'churn', needs: ['startDate', 'endDate'], preselected: true },
  { id: 'churnTrend', needs: ['startDate', 'endDate'], preselected: true },
  { id: 'churnBySegment', needs: ['startDate', 'endDate', 'segment'], preselected: true },
  { id: 'churnBySource', needs: ['startDate', 'endDate', 'source'], preselected: true },
  { id: 'subscriptionValue', needs: ['customer', 'startDate', 'endDate'], preselected: true },
  { id: 'repeatPurchase', needs: ['customer', 'orderDate'], preselected: true },
  { id: 'frequency', needs: ['customer', 'orderDate'], preselected: true },
  { id: 'orderValue', needs: ['amount', 'orderDate'], preselected: true },
  { id: 'upsell', needs: ['customer', 'orderDate', 'product'], preselected: true },
  { id: 'referral', needs: ['source'], preselected: true },
  { id: 'clv', needs: ['customer', 'orderDate', 'amount'], preselected: true },
  { id: 'cohorts', needs: ['customer', 'orderDate'], preselected: true },
  { id: 'rfm', needs: ['customer', 'orderDate', 'amount'], preselected: true },
  { id: 'predictedClv', needs: ['customer', 'orderDate', 'amount'], preselected: false },
  {
    id: 'loyaltyImpact',
    needs: ['customer', 'responseDate', 'score'],
    alsoNeeds: ['customer', 'orderDate', 'amount'],
    preselected: true,
  },
];

export interface MetricAvailability {
  readonly id: MetricId;
  /** The sheet it is computed from, when some sheet has every role it needs. */
  readonly sheet?: string;
  /** The second sheet of a metric that joins two. */
  readonly otherSheet?: string;
  /** Otherwise the roles missing from the sheet that comes closest. */
  readonly missing: readonly ColumnRole[];
  /** For a metric that joins two sheets: how many of the first sheet's customers the other has (the server counts). */
  readonly matched?: { readonly found: number; readonly of: number };
}

export interface MappedSheet {
  readonly sheet: string;
  readonly roles: ReadonlySet<ColumnRole>;
}

/** For each metric, the first sheet (in the person's order) that has all it needs, or what is missing. */
export function metricAvailability(sheets: readonly MappedSheet[]): MetricAvailability[] {
  const missingIn = (roles: ReadonlySet<ColumnRole>, needs: readonly ColumnRole[]) =>
    needs.filter((role) => !roles.has(role));
  const closest = (needs: readonly ColumnRole[], except?: string) =>
    sheets
      .filter(({ sheet }) => sheet !== except)
      .map(({ roles }) => missingIn(roles, needs))
      .sort((a, b) => a.length - b.length)[0] ?? needs;
  return WIZARD_METRICS.map(({ id, needs, alsoNeeds }) => {
    const source = sheets.find(({ roles }) => missingIn(roles, needs).length === 0);
    if (source === undefined) return { id, missing: closest(needs) };
    if (alsoNeeds === undefined) return { id, sheet: source.sheet, missing: [] };
    const other = sheets.find(({ sheet, roles }) => sheet !== source.sheet && missingIn(roles, alsoNeeds).length === 0);
    if (other === undefined) return { id, missing: closest(alsoNeeds, source.sheet) };
    return { id, sheet: source.sheet, otherSheet: other.sheet, missing: [] };
  });
}
