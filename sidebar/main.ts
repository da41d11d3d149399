/**
 * The wizard: four steps from a person's rows to a dashboard sheet. Data
 * (which sheets, what each column is, what is wrong with it), Metrics (what
 * the mapped columns allow), Options, Create (live formulas or a snapshot).
 *
 * Every text that came from the spreadsheet (sheet names, headings, cells)
 * reaches the page through text nodes only, never as markup. All wording
 * comes from the message files in src/i18n, in the person's language; Persian
 * turns the whole page right to left.
 */

import type { ColumnRole } from '../src/input/headings';
import { directionOf, format, type Language, LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../src/i18n/language';
import type { MessageKey } from '../src/i18n/messages/en';
import { CURRENCIES, type CurrencyCode } from '../src/wizard/currencies';
import type { DataProblem } from '../src/wizard/dataHealth';
import type { Headline } from '../src/wizard/dashboardLayout';
import { WIZARD_ROLES } from '../src/wizard/proposeRoles';
import { type MetricAvailability, type MetricId, WIZARD_METRICS } from '../src/wizard/wizardMetrics';
import type { DashboardOutcome, DataCheck, SheetInspection, WizardStart } from '../src/wizard/wizardProtocol';
import {
  DASHBOARD_PERIODS,
  type DashboardMode,
  type DashboardOptions,
  OPTION_LIMITS,
  type SheetMapping,
  type WizardSettings,
} from '../src/wizard/wizardSettings';

// Server calls ------------------------------------------------------------------------------

function server<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error));
    runner[name](...args);
  });
}

// State ---------------------------------------------------------------------------------------

type Step = 1 | 2 | 3 | 4;

interface State {
  start?: WizardStart;
  language: Language;
  step: Step;
  chosenSheets: string[];
  inspections: Map<string, SheetInspection>;
  roles: Map<string, (ColumnRole | null)[]>;
  check?: DataCheck;
  metrics: Set<MetricId>;
  metricsTouched: boolean;
  options?: DashboardOptions;
  mode: DashboardMode;
  busy: boolean;
  outcome?: DashboardOutcome;
  error?: string;
}

const state: State = {
  language: 'en',
  step: 1,
  chosenSheets: [],
  inspections: new Map(),
  roles: new Map(),
  metrics: new Set(),
  metricsTouched: false,
  mode: 'live',
  busy: false,
};

const t = (key: MessageKey, parameters?: Record<string, string | number>) => format(state.language, key, parameters);

// DOM helpers: text always goes in as text nodes --------------------------------------------

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const stepSection = byId<HTMLElement>('step');
const backButton = byId<HTMLButtonElement>('back');
const nextButton = byId<HTMLButtonElement>('next');
const statusLine = byId<HTMLElement>('status');
const languageSelect = byId<HTMLSelectElement>('language');

function setStatus(text: string, isError = false): void {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', isError);
}

function failed(error: unknown): void {
  state.busy = false;
  setStatus(error instanceof Error ? error.message : String(error), true);
  render();
}

// Mapping -----------------------------------------------------------------------------------

