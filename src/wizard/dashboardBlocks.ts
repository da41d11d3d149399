/**
 * The dashboard of one set of choices, before any layout: the key numbers
 * with their changes, the settings they use, the tables and their charts,
 * each a call of one of the add-on's own functions. This is the declarative
 * table of dashboardSpec.ts instantiated on the person's sheets and options:
 * roles become columns, settings become cells, the as-of date becomes a
 * setting or (when the person left it to follow the data) a blank.
 */

import type { ColumnRole } from '../input/headings';
import { parseIsoDateText } from '../input/isoDateText';
import type { Language } from '../i18n/language';
import type { MessageKey } from '../i18n/messages/en';
import { periodOf, periodStartDay, type PeriodUnit } from '../time/periods';
import {
  type ArgSpec,
  type CallSpec,
  type ChartSpec,
  type KpiSpec,
  LOYALTY_WINDOW_DAYS,
  METRIC_PRESENTATIONS,
  type SettingId,
  type TableId,
  type TableSpec,
  type ValueKind,
} from './dashboardSpec';
import { metricAvailability, type MetricId } from './wizardMetrics';
import type { DashboardOptions, SheetMapping, WizardSettings } from './wizardSettings';

export type { SettingId, TableId, ValueKind } from './dashboardSpec';

export type Translate = (key: MessageKey, parameters?: Readonly<Record<string, string | number>>) => string;

export type CallArgument =
  | { readonly kind: 'column'; readonly sheet: string; readonly column: number; readonly firstRow: number }
  | { readonly kind: 'literal'; readonly value: string | number }
  | { readonly kind: 'setting'; readonly setting: SettingId };

export interface FunctionCall {
  readonly fn: string;
  readonly args: readonly CallArgument[];
}

export interface KpiBlock {
  readonly metric: MetricId;
  readonly label: string;
  readonly kind: ValueKind;
  /** A call, or a cell of one of the dashboard's tables. */
  readonly value: FunctionCall | TableCell;
  /** The same call as it stood at the end of the previous complete period, for the change column. */
  readonly previous?: FunctionCall;
  /** True when the call cannot honour the as-of date (no dates to filter on): it counts every row. */
  readonly allRows: boolean;
  /** The function and options a comparable benchmark is looked up with. */
  readonly benchmark?: KpiSpec['benchmark'];
}

export type TableCell =
  | { readonly table: TableId; readonly column: string; readonly row: string }
  | { readonly table: TableId; readonly column: string; readonly mean: true };

export interface SettingBlock {
  readonly id: SettingId;
  readonly label: string;
  readonly kind: ValueKind;
  /** A number, or a day number (days since 1970-01-01) for dates. */
  readonly value: number;
}

export interface TableBlock {
  readonly id: TableId;
  readonly metric: MetricId;
  readonly title: string;
  readonly note?: string;
  readonly call: FunctionCall;
  readonly kinds: TableSpec['kinds'];
  readonly byRow: boolean;
  readonly heatmap?: string;
  readonly chart?: ChartSpec & { readonly titleText: string };
  readonly grows: TableSpec['grows'];
  /** True when the call cannot honour the as-of date (no dates to filter on). */
  readonly allRows: boolean;
}

export interface DashboardBlocks {
  readonly kpis: readonly KpiBlock[];
  readonly settings: readonly SettingBlock[];
  readonly tables: readonly TableBlock[];
  /** The sheets the numbers come from. */
  readonly sheets: readonly string[];
  /** The as-of day the numbers stand at (the latest date in the data when the person left it blank). */
  readonly asOfDay?: number;
  /** The end of the previous complete period, which the change column compares with. */
  readonly previousDay?: number;
  /** The as-of day the person fixed, if they did (otherwise the numbers follow the data). */
  readonly fixedAsOf?: number;
  /** Chosen metrics that show nothing because a setting has no value (the subscription revenue, the calibration end). */
  readonly missing: readonly { readonly metric: MetricId; readonly setting: SettingId }[];
}

/** What the server knows of the data, for the settings that follow from it. */
export interface DataFacts {
  /** The latest day among the mapped date columns of a sheet. */
  readonly latestDay: (sheet: string) => number | undefined;
  /** The period of the NPS trend: the shortest whose typical period has at least 30 answers. */
  readonly npsPeriod: PeriodUnit;
  /** What a subscriber pays per month, when the orders tell (revenue per active customer). */
  readonly subscriptionRevenue?: number;
  /** The end of a calibration period that leaves half a year of orders to check predictions on, when there is one. */
  readonly calibrationEnd?: number;
}

