/**
 * The metrics the wizard offers, declared as a table (as HyperFormula declares
 * a function family): what each needs mapped, all in one sheet, and whether
 * it is ticked by default. The dashboard writer (dashboardBlocks.ts) says how
 * each is shown.
 */

import type { ColumnRole } from '../input/headings';

export const METRIC_IDS = [
  'nps',
  'npsTrend',
  'npsSegments',
  'csat',
  'churn',
  'churnTrend',
  'repeatPurchase',
  'frequency',
  'orderValue',
  'upsell',
  'referral',
  'clv',
  'cohorts',
  'rfm',
  'predictedClv',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface WizardMetric {
  readonly id: MetricId;
  /** Roles that must all be mapped in the same sheet. Order metrics need an order date so a customer list is never read as orders. */
  readonly needs: readonly ColumnRole[];
  /** Ticked when available; predicted CLV is opt-in because it suits repeat purchases, not fixed subscriptions. */
  readonly preselected: boolean;
}

export const WIZARD_METRICS: readonly WizardMetric[] = [
  { id: 'nps', needs: ['score'], preselected: true },
  { id: 'npsTrend', needs: ['responseDate', 'score'], preselected: true },
  { id: 'npsSegments', needs: ['segment', 'score'], preselected: true },
  { id: 'csat', needs: ['satisfaction'], preselected: true },
  { id: 'churn', needs: ['startDate', 'endDate'], preselected: true },
  { id: 'churnTrend', needs: ['startDate', 'endDate'], preselected: true },
  { id: 'repeatPurchase', needs: ['customer', 'orderDate'], preselected: true },
  { id: 'frequency', needs: ['customer', 'orderDate'], preselected: true },
  { id: 'orderValue', needs: ['amount'], preselected: true },
  { id: 'upsell', needs: ['customer', 'orderDate', 'product'], preselected: true },
  { id: 'referral', needs: ['source'], preselected: true },
  { id: 'clv', needs: ['customer', 'orderDate', 'amount'], preselected: true },
  { id: 'cohorts', needs: ['customer', 'orderDate'], preselected: true },
  { id: 'rfm', needs: ['customer', 'orderDate', 'amount'], preselected: true },
  { id: 'predictedClv', needs: ['customer', 'orderDate', 'amount'], preselected: false },
];

export interface MetricAvailability {
  readonly id: MetricId;
  /** The sheet it is computed from, when some sheet has every role it needs. */
  readonly sheet?: string;
  /** Otherwise the roles missing from the sheet that comes closest. */
  readonly missing: readonly ColumnRole[];
}

export interface MappedSheet {
  readonly sheet: string;
  readonly roles: ReadonlySet<ColumnRole>;
}

/** For each metric, the first sheet (in the person's order) that has all it needs, or what is missing. */
export function metricAvailability(sheets: readonly MappedSheet[]): MetricAvailability[] {
  return WIZARD_METRICS.map(({ id, needs }) => {
    const source = sheets.find(({ roles }) => needs.every((role) => roles.has(role)));
    if (source !== undefined) return { id, sheet: source.sheet, missing: [] };
    const missingIn = (roles: ReadonlySet<ColumnRole>) => needs.filter((role) => !roles.has(role));
    const closest = sheets.map(({ roles }) => missingIn(roles)).sort((a, b) => a.length - b.length)[0];
    return { id, missing: closest ?? needs };
  });
}