function mappings(): SheetMapping[] {
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

function duplicateRoles(): { sheet: string; role: ColumnRole }[] {
  return state.chosenSheets.flatMap((sheet) => {
    const roles = (state.roles.get(sheet) ?? []).filter((r): r is ColumnRole => r !== null);
    return [...new Set(roles.filter((role, i) => roles.indexOf(role) !== i))].map((role) => ({ sheet, role }));
  });
}

function settings(): WizardSettings {
  return {
    language: state.language,
    mode: state.mode,
    sources: mappings(),
    metrics: WIZARD_METRICS.map((m) => m.id).filter((id) => state.metrics.has(id)),
    options: state.options as DashboardOptions,
  };
}

let checkRound = 0;
async function recheck(): Promise<void> {
  const round = ++checkRound;
  const sources = mappings();
  if (sources.length === 0 || duplicateRoles().length > 0) {
    state.check = undefined;
    render();
    return;
  }
  try {
    const check = await server<DataCheck>('wizardCheckData', sources);
    if (round !== checkRound) return;
    state.check = check;
    if (!state.metricsTouched) {
      const saved = state.start?.saved?.metrics;
      state.metrics = new Set(
        check.metrics
          .filter((m) => m.sheet !== undefined)
          .map((m) => m.id)
          .filter((id) =>
            saved !== undefined ? saved.includes(id) : WIZARD_METRICS.find((m) => m.id === id)?.preselected,
          ),
      );
    }
    setStatus('');
    render();
  } catch (error) {
    failed(error);
  }
}

/** Adds or removes sheets (in the spreadsheet's order), reading each newly added one, then checks the data once. */
async function chooseSheets(sheets: readonly string[], chosen: boolean): Promise<void> {
  state.chosenSheets = (state.start?.sheets ?? [])
    .map((s) => s.name)
    .filter((n) => (sheets.includes(n) ? chosen : state.chosenSheets.includes(n)));
  const unread = chosen ? sheets.filter((sheet) => !state.inspections.has(sheet)) : [];
  state.check = undefined;
  if (unread.length > 0) {
    setStatus(t('status.loading'));
    render();
    try {
      const inspections = await Promise.all(
        unread.map((sheet) => server<SheetInspection>('wizardInspectSheet', sheet)),
      );
      for (const inspection of inspections) {
        state.inspections.set(inspection.sheet, inspection);
        state.roles.set(
          inspection.sheet,
          inspection.columns.map((c) => c.role),
        );
      }
    } catch (error) {
      failed(error);
      return;
    }
  }
  await recheck();
}

// Rendering ---------------------------------------------------------------------------------

function render(): void {
  const language = state.language;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  byId('title').textContent = t('app.title');
  byId('language-label').textContent = t('app.language');
  byId('function-help').textContent = t('app.functionHelp');
  languageSelect.setAttribute('aria-label', t('app.language'));
  renderSteps();
  stepSection.replaceChildren(...stepContent());
  backButton.textContent = t('nav.back');
  backButton.hidden = state.step === 1;
  nextButton.textContent = state.step === 4 ? t('create.button') : t('nav.next');
  nextButton.disabled = state.busy || !canContinue();
  document.querySelector('main')?.setAttribute('aria-busy', String(state.busy));
}

function renderSteps(): void {
  const names: MessageKey[] = ['step.data', 'step.metrics', 'step.options', 'step.create'];
  byId('steps').replaceChildren(
    ...names.map((key, i) =>
      el(
        'li',
        { 'aria-current': state.step === i + 1 ? 'step' : undefined, class: state.step > i + 1 ? 'done' : undefined },
        el('span', { class: 'number' }, String(i + 1)),
        ' ',
        t(key),
      ),
    ),
  );
  byId('steps').setAttribute('aria-label', t('step.progress', { step: state.step }));
}

function canContinue(): boolean {
  if (state.step === 1) return state.check !== undefined && duplicateRoles().length === 0;
  if (state.step === 2) return state.metrics.size > 0;
  if (state.step === 3) return optionProblems().length === 0;
  return state.metrics.size > 0;
}

function stepContent(): Node[] {
  if (state.start === undefined) return [el('p', { class: 'muted' }, t('status.loading'))];
  switch (state.step) {
    case 1:
      return dataStep();
    case 2:
      return metricsStep();
    case 3:
      return optionsStep();
    case 4:
      return createStep();
  }
}

function roleName(role: ColumnRole): string {
  return t(`role.${role}`);
}

function dataStep(): Node[] {
  const start = state.start as WizardStart;
  const sheetList = el(
    'fieldset',
    { class: 'sheets' },
    el('legend', {}, t('data.sheets')),
    ...start.sheets.map((sheet, i) => {
      const box = el('input', { type: 'checkbox', id: `sheet-${i}`, checked: state.chosenSheets.includes(sheet.name) });
      box.addEventListener('change', () => void chooseSheets([sheet.name], box.checked));
      return el(
        'div',
        { class: 'check' },
        box,
        el(
          'label',
          { for: `sheet-${i}` },
          el('bdi', {}, sheet.name),
          ' ',
          el('span', { class: 'muted' }, t('data.rowCount', { count: sheet.rows })),
        ),
      );
    }),
  );
  const sections = state.chosenSheets.flatMap((sheet) => {
    const inspection = state.inspections.get(sheet);
    return inspection === undefined ? [] : [sheetSection(inspection)];
  });
  const duplicates = duplicateRoles().map(({ sheet, role }) =>
    el('p', { class: 'error' }, t('data.duplicateRole', { sheet, role: roleName(role) })),
  );
  return [el('p', {}, t('data.intro')), sheetList, ...sections, ...duplicates, healthSection()];
}

function sheetSection(inspection: SheetInspection): HTMLElement {
  const roles = state.roles.get(inspection.sheet) ?? [];
  const key = inspection.sheet.replace(/\W/g, '_');
  const rows = inspection.columns.map((column, i) => {
    const id = `role-${key}-${i}`;
    const select = el(
      'select',
      { id },
      el('option', { value: '' }, t('role.none')),
      ...WIZARD_ROLES.map((role) => el('option', { value: role, selected: roles[i] === role }, roleName(role))),
    );
    select.addEventListener('change', () => {
      const updated = [...(state.roles.get(inspection.sheet) ?? [])];
      updated[i] = select.value === '' ? null : (select.value as ColumnRole);
      state.roles.set(inspection.sheet, updated);
      state.check = undefined;
      render();
      void recheck();
    });
    return el(
      'div',
      { class: 'column-role' },
      el(
        'label',
        { for: id },
        el('span', { class: 'letter' }, column.letter),
        ' ',
        el('bdi', {}, column.heading || '—'),
      ),
      select,
    );
  });
  const header = inspection.columns.map((c) => c.heading || c.letter);
  const preview = el(
    'div',
    { class: 'preview', role: 'region', 'aria-label': t('data.preview', { sheet: inspection.sheet }), tabindex: '0' },
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...inspection.preview.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cell))))),
    ),
  );
  return el(
    'fieldset',
    { class: 'sheet-columns' },
    el('legend', {}, t('data.columns', { sheet: inspection.sheet })),
    el(
      'p',
      { class: 'muted' },
      inspection.headerRow > 0 ? t('data.headerRow', { row: inspection.headerRow }) : t('data.noHeaderRow'),
    ),
    ...rows,
    el('h3', {}, t('data.preview', { sheet: inspection.sheet })),
    preview,
  );
}

