import { daysFromCivil } from '../../src/time/civilDays';
import {
  type BlockContext,
  dashboardBlocks,
  type FunctionCall,
  lastCompletePeriod,
  type Translate,
} from '../../src/wizard/dashboardBlocks';
import { formulaOf } from '../../src/wizard/dashboardLayout';
import { meaningfulArguments } from '../../src/wizard/evaluateCall';
import { METRIC_IDS, type MetricId } from '../../src/wizard/wizardMetrics';
import { defaultOptions, type DashboardOptions, type WizardSettings } from '../../src/wizard/wizardSettings';
import { call, col, lit, set } from '../support/wizardCalls';

const day = daysFromCivil;
const t: Translate = (key, parameters) => (parameters === undefined ? key : `${key} ${JSON.stringify(parameters)}`);

/** The example workbook's three sheets (examples/coffeeShop.ts), headings in row 1. */
const SOURCES: WizardSettings['sources'] = [
  {
    sheet: 'Customers',
    headerRow: 1,
    roles: {
      customer: { column: 1, heading: 'Customer ID' },
      startDate: { column: 3, heading: 'Start date' },
      endDate: { column: 4, heading: 'Cancel date' },
      source: { column: 5, heading: 'Source' },
      segment: { column: 6, heading: 'Plan' },
    },
  },
  {
    sheet: 'Orders',
    headerRow: 1,
    roles: {
      order: { column: 1, heading: 'Order ID' },
      customer: { column: 2, heading: 'Customer ID' },
      orderDate: { column: 3, heading: 'Order date' },
      amount: { column: 4, heading: 'Amount' },
      product: { column: 5, heading: 'Product' },
    },
  },
  {
    sheet: 'Responses',
    headerRow: 1,
    roles: {
      responseDate: { column: 1, heading: 'Response date' },
      customer: { column: 2, heading: 'Customer ID' },
      segment: { column: 3, heading: 'Segment' },
      score: { column: 4, heading: 'Likelihood to recommend (0-10)' },
      satisfaction: { column: 5, heading: 'Satisfaction (1-5)' },
    },
  },
];

function settingsFor(
  metrics: readonly MetricId[],
  options: Partial<DashboardOptions> = {},
  sources = SOURCES,
): WizardSettings {
  return { language: 'en', mode: 'live', sources, metrics, options: { ...defaultOptions('en'), ...options } };
}

/** The latest date of every sheet: 2024-12-31. */
const CONTEXT: BlockContext = { t, latestDay: () => day(2024, 12, 31) };

describe('lastCompletePeriod', () => {
  it('takes the as-of month when the as-of date is its last day, else the month before', () => {
    expect(lastCompletePeriod(day(2024, 12, 31), 'month')).toEqual({ start: day(2024, 12, 1), end: day(2024, 12, 31) });
    expect(lastCompletePeriod(day(2024, 12, 30), 'month')).toEqual({ start: day(2024, 11, 1), end: day(2024, 11, 30) });
    expect(lastCompletePeriod(day(2024, 12, 1), 'month')).toEqual({ start: day(2024, 11, 1), end: day(2024, 11, 30) });
    // 2024 is a leap year.
    expect(lastCompletePeriod(day(2024, 3, 1), 'month')).toEqual({ start: day(2024, 2, 1), end: day(2024, 2, 29) });
    expect(lastCompletePeriod(day(2025, 1, 15), 'month')).toEqual({ start: day(2024, 12, 1), end: day(2024, 12, 31) });
  });

  it('works the same way for quarters', () => {
    expect(lastCompletePeriod(day(2024, 12, 31), 'quarter')).toEqual({
      start: day(2024, 10, 1),
      end: day(2024, 12, 31),
    });
    expect(lastCompletePeriod(day(2024, 11, 15), 'quarter')).toEqual({ start: day(2024, 7, 1), end: day(2024, 9, 30) });
    expect(lastCompletePeriod(day(2025, 1, 1), 'quarter')).toEqual({ start: day(2024, 10, 1), end: day(2024, 12, 31) });
  });

  it('uses weeks from Monday to Sunday', () => {
    // 2024-12-29 is a Sunday (2024-01-01 was a Monday; 363 days later, 363 = 51 * 7 + 6).
    expect(lastCompletePeriod(day(2024, 12, 29), 'week')).toEqual({ start: day(2024, 12, 23), end: day(2024, 12, 29) });
    // Monday the 30th: its week has just begun, so the week before.
    expect(lastCompletePeriod(day(2024, 12, 30), 'week')).toEqual({ start: day(2024, 12, 23), end: day(2024, 12, 29) });
    // Saturday the 28th: the week of the 23rd is not over yet.
    expect(lastCompletePeriod(day(2024, 12, 28), 'week')).toEqual({ start: day(2024, 12, 16), end: day(2024, 12, 22) });
  });

  it('ignores the time of day', () => {
    expect(lastCompletePeriod(day(2024, 12, 31) + 0.75, 'month')).toEqual({
      start: day(2024, 12, 1),
      end: day(2024, 12, 31),
    });
  });
});

