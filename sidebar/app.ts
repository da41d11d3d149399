/**
 * The wizard's state, what follows from it (the mapping, the problems that
 * stop Next, the options' problems), and the actions the steps may call.
 * The steps (dataStep.ts, metricsStep.ts, optionsStep.ts, createStep.ts)
 * are functions of this state to element descriptions; main.ts owns the one
 * state, runs the actions and renders.
 */

import type { ColumnRole } from '../src/input/headings';
import { format, type Language } from '../src/i18n/language';
import type { MessageKey } from '../src/i18n/messages/en';
import type { DataProblem } from '../src/wizard/dataHealth';
import type { MetricId } from '../src/wizard/wizardMetrics';
import type {
  DashboardInfo,
  DashboardOutcome,
  DataCheck,
  ExistingDashboardChoice,
  SheetInspection,
  SqlPanel,
  WizardStart,
} from '../src/wizard/wizardProtocol';
import {
  type DashboardMode,
  type DashboardOptions,
  OPTION_LIMITS,
  type SheetMapping,
  type WizardSettings,
} from '../src/wizard/wizardSettings';
import { readDate, spelledDate, writtenDate } from './dates';
import type { MetricTicks } from './metricTicks';

export type Step = 1 | 2 | 3 | 4;

/** The number options, each shown as typed until it is a valid number. */
export type NumberOption = 'confidence' | 'discountRate' | 'grossMargin' | 'horizonYears' | 'subscriptionRevenue';

export interface State {
  start?: WizardStart;
  language: Language;
  step: Step;
  chosenSheets: readonly string[];
  inspections: ReadonlyMap<string, SheetInspection>;
  roles: ReadonlyMap<string, readonly (ColumnRole | null)[]>;
  check?: DataCheck;
  ticks: MetricTicks;
  /** The errors the person chose to continue past (their signature), or null. */
  continuedPast: string | null;
  options?: DashboardOptions;
  /** What the person typed in the as-of field and the number fields, shown as typed. */
  drafts: { asOf?: string } & Partial<Record<NumberOption, string>>;
  /** The field being typed into: its messages wait until the person leaves it. */
  editing: string | null;
  mode: DashboardMode;
  busy: boolean;
  /** The question "update the dashboard, or make another?" is shown. */
  asking: boolean;
  /** The add-on's dashboard in this spreadsheet (found on opening, or made since). */
  dashboard: DashboardInfo | null;
  outcome?: DashboardOutcome;
  /** "Data too big for a sheet?": open or folded, the person's table names, the SQL the server wrote for them. */
  sql: {
    open: boolean;
    tables: Readonly<Record<string, string>>;
    panel?: SqlPanel;
    error?: string;
    round: number;
  };
  /** The SQL field just copied, for its button to say so. */
  copied: string | null;
  status: { text: string; error: boolean };
}

export interface Actions {
  chooseSheet(sheet: string, chosen: boolean): void;
  setRole(sheet: string, column: number, role: ColumnRole | null): void;
  continueAnyway(on: boolean): void;
  tickMetric(id: MetricId, on: boolean): void;
  setOption(change: Partial<DashboardOptions>): void;
  typeAsOf(text: string): void;
  typeNumber(option: NumberOption, text: string): void;
  editing(field: string | null): void;
  setMode(mode: DashboardMode): void;
  create(existing: ExistingDashboardChoice | null): void;
  cancelCreate(): void;
  refresh(): void;
  openDashboard(): void;
  openSql(open: boolean): void;
  setSqlTable(sheet: string, table: string): void;
  copy(fieldId: string): void;
}

export interface App {
  readonly state: Readonly<State>;
  readonly actions: Actions;
  t(key: MessageKey, parameters?: Readonly<Record<string, string | number>>): string;
}

export function translator(language: Language) {
  return (key: MessageKey, parameters?: Readonly<Record<string, string | number>>) => format(language, key, parameters);
}

// The mapping -------------------------------------------------------------------------------

export function mappings(state: Readonly<State>): SheetMapping[] {
  return state.chosenSheets.flatMap((sheet) => {
    const inspection = state.inspections.get(sheet);
    const roles = state.roles.get(sheet);
    if (inspection === undefined || roles === undefined) return [];
    const mapped: Partial<Record<ColumnRole, { column: number; heading: string }>> = {};
    inspection.columns.forEach((column, i) => {
      const role = roles[i];
      if (role !== null && role !== undefined) mapped[role] = { column: column.column, heading: column.heading };
    });
    return [{ sheet, headerRow: inspection.headerRow, roles: mapped }];
  });
}

export function duplicateRoles(state: Readonly<State>): { sheet: string; role: ColumnRole }[] {
  return state.chosenSheets.flatMap((sheet) => {
    const roles = (state.roles.get(sheet) ?? []).filter((r): r is ColumnRole => r !== null);
    return [...new Set(roles.filter((role, i) => roles.indexOf(role) !== i))].map((role) => ({ sheet, role }));
  });
}