function rowsText(problem: DataProblem): string {
  const listed = problem.rows.join(', ');
  return problem.count > problem.rows.length
    ? t('problem.moreRows', { rows: listed, count: problem.count - problem.rows.length })
    : listed;
}

function healthSection(): HTMLElement {
  const problems = state.check?.problems ?? [];
  return el(
    'section',
    { class: 'health', 'aria-labelledby': 'health-heading' },
    el('h2', { id: 'health-heading' }, t('data.health')),
    state.check === undefined
      ? el('p', { class: 'muted' }, state.chosenSheets.length === 0 ? t('data.chooseSheet') : t('status.loading'))
      : problems.length === 0
        ? el('p', { class: 'ok' }, t('data.healthy'))
        : el(
            'ul',
            { class: 'problems' },
            ...problems.map((problem) =>
              el(
                'li',
                { class: problem.kind === 'scoreText' || problem.kind === 'negativeAmount' ? 'note' : 'problem' },
                t(`problem.${problem.kind}`, {
                  sheet: problem.sheet,
                  column: problem.column,
                  count: problem.count,
                  rows: rowsText(problem),
                }),
              ),
            ),
          ),
  );
}

function metricsStep(): Node[] {
  const availability = new Map<MetricId, MetricAvailability>((state.check?.metrics ?? []).map((m) => [m.id, m]));
  return [
    el('p', {}, t('metrics.intro')),
    el(
      'fieldset',
      { class: 'metrics' },
      el('legend', { class: 'visually-hidden' }, t('step.metrics')),
      ...WIZARD_METRICS.map(({ id }) => {
        const available = availability.get(id);
        const enabled = available?.sheet !== undefined;
        const box = el('input', {
          type: 'checkbox',
          id: `metric-${id}`,
          checked: enabled && state.metrics.has(id),
          disabled: !enabled,
          'aria-describedby': `metric-${id}-line`,
        });
        box.addEventListener('change', () => {
          state.metricsTouched = true;
          if (box.checked) state.metrics.add(id);
          else state.metrics.delete(id);
          render();
          byId(`metric-${id}`).focus();
        });
        const needs = enabled
          ? t('metrics.from', { sheet: available?.sheet ?? '' })
          : t('metrics.needs', { roles: (available?.missing ?? []).map(roleName).join(', ') });
        return el(
          'div',
          { class: `check metric${enabled ? '' : ' disabled'}` },
          box,
          el(
            'label',
            { for: `metric-${id}` },
            el('span', { class: 'name' }, t(`metric.${id}`)),
            el('span', { class: 'line', id: `metric-${id}-line` }, t(`metric.${id}.line`), ' ', el('em', {}, needs)),
          ),
        );
      }),
    ),
  ];
}

