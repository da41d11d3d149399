/**
 * What the dashboard shows for each metric, as a table: its key numbers, its
 * detail tables and their charts, each a call of one of the add-on's own
 * functions with its arguments named by what they are (a mapped column, a
 * setting cell, an option), and every table column referred to by the name
 * the function gives it (its catalog `output`), never by position. The same
 * call becomes a formula in a live dashboard and a value in a snapshot, so the
 * two cannot disagree. dashboardBlocks.ts turns this table into the calls of
 * one dashboard; dashboardLayout.ts places them.
 */

import type { ColumnRole } from '../input/headings';
import type { MessageKey } from '../i18n/messages/en';
import type { MetricId } from './wizardMetrics';

/** How a number is shown: the number format follows from it. */
export type ValueKind = 'percent' | 'nps' | 'money' | 'decimal' | 'count' | 'date' | 'text';

/** A setting cell of the dashboard (its value written once, the formulas refer to it). */
export type SettingId =
  | 'asOf'
  | 'previousAsOf'
  | 'periodStart'
  | 'periodEnd'
  | 'previousPeriodStart'
  | 'previousPeriodEnd'
  | 'confidence'
  | 'grossMargin'
  | 'horizonYears'
  | 'discountRate'
  | 'subscriptionRevenue'
  | 'calibrationEnd';

export type ArgSpec =
  /** A column of the metric's sheet (the other sheet's, for a metric that joins two). */
  | { readonly kind: 'role'; readonly role: ColumnRole; readonly optional?: boolean; readonly other?: boolean }
  | { readonly kind: 'setting'; readonly setting: SettingId }
  /**
   * The as-of date: the setting cell when the person fixed one (blank, so that
   * live formulas follow new rows, otherwise), or the previous period's end
   * when the number is computed again for its change. Blank when `needs`, a
   * date column the call can filter on, is not mapped.
   */
  | { readonly kind: 'asOf'; readonly needs?: ColumnRole }
  | { readonly kind: 'option'; readonly option: 'period' | 'npsPeriod' | 'model' | 'horizonMonths' }
  | { readonly kind: 'literal'; readonly value: string | number }
  /** The dashboard's language, for the table functions' headings and labels. */
  | { readonly kind: 'language' };

export interface CallSpec {
  readonly fn: string;
  readonly args: readonly ArgSpec[];
}

export type TableId =
  | 'npsSummary'
  | 'npsTrend'
  | 'npsSegments'
  | 'loyaltyImpact'
  | 'churnTrend'
  | 'churnBySegment'
  | 'churnBySource'
  | 'subscriptionForecast'
  | 'subscriptionClv'
  | 'rfm'
  | 'cohortCurves'
  | 'cohorts'
  | 'predictedClv'
  | 'validation';

export interface KpiSpec {
  readonly label: MessageKey;
  readonly kind: ValueKind;
  /** The number: a call, or a cell of one of the dashboard's tables (by column name, and row label or mean). */
  readonly value:
    | CallSpec
    | { readonly table: TableId; readonly column: string; readonly row: string }
    | { readonly table: TableId; readonly column: string; readonly mean: true };
  /** A number whose call has no as-of date (NPS without response dates) says it counts every row. */
  readonly benchmark?: { readonly fn: string; readonly windowDays?: number };
}

export interface ChartSpec {
  readonly title: MessageKey;
  /** LINE, BAR (horizontal bars: long labels) or COLUMN (vertical bars). */
  readonly type: 'LINE' | 'BAR' | 'COLUMN';
  /** The column of labels (dates, periods, segments). */
  readonly domain: string;
  /** The columns drawn as lines or bars; "*" for every column after the domain. */
  readonly series: readonly string[];
  /** Two columns drawn as a shaded band (a confidence interval) behind the one series of a line chart. */
  readonly band?: { readonly low: string; readonly high: string };
  /** Two columns drawn as the ends of each bar's interval, as points. */
  readonly interval?: { readonly low: string; readonly high: string };
  /** Where it comes among the dashboard's charts: the first three are on the first screen. */
  readonly priority: number;
  readonly axisFormat?: 'percent' | 'number';
}

export interface TableSpec {
  readonly id: TableId;
  readonly title: MessageKey;
  /** A line under the title that says how to read the table. */
  readonly note?: MessageKey;
  readonly call: CallSpec;
  /** How each column is shown, by the column's English name; a row label for a table of labels and values. */
  readonly kinds: Readonly<Record<string, ValueKind>>;
  /** Labels and values (NPS_SUMMARY) rather than a heading row and records. */
  readonly byRow?: boolean;
  /** A green-to-red heat map over these columns ("Period {n}": all of them). */
  readonly heatmap?: string;
  readonly chart?: ChartSpec;
  /** How a live table grows as rows are added: a row per period, a row per customer, or not at all. */
  readonly grows: 'periods' | 'periodsAndColumns' | 'customers' | 'fixed';
}

