import type { ColumnRole } from '../../src/input/headings';
import {
  type MappedSheet,
  METRIC_IDS,
  metricAvailability,
  type MetricId,
  WIZARD_METRICS,
} from '../../src/wizard/wizardMetrics';

const sheet = (name: string, roles: ColumnRole[]): MappedSheet => ({ sheet: name, roles: new Set(roles) });
const availability = (sheets: MappedSheet[], id: MetricId) => metricAvailability(sheets).find((a) => a.id === id);

const CUSTOMERS = sheet('Customers', ['customer', 'startDate', 'endDate', 'source', 'segment']);
const ORDERS = sheet('Orders', ['order', 'customer', 'orderDate', 'amount', 'product']);
const RESPONSES = sheet('Responses', ['responseDate', 'customer', 'segment', 'score', 'satisfaction']);

describe('WIZARD_METRICS', () => {
  it('declares every metric once, in METRIC_IDS order, all preselected but predicted CLV', () => {
    expect(WIZARD_METRICS.map((m) => m.id)).toEqual([...METRIC_IDS]);
    expect(WIZARD_METRICS.filter((m) => !m.preselected).map((m) => m.id)).toEqual(['predictedClv']);
  });

  it('makes every order metric need an order date', () => {
    for (const id of ['repeatPurchase', 'frequency', 'upsell', 'clv', 'cohorts', 'rfm', 'predictedClv'] as const)
      expect(WIZARD_METRICS.find((m) => m.id === id)?.needs).toContain('orderDate');
  });
});

describe('metricAvailability', () => {
  it('finds each metric of the example workbook in its sheet', () => {
    const found = Object.fromEntries(
      metricAvailability([CUSTOMERS, ORDERS, RESPONSES]).map((a) => [a.id, [a.sheet, a.missing]]),
    );
    expect(found).toEqual({
      nps: ['Responses', []],
      npsTrend: ['Responses', []],
      // Customers have a segment but no score.
      npsSegments: ['Responses', []],
      csat: ['Responses', []],
      churn: ['Customers', []],
      churnTrend: ['Customers', []],
      churnBySegment: ['Customers', []],
      churnBySource: ['Customers', []],
      subscriptionValue: ['Customers', []],
      repeatPurchase: ['Orders', []],
      frequency: ['Orders', []],
      orderValue: ['Orders', []],
      upsell: ['Orders', []],
      referral: ['Customers', []],
      clv: ['Orders', []],
      cohorts: ['Orders', []],
      rfm: ['Orders', []],
      predictedClv: ['Orders', []],
      loyaltyImpact: ['Responses', []],
    });
  });

  it('takes the first sheet, in the person’s order, that has all a metric needs', () => {
    const a = sheet('A', ['score']);
    const b = sheet('B', ['score', 'responseDate']);
    expect(availability([a, b], 'nps')).toEqual({ id: 'nps', sheet: 'A', missing: [] });
    expect(availability([b, a], 'nps')).toEqual({ id: 'nps', sheet: 'B', missing: [] });
    // Only B has both roles of the trend.
    expect(availability([a, b], 'npsTrend')).toEqual({ id: 'npsTrend', sheet: 'B', missing: [] });
  });

  it('never combines roles from two sheets', () => {
    // Each sheet lacks one role; the first (Dates) is reported, which lacks the score.
    expect(availability([sheet('Dates', ['responseDate']), sheet('Scores', ['score'])], 'npsTrend')).toEqual({
      id: 'npsTrend',
      missing: ['score'],
    });
  });

  it('reports what is missing from the closest sheet, the first of equally close ones', () => {
    // CLV needs customer, order date, amount: X lacks two, Y one.
    const x = sheet('X', ['customer']);
    const y = sheet('Y', ['customer', 'orderDate']);
    expect(availability([x, y], 'clv')).toEqual({ id: 'clv', missing: ['amount'] });
    expect(availability([y, x], 'clv')).toEqual({ id: 'clv', missing: ['amount'] });
    expect(availability([sheet('P', ['orderDate']), x], 'repeatPurchase')).toEqual({
      id: 'repeatPurchase',
      missing: ['customer'],
    });
    expect(availability([CUSTOMERS, ORDERS], 'npsTrend')).toEqual({
      id: 'npsTrend',
      missing: ['responseDate', 'score'],
    });
    expect(availability([CUSTOMERS, ORDERS], 'churn')?.sheet).toBe('Customers');
    expect(availability([ORDERS, RESPONSES], 'churn')).toEqual({ id: 'churn', missing: ['startDate', 'endDate'] });
  });

  it('reports every need missing when nothing is mapped', () => {
    for (const sheets of [[], [sheet('Empty', [])]]) {
      const result = metricAvailability(sheets);
      expect(result.map((a) => a.id)).toEqual([...METRIC_IDS]);
      for (const a of result) {
        expect(a.sheet).toBeUndefined();
        expect(a.missing).toEqual(WIZARD_METRICS.find((m) => m.id === a.id)?.needs);
      }
    }
  });
});