interface NumberField {
  readonly key: 'confidence' | 'discountRate' | 'grossMargin' | 'horizonYears';
  readonly label: MessageKey;
  /** Shown as a percentage, kept as a fraction. */
  readonly percent: boolean;
}

const NUMBER_FIELDS: readonly NumberField[] = [
  { key: 'confidence', label: 'options.confidence', percent: true },
  { key: 'discountRate', label: 'options.discountRate', percent: true },
  { key: 'grossMargin', label: 'options.grossMargin', percent: true },
  { key: 'horizonYears', label: 'options.horizonYears', percent: false },
];

function optionProblems(): string[] {
  const options = state.options;
  if (options === undefined) return [];
  const problems = NUMBER_FIELDS.flatMap(({ key, label, percent }) => {
    const value = options[key];
    const { min, max } = OPTION_LIMITS[key];
    if (Number.isFinite(value) && value >= min && value <= max) return [];
    const scale = (n: number) => (percent ? `${Math.round(n * 1000) / 10}%` : String(n));
    return [t('options.invalidNumber', { field: t(label), min: scale(min), max: scale(max) })];
  });
  if (options.asOf !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf))
    problems.push(t('options.invalidDate', { field: t('options.asOf') }));
  return problems;
}

function optionsStep(): Node[] {
  const options = state.options as DashboardOptions;
  const update = (change: Partial<DashboardOptions>) => {
    state.options = { ...options, ...change };
    const focused = document.activeElement?.id;
    render();
    if (focused) document.getElementById(focused)?.focus();
  };
  const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
    el(
      'div',
      { class: 'field' },
      el('label', { for: id }, label),
      control,
      hint === undefined ? null : el('p', { class: 'hint', id: `${id}-hint` }, hint),
    );
  const period = el(
    'select',
    { id: 'option-period' },
    ...DASHBOARD_PERIODS.map((p) => el('option', { value: p, selected: options.period === p }, t(`period.${p}`))),
  );
  period.addEventListener('change', () => update({ period: period.value as DashboardOptions['period'] }));
  const latest = state.check?.latestDate ?? '';
  const asOf = el('input', {
    id: 'option-asOf',
    type: 'date',
    value: options.asOf,
    placeholder: latest,
    'aria-describedby': 'option-asOf-hint',
  });
  asOf.addEventListener('change', () => update({ asOf: asOf.value }));
  const numbers = NUMBER_FIELDS.map(({ key, label, percent }) => {
    const id = `option-${key}`;
    const shown = percent ? Math.round(options[key] * 1000) / 10 : options[key];
    const input = el('input', {
      id,
      type: 'number',
      inputmode: 'decimal',
      step: 'any',
      value: String(shown),
      dir: 'ltr',
    });
    input.addEventListener('change', () => {
      const value = input.value.trim() === '' ? NaN : Number(input.value);
      update({ [key]: percent ? value / 100 : value });
    });
    return field(id, percent ? `${t(label)} (%)` : t(label), input);
  });
  const currency = el(
    'select',
    { id: 'option-currency' },
    ...(state.start?.currencies ?? []).map((code) =>
      el('option', { value: code, selected: options.currency === code }, code),
    ),
  );
  currency.addEventListener('change', () => update({ currency: currency.value as DashboardOptions['currency'] }));
  return [
    el('p', {}, t('options.intro')),
    field('option-period', t('options.period'), period),
    field('option-asOf', t('options.asOf'), asOf, latest === '' ? undefined : t('options.asOfHint', { date: latest })),
    ...numbers,
    field('option-currency', t('options.currency'), currency),
    ...optionProblems().map((problem) => el('p', { class: 'error', role: 'alert' }, problem)),
  ];
}