export interface MetricPresentation {
  readonly metric: MetricId;
  readonly kpis?: readonly KpiSpec[];
  readonly tables?: readonly TableSpec[];
}

const role = (r: ColumnRole, optional = false): ArgSpec => ({ kind: 'role', role: r, optional });
const other = (r: ColumnRole): ArgSpec => ({ kind: 'role', role: r, other: true });
const setting = (id: SettingId): ArgSpec => ({ kind: 'setting', setting: id });
const asOf = (needs?: ColumnRole): ArgSpec => ({ kind: 'asOf', needs });
const option = (o: 'period' | 'npsPeriod' | 'model' | 'horizonMonths'): ArgSpec => ({ kind: 'option', option: o });
const literal = (value: string | number): ArgSpec => ({ kind: 'literal', value });
const BLANK = literal('');
const LANGUAGE: ArgSpec = { kind: 'language' };
const call = (fn: string, ...args: ArgSpec[]): CallSpec => ({ fn, args });

/**
 * The window of "Does loyalty pay?": orders in the 90 days after each answer,
 * as the example workbook's NPS_IMPACT; long enough for a repeat purchase of
 * most shops, short enough that most respondents' windows have passed.
 */
export const LOYALTY_WINDOW_DAYS = 90;

const NPS_COLUMNS = { Responses: 'count', NPS: 'nps', 'CI low': 'nps', 'CI high': 'nps' } as const;
const SEGMENT_COLUMNS = {
  Segment: 'text',
  'CI low': 'percent',
  'CI high': 'percent',
  Rest: 'percent',
  'Differs from rest': 'text',
  Note: 'text',
} as const;

