/**
 * One dashboard from the person's choices and rows, before anything is
 * written: the facts of the data, the blocks, every call computed once, the
 * purchase model that fits (the chosen one, else the next, said so), the
 * benchmarks, and what could not be computed, with what to change. The server
 * (src/addon/wizardServer.ts) reads the sheets, hands them here, and writes
 * the layout; everything in between is here, pure.
 */

import { comparableBenchmark } from '../benchmarks/benchmarkLookup';
import { BENCHMARK_SEGMENTS, type SegmentId } from '../benchmarks/benchmarkSegments';
import type { KeyValueStore } from '../input/callContext';
import type { CellValue } from '../input/cells';
import type { ColumnRole } from '../input/headings';
import type { ArgumentSeparator, NumberFormat } from '../input/sheetsLocales';
import type { RatePeriod } from '../metrics/ratePeriod';
import { isoDateOfDay } from '../time/civilDays';
import type { TimeZone } from '../time/timeZone';
import {
  dashboardBlocks,
  type DashboardBlocks,
  type FunctionCall,
  type KpiBlock,
  type SettingId,
  type Translate,
} from './dashboardBlocks';
import { type DashboardSheet, type Failure, layoutDashboard, type LayoutTexts } from './dashboardLayout';
import { factsOf, type WizardFacts } from './dataFacts';
import { type CallResult, evaluateCall } from './evaluateCall';
import { columnCells, type SheetValues } from './sheetValues';
import { WizardError } from './wizardError';
import { PURCHASE_MODELS, type PurchaseModelChoice, type WizardSettings } from './wizardSettings';

const MODEL_TITLES: Readonly<Record<PurchaseModelChoice, string>> = {
  bgnbd: 'BG/NBD',
  mbgnbd: 'MBG/NBD',
  pnbd: 'Pareto/NBD',
};

export interface BuildEnvironment {
  readonly zone: TimeZone;
  readonly numberFormat: NumberFormat;
  /** The document cache, for the model fits (src/addon/documentStore.ts). */
  readonly store?: () => KeyValueStore | undefined;
  /** When the dashboard is built (ms). */
  readonly now: number;
  /** The time of day the snapshot note shows, in the person's language. */
  readonly timeText: (ms: number) => string;
  /** How a call is computed: evaluateCall, unless a test watches or changes it. */
  readonly evaluate?: typeof evaluateCall;
}

export interface PreparedDashboard {
  /** The settings the dashboard was built with: the person's, with the purchase model that fitted. */
  readonly settings: WizardSettings;
  readonly blocks: DashboardBlocks;
  readonly facts: WizardFacts;
  readonly result: (call: FunctionCall) => CallResult;
  /** What the wizard decided on the person's behalf, a sentence each. */
  readonly notices: readonly string[];
  /** Chosen metrics that show nothing, and why (besides the failing cells the layout finds). */
  readonly failures: readonly Failure[];
  readonly texts: LayoutTexts;
  readonly benchmarkOf?: (kpi: KpiBlock) => string | undefined;
  /** The advice that goes with a failing block of a metric. */
  readonly adviceFor: (label: string) => string;
}

/**
 * Everything but the layout. `values` gives each source sheet's cells (the
 * mappings already found again by heading); `t` speaks the person's language.
 */
