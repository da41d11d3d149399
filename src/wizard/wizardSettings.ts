/**
 * What the person chose in the wizard, as saved in the document's
 * properties and sent by the sidebar. Everything arriving from the sidebar is
 * checked here (it is JSON from a browser), so the rest of the wizard works
 * with well-formed settings only.
 */

import { type ColumnRole } from '../input/headings';
import { isLanguage, type Language } from '../i18n/language';
import { type CurrencyCode, DEFAULT_CURRENCY, isCurrencyCode } from './currencies';
import { parseIsoDateText } from '../input/isoDateText';
import { WIZARD_ROLES } from './proposeRoles';
import { METRIC_IDS, type MetricId } from './wizardMetrics';
import { WizardError } from './wizardError';
import { BENCHMARK_SEGMENTS } from '../benchmarks/benchmarkSegments';

const isSegmentId = (value: string) => BENCHMARK_SEGMENTS.some((segment) => segment.id === value);

export const DASHBOARD_PERIODS = ['week', 'month', 'quarter'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];
export type DashboardMode = 'live' | 'snapshot';

/** A column given a role: its 1-based position and the heading it had, to find it again if columns move. */
export interface MappedColumnRef {
  readonly column: number;
  readonly heading: string;
}

export interface SheetMapping {
  readonly sheet: string;
  /** 1-based row of the headings; 0 when the sheet has none. */
  readonly headerRow: number;
  readonly roles: Readonly<Partial<Record<ColumnRole, MappedColumnRef>>>;
}

export const PURCHASE_MODELS = ['bgnbd', 'mbgnbd', 'pnbd'] as const;
export type PurchaseModelChoice = (typeof PURCHASE_MODELS)[number];

export interface DashboardOptions {
  readonly period: DashboardPeriod;
  /** ISO date, or '' for the latest date in the data. */
  readonly asOf: string;
  readonly confidence: number;
  readonly discountRate: number;
  readonly grossMargin: number;
  readonly currency: CurrencyCode;
  readonly horizonYears: number;
  /** The purchase model of predicted CLV; if it does not fit the orders the others are tried in turn. */
  readonly model: PurchaseModelChoice;
  /** What a subscriber pays per month, for the subscription value; null to take it from the orders. */
  readonly subscriptionRevenue: number | null;
  /** The benchmark segment the key numbers are compared with ('' for none). */
  readonly compareWith: string;
}

export interface WizardSettings {
  readonly language: Language;
  readonly mode: DashboardMode;
  readonly sources: readonly SheetMapping[];
  readonly metrics: readonly MetricId[];
  readonly options: DashboardOptions;
}

/** Each number option's allowed range, which the sidebar shows too. */
export const OPTION_LIMITS = {
  confidence: { min: 0.5, max: 0.999 },
  discountRate: { min: 0, max: 1 },
  grossMargin: { min: 0.01, max: 1 },
  horizonYears: { min: 1, max: 20 },
  subscriptionRevenue: { min: 0, max: 1_000_000_000 },
} as const;

/**
 * The gross margin a dashboard starts with, shown and editable in Options:
 * 60%, a typical gross margin of a small retail or subscription business (the
 * example coffee shop uses it too). A margin of 100% would count revenue as
 * profit and overstate every lifetime value.
 */
export const DEFAULT_GROSS_MARGIN = 0.6;

export function defaultOptions(language: Language): DashboardOptions {
  return {
    period: 'month',
    asOf: '',
    confidence: 0.95,
    discountRate: 0.1,
    grossMargin: DEFAULT_GROSS_MARGIN,
    currency: DEFAULT_CURRENCY[language],
    horizonYears: 3,
    model: 'bgnbd',
    subscriptionRevenue: null,
    compareWith: '',
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The option's label key, which WizardError parameters carry so the message names it in the person's language. */
function numberOption(value: unknown, name: keyof typeof OPTION_LIMITS): number {
  const { min, max } = OPTION_LIMITS[name];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    throw new WizardError('options.invalidNumber', { field: { message: `options.${name}` }, min, max });
  return value;
}

function parseMapping(value: unknown): SheetMapping {
  if (!isRecord(value) || typeof value.sheet !== 'string' || !isRecord(value.roles))
    throw new WizardError('data.chooseSheet');
  const headerRow = typeof value.headerRow === 'number' && Number.isInteger(value.headerRow) ? value.headerRow : 0;
  const roles: Partial<Record<ColumnRole, MappedColumnRef>> = {};
  for (const role of WIZARD_ROLES) {
    const ref = value.roles[role];
    if (ref === undefined || ref === null) continue;
    if (!isRecord(ref) || typeof ref.column !== 'number' || !Number.isInteger(ref.column) || ref.column < 1)
      throw new WizardError('data.chooseSheet');
    roles[role] = { column: ref.column, heading: typeof ref.heading === 'string' ? ref.heading : '' };
  }
  return { sheet: value.sheet, headerRow: Math.max(0, headerRow), roles };
}

/** The sheets and column roles the person chose: at least one sheet with at least one role. */
export function parseSources(input: unknown): SheetMapping[] {
  const sources = Array.isArray(input) ? input.map(parseMapping) : [];
  if (sources.length === 0 || sources.every((s) => Object.keys(s.roles).length === 0))
    throw new WizardError('data.chooseSheet');
  return sources;
}

/** Well-formed settings from what the sidebar sent, or a WizardError naming what is wrong. */
export function parseWizardSettings(input: unknown): WizardSettings {
  if (!isRecord(input)) throw new WizardError('data.chooseSheet');
  const language: Language = isLanguage(input.language) ? input.language : 'en';
  const sources = parseSources(input.sources);
  const metrics = Array.isArray(input.metrics)
    ? METRIC_IDS.filter((id) => (input.metrics as unknown[]).includes(id))
    : [];
  if (metrics.length === 0) throw new WizardError('metrics.noneChosen');
  const raw = isRecord(input.options) ? input.options : {};
  const defaults = defaultOptions(language);
  const asOf = typeof raw.asOf === 'string' ? raw.asOf.trim() : '';
  if (asOf !== '' && parseIsoDateText(asOf) === null)
    throw new WizardError('options.invalidDate', { field: { message: 'options.asOf' } });
  const options: DashboardOptions = {
    period: DASHBOARD_PERIODS.find((p) => p === raw.period) ?? defaults.period,
    asOf: asOf.slice(0, 10),
    confidence: numberOption(raw.confidence ?? defaults.confidence, 'confidence'),
    discountRate: numberOption(raw.discountRate ?? defaults.discountRate, 'discountRate'),
    grossMargin: numberOption(raw.grossMargin ?? defaults.grossMargin, 'grossMargin'),
    currency: isCurrencyCode(raw.currency) ? raw.currency : defaults.currency,
    horizonYears: numberOption(raw.horizonYears ?? defaults.horizonYears, 'horizonYears'),
    model: PURCHASE_MODELS.find((m) => m === raw.model) ?? defaults.model,
    subscriptionRevenue:
      raw.subscriptionRevenue === null || raw.subscriptionRevenue === undefined || raw.subscriptionRevenue === ''
        ? null
        : numberOption(raw.subscriptionRevenue, 'subscriptionRevenue'),
    compareWith: typeof raw.compareWith === 'string' && isSegmentId(raw.compareWith) ? raw.compareWith : '',
  };
  return { language, mode: input.mode === 'snapshot' ? 'snapshot' : 'live', sources, metrics, options };
}