export function settings(state: Readonly<State>): WizardSettings {
  return {
    language: state.language,
    mode: state.mode,
    sources: mappings(state),
    metrics: [...state.ticks.ticked],
    options: state.options as DashboardOptions,
  };
}

// The data check ----------------------------------------------------------------------------

export const errorsOf = (check: DataCheck | undefined): DataProblem[] =>
  (check?.problems ?? []).filter((p) => p.severity === 'error');

/** The errors as one text, so that continuing past them does not carry over to other errors. */
export const errorSignature = (check: DataCheck | undefined): string =>
  JSON.stringify(errorsOf(check).map((p) => [p.kind, p.sheet, p.column, p.count]));

export const continuingPastErrors = (state: Readonly<State>): boolean =>
  state.continuedPast !== null && state.continuedPast === errorSignature(state.check);

// Options -----------------------------------------------------------------------------------

export interface NumberField {
  readonly key: Exclude<NumberOption, 'subscriptionRevenue'>;
  readonly label: MessageKey;
  /** Shown as a percentage, kept as a fraction. */
  readonly percent: boolean;
}

export const NUMBER_FIELDS: readonly NumberField[] = [
  { key: 'confidence', label: 'options.confidence', percent: true },
  { key: 'discountRate', label: 'options.discountRate', percent: true },
  { key: 'grossMargin', label: 'options.grossMargin', percent: true },
  { key: 'horizonYears', label: 'options.horizonYears', percent: false },
];

export const shownNumber = (value: number, percent: boolean): string =>
  Number.isFinite(value) ? String(percent ? Math.round(value * 1000) / 10 : value) : '';

export interface AsOfVerdict {
  /** Stops Next. */
  readonly error?: string;
  /** Allowed, with what it means. */
  readonly note?: string;
}

/** The as-of date against the data's span: before the first date is an error, after the last a note. */
export function asOfVerdict(state: Readonly<State>, t: App['t']): AsOfVerdict {
  const typed = state.drafts.asOf ?? (state.options?.asOf ? writtenDate(state.options.asOf, state.language) : '');
  const read = readDate(typed, state.language);
  if (read.kind === 'invalid')
    return {
      error: t('options.asOfFormat', {
        field: t('options.asOf'),
        example: writtenDate('2024-12-31', state.language),
      }),
    };
  if (read.kind === 'blank') return {};
  const first = state.check?.firstDate ?? '';
  const latest = state.check?.latestDate ?? '';
  if (first !== '' && read.iso < first)
    return { error: t('options.asOfBefore', { date: spelledDate(first, state.language) }) };
  if (latest !== '' && read.iso > latest)
    return { note: t('options.asOfAfter', { date: spelledDate(latest, state.language) }) };
  return {};
}

/** What is wrong with the options, one sentence each; empty when Next may go on. */
export function optionProblems(state: Readonly<State>, t: App['t']): string[] {
  const options = state.options;
  if (options === undefined) return [];
  const problems: string[] = [];
  const asOf = asOfVerdict(state, t);
  if (asOf.error !== undefined) problems.push(asOf.error);
  for (const { key, label, percent } of NUMBER_FIELDS) {
    const value = options[key];
    const { min, max } = OPTION_LIMITS[key];
    if (Number.isFinite(value) && value >= min && value <= max) continue;
    const scale = (n: number) => (percent ? `${Math.round(n * 1000) / 10}%` : String(n));
    problems.push(t('options.invalidNumber', { field: t(label), min: scale(min), max: scale(max) }));
  }
  if (state.ticks.ticked.has('subscriptionValue')) {
    const revenue = options.subscriptionRevenue;
    const { min, max } = OPTION_LIMITS.subscriptionRevenue;
    if (revenue === null) {
      if (state.check?.suggested.subscriptionRevenue === null) problems.push(t('options.subscriptionRevenueNeeded'));
    } else if (!Number.isFinite(revenue) || revenue < min || revenue > max)
      problems.push(
        t('options.invalidNumber', { field: t('options.subscriptionRevenue'), min, max: max.toLocaleString('en') }),
      );
  }
  return problems;
}

// Navigation --------------------------------------------------------------------------------

/** Why Next (or Create) cannot be pressed now, or null when it can. */
export function blockedReason(state: Readonly<State>, t: App['t']): string | null {
  if (state.start === undefined || state.busy) return null;
  switch (state.step) {
    case 1:
      if (state.chosenSheets.length === 0) return t('data.chooseSheet');
      if (duplicateRoles(state).length > 0) return t('nav.blockedDuplicates');
      if (state.check === undefined) return null;
      if (errorsOf(state.check).length > 0 && !continuingPastErrors(state)) return t('nav.blockedErrors');
      return null;
    case 2:
    case 4:
      return state.ticks.ticked.size === 0 ? t('metrics.noneChosen') : null;
    case 3:
      return optionProblems(state, t).length > 0 ? t('nav.blockedOptions') : null;
  }
}

export function canContinue(state: Readonly<State>, t: App['t']): boolean {
  if (state.start === undefined || state.busy) return false;
  if (state.step === 1 && state.check === undefined) return false;
  return blockedReason(state, t) === null;
}