function formatHeadline(headline: Headline, currency: CurrencyCode): string {
  if (headline.value === null) return headline.error ?? '—';
  const locale = state.language === 'zh-TW' ? 'zh-TW' : state.language;
  const options: Intl.NumberFormatOptions =
    headline.kind === 'percent'
      ? { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }
      : headline.kind === 'money'
        ? { style: 'currency', currency, maximumFractionDigits: CURRENCIES[currency].decimals }
        : headline.kind === 'nps' || headline.kind === 'count'
          ? { maximumFractionDigits: 0 }
          : { maximumFractionDigits: 2, minimumFractionDigits: 2 };
  return new Intl.NumberFormat(locale, options).format(headline.value);
}

function createStep(): Node[] {
  const modes: DashboardMode[] = ['live', 'snapshot'];
  const modeChoice = el(
    'fieldset',
    { class: 'modes' },
    el('legend', {}, t('create.mode')),
    ...modes.map((mode) => {
      const radio = el('input', {
        type: 'radio',
        name: 'mode',
        id: `mode-${mode}`,
        value: mode,
        checked: state.mode === mode,
        'aria-describedby': 'mode-help',
      });
      radio.addEventListener('change', () => {
        state.mode = mode;
        render();
        byId(`mode-${mode}`).focus();
      });
      return el('div', { class: 'check' }, radio, el('label', { for: `mode-${mode}` }, t(`create.${mode}`)));
    }),
    el('p', { class: 'hint', id: 'mode-help' }, t('create.modeHelp')),
  );
  const options = state.options as DashboardOptions;
  const summary = el(
    'p',
    { class: 'summary' },
    t('create.summary', {
      metrics: state.metrics.size,
      sheets: state.chosenSheets.join(', '),
      period: t(`unit.${options.period}`),
      currency: options.currency,
    }),
  );
  const nodes: Node[] = [modeChoice, summary];
  if (state.busy)
    nodes.push(
      el(
        'div',
        { class: 'progress' },
        el('progress', { 'aria-label': t('create.working') }),
        el('p', {}, t('create.working')),
      ),
    );
  const existing = state.start?.dashboard;
  if (state.outcome === undefined && existing !== null && existing !== undefined && !state.busy) {
    const refresh = el('button', { type: 'button', class: 'secondary', id: 'refresh' }, t('create.refresh'));
    refresh.addEventListener('click', () => void create('wizardRefreshDashboard'));
    nodes.push(
      el(
        'p',
        { class: 'muted' },
        el('bdi', {}, existing.sheet),
        ': ',
        t('create.computedOn', { time: new Date(existing.computedOn).toLocaleString(state.language) }),
        ' ',
        refresh,
      ),
    );
  }
  const outcome = state.outcome;
  if (outcome !== undefined && !state.busy) {
    const link = el(
      'a',
      { href: outcome.url, target: '_top', id: 'dashboard-link' },
      t('create.open', { sheet: outcome.sheet }),
    );
    // The link works as a link (the spreadsheet at that sheet); a plain click shows the sheet without a reload.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void server('wizardOpenDashboard').catch(failed);
    });
    const refresh = el('button', { type: 'button', class: 'secondary', id: 'refresh' }, t('create.refresh'));
    refresh.addEventListener('click', () => void create('wizardRefreshDashboard'));
    nodes.push(
      el(
        'section',
        { class: 'outcome', 'aria-labelledby': 'outcome-heading' },
        el('h2', { id: 'outcome-heading' }, t('create.done')),
        el('h3', {}, t('create.headline')),
        el(
          'dl',
          { class: 'headline' },
          ...outcome.headline.flatMap((h) => [
            el('dt', {}, h.label),
            el(
              'dd',
              { class: h.value === null ? 'error' : undefined, dir: 'auto' },
              formatHeadline(h, outcome.currency),
            ),
          ]),
        ),
        el(
          'p',
          { class: 'muted' },
          t('create.computedOn', { time: new Date(outcome.computedOn).toLocaleString(state.language) }),
        ),
        el('p', { class: 'actions' }, link, ' ', refresh),
      ),
    );
  }
  return nodes;
}