export const METRIC_PRESENTATIONS: readonly MetricPresentation[] = [
  {
    metric: 'nps',
    kpis: [
      {
        label: 'kpi.nps',
        kind: 'nps',
        value: call('NPS', role('score'), role('responseDate', true), asOf('responseDate')),
        benchmark: { fn: 'NPS' },
      },
    ],
    tables: [
      {
        id: 'npsSummary',
        title: 'table.npsSummary',
        call: call(
          'NPS_SUMMARY',
          role('score'),
          setting('confidence'),
          role('responseDate', true),
          asOf('responseDate'),
          LANGUAGE,
        ),
        byRow: true,
        kinds: {
          Responses: 'count',
          Promoters: 'count',
          Passives: 'count',
          Detractors: 'count',
          'Promoters %': 'percent',
          'Passives %': 'percent',
          'Detractors %': 'percent',
          NPS: 'nps',
          'Margin of error': 'decimal',
          'CI low': 'nps',
          'CI high': 'nps',
          Ignored: 'count',
        },
        grows: 'fixed',
      },
    ],
  },
  {
    metric: 'npsTrend',
    tables: [
      {
        id: 'npsTrend',
        title: 'table.npsTrend',
        note: 'note.npsTrend',
        call: call('NPS_TREND', role('responseDate'), role('score'), option('npsPeriod'), asOf(), LANGUAGE),
        kinds: { 'Period start': 'date', ...NPS_COLUMNS, Note: 'text' },
        chart: {
          title: 'chart.npsTrend',
          type: 'LINE',
          domain: 'Period start',
          series: ['NPS'],
          band: { low: 'CI low', high: 'CI high' },
          priority: 1,
          axisFormat: 'number',
        },
        grows: 'periods',
      },
    ],
  },
  {
    metric: 'npsSegments',
    tables: [
      {
        id: 'npsSegments',
        title: 'table.npsSegments',
        call: call(
          'NPS_BY',
          role('segment'),
          role('score'),
          role('responseDate', true),
          asOf('responseDate'),
          LANGUAGE,
        ),
        kinds: { Segment: 'text', ...NPS_COLUMNS },
        grows: 'fixed',
      },
    ],
  },
  {
    metric: 'csat',
    kpis: [
      {
        label: 'kpi.csat',
        kind: 'percent',
        value: call('CSAT', role('satisfaction'), BLANK, BLANK, role('responseDate', true), asOf('responseDate')),
      },
    ],
  },
  {
    metric: 'loyaltyImpact',
    kpis: [
      {
        label: 'kpi.loyaltyImpact',
        kind: 'percent',
        value: { table: 'loyaltyImpact', column: 'Bought again', row: 'Promoters - detractors' },
      },
    ],
    tables: [
      {
        id: 'loyaltyImpact',
        title: 'table.loyaltyImpact',
        note: 'note.loyaltyImpact',
        call: call(
          'NPS_IMPACT',
          role('customer'),
          role('responseDate'),
          role('score'),
          other('customer'),
          other('orderDate'),
          other('amount'),
          literal(LOYALTY_WINDOW_DAYS),
          asOf(),
          LANGUAGE,
        ),
        kinds: {
          Group: 'text',
          Respondents: 'count',
          'Bought again': 'percent',
          'CI low': 'percent',
          'CI high': 'percent',
          'Orders per respondent': 'decimal',
          'Revenue per respondent': 'money',
          'Revenue CI low': 'money',
          'Revenue CI high': 'money',
          'p-value': 'decimal',
          Note: 'text',
        },
        chart: {
          title: 'chart.loyaltyImpact',
          type: 'BAR',
          domain: 'Group',
          series: ['Bought again'],
          priority: 5,
          axisFormat: 'percent',
        },
        grows: 'fixed',
      },
    ],
  },
  {
    metric: 'churn',
    kpis: [
      {
        label: 'kpi.churn',
        kind: 'percent',
        value: call('CHURN_RATE', role('startDate'), role('endDate'), setting('periodStart'), setting('periodEnd')),
        benchmark: { fn: 'CHURN_RATE' },
      },
      {
        label: 'kpi.retention',
        kind: 'percent',
        value: call('RETENTION_RATE', role('startDate'), role('endDate'), setting('periodStart'), setting('periodEnd')),
      },
    ],
  },
  {
    metric: 'churnTrend',
    tables: [
      {
        id: 'churnTrend',
        title: 'table.churnTrend',
        note: 'note.churnTrend',
        call: call('CHURN_TREND', role('startDate'), role('endDate'), option('period'), asOf(), LANGUAGE),
        kinds: {
          'Period start': 'date',
          'Customers at start': 'count',
          New: 'count',
          Lost: 'count',
          'Customers at end': 'count',
          'Churn rate': 'percent',
          'Retention rate': 'percent',
        },
        grows: 'periods',
      },
    ],
  },
  ...(['churnBySegment', 'churnBySource'] as const).map((metric): MetricPresentation => ({
    metric,
    tables: [
      {
        id: metric,
        title: metric === 'churnBySegment' ? 'table.churnBySegment' : 'table.churnBySource',
        note: 'note.bySegment',
        call: call(
          'CHURN_BY',
          role(metric === 'churnBySegment' ? 'segment' : 'source'),
          role('startDate'),
          role('endDate'),
          setting('periodStart'),
          setting('periodEnd'),
          LANGUAGE,
        ),
        kinds: { ...SEGMENT_COLUMNS, 'Customers at start': 'count', 'Churn rate': 'percent' },
        chart: {
          title: metric === 'churnBySegment' ? 'chart.churnBySegment' : 'chart.churnBySource',
          type: 'COLUMN',
          domain: 'Segment',
          series: ['Churn rate'],
          interval: { low: 'CI low', high: 'CI high' },
          priority: metric === 'churnBySegment' ? 6 : 7,
          axisFormat: 'percent',
        },
        grows: 'fixed',
      },
    ],
  })),
  {
    metric: 'subscriptionValue',
    kpis: [
      {
        label: 'kpi.subscriptionValue',
        kind: 'money',
        value: { table: 'subscriptionClv', column: 'Residual value', row: 'Active base' },
      },
    ],
    tables: [
      {
        id: 'subscriptionForecast',
        title: 'table.subscriptionForecast',
        note: 'note.subscriptionForecast',
        call: call(
          'RETENTION_FORECAST',
          role('startDate'),
          role('endDate'),
          literal(24),
          literal('month'),
          asOf(),
          BLANK,
          LANGUAGE,
        ),
        kinds: { Period: 'count', Survival: 'percent', 'Retention rate': 'percent', 'Actual survival': 'percent' },
        chart: {
          title: 'chart.subscriptionForecast',
          type: 'LINE',
          domain: 'Period',
          series: ['Survival', 'Actual survival'],
          priority: 4,
          axisFormat: 'percent',
        },
        grows: 'fixed',
      },
      {
        id: 'subscriptionClv',
        title: 'table.subscriptionClv',
        call: call(
          'SUBSCRIPTION_CLV',
          role('customer'),
          role('startDate'),
          role('endDate'),
          setting('subscriptionRevenue'),
          setting('discountRate'),
          literal('month'),
          asOf(),
          BLANK,
          LANGUAGE,
        ),
        kinds: {
          Customer: 'text',
          'Periods paid': 'count',
          'Probability of renewing next': 'percent',
          DERL: 'decimal',
          'Residual value': 'money',
        },
        grows: 'customers',
      },
    ],
  },
  {
    metric: 'repeatPurchase',
    kpis: [
      {
        label: 'kpi.repeatPurchase',
        kind: 'percent',
        value: call('REPEAT_PURCHASE_RATE', role('customer'), role('orderDate'), BLANK, asOf()),
      },
    ],
  },
  {
    metric: 'frequency',
    kpis: [
      {
        label: 'kpi.frequency',
        kind: 'decimal',
        value: call('PURCHASE_FREQUENCY', role('customer'), role('orderDate'), asOf()),
      },
    ],
  },
  {
    metric: 'orderValue',
    kpis: [
      {
        label: 'kpi.orderValue',
        kind: 'money',
        value: call('AVG_ORDER_VALUE', role('amount'), role('order', true), role('orderDate'), asOf()),
      },
    ],
  },
  {
    metric: 'upsell',
    kpis: [
      {
        label: 'kpi.upsell',
        kind: 'percent',
        value: call('UPSELL_RATE', role('customer'), role('product'), role('orderDate'), asOf()),
      },
    ],
  },
  {
    metric: 'referral',
    kpis: [
      {
        label: 'kpi.referral',
        kind: 'percent',
        value: call('REFERRAL_RATE', role('source'), BLANK, role('startDate', true), asOf('startDate')),
      },
    ],
  },
  {
    metric: 'clv',
    kpis: [
      {
        label: 'kpi.clv',
        kind: 'money',
        value: call(
          'CLV',
          role('customer'),
          role('orderDate'),
          role('amount'),
          setting('horizonYears'),
          setting('grossMargin'),
          asOf(),
        ),
      },
    ],
  },
  {
    metric: 'rfm',
    tables: [
      {
        id: 'rfm',
        title: 'table.rfm',
        call: call('RFM_SUMMARY', role('customer'), role('orderDate'), role('amount'), asOf(), LANGUAGE),
        kinds: {
          Segment: 'text',
          Customers: 'count',
          'Share of customers': 'percent',
          Revenue: 'money',
          'Share of revenue': 'percent',
        },
        chart: { title: 'chart.rfm', type: 'BAR', domain: 'Segment', series: ['Customers'], priority: 3 },
        grows: 'fixed',
      },
    ],
  },
  {
    metric: 'cohorts',
    tables: [
      {
        id: 'cohortCurves',
        title: 'table.cohortCurves',
        note: 'note.cohortCurves',
        call: call(
          'COHORT_CURVES',
          role('customer'),
          role('orderDate'),
          option('period'),
          BLANK,
          BLANK,
          BLANK,
          asOf(),
          LANGUAGE,
        ),
        kinds: {
          'Periods after the first order': 'count',
          'All cohorts (weighted average)': 'percent',
          'Cohort of {text}': 'percent',
        },
        chart: {
          title: 'chart.retention',
          type: 'LINE',
          domain: 'Periods after the first order',
          series: ['*'],
          priority: 2,
          axisFormat: 'percent',
        },
        grows: 'periods',
      },
      {
        id: 'cohorts',
        title: 'table.cohorts',
        call: call(
          'COHORT_RETENTION',
          role('customer'),
          role('orderDate'),
          option('period'),
          BLANK,
          BLANK,
          asOf(),
          LANGUAGE,
        ),
        kinds: { Cohort: 'date', Customers: 'count', 'Period {n}': 'percent' },
        heatmap: 'Period {n}',
        grows: 'periodsAndColumns',
      },
    ],
  },
  {
    metric: 'predictedClv',
    kpis: [
      {
        label: 'kpi.predictedClv',
        kind: 'money',
        value: { table: 'predictedClv', column: 'Predicted CLV', mean: true },
      },
    ],
    tables: [
      {
        id: 'validation',
        title: 'table.validation',
        note: 'note.validation',
        call: call(
          'BTYD_VALIDATE',
          role('customer'),
          role('orderDate'),
          role('amount'),
          setting('calibrationEnd'),
          asOf(),
          option('model'),
          LANGUAGE,
        ),
        kinds: {
          'Repeat purchases in calibration': 'text',
          Customers: 'count',
          Actual: 'decimal',
          Predicted: 'decimal',
        },
        grows: 'fixed',
      },
      {
        id: 'predictedClv',
        title: 'table.predictedClv',
        call: call(
          'CLV_PREDICT',
          role('customer'),
          role('orderDate'),
          role('amount'),
          option('horizonMonths'),
          setting('discountRate'),
          asOf(),
          option('model'),
          setting('grossMargin'),
          BLANK,
          LANGUAGE,
        ),
        kinds: {
          Customer: 'text',
          Frequency: 'count',
          Recency: 'decimal',
          T: 'decimal',
          'P(alive)': 'percent',
          'Expected purchases': 'decimal',
          'Expected spend per purchase': 'money',
          'Predicted CLV': 'money',
        },
        grows: 'customers',
      },
    ],
  },
];
