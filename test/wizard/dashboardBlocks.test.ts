import { daysFromCivil } from '../../src/time/civilDays';
import { completePeriods, dashboardBlocks, type DataFacts, type Translate } from '../../src/wizard/dashboardBlocks';
import { defaultOptions, type DashboardOptions, type WizardSettings } from '../../src/wizard/wizardSettings';
import type { MetricId } from '../../src/wizard/wizardMetrics';
import { exampleSources } from '../support/exampleSources';
import { col, lit, set } from '../support/wizardCalls';

const day = daysFromCivil;
const t: Translate = (key, parameters) => (parameters === undefined ? key : `${key} ${JSON.stringify(parameters)}`);

const SOURCES = exampleSources({
  Customers: ['customer', 'startDate', 'endDate', 'segment'],
  Responses: ['responseDate', 'customer', 'score'],
});

const FACTS: DataFacts = { latestDay: () => day(2024, 12, 31), npsPeriod: 'quarter', subscriptionRevenue: 24 };

const settings = (metrics: MetricId[], options: Partial<DashboardOptions> = {}, rest: Partial<WizardSettings> = {}) =>
  ({
    language: 'en',
    mode: 'live',
    sources: SOURCES,
    metrics,
    options: { ...defaultOptions('en'), ...options },
    ...rest,
  }) as WizardSettings;

describe('completePeriods', () => {
  it('takes the period ending on the day when it ends then, else the one before, and the one before that', () => {
    expect(completePeriods(day(2024, 12, 31), 'month')).toEqual({
      start: day(2024, 12, 1),
      end: day(2024, 12, 31),
      previousStart: day(2024, 11, 1),
      previousEnd: day(2024, 11, 30),
    });
    expect(completePeriods(day(2024, 12, 30), 'month')).toMatchObject({
      start: day(2024, 11, 1),
      end: day(2024, 11, 30),
    });
    // 2024 is a leap year; a quarter; a week from Monday.
    expect(completePeriods(day(2024, 3, 15), 'month')).toMatchObject({ start: day(2024, 2, 1), end: day(2024, 2, 29) });
    expect(completePeriods(day(2024, 11, 15), 'quarter')).toEqual({
      start: day(2024, 7, 1),
      end: day(2024, 9, 30),
      previousStart: day(2024, 4, 1),
      previousEnd: day(2024, 6, 30),
    });
    // 2024-12-01 is a Sunday: the week Monday 11-25 to Sunday 12-01 ends on it.
    expect(completePeriods(day(2024, 12, 1), 'week')).toMatchObject({
      start: day(2024, 11, 25),
      end: day(2024, 12, 1),
    });
  });
});

describe('dashboardBlocks', () => {
  it('leaves the as-of blank when the person did not fix it (live formulas follow new rows), and compares with the previous period', () => {
    const blocks = dashboardBlocks(settings(['nps', 'churn']), FACTS, t);
    const nps = blocks.kpis[0];
    expect(nps.value).toEqual({ fn: 'NPS', args: [col('Responses', 4), col('Responses', 1), lit('')] });
    expect(nps.previous).toEqual({ fn: 'NPS', args: [col('Responses', 4), col('Responses', 1), set('previousAsOf')] });
    const churn = blocks.kpis.find((k) => k.value !== undefined && 'fn' in k.value && k.value.fn === 'CHURN_RATE');
    expect(churn?.previous).toEqual({
      fn: 'CHURN_RATE',
      args: [col('Customers', 3), col('Customers', 4), set('previousPeriodStart'), set('previousPeriodEnd')],
    });
    const values = Object.fromEntries(blocks.settings.map((s) => [s.id, s.value]));
    expect(values).toMatchObject({
      periodStart: day(2024, 12, 1),
      periodEnd: day(2024, 12, 31),
      previousAsOf: day(2024, 11, 30),
    });
    expect(values.asOf).toBeUndefined();
  });

  it('holds every call to a fixed as-of date, through its setting cell', () => {
    const blocks = dashboardBlocks(settings(['nps', 'npsTrend'], { asOf: '2024-06-15' }), FACTS, t);
    expect(blocks.kpis[0].value).toEqual({ fn: 'NPS', args: [col('Responses', 4), col('Responses', 1), set('asOf')] });
    expect(blocks.tables.find((tb) => tb.id === 'npsTrend')?.call.args).toContainEqual(set('asOf'));
    expect(blocks.settings.find((s) => s.id === 'asOf')?.value).toBe(day(2024, 6, 15));
    expect(blocks.fixedAsOf).toBe(day(2024, 6, 15));
  });

  it('gives the NPS trend the period the answers allow, and the table functions the dashboard’s language', () => {
    const blocks = dashboardBlocks(settings(['npsTrend'], {}, { language: 'th' }), FACTS, t);
    const trend = blocks.tables[0];
    expect(trend.call.args).toEqual([col('Responses', 1), col('Responses', 4), lit('quarter'), lit(''), lit('th')]);
    expect(trend.title).toBe('table.npsTrend {"period":"unit.month","years":3,"npsPeriod":"unit.quarter","days":90}');
  });

  it('joins the answers with the customer list’s sheet for "does loyalty pay?" only when that sheet has orders', () => {
    expect(dashboardBlocks(settings(['loyaltyImpact']), FACTS, t).tables).toEqual([]);
  });

  it('shows no subscription value without the revenue per subscriber, and says which setting is missing', () => {
    const blocks = dashboardBlocks(settings(['subscriptionValue']), { ...FACTS, subscriptionRevenue: undefined }, t);
    expect(blocks.tables.map((tb) => tb.id)).toEqual(['subscriptionForecast']);
    expect(blocks.kpis).toEqual([]);
    expect(blocks.missing).toEqual([{ metric: 'subscriptionValue', setting: 'subscriptionRevenue' }]);
    // Given in Options, it is used (a setting cell the formulas refer to).
    const given = dashboardBlocks(settings(['subscriptionValue'], { subscriptionRevenue: 30 }), FACTS, t);
    expect(given.settings.find((s) => s.id === 'subscriptionRevenue')?.value).toBe(30);
    expect(given.kpis.map((k) => k.label.split(' ')[0])).toEqual(['kpi.subscriptionValue']);
  });

  it('writes the gross margin it uses as a setting: 60% unless the person changed it', () => {
    const orders = [
      ...SOURCES,
      {
        sheet: 'Orders',
        headerRow: 1,
        roles: {
          customer: { column: 2, heading: 'Customer' },
          orderDate: { column: 3, heading: 'Date' },
          amount: { column: 4, heading: 'Amount' },
        },
      },
    ];
    const blocks = dashboardBlocks(settings(['clv'], {}, { sources: orders }), FACTS, t);
    expect(blocks.settings.find((s) => s.id === 'grossMargin')?.value).toBe(0.6);
  });
});