/** The first and last day of the last period complete on `day`, and of the one before it. */
export function completePeriods(
  day: number,
  period: PeriodUnit,
): { start: number; end: number; previousStart: number; previousEnd: number } {
  const current = periodOf(day, period);
  const complete = periodOf(day + 1, period) !== current ? current : current - 1;
  return {
    start: periodStartDay(complete, period),
    end: periodStartDay(complete + 1, period) - 1,
    previousStart: periodStartDay(complete - 1, period),
    previousEnd: periodStartDay(complete, period) - 1,
  };
}

const SETTING_KINDS: Readonly<Record<SettingId, ValueKind>> = {
  asOf: 'date',
  previousAsOf: 'date',
  periodStart: 'date',
  periodEnd: 'date',
  previousPeriodStart: 'date',
  previousPeriodEnd: 'date',
  confidence: 'percent',
  grossMargin: 'percent',
  horizonYears: 'count',
  discountRate: 'percent',
  subscriptionRevenue: 'money',
  calibrationEnd: 'date',
};

/** The setting a call uses when it is computed for the previous period. */
const PREVIOUS: Partial<Record<SettingId, SettingId>> = {
  asOf: 'previousAsOf',
  periodStart: 'previousPeriodStart',
  periodEnd: 'previousPeriodEnd',
};

