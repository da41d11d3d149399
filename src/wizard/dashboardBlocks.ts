/**
 * What the dashboard shows for the chosen metrics, before any layout: the
 * key numbers, the settings they use, the tables and their charts, each as a
 * call of one of the add-on's own functions. The same call becomes a formula
 * in a live dashboard and a value in a snapshot, so the two cannot disagree.
 */

import type { ColumnRole } from '../input/headings';
import { parseIsoDateText } from '../input/isoDateText';
import type { MessageKey } from '../i18n/messages/en';
import { periodOf, periodStartDay } from '../time/periods';
import type { DashboardOptions, SheetMapping, WizardSettings } from './wizardSettings';
import { metricAvailability, type MetricId } from './wizardMetrics';

export type Translate = (key: MessageKey, parameters?: Readonly<Record<string, string | number>>) => string;

export type SettingId =
  'periodStart' | 'periodEnd' | 'asOf' | 'confidence' | 'grossMargin' | 'horizonYears' | 'discountRate';

export type CallArgument =
  | { readonly kind: 'column'; readonly sheet: string; readonly column: number; readonly firstRow: number }
  | { readonly kind: 'literal'; readonly value: string | number }
  | { readonly kind: 'setting'; readonly setting: SettingId };

export interface FunctionCall {
  readonly fn: string;
  readonly args: readonly CallArgument[];
}

/** How a number is shown: the number format follows from it. */
export type ValueKind = 'percent' | 'nps' | 'money' | 'decimal' | 'count' | 'date' | 'text';

export type TableId = 'npsSummary' | 'npsTrend' | 'npsSegments' | 'churnTrend' | 'rfm' | 'predictedClv' | 'cohorts';

export interface KpiBlock {
  readonly metric: MetricId;
  readonly label: string;
  readonly kind: ValueKind;
  /** A function call, or the mean of one column of a table below its heading. */
  readonly value: FunctionCall | { readonly meanOf: TableId; readonly column: number };
}

export interface SettingBlock {
  readonly id: SettingId;
  readonly label: string;
  readonly kind: ValueKind;
  /** A number, or a day number (days since 1970-01-01) for dates. */
  readonly value: number;
}

export interface ChartBlock {
  readonly title: string;
  readonly type: 'LINE' | 'BAR';
  /** 0-based table columns plotted: the first gives the labels. A column index of -1 stands for "and every further column". */
  readonly columns: readonly number[];
  /** Rows of the table are the series (the cohorts of a cohort table). */
  readonly transpose: boolean;
  readonly colors: readonly string[];
}

export interface TableBlock {
  readonly id: TableId;
  readonly metric: MetricId;
  readonly title: string;
  readonly call: FunctionCall;
  /** How many columns the table has (at least: a cohort table grows to the right). */
  readonly columns: number;
  /** Kind of each column; the last kind repeats for further columns. */
  readonly columnKinds: readonly ValueKind[];
  /** For a two-column table of labels and values (no heading row): the kind of each row's value. */
  readonly rowKinds?: readonly ValueKind[];
  /** A green-to-red heatmap from this 0-based column on. */
  readonly heatmapFrom?: number;
  readonly chart?: ChartBlock;
}

export interface DashboardBlocks {
  readonly kpis: readonly KpiBlock[];
  readonly settings: readonly SettingBlock[];
  readonly tables: readonly TableBlock[];
  /** The sheets the numbers come from. */
  readonly sheets: readonly string[];
}

export interface BlockContext {
  readonly t: Translate;
  /** The latest day number among the dates of the mapped date columns of a sheet (for the default as-of). */
  readonly latestDay: (sheet: string) => number | undefined;
}

/** The first and last day (day numbers) of the last period complete on `asOfDay`. */
export function lastCompletePeriod(
  asOfDay: number,
  period: DashboardOptions['period'],
): { start: number; end: number } {
  const current = periodOf(asOfDay, period);
  const complete = periodOf(asOfDay + 1, period) !== current ? current : current - 1;
  return { start: periodStartDay(complete, period), end: periodStartDay(complete + 1, period) - 1 };
}

const BLUE = '#1a73e8';
const GREY = '#9aa0a6';