describe('dashboardBlocks', () => {
  const all = dashboardBlocks(settingsFor(METRIC_IDS), CONTEXT);

  it('lists the settings the chosen metrics use', () => {
    expect(all.settings).toEqual([
      // 2024-12-31 ends December, so churn is measured over December.
      { id: 'periodStart', label: 'setting.periodStart', kind: 'date', value: day(2024, 12, 1) },
      { id: 'periodEnd', label: 'setting.periodEnd', kind: 'date', value: day(2024, 12, 31) },
      { id: 'confidence', label: 'setting.confidence', kind: 'percent', value: 0.95 },
      { id: 'grossMargin', label: 'setting.grossMargin', kind: 'percent', value: 0.6 },
      { id: 'horizonYears', label: 'setting.horizonYears', kind: 'count', value: 3 },
      { id: 'discountRate', label: 'setting.discountRate', kind: 'percent', value: 0.1 },
    ]);
  });

  it('computes each key number from its own sheet', () => {
    const label = (key: string) => `${key} {"period":"unit.month","years":3}`;
    const churnArgs = [col('Customers', 3), col('Customers', 4), set('periodStart'), set('periodEnd')];
    expect(all.kpis).toEqual([
      { metric: 'nps', label: label('kpi.nps'), kind: 'nps', value: call('NPS', col('Responses', 4)) },
      { metric: 'csat', label: label('kpi.csat'), kind: 'percent', value: call('CSAT', col('Responses', 5)) },
      { metric: 'churn', label: label('kpi.churn'), kind: 'percent', value: call('CHURN_RATE', ...churnArgs) },
      { metric: 'churn', label: label('kpi.retention'), kind: 'percent', value: call('RETENTION_RATE', ...churnArgs) },
      {
        metric: 'repeatPurchase',
        label: label('kpi.repeatPurchase'),
        kind: 'percent',
        value: call('REPEAT_PURCHASE_RATE', col('Orders', 2), col('Orders', 3)),
      },
      {
        metric: 'frequency',
        label: label('kpi.frequency'),
        kind: 'decimal',
        value: call('PURCHASE_FREQUENCY', col('Orders', 2)),
      },
      {
        metric: 'orderValue',
        label: label('kpi.orderValue'),
        kind: 'money',
        // The order ids are mapped, so lines of one order count as one order.
        value: call('AVG_ORDER_VALUE', col('Orders', 4), col('Orders', 1)),
      },
      {
        metric: 'upsell',
        label: label('kpi.upsell'),
        kind: 'percent',
        value: call('UPSELL_RATE', col('Orders', 2), col('Orders', 5)),
      },
      {
        metric: 'referral',
        label: label('kpi.referral'),
        kind: 'percent',
        value: call('REFERRAL_RATE', col('Customers', 5)),
      },
      {
        metric: 'clv',
        label: label('kpi.clv'),
        kind: 'money',
        value: call(
          'CLV',
          col('Orders', 2),
          col('Orders', 3),
          col('Orders', 4),
          set('horizonYears'),
          set('grossMargin'),
        ),
      },
      {
        metric: 'predictedClv',
        label: label('kpi.predictedClv'),
        kind: 'money',
        // Column 7 of CLV_PREDICT's table, the predicted CLV of each customer.
        value: { meanOf: 'predictedClv', column: 7 },
      },
    ]);
  });

  it('computes each table from its own sheet', () => {
    const orders = [col('Orders', 2), col('Orders', 3), col('Orders', 4)];
    expect(all.tables.map((table) => [table.id, table.metric, table.title, table.call])).toEqual([
      ['npsSummary', 'nps', 'table.npsSummary', call('NPS_SUMMARY', col('Responses', 4), set('confidence'))],
      [
        'npsTrend',
        'npsTrend',
        'table.npsTrend {"period":"unit.month"}',
        call('NPS_TREND', col('Responses', 1), col('Responses', 4), lit('month')),
      ],
      ['npsSegments', 'npsSegments', 'table.npsSegments', call('NPS_BY', col('Responses', 3), col('Responses', 4))],
      [
        'churnTrend',
        'churnTrend',
        'table.churnTrend {"period":"unit.month"}',
        call('CHURN_TREND', col('Customers', 3), col('Customers', 4), lit('month')),
      ],
      ['rfm', 'rfm', 'table.rfm', call('RFM_SUMMARY', ...orders, lit(''))],
      [
        'predictedClv',
        'predictedClv',
        'table.predictedClv',
        // 3 years = 36 months; the as-of date and the model are left blank.
        call('CLV_PREDICT', ...orders, lit(36), set('discountRate'), lit(''), lit(''), set('grossMargin')),
      ],
      [
        'cohorts',
        'cohorts',
        'table.cohorts {"period":"unit.month"}',
        call('COHORT_RETENTION', col('Orders', 2), col('Orders', 3), lit('month'), lit(''), lit(''), lit('')),
      ],
    ]);
  });

  it('shows each table as its kind of values, with its chart', () => {
    const byId = Object.fromEntries(all.tables.map((table) => [table.id, table]));
    expect(byId.npsSummary.rowKinds).toHaveLength(12);
    expect(byId.npsSummary.chart).toBeUndefined();
    expect(byId.npsTrend.chart).toMatchObject({ type: 'LINE', columns: [0, 2, 3, 4], transpose: false });
    expect(byId.rfm.chart).toMatchObject({ type: 'BAR', columns: [0, 1], title: 'chart.rfm' });
    expect(byId.cohorts).toMatchObject({ heatmapFrom: 2, columnKinds: ['date', 'count', 'percent'] });
    expect(byId.cohorts.chart).toMatchObject({ columns: [0, 2, -1], transpose: true });
    expect(byId.predictedClv.columnKinds[7]).toBe('money');
  });

  it('names the sheets the numbers come from, in the order the metrics first use them', () => {
    expect(all.sheets).toEqual(['Responses', 'Customers', 'Orders']);
  });

  it('drops trailing blank arguments from the formulas', () => {
    const cohorts = all.tables.find((table) => table.id === 'cohorts')?.call as FunctionCall;
    expect(meaningfulArguments(cohorts)).toEqual([col('Orders', 2), col('Orders', 3), lit('month')]);
    expect(formulaOf(cohorts, () => '$B$1')).toBe('=COHORT_RETENTION(Orders!B2:B, Orders!C2:C, "month")');
    const predicted = all.tables.find((table) => table.id === 'predictedClv')?.call as FunctionCall;
    // Blanks before a setting stay: they hold the setting in its place.
    expect(formulaOf(predicted, (id) => `[${id}]`)).toBe(
      '=CLV_PREDICT(Orders!B2:B, Orders!C2:C, Orders!D2:D, 36, [discountRate], "", "", [grossMargin])',
    );
  });

  it('with a fixed as-of date, adds it as a setting and passes it to the order tables', () => {
    const latestDay = jest.fn(() => day(2024, 12, 31));
    const blocks = dashboardBlocks(settingsFor(METRIC_IDS, { asOf: '2024-06-15' }), { t, latestDay });
    expect(latestDay).not.toHaveBeenCalled();
    expect(blocks.settings.slice(0, 3)).toEqual([
      // 2024-06-15 is inside June, so the last complete month is May.
      { id: 'periodStart', label: 'setting.periodStart', kind: 'date', value: day(2024, 5, 1) },
      { id: 'periodEnd', label: 'setting.periodEnd', kind: 'date', value: day(2024, 5, 31) },
      { id: 'asOf', label: 'setting.asOf', kind: 'date', value: day(2024, 6, 15) },
    ]);
    const calls = Object.fromEntries(blocks.tables.map((table) => [table.id, table.call.args]));
    expect(calls.rfm[3]).toEqual(set('asOf'));
    expect(calls.predictedClv[5]).toEqual(set('asOf'));
    expect(calls.cohorts).toEqual([col('Orders', 2), col('Orders', 3), lit('month'), lit(''), lit(''), set('asOf')]);
  });

  it('adds no as-of setting when no chosen metric takes it', () => {
    const blocks = dashboardBlocks(settingsFor(['nps', 'churn', 'clv'], { asOf: '2024-06-15' }), CONTEXT);
    expect(blocks.settings.map((s) => s.id)).toEqual([
      'periodStart',
      'periodEnd',
      'confidence',
      'grossMargin',
      'horizonYears',
    ]);
  });

  it('takes the as-of date of the churn sheet from its latest date', () => {
    const latestDay = jest.fn((sheet: string) => (sheet === 'Customers' ? day(2024, 9, 30) : day(2025, 1, 1)));
    const blocks = dashboardBlocks(settingsFor(['churn'], { period: 'quarter' }), { t, latestDay });
    expect(latestDay).toHaveBeenCalledWith('Customers');
    // 2024-09-30 ends the third quarter.
    expect(blocks.settings.map((s) => s.value)).toEqual([day(2024, 7, 1), day(2024, 9, 30)]);
    expect(blocks.kpis.map((k) => k.label)).toEqual([
      'kpi.churn {"period":"unit.quarter","years":3}',
      'kpi.retention {"period":"unit.quarter","years":3}',
    ]);
  });

  it('leaves churn out when its sheet has no date to measure to, but keeps the churn trend', () => {
    const blocks = dashboardBlocks(settingsFor(['churn', 'churnTrend', 'referral']), { t, latestDay: () => undefined });
    expect(blocks.settings).toEqual([]);
    expect(blocks.kpis.map((k) => k.value)).toEqual([call('REFERRAL_RATE', col('Customers', 5))]);
    expect(blocks.tables.map((table) => table.id)).toEqual(['churnTrend']);
    expect(blocks.sheets).toEqual(['Customers']);
  });

  it('shows only what the chosen metrics need', () => {
    const blocks = dashboardBlocks(settingsFor(['nps']), CONTEXT);
    expect(blocks.settings.map((s) => s.id)).toEqual(['confidence']);
    expect(blocks.kpis.map((k) => k.metric)).toEqual(['nps']);
    expect(blocks.tables.map((table) => table.id)).toEqual(['npsSummary']);
    expect(blocks.sheets).toEqual(['Responses']);
  });

  it('leaves out chosen metrics no sheet can compute', () => {
    const ordersOnly = [SOURCES[1]];
    const blocks = dashboardBlocks(settingsFor(['nps', 'npsTrend', 'churn', 'frequency'], {}, ordersOnly), CONTEXT);
    expect(blocks.kpis.map((k) => k.metric)).toEqual(['frequency']);
    expect(blocks.tables).toEqual([]);
    expect(blocks.settings).toEqual([]);
    expect(blocks.sheets).toEqual(['Orders']);
  });

  it('computes the average order value from amounts alone when no order id is mapped', () => {
    const roles = Object.fromEntries(Object.entries(SOURCES[1].roles).filter(([role]) => role !== 'order'));
    const blocks = dashboardBlocks(settingsFor(['orderValue'], {}, [{ ...SOURCES[1], roles }]), CONTEXT);
    expect(blocks.kpis.map((k) => k.value)).toEqual([call('AVG_ORDER_VALUE', col('Orders', 4))]);
  });

  it('starts each column below the heading row, or at row 1 without one', () => {
    const sources = [
      { ...SOURCES[2], headerRow: 0 },
      { ...SOURCES[1], headerRow: 3 },
    ];
    const blocks = dashboardBlocks(settingsFor(['nps', 'frequency'], {}, sources), CONTEXT);
    expect(blocks.kpis.map((k) => k.value)).toEqual([
      call('NPS', col('Responses', 4, 1)),
      call('PURCHASE_FREQUENCY', col('Orders', 2, 4)),
    ]);
  });

  it('follows the options: period, horizon, confidence, margin and discount rate', () => {
    const blocks = dashboardBlocks(
      settingsFor(['npsTrend', 'predictedClv', 'nps'], {
        period: 'week',
        horizonYears: 5,
        confidence: 0.9,
        grossMargin: 0.6,
        discountRate: 0.08,
      }),
      CONTEXT,
    );
    const trend = blocks.tables.find((table) => table.id === 'npsTrend');
    expect(trend?.call.args[2]).toEqual(lit('week'));
    expect(trend?.title).toBe('table.npsTrend {"period":"unit.week"}');
    // 5 years = 60 months.
    expect(blocks.tables.find((table) => table.id === 'predictedClv')?.call.args[3]).toEqual(lit(60));
    expect(Object.fromEntries(blocks.settings.map((s) => [s.id, s.value]))).toEqual({
      confidence: 0.9,
      grossMargin: 0.6,
      horizonYears: 5,
      discountRate: 0.08,
    });
    expect(blocks.kpis.find((k) => k.metric === 'predictedClv')?.label).toBe(
      'kpi.predictedClv {"period":"unit.week","years":5}',
    );
  });
});
