/**
 * Step 4, Create: live formulas or a snapshot; if the add-on's dashboard is
 * already in the spreadsheet, the question whether to update it or make
 * another; then the finish, which says the dashboard is ready only when every
 * number computed, and otherwise lists each one that did not, with its
 * message and what to change.
 */

import type { Headline } from '../src/wizard/dashboardLayout';
import type { CurrencyCode } from '../src/wizard/currencies';
import { CURRENCIES } from '../src/wizard/currencies';
import type { DashboardMode, DashboardOptions } from '../src/wizard/wizardSettings';
import type { App } from './app';
import { spelledMoment } from './dates';
import { type Child, h } from './render';

const MODES: readonly DashboardMode[] = ['live', 'snapshot'];

function numberLocale(app: App): string {
  return `${app.state.language === 'en' ? 'en-US' : app.state.language}-u-nu-latn`;
}

export function formatHeadline(app: App, headline: Headline, currency: CurrencyCode): string {
  if (headline.value === null) return headline.error ?? '—';
  const options: Intl.NumberFormatOptions =
    headline.kind === 'percent'
      ? { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }
      : headline.kind === 'money'
        ? { style: 'currency', currency, maximumFractionDigits: CURRENCIES[currency].decimals }
        : headline.kind === 'nps' || headline.kind === 'count'
          ? { maximumFractionDigits: 0 }
          : { maximumFractionDigits: 2, minimumFractionDigits: 2 };
  return new Intl.NumberFormat(numberLocale(app), options).format(headline.value);
}

export function createStep(app: App): Child[] {
  const { state, t, actions } = app;
  const options = state.options as DashboardOptions;
  const nodes: Child[] = [
    h(
      'fieldset',
      { class: 'modes', key: 'modes' },
      h('legend', {}, t('create.mode')),
      MODES.map((mode) =>
        h(
          'div',
          { class: 'check', key: `mode:${mode}` },
          h('input', {
            type: 'radio',
            name: 'mode',
            id: `mode-${mode}`,
            value: mode,
            checked: state.mode === mode,
            'aria-describedby': 'mode-help',
            on: { change: () => actions.setMode(mode) },
          }),
          h('label', { for: `mode-${mode}` }, t(`create.${mode}`)),
        ),
      ),
      h('p', { class: 'hint', id: 'mode-help' }, t('create.modeHelp')),
    ),
    h(
      'p',
      { class: 'summary', key: 'summary' },
      t('create.summary', {
        metrics: state.ticks.ticked.size,
        sheets: state.chosenSheets.join(', '),
        period: t(`unit.${options.period}`),
        currency: options.currency,
      }),
    ),
  ];
  const existing = state.dashboard;
  if (existing !== null && state.outcome === undefined && !state.busy)
    nodes.push(
      h(
        'p',
        { class: 'muted existing', key: 'existing' },
        h('bdi', {}, existing.sheet),
        ': ',
        t('create.computedOn', { time: spelledMoment(existing.computedOn, state.language) }),
        ' ',
        h(
          'button',
          { type: 'button', class: 'secondary', id: 'refresh', on: { click: () => actions.refresh() } },
          t('create.refresh'),
        ),
      ),
    );
  if (state.asking && existing !== null && !state.busy)
    nodes.push(
      h(
        'section',
        { class: 'ask', key: 'ask', role: 'group', 'aria-labelledby': 'ask-heading' },
        h('h2', { id: 'ask-heading', tabindex: '-1' }, t('create.ask', { sheet: existing.sheet })),
        h(
          'div',
          { class: 'ask-buttons' },
          h(
            'button',
            { type: 'button', class: 'action', id: 'existing-update', on: { click: () => actions.create('update') } },
            t('create.update', { sheet: existing.sheet }),
          ),
          h(
            'button',
            { type: 'button', class: 'secondary', id: 'existing-new', on: { click: () => actions.create('new') } },
            t('create.another'),
          ),
          h(
            'button',
            { type: 'button', class: 'link', id: 'existing-cancel', on: { click: () => actions.cancelCreate() } },
            t('create.cancel'),
          ),
        ),
      ),
    );
  if (state.busy)
    nodes.push(
      h(
        'div',
        { class: 'progress', key: 'progress' },
        h('progress', { 'aria-label': t('create.working') }),
        h('p', {}, t('create.working')),
      ),
    );
  const outcome = state.outcome;
  if (outcome !== undefined && !state.busy) nodes.push(outcomeSection(app));
  return nodes;
}

function outcomeSection(app: App): Child {
  const { state, t, actions } = app;
  const outcome = state.outcome;
  if (outcome === undefined) return null;
  const failures = outcome.failures;
  return h(
    'section',
    { class: 'outcome', 'aria-labelledby': 'outcome-heading', key: 'outcome' },
    h(
      'h2',
      { id: 'outcome-heading', tabindex: '-1', class: failures.length === 0 ? 'ok' : 'error' },
      failures.length === 0 ? t('create.done') : t('create.partly', { count: failures.length }),
    ),
    failures.length === 0
      ? null
      : h(
          'ul',
          { class: 'failures', key: 'failures' },
          failures.map((failure) =>
            h(
              'li',
              {},
              h('span', { class: 'name' }, h('bdi', {}, failure.label)),
              ': ',
              h('span', { class: 'message' }, failure.message),
              failure.advice === undefined || failure.advice === ''
                ? null
                : h('span', { class: 'advice' }, ' ', failure.advice),
            ),
          ),
        ),
    outcome.notices.length === 0
      ? null
      : h(
          'ul',
          { class: 'notices', key: 'notices' },
          outcome.notices.map((notice) => h('li', {}, notice)),
        ),
    h('h3', {}, t('create.headline')),
    h(
      'dl',
      { class: 'headline' },
      outcome.headline.map((headline) => [
        h('dt', {}, headline.label),
        h(
          'dd',
          { class: headline.value === null ? 'error' : undefined, dir: 'auto' },
          formatHeadline(app, headline, outcome.currency),
        ),
      ]),
    ),
    h('p', { class: 'muted' }, t('create.computedOn', { time: spelledMoment(outcome.computedOn, state.language) })),
    h(
      'p',
      { class: 'actions' },
      h(
        'a',
        {
          href: outcome.url,
          target: '_top',
          id: 'dashboard-link',
          on: {
            click: (event) => {
              // The link works as a link (the spreadsheet at that sheet); a plain click shows the sheet without a reload.
              event.preventDefault();
              actions.openDashboard();
            },
          },
        },
        t('create.open', { sheet: outcome.sheet }),
      ),
      ' ',
      h(
        'button',
        { type: 'button', class: 'secondary', id: 'refresh', on: { click: () => actions.refresh() } },
        t('create.refresh'),
      ),
    ),
  );
}