export function dashboardBlocks(settings: WizardSettings, facts: DataFacts, t: Translate): DashboardBlocks {
  const { options, language } = settings;
  const mapped = settings.sources.map((s) => ({
    sheet: s.sheet,
    roles: new Set(Object.keys(s.roles) as ColumnRole[]),
  }));
  const availability = new Map(metricAvailability(mapped).map((a) => [a.id, a]));
  const sourceOf = (sheet: string | undefined) => settings.sources.find((s) => s.sheet === sheet);

  // The as-of day: the person's, or the latest date in the sheets the chosen metrics read.
  const chosen = settings.metrics.filter((id) => availability.get(id)?.sheet !== undefined);
  const sheetsUsed = [
    ...new Set(
      chosen.flatMap((id) => [availability.get(id)?.sheet, availability.get(id)?.otherSheet]).filter(isString),
    ),
  ];
  const latest = Math.max(...sheetsUsed.map((sheet) => facts.latestDay(sheet) ?? -Infinity));
  const fixedAsOf = options.asOf === '' ? undefined : dayOfIso(options.asOf);
  const asOfDay = fixedAsOf ?? (Number.isFinite(latest) ? latest : undefined);
  const periods = asOfDay === undefined ? undefined : completePeriods(asOfDay, options.period);

  const values: Partial<Record<SettingId, number>> = {
    confidence: options.confidence,
    grossMargin: options.grossMargin,
    horizonYears: options.horizonYears,
    discountRate: options.discountRate,
    subscriptionRevenue: options.subscriptionRevenue ?? facts.subscriptionRevenue,
    calibrationEnd: facts.calibrationEnd,
  };
  if (fixedAsOf !== undefined) values.asOf = fixedAsOf;
  if (periods !== undefined) {
    values.periodStart = periods.start;
    values.periodEnd = periods.end;
    values.previousPeriodStart = periods.previousStart;
    values.previousPeriodEnd = periods.previousEnd;
    values.previousAsOf = periods.previousEnd;
  }
  const used = new Set<SettingId>();
  const missing: { metric: MetricId; setting: SettingId }[] = [];

  /** The call of a spec for a metric's sheets; undefined when it needs a setting there is no value for. */
  const instantiate = (
    spec: CallSpec,
    metric: MetricId,
    moment: 'now' | 'previous',
  ): { call: FunctionCall; allRows: boolean } | undefined => {
    const available = availability.get(metric);
    const source = sourceOf(available?.sheet) as SheetMapping;
    const other = sourceOf(available?.otherSheet);
    let allRows = false;
    const args: CallArgument[] = [];
    for (const arg of spec.args) {
      const resolved = argument(arg);
      if (resolved === null) return undefined;
      args.push(resolved);
    }
    return { call: { fn: spec.fn, args }, allRows };

    function argument(arg: ArgSpec): CallArgument | null {
      switch (arg.kind) {
        case 'role': {
          const sheet = arg.other ? other : source;
          const ref = sheet?.roles[arg.role];
          if (sheet === undefined || ref === undefined) {
            if (arg.optional) return { kind: 'literal', value: '' };
            throw new Error(`${metric} has no ${arg.role} column`);
          }
          return { kind: 'column', sheet: sheet.sheet, column: ref.column, firstRow: sheet.headerRow + 1 };
        }
        case 'setting': {
          const id = moment === 'previous' ? (PREVIOUS[arg.setting] ?? arg.setting) : arg.setting;
          if (values[id] === undefined) {
            if (moment === 'now') missing.push({ metric, setting: id });
            return null;
          }
          used.add(id);
          return { kind: 'setting', setting: id };
        }
        case 'asOf': {
          if (arg.needs !== undefined && source.roles[arg.needs] === undefined) {
            allRows = true;
            return { kind: 'literal', value: '' };
          }
          if (moment === 'previous') return argument({ kind: 'setting', setting: 'previousAsOf' });
          // Blank as-of: the functions take the latest date in the data, which moves as rows are added.
          return fixedAsOf === undefined
            ? { kind: 'literal', value: '' }
            : argument({ kind: 'setting', setting: 'asOf' });
        }
        case 'option':
          return { kind: 'literal', value: optionValue(arg.option, options, facts) };
        case 'literal':
          return { kind: 'literal', value: arg.value };
        case 'language':
          return { kind: 'literal', value: languageArgument(language) };
      }
    }
  };

  const unit = t(`unit.${options.period}`);
  const words = {
    period: unit,
    years: options.horizonYears,
    npsPeriod: t(`unit.${facts.npsPeriod}`),
    days: LOYALTY_WINDOW_DAYS,
  };
  /** A label that says the number counts every row, when the person fixed an as-of date it cannot honour. */
  const labelled = (label: string, allRows: boolean) =>
    allRows && fixedAsOf !== undefined ? t('dashboard.allRows', { label }) : label;
  const kpis: KpiBlock[] = [];
  const tables: TableBlock[] = [];
  for (const presentation of METRIC_PRESENTATIONS) {
    if (!chosen.includes(presentation.metric)) continue;
    const metric = presentation.metric;
    for (const table of presentation.tables ?? []) {
      const made = instantiate(table.call, metric, 'now');
      if (made === undefined) continue;
      tables.push({
        id: table.id,
        metric,
        title: labelled(t(table.title, words), made.allRows),
        allRows: made.allRows,
        note: table.note === undefined ? undefined : t(table.note, words),
        call: made.call,
        kinds: table.kinds,
        byRow: table.byRow === true,
        heatmap: table.heatmap,
        chart: table.chart === undefined ? undefined : { ...table.chart, titleText: t(table.chart.title, words) },
        grows: table.grows,
      });
    }
    for (const kpi of presentation.kpis ?? []) {
      if ('fn' in kpi.value) {
        const now = instantiate(kpi.value, metric, 'now');
        if (now === undefined) continue;
        const previous = now.allRows ? undefined : instantiate(kpi.value, metric, 'previous');
        kpis.push({
          metric,
          label: labelled(t(kpi.label, words), now.allRows),
          kind: kpi.kind,
          value: now.call,
          previous: previous?.call,
          allRows: now.allRows,
          benchmark: kpi.benchmark,
        });
      } else if (tables.some((table) => table.id === (kpi.value as TableCell).table)) {
        kpis.push({ metric, label: t(kpi.label, words), kind: kpi.kind, value: kpi.value, allRows: false });
      }
    }
  }

  const settingsUsed: SettingBlock[] = (Object.keys(SETTING_KINDS) as SettingId[])
    .filter((id) => used.has(id) || (id === 'asOf' && fixedAsOf !== undefined && used.has('previousAsOf')))
    .map((id) => ({ id, label: t(`setting.${id}`), kind: SETTING_KINDS[id], value: values[id] as number }));
  return {
    kpis,
    settings: settingsUsed,
    tables,
    sheets: sheetsUsed,
    asOfDay,
    previousDay: periods?.previousEnd,
    fixedAsOf,
    missing: missing.filter((m, i) => missing.findIndex((n) => n.metric === m.metric) === i),
  };
}

function optionValue(
  option: 'period' | 'npsPeriod' | 'model' | 'horizonMonths',
  options: DashboardOptions,
  facts: DataFacts,
): string | number {
  switch (option) {
    case 'period':
      return options.period;
    case 'npsPeriod':
      return facts.npsPeriod;
    case 'model':
      return options.model;
    case 'horizonMonths':
      return options.horizonYears * 12;
  }
}

/** The table functions' language argument: blank (English) or the language. */
function languageArgument(language: Language): string {
  return language === 'en' ? '' : language;
}

const isString = (value: string | undefined): value is string => value !== undefined;

/** The day number of a checked ISO date (wizardSettings.ts accepts only those). */
function dayOfIso(iso: string): number {
  return Math.floor(parseIsoDateText(iso)?.wallClockDay ?? Number.NaN);
}
