/**
 * Step 3, Options: period, as-of date (typed in the person's order of day,
 * month and year, read as a whole, and checked against the data's span),
 * confidence, discount rate, gross margin, currency, CLV horizon; the
 * predicted-CLV model and the subscription revenue when those metrics are
 * ticked; and the benchmark to compare with. Fields show what was typed until
 * it is valid, and are never rewritten while the person types.
 */

import { PURCHASE_MODELS, DASHBOARD_PERIODS, type DashboardOptions } from '../src/wizard/wizardSettings';
import { type App, asOfVerdict, NUMBER_FIELDS, optionProblems, shownNumber } from './app';
import { spelledDate, writtenDate } from './dates';
import { type Child, h } from './render';

/** The purchase models by their names in the literature, the same in every language. */
const MODEL_NAMES: Readonly<Record<(typeof PURCHASE_MODELS)[number], string>> = {
  bgnbd: 'BG/NBD',
  mbgnbd: 'MBG/NBD',
  pnbd: 'Pareto/NBD',
};

function field(id: string, label: string, control: Child, ...below: Child[]): Child {
  return h('div', { class: 'field', key: `field:${id}` }, h('label', { for: id }, label), control, below);
}

export function optionsStep(app: App): Child[] {
  const { state, t, actions } = app;
  const options = state.options as DashboardOptions;
  const check = state.check;
  const first = check?.firstDate ?? '';
  const latest = check?.latestDate ?? '';
  const editingAsOf = state.editing === 'option-asOf';
  const verdict = asOfVerdict(state, t);
  const asOfText = state.drafts.asOf ?? (options.asOf === '' ? '' : writtenDate(options.asOf, state.language));
  const asOf = h('input', {
    id: 'option-asOf',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    dir: 'ltr',
    value: asOfText,
    placeholder: latest === '' ? writtenDate('2024-12-31', state.language) : writtenDate(latest, state.language),
    'aria-describedby': 'option-asOf-hint',
    'aria-invalid': !editingAsOf && verdict.error !== undefined ? 'true' : undefined,
    on: {
      change: (event) => actions.typeAsOf((event.target as HTMLInputElement).value),
      focus: () => actions.editing('option-asOf'),
      blur: () => actions.editing(null),
    },
  });
  const asOfHint =
    latest === ''
      ? t('options.asOfHintNoData', { example: writtenDate('2024-12-31', state.language) })
      : t('options.asOfHint', {
          first: spelledDate(first === '' ? latest : first, state.language),
          latest: spelledDate(latest, state.language),
        });
  const numbers = NUMBER_FIELDS.map(({ key, label, percent }) => {
    const id = `option-${key}`;
    const value = options[key];
    return field(
      id,
      percent ? `${t(label)} (%)` : t(label),
      h('input', {
        id,
        type: 'number',
        inputmode: 'decimal',
        step: 'any',
        dir: 'ltr',
        value: state.drafts[key] ?? shownNumber(value, percent),
        'aria-describedby': key === 'grossMargin' ? `${id}-hint` : undefined,
        on: { change: (event) => actions.typeNumber(key, (event.target as HTMLInputElement).value) },
      }),
      key === 'grossMargin' ? h('p', { class: 'hint', id: `${id}-hint` }, t('options.grossMarginHint')) : null,
    );
  });
  const ticked = state.ticks.ticked;
  const model = ticked.has('predictedClv')
    ? h(
        'fieldset',
        { class: 'models', key: 'models', id: 'option-model' },
        h('legend', {}, t('options.model')),
        PURCHASE_MODELS.map((choice) =>
          h(
            'div',
            { class: 'check', key: `model:${choice}` },
            h('input', {
              type: 'radio',
              name: 'model',
              id: `model-${choice}`,
              value: choice,
              checked: options.model === choice,
              'aria-describedby': `model-${choice}-line`,
              on: { change: () => actions.setOption({ model: choice }) },
            }),
            h(
              'label',
              { for: `model-${choice}` },
              h('span', { class: 'name' }, MODEL_NAMES[choice]),
              h('span', { class: 'line', id: `model-${choice}-line` }, t(`model.${choice}.line`)),
            ),
          ),
        ),
      )
    : null;
  const suggested = check?.suggested.subscriptionRevenue ?? null;
  const revenue = ticked.has('subscriptionValue')
    ? field(
        'option-subscriptionRevenue',
        t('options.subscriptionRevenueLabel', { period: t(`unit.${options.period}`), currency: options.currency }),
        h('input', {
          id: 'option-subscriptionRevenue',
          type: 'number',
          inputmode: 'decimal',
          step: 'any',
          min: '0',
          dir: 'ltr',
          value:
            state.drafts.subscriptionRevenue ??
            (options.subscriptionRevenue === null ? '' : shownNumber(options.subscriptionRevenue, false)),
          placeholder: suggested === null ? '' : String(Math.round(suggested * 100) / 100),
          'aria-describedby': 'option-subscriptionRevenue-hint',
          on: {
            change: (event) => actions.typeNumber('subscriptionRevenue', (event.target as HTMLInputElement).value),
          },
        }),
        h(
          'p',
          { class: 'hint', id: 'option-subscriptionRevenue-hint' },
          suggested === null
            ? t('options.subscriptionRevenueNone')
            : t('options.subscriptionRevenueHint', {
                amount: new Intl.NumberFormat(`${state.language === 'en' ? 'en-US' : state.language}-u-nu-latn`, {
                  maximumFractionDigits: 2,
                }).format(suggested),
                currency: options.currency,
              }),
        ),
      )
    : null;
  const benchmarks = state.start?.benchmarkSegments ?? [];
  const compare = field(
    'option-compareWith',
    t('options.compareWith'),
    h(
      'select',
      {
        id: 'option-compareWith',
        value: options.compareWith,
        'aria-describedby': 'option-compareWith-hint',
        on: { change: (event) => actions.setOption({ compareWith: (event.target as HTMLSelectElement).value }) },
      },
      h('option', { value: '', selected: options.compareWith === '' }, t('options.compareNone')),
      benchmarks.map((segment) =>
        h('option', { value: segment.id, selected: options.compareWith === segment.id }, segment.label),
      ),
    ),
    h('p', { class: 'hint', id: 'option-compareWith-hint' }, t('options.compareHint')),
  );
  const others = optionProblems(state, t).filter((problem) => problem !== verdict.error);
  return [
    h('p', { key: 'intro' }, t('options.intro')),
    field(
      'option-period',
      t('options.period'),
      h(
        'select',
        {
          id: 'option-period',
          value: options.period,
          on: {
            change: (event) =>
              actions.setOption({ period: (event.target as HTMLSelectElement).value as DashboardOptions['period'] }),
          },
        },
        DASHBOARD_PERIODS.map((p) => h('option', { value: p, selected: options.period === p }, t(`period.${p}`))),
      ),
    ),
    field(
      'option-asOf',
      t('options.asOf'),
      asOf,
      h('p', { class: 'hint', id: 'option-asOf-hint' }, asOfHint),
      editingAsOf || verdict.error === undefined
        ? null
        : h('p', { class: 'error', id: 'option-asOf-error', role: 'alert' }, verdict.error),
      editingAsOf || verdict.note === undefined
        ? null
        : h('p', { class: 'note', id: 'option-asOf-note' }, verdict.note),
    ),
    numbers,
    field(
      'option-currency',
      t('options.currency'),
      h(
        'select',
        {
          id: 'option-currency',
          value: options.currency,
          on: {
            change: (event) =>
              actions.setOption({
                currency: (event.target as HTMLSelectElement).value as DashboardOptions['currency'],
              }),
          },
        },
        (state.start?.currencies ?? []).map((code) =>
          h('option', { value: code, selected: options.currency === code }, code),
        ),
      ),
    ),
    model,
    revenue,
    compare,
    others.map((problem, i) => h('p', { class: 'error', role: 'alert', key: `problem:${i}` }, problem)),
  ];
}