export function dashboardBlocks(settings: WizardSettings, context: BlockContext): DashboardBlocks {
  const { t } = context;
  const { options } = settings;
  const unit = t(`unit.${options.period}`);
  const mapped = settings.sources.map((s) => ({
    sheet: s.sheet,
    roles: new Set(Object.keys(s.roles) as ColumnRole[]),
  }));
  const availability = metricAvailability(mapped);
  const chosen = new Map<MetricId, SheetMapping>();
  for (const id of settings.metrics) {
    const sheet = availability.find((a) => a.id === id)?.sheet;
    const source = settings.sources.find((s) => s.sheet === sheet);
    if (source !== undefined) chosen.set(id, source);
  }

  const column = (metric: MetricId, role: ColumnRole): CallArgument => {
    const source = chosen.get(metric) as SheetMapping;
    const ref = source.roles[role];
    if (ref === undefined) throw new Error(`${metric} has no ${role} column`);
    return { kind: 'column', sheet: source.sheet, column: ref.column, firstRow: source.headerRow + 1 };
  };
  const call = (fn: string, ...args: CallArgument[]): FunctionCall => ({ fn, args });
  const setting = (id: SettingId): CallArgument => ({ kind: 'setting', setting: id });
  const literal = (value: string | number): CallArgument => ({ kind: 'literal', value });
  const has = (id: MetricId) => chosen.has(id);
  const orderColumns = (id: MetricId) => [column(id, 'customer'), column(id, 'orderDate'), column(id, 'amount')];
  // A fixed as-of date only when the person chose one; otherwise the functions take the latest date in the data, which moves as rows are added.
  const asOfArgument = (): CallArgument => (options.asOf === '' ? literal('') : setting('asOf'));

  const settingsUsed: SettingBlock[] = [];
  const addSetting = (id: SettingId, kind: ValueKind, value: number) => {
    if (!settingsUsed.some((s) => s.id === id)) settingsUsed.push({ id, label: t(`setting.${id}`), kind, value });
  };
  if (has('churn')) {
    const source = chosen.get('churn') as SheetMapping;
    const asOf = options.asOf === '' ? context.latestDay(source.sheet) : dayOfIso(options.asOf);
    if (asOf !== undefined) {
      const { start, end } = lastCompletePeriod(asOf, options.period);
      addSetting('periodStart', 'date', start);
      addSetting('periodEnd', 'date', end);
    } else chosen.delete('churn');
  }
  if (options.asOf !== '' && (has('cohorts') || has('rfm') || has('predictedClv')))
    addSetting('asOf', 'date', dayOfIso(options.asOf));
  if (has('nps')) addSetting('confidence', 'percent', options.confidence);
  if (has('clv') || has('predictedClv')) {
    addSetting('grossMargin', 'percent', options.grossMargin);
    addSetting('horizonYears', 'count', options.horizonYears);
  }
  if (has('predictedClv')) addSetting('discountRate', 'percent', options.discountRate);

  const kpis: KpiBlock[] = [];
  const kpi = (metric: MetricId, key: MessageKey, kind: ValueKind, value: KpiBlock['value']) => {
    if (has(metric)) kpis.push({ metric, label: t(key, { period: unit, years: options.horizonYears }), kind, value });
  };
  if (has('nps')) kpi('nps', 'kpi.nps', 'nps', call('NPS', column('nps', 'score')));
  if (has('csat')) kpi('csat', 'kpi.csat', 'percent', call('CSAT', column('csat', 'satisfaction')));
  if (has('churn')) {
    const dates = [column('churn', 'startDate'), column('churn', 'endDate')];
    const period = [setting('periodStart'), setting('periodEnd')];
    kpi('churn', 'kpi.churn', 'percent', call('CHURN_RATE', ...dates, ...period));
    kpi('churn', 'kpi.retention', 'percent', call('RETENTION_RATE', ...dates, ...period));
  }
  if (has('repeatPurchase'))
    kpi(
      'repeatPurchase',
      'kpi.repeatPurchase',
      'percent',
      call('REPEAT_PURCHASE_RATE', column('repeatPurchase', 'customer'), column('repeatPurchase', 'orderDate')),
    );
  if (has('frequency'))
    kpi('frequency', 'kpi.frequency', 'decimal', call('PURCHASE_FREQUENCY', column('frequency', 'customer')));
  if (has('orderValue')) {
    const source = chosen.get('orderValue') as SheetMapping;
    const orders = source.roles.order !== undefined ? [column('orderValue', 'order')] : [];
    kpi('orderValue', 'kpi.orderValue', 'money', call('AVG_ORDER_VALUE', column('orderValue', 'amount'), ...orders));
  }
  if (has('upsell'))
    kpi(
      'upsell',
      'kpi.upsell',
      'percent',
      call('UPSELL_RATE', column('upsell', 'customer'), column('upsell', 'product')),
    );
  if (has('referral')) kpi('referral', 'kpi.referral', 'percent', call('REFERRAL_RATE', column('referral', 'source')));
  if (has('clv'))
    kpi(
      'clv',
      'kpi.clv',
      'money',
      call('CLV', ...orderColumns('clv'), setting('horizonYears'), setting('grossMargin')),
    );
  if (has('predictedClv')) kpi('predictedClv', 'kpi.predictedClv', 'money', { meanOf: 'predictedClv', column: 7 });

  const tables: TableBlock[] = [];
  if (has('nps'))
    tables.push({
      id: 'npsSummary',
      columns: 2,
      metric: 'nps',
      title: t('table.npsSummary'),
      call: call('NPS_SUMMARY', column('nps', 'score'), setting('confidence')),
      columnKinds: ['text', 'decimal'],
      // Responses, promoters, passives, detractors; their shares; NPS, margin, CI low, CI high; ignored answers.
      rowKinds: [
        'count',
        'count',
        'count',
        'count',
        'percent',
        'percent',
        'percent',
        'nps',
        'decimal',
        'nps',
        'nps',
        'count',
      ],
    });
  if (has('npsTrend'))
    tables.push({
      id: 'npsTrend',
      columns: 5,
      metric: 'npsTrend',
      title: t('table.npsTrend', { period: unit }),
      call: call('NPS_TREND', column('npsTrend', 'responseDate'), column('npsTrend', 'score'), literal(options.period)),
      columnKinds: ['date', 'count', 'nps'],
      chart: {
        title: t('chart.npsTrend', { period: unit }),
        type: 'LINE',
        columns: [0, 2, 3, 4],
        transpose: false,
        colors: [BLUE, GREY, GREY],
      },
    });
  if (has('npsSegments'))
    tables.push({
      id: 'npsSegments',
      columns: 5,
      metric: 'npsSegments',
      title: t('table.npsSegments'),
      call: call('NPS_BY', column('npsSegments', 'segment'), column('npsSegments', 'score')),
      columnKinds: ['text', 'count', 'nps'],
    });
  if (has('churnTrend'))
    tables.push({
      id: 'churnTrend',
      columns: 7,
      metric: 'churnTrend',
      title: t('table.churnTrend', { period: unit }),
      call: call(
        'CHURN_TREND',
        column('churnTrend', 'startDate'),
        column('churnTrend', 'endDate'),
        literal(options.period),
      ),
      columnKinds: ['date', 'count', 'count', 'count', 'count', 'percent'],
    });
  if (has('rfm'))
    tables.push({
      id: 'rfm',
      columns: 5,
      metric: 'rfm',
      title: t('table.rfm'),
      call: call('RFM_SUMMARY', ...orderColumns('rfm'), asOfArgument()),
      columnKinds: ['text', 'count', 'percent', 'money', 'percent'],
      chart: { title: t('chart.rfm'), type: 'BAR', columns: [0, 1], transpose: false, colors: [BLUE] },
    });
  if (has('predictedClv'))
    tables.push({
      id: 'predictedClv',
      columns: 8,
      metric: 'predictedClv',
      title: t('table.predictedClv'),
      call: call(
        'CLV_PREDICT',
        ...orderColumns('predictedClv'),
        literal(options.horizonYears * 12),
        setting('discountRate'),
        asOfArgument(),
        literal(''),
        setting('grossMargin'),
      ),
      columnKinds: ['text', 'count', 'decimal', 'decimal', 'percent', 'decimal', 'money', 'money'],
    });
  if (has('cohorts'))
    tables.push({
      id: 'cohorts',
      columns: 3,
      metric: 'cohorts',
      title: t('table.cohorts', { period: unit }),
      call: call(
        'COHORT_RETENTION',
        column('cohorts', 'customer'),
        column('cohorts', 'orderDate'),
        literal(options.period),
        literal(''),
        literal(''),
        asOfArgument(),
      ),
      columnKinds: ['date', 'count', 'percent'],
      heatmapFrom: 2,
      chart: { title: t('chart.retention'), type: 'LINE', columns: [0, 2, -1], transpose: true, colors: [] },
    });

  const sheets = [...new Set([...chosen.values()].map((s) => s.sheet))];
  return { kpis, settings: settingsUsed, tables, sheets };
}

/** The day number of a checked ISO date (wizardSettings.ts accepts only those). */
function dayOfIso(iso: string): number {
  return Math.floor(parseIsoDateText(iso)?.wallClockDay ?? NaN);
}