export function prepareDashboard(
  requested: WizardSettings,
  values: (sheet: string) => SheetValues,
  environment: BuildEnvironment,
  t: Translate,
): PreparedDashboard {
  const { zone, numberFormat } = environment;
  const { options } = requested;
  const context = { timeZone: () => zone, numberFormat: () => numberFormat };
  const fixedAsOf = options.asOf === '' ? undefined : Math.floor(Date.parse(`${options.asOf}T00:00:00Z`) / 86_400_000);
  const roleColumn = (source: WizardSettings['sources'][number], role: ColumnRole) => {
    const ref = source.roles[role];
    return ref === undefined
      ? undefined
      : columnCells(values(source.sheet), ref.column, source.headerRow + 1).map((r) => r[0]);
  };
  const facts = factsOf(requested.sources, roleColumn, context, fixedAsOf);
  const notices: string[] = [];

  // The as-of date against the data: before its first date nothing can be computed; after its last, say what it means.
  if (fixedAsOf !== undefined && facts.span !== undefined) {
    const date = isoDateOfDay(fixedAsOf);
    if (fixedAsOf < facts.span.first)
      throw new WizardError('options.asOfBeforeData', {
        field: { message: 'options.asOf' },
        date,
        first: isoDateOfDay(facts.span.first),
      });
    if (fixedAsOf > facts.span.last)
      notices.push(t('notice.asOfAfterData', { date, latest: isoDateOfDay(facts.span.last) }));
  }

  // Every call computed once: a snapshot's values, the headline, and the layout's column names.
  const results = new Map<string, CallResult>();
  const columns = new Map<string, CellValue[][]>();
  const result = (call: FunctionCall): CallResult => {
    const key = JSON.stringify(call);
    let found = results.get(key);
    if (found === undefined) {
      found = (environment.evaluate ?? evaluateCall)(call, {
        column: (sheet, column, firstRow) => {
          const columnKey = `${sheet}\u0000${column}\u0000${firstRow}`;
          let cells = columns.get(columnKey);
          if (cells === undefined) {
            cells = columnCells(values(sheet), column, firstRow);
            columns.set(columnKey, cells);
          }
          return cells;
        },
        setting: (id: SettingId) => settingValue(id),
        timeZone: () => zone,
        numberFormat: () => numberFormat,
        store: environment.store,
      });
      results.set(key, found);
    }
    return found;
  };

  // The purchase model: the chosen one, or the first of the others that fits the orders.
  let settings = requested;
  let blocks = dashboardBlocks(settings, facts, t);
  const settingValue = (id: SettingId): CellValue => {
    const setting = blocks.settings.find((s) => s.id === id);
    if (setting === undefined) return '';
    return setting.kind === 'date' ? zone.dateOfLocalDay(setting.value) : setting.value;
  };
  const predicted = () => blocks.tables.find((table) => table.id === 'predictedClv');
  const failed: PurchaseModelChoice[] = [];
  let noModelFits = false;
  if (predicted() !== undefined && !result((predicted() as NonNullable<ReturnType<typeof predicted>>).call).ok) {
    failed.push(options.model);
    for (const model of PURCHASE_MODELS.filter((m) => m !== options.model)) {
      const trying: WizardSettings = { ...requested, options: { ...options, model } };
      const candidate = dashboardBlocks(trying, facts, t);
      const table = candidate.tables.find((tb) => tb.id === 'predictedClv');
      if (table !== undefined && result(table.call).ok) {
        settings = trying;
        blocks = candidate;
        break;
      }
      failed.push(model);
    }
    const titles = failed.map((model) => MODEL_TITLES[model]);
    if (failed.length === PURCHASE_MODELS.length) noModelFits = true;
    else
      notices.push(t('notice.modelFallback', { tried: titles.join(', '), used: MODEL_TITLES[settings.options.model] }));
  }
  const predictedLabel = predicted()?.title;
  const modelsText = PURCHASE_MODELS.map((m) => MODEL_TITLES[m]).join(', ');

  const failures: Failure[] = [];
  for (const { setting } of blocks.missing) {
    if (setting === 'subscriptionRevenue')
      failures.push({ label: t('table.subscriptionClv'), message: t('failure.needsRevenue') });
    if (setting === 'calibrationEnd') notices.push(t('notice.noHoldout'));
  }

  const unit = t(`unit.${options.period}`);
  const sheetList = blocks.sheets.join(', ');
  const asOfDay = blocks.fixedAsOf ?? blocks.asOfDay;
  const segment = BENCHMARK_SEGMENTS.find((s) => s.id === options.compareWith);
  const texts: LayoutTexts = {
    title: t('dashboard.title'),
    note:
      requested.mode === 'live'
        ? t('dashboard.live', { sheets: sheetList })
        : t('dashboard.snapshot', { time: environment.timeText(environment.now), sheets: sheetList }),
    asOf:
      asOfDay === undefined
        ? ''
        : blocks.fixedAsOf !== undefined
          ? t('dashboard.asOfFixed', { date: isoDateOfDay(asOfDay) })
          : t('dashboard.asOfLatest', { date: isoDateOfDay(asOfDay) }),
    keyNumbers: t('dashboard.keyNumbers'),
    value: t('dashboard.value'),
    change: t('dashboard.change', { period: unit }),
    benchmark: segment === undefined ? '' : t('dashboard.benchmark', { segment: segment.label }),
    benchmarkCaveat: t('dashboard.benchmarkCaveat'),
    settings: t('dashboard.settings'),
    bandLabel: t('dashboard.bandLabel'),
    intervalWidth: t('dashboard.intervalWidth'),
  };
  return {
    settings,
    blocks,
    facts,
    result,
    notices,
    failures,
    texts,
    benchmarkOf: segment === undefined ? undefined : (kpi) => benchmarkText(kpi, segment.id, options.period),
    adviceFor: (label) =>
      noModelFits && label === predictedLabel ? t('failure.noModelFits', { models: modelsText }) : t('failure.advice'),
  };
}

/** The layout of a prepared dashboard, its failures with their advice. */
export function layoutPrepared(
  prepared: PreparedDashboard,
  argumentSeparator: ArgumentSeparator,
  zone: TimeZone,
): DashboardSheet {
  const { settings } = prepared;
  const sheet = layoutDashboard({
    blocks: prepared.blocks,
    result: prepared.result,
    mode: settings.mode,
    language: settings.language,
    currency: settings.options.currency,
    zone,
    argumentSeparator,
    text: prepared.texts,
    benchmarkOf: prepared.benchmarkOf,
  });
  return {
    ...sheet,
    failures: [
      ...prepared.failures,
      ...sheet.failures.map((failure) => ({ ...failure, advice: prepared.adviceFor(failure.label) })),
    ],
  };
}

/**
 * The benchmark beside a key number: the comparable figure of the segment,
 * with its publisher and year ("29 · Qualtrics XM Institute, 2023"), or none
 * when no figure of that segment is comparable (CSAT is never set beside ACSI).
 */
function benchmarkText(kpi: KpiBlock, segment: SegmentId, period: RatePeriod): string | undefined {
  if (kpi.benchmark === undefined) return undefined;
  const comparison = comparableBenchmark(
    {
      fn: kpi.benchmark.fn,
      period: kpi.benchmark.fn === 'CHURN_RATE' ? period : undefined,
      windowDays: kpi.benchmark.windowDays,
    },
    segment,
  );
  if (!comparison.comparable) return undefined;
  const value =
    comparison.unit === 'nps' ? String(Math.round(comparison.value)) : `${(comparison.value * 100).toFixed(1)}%`;
  return `${value} · ${comparison.citation.publisher}, ${comparison.citation.dataYear}`;
}
