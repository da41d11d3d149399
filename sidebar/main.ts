/**
 * The wizard: four steps from a person's rows to a dashboard sheet. Data
 * (which sheets, what each column is, what is wrong with it), Metrics (what
 * the mapped columns allow), Options, Create (live formulas or a snapshot).
 *
 * One state; every change goes through an action here, then `render()`
 * describes the page from the state and patches it in place (render.ts): a
 * control keeps its node, its focus and what is being typed into it. The
 * steps' descriptions are in dataStep.ts, metricsStep.ts, optionsStep.ts and
 * createStep.ts; server calls are typed by the protocol (server.ts).
 *
 * Every text that came from the spreadsheet (sheet names, headings, cells)
 * reaches the page through text nodes only, never as markup. All wording
 * comes from the message files in src/i18n, in the person's language; Persian
 * turns the whole page right to left.
 */

import type { ColumnRole } from '../src/input/headings';
import { directionOf, isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../src/i18n/language';
import type { MessageKey } from '../src/i18n/messages/en';
import type { ExistingDashboardChoice } from '../src/wizard/wizardProtocol';
import type { DashboardOptions } from '../src/wizard/wizardSettings';
import {
  type Actions,
  type App,
  blockedReason,
  canContinue,
  errorSignature,
  mappings,
  NUMBER_FIELDS,
  type NumberOption,
  settings,
  type State,
  type Step,
  translator,
} from './app';
import { createStep } from './createStep';
import { dataStep } from './dataStep';
import { readDate } from './dates';
import { afterCheck, choose, initialTicks } from './metricTicks';
import { metricsStep } from './metricsStep';
import { optionsStep } from './optionsStep';
import { type Child, h, patch } from './render';
import { server } from './server';

const state: State = {
  language: 'en',
  step: 1,
  chosenSheets: [],
  inspections: new Map(),
  roles: new Map(),
  ticks: initialTicks(undefined),
  continuedPast: null,
  drafts: {},
  editing: null,
  mode: 'live',
  busy: false,
  asking: false,
  dashboard: null,
  sql: { open: false, tables: {}, round: 0 },
  copied: null,
  status: { text: '', error: false },
};

const t = (key: MessageKey, parameters?: Readonly<Record<string, string | number>>) =>
  translator(state.language)(key, parameters);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const stepSection = byId<HTMLElement>('step');
const backButton = byId<HTMLButtonElement>('back');
const nextButton = byId<HTMLButtonElement>('next');
const blockedLine = byId<HTMLElement>('blocked');
const statusLine = byId<HTMLElement>('status');
const languageSelect = byId<HTMLSelectElement>('language');

function setStatus(text: string, error = false): void {
  state.status = { text, error };
}

function failed(error: unknown): void {
  state.busy = false;
  setStatus(error instanceof Error ? error.message : String(error), true);
  render();
}

// The data check ----------------------------------------------------------------------------

let checkRound = 0;
async function recheck(): Promise<void> {
  const round = ++checkRound;
  state.check = undefined;
  const sources = mappings(state);
  if (sources.length === 0 || sources.every((s) => Object.keys(s.roles).length === 0)) {
    render();
    return;
  }
  render();
  try {
    const check = await server('wizardCheckData', sources);
    if (round !== checkRound) return;
    state.check = check;
    state.ticks = afterCheck(state.ticks, new Set(check.metrics.filter((m) => m.sheet !== undefined).map((m) => m.id)));
    setStatus('');
    render();
    void fetchSql();
  } catch (error) {
    if (round === checkRound) failed(error);
  }
}

/** Adds or removes a sheet (kept in the spreadsheet's order), reading it when it is new, then checks the data once. */
async function chooseSheets(sheets: readonly string[], chosen: boolean): Promise<void> {
  state.chosenSheets = (state.start?.sheets ?? [])
    .map((s) => s.name)
    .filter((name) => (sheets.includes(name) ? chosen : state.chosenSheets.includes(name)));
  const unread = chosen ? sheets.filter((sheet) => !state.inspections.has(sheet)) : [];
  if (unread.length > 0) {
    setStatus(t('status.loading'));
    state.check = undefined;
    render();
    try {
      const inspections = await Promise.all(unread.map((sheet) => server('wizardInspectSheet', sheet)));
      const read = new Map(state.inspections);
      const roles = new Map(state.roles);
      for (const inspection of inspections) {
        read.set(inspection.sheet, inspection);
        roles.set(
          inspection.sheet,
          inspection.columns.map((c) => c.role),
        );
      }
      state.inspections = read;
      state.roles = roles;
      setStatus('');
    } catch (error) {
      failed(error);
      return;
    }
  }
  await recheck();
}

// "Data too big for a sheet?" ----------------------------------------------------------------

async function fetchSql(): Promise<void> {
  if (!state.sql.open) return;
  const sources = mappings(state).filter((s) => Object.keys(s.roles).length > 0);
  const round = state.sql.round + 1;
  state.sql = { ...state.sql, round, panel: undefined, error: undefined };
  render();
  if (sources.length === 0) return;
  try {
    const panel = await server('wizardSql', { sources, tables: state.sql.tables });
    if (state.sql.round !== round) return;
    state.sql = { ...state.sql, panel };
  } catch (error) {
    if (state.sql.round !== round) return;
    state.sql = { ...state.sql, error: error instanceof Error ? error.message : String(error) };
  }
  render();
}

let copiedTimer: ReturnType<typeof setTimeout> | undefined;

function copy(fieldId: string): void {
  const field = byId<HTMLTextAreaElement>(fieldId);
  if (field === null) return;
  field.focus();
  field.select();
  let done: boolean;
  try {
    // The sidebar's iframe may not be allowed the asynchronous clipboard; the selection copies either way.
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  if (!done) void navigator.clipboard?.writeText(field.value).catch(() => undefined);
  state.copied = fieldId;
  render();
  clearTimeout(copiedTimer);
  copiedTimer = setTimeout(() => {
    state.copied = null;
    render();
  }, 2000);
}

// Creating ----------------------------------------------------------------------------------

async function build(existing: ExistingDashboardChoice | null, refresh: boolean): Promise<void> {
  state.asking = false;
  state.busy = true;
  setStatus(t('create.working'));
  render();
  try {
    const outcome = refresh
      ? await server('wizardRefreshDashboard')
      : await server('wizardCreateDashboard', settings(state), existing ?? 'new');
    state.outcome = outcome;
    state.dashboard = { sheet: outcome.sheet, mode: outcome.mode, computedOn: outcome.computedOn };
    state.busy = false;
    setStatus(
      outcome.failures.length === 0 ? t('create.done') : t('create.partly', { count: outcome.failures.length }),
    );
    render();
    byId('outcome-heading')?.focus();
  } catch (error) {
    failed(error);
  }
}

// Actions -----------------------------------------------------------------------------------

function parseNumber(option: NumberOption, text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return option === 'subscriptionRevenue' ? null : Number.NaN;
  const value = Number(trimmed);
  const percent = NUMBER_FIELDS.find((f) => f.key === option)?.percent ?? false;
  return Number.isFinite(value) ? (percent ? value / 100 : value) : Number.NaN;
}

const actions: Actions = {
  chooseSheet: (sheet, chosen) => void chooseSheets([sheet], chosen),
  setRole(sheet, column, role: ColumnRole | null) {
    const roles = [...(state.roles.get(sheet) ?? [])];
    roles[column] = role;
    state.roles = new Map(state.roles).set(sheet, roles);
    void recheck();
  },
  continueAnyway(on) {
    state.continuedPast = on ? errorSignature(state.check) : null;
    render();
  },
  tickMetric(id, on) {
    state.ticks = choose(state.ticks, id, on);
    render();
  },
  setOption(change: Partial<DashboardOptions>) {
    state.options = { ...(state.options as DashboardOptions), ...change };
    render();
  },
  typeAsOf(text) {
    state.drafts = { ...state.drafts, asOf: text };
    const read = readDate(text, state.language);
    if (read.kind !== 'invalid')
      state.options = { ...(state.options as DashboardOptions), asOf: read.kind === 'date' ? read.iso : '' };
    render();
  },
  typeNumber(option, text) {
    state.drafts = { ...state.drafts, [option]: text };
    const value = parseNumber(option, text);
    state.options = { ...(state.options as DashboardOptions), [option]: value };
    render();
  },
  editing(field) {
    if (state.editing === field) return;
    state.editing = field;
    render();
  },
  setMode(mode) {
    state.mode = mode;
    render();
  },
  create(existing) {
    if (existing === null && state.dashboard !== null) {
      state.asking = true;
      render();
      byId('ask-heading')?.focus();
      return;
    }
    void build(existing, false);
  },
  cancelCreate() {
    state.asking = false;
    render();
    nextButton.focus();
  },
  refresh: () => void build(null, true),
  openDashboard: () => void server('wizardOpenDashboard').catch(failed),
  openSql(open) {
    if (state.sql.open === open) return;
    state.sql = { ...state.sql, open };
    if (open) void fetchSql();
    else render();
  },
  setSqlTable(sheet, table) {
    state.sql = { ...state.sql, tables: { ...state.sql.tables, [sheet]: table } };
    void fetchSql();
  },
  copy,
};

const app: App = { state, actions, t };

// Rendering ---------------------------------------------------------------------------------

function stepContent(): Child[] {
  if (state.start === undefined) return [h('p', { class: 'muted', key: 'loading' }, t('status.loading'))];
  switch (state.step) {
    case 1:
      return dataStep(app);
    case 2:
      return metricsStep(app);
    case 3:
      return optionsStep(app);
    case 4:
      return createStep(app);
  }
}

const STEP_NAMES: readonly MessageKey[] = ['step.data', 'step.metrics', 'step.options', 'step.create'];

function render(): void {
  document.documentElement.lang = state.language;
  document.documentElement.dir = directionOf(state.language);
  byId('title').textContent = t('app.title');
  byId('language-label').textContent = t('app.language');
  byId('function-help').textContent = t('app.functionHelp');
  languageSelect.setAttribute('aria-label', t('app.language'));
  patch(
    byId('steps'),
    STEP_NAMES.map((key, i) =>
      h(
        'li',
        { 'aria-current': state.step === i + 1 ? 'step' : undefined, class: state.step > i + 1 ? 'done' : undefined },
        h('span', { class: 'number' }, String(i + 1)),
        ' ',
        t(key),
      ),
    ),
  );
  byId('steps').setAttribute('aria-label', t('step.progress', { step: state.step }));
  patch(stepSection, stepContent());
  backButton.textContent = t('nav.back');
  backButton.hidden = state.step === 1;
  nextButton.textContent = state.step === 4 ? t('create.button') : t('nav.next');
  nextButton.disabled = !canContinue(state, t) || state.asking;
  const blocked = blockedReason(state, t);
  blockedLine.textContent = blocked ?? '';
  blockedLine.hidden = blocked === null;
  statusLine.textContent = state.status.text;
  statusLine.classList.toggle('error', state.status.error);
  document.querySelector('main')?.setAttribute('aria-busy', String(state.busy));
}

// Navigation --------------------------------------------------------------------------------

function go(step: Step): void {
  state.step = step;
  state.asking = false;
  setStatus('');
  render();
  // A new step starts at its top, with the focus on it for screen readers and keyboard users.
  window.scrollTo(0, 0);
  stepSection.focus({ preventScroll: true });
}

backButton.addEventListener('click', () => go(Math.max(1, state.step - 1) as Step));
nextButton.addEventListener('click', () => {
  if (state.step < 4) go((state.step + 1) as Step);
  else actions.create(null);
});

languageSelect.replaceChildren(
  ...LANGUAGES.map((code) => {
    const option = document.createElement('option');
    option.value = code;
    option.lang = code;
    option.textContent = LANGUAGE_NAMES[code];
    return option;
  }),
);
languageSelect.addEventListener('change', () => {
  const language = languageSelect.value;
  if (!isLanguage(language)) return;
  // A date typed in the old order is shown again in the new one; an unreadable one stays as typed.
  const draft = state.drafts.asOf;
  if (draft !== undefined && readDate(draft, state.language).kind !== 'invalid')
    state.drafts = { ...state.drafts, asOf: undefined };
  state.language = language;
  void server('wizardSetLanguage', language).catch(() => undefined);
  render();
  void fetchSql();
});

byId('function-help').addEventListener('click', () => {
  void server('showFunctionHelp').catch(failed);
});

async function begin(): Promise<void> {
  render();
  try {
    const start = await server('wizardStart');
    state.start = start;
    state.language = start.language;
    languageSelect.value = start.language;
    state.options = start.saved?.options ?? start.defaults;
    state.mode = start.saved?.mode ?? 'live';
    state.ticks = initialTicks(start.saved?.metrics);
    state.dashboard = start.dashboard;
    const names = start.sheets.map((s) => s.name);
    const saved = start.saved?.sources.map((s) => s.sheet).filter((n) => names.includes(n)) ?? [];
    // To start with, the sheets that hold rows of data: never a summary of formulas, even when it is the active sheet.
    const chosen = saved.length > 0 ? saved : start.sheets.filter((s) => s.looksLikeData).map((s) => s.name);
    render();
    await chooseSheets(chosen, true);
  } catch (error) {
    failed(error);
  }
}

void begin();