async function create(functionName: 'wizardCreateDashboard' | 'wizardRefreshDashboard'): Promise<void> {
  state.busy = true;
  setStatus(t('create.working'));
  render();
  try {
    const outcome =
      functionName === 'wizardCreateDashboard'
        ? await server<DashboardOutcome>(functionName, settings())
        : await server<DashboardOutcome>(functionName);
    state.outcome = outcome;
    state.busy = false;
    setStatus(t('create.done'));
    render();
    byId('outcome-heading').setAttribute('tabindex', '-1');
    byId('outcome-heading').focus();
  } catch (error) {
    failed(error);
  }
}

// Navigation --------------------------------------------------------------------------------

function go(step: Step): void {
  state.step = step;
  setStatus('');
  render();
  // A new step starts at its top, with the focus on it for screen readers and keyboard users.
  window.scrollTo(0, 0);
  stepSection.focus({ preventScroll: true });
}

backButton.addEventListener('click', () => go(Math.max(1, state.step - 1) as Step));
nextButton.addEventListener('click', () => {
  if (state.step < 4) go((state.step + 1) as Step);
  else void create('wizardCreateDashboard');
});

languageSelect.replaceChildren(
  ...LANGUAGES.map((code) => el('option', { value: code, lang: code }, LANGUAGE_NAMES[code])),
);
languageSelect.addEventListener('change', () => {
  const language = languageSelect.value;
  if (!isLanguage(language)) return;
  state.language = language;
  void server('wizardSetLanguage', language).catch(() => undefined);
  render();
  languageSelect.focus();
});

byId('function-help').addEventListener('click', () => {
  void server('showFunctionHelp').catch(failed);
});

async function begin(): Promise<void> {
  render();
  try {
    const start = await server<WizardStart>('wizardStart');
    state.start = start;
    state.language = start.language;
    languageSelect.value = start.language;
    state.options = start.saved?.options ?? start.defaults;
    state.mode = start.saved?.mode ?? 'live';
    const names = start.sheets.map((s) => s.name);
    const initial = start.saved?.sources.map((s) => s.sheet).filter((n) => names.includes(n)) ?? [];
    const chosen =
      initial.length > 0 ? initial : names.includes(start.activeSheet) ? [start.activeSheet] : names.slice(0, 1);
    await chooseSheets(chosen, true);
  } catch (error) {
    failed(error);
  }
}

void begin();
