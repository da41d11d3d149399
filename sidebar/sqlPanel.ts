/**
 * "Data too big for a sheet?" on the first step, folded away: the person's
 * BigQuery table for each mapped sheet, the SQL the server writes for the
 * mapping (views that rename their columns to the conventions' names, then
 * the metric queries), each with a Copy button, and the steps to bring the
 * result back with Connected Sheets.
 */

import { conventionTable } from '../src/wizard/warehouseTables';
import { type App, mappings } from './app';
import { type Child, h } from './render';

export function sqlPanel(app: App): Child {
  const { state, t } = app;
  const sheets = mappings(state).filter((mapping) => conventionTable(mapping.roles) !== null);
  const panel = state.sql.panel;
  const copyable = (id: string, title: string, sql: string) =>
    h(
      'div',
      { class: 'sql-block', key: id },
      h('div', { class: 'sql-title' }, h('label', { for: id }, h('bdi', {}, title)), copyButton(app, id)),
      h('textarea', { id, readonly: true, rows: 6, spellcheck: 'false', dir: 'ltr', wrap: 'off' }, sql),
    );
  return h(
    'details',
    {
      class: 'sql-panel',
      id: 'sql-panel',
      key: 'sql',
      open: state.sql.open,
      on: { toggle: (event) => app.actions.openSql((event.target as HTMLDetailsElement).open) },
    },
    h('summary', {}, t('sql.summary')),
    h('p', {}, t('sql.intro')),
    sheets.length === 0
      ? h('p', { class: 'muted', key: 'none' }, t('sql.none'))
      : [
          sheets.map((mapping, i) =>
            h(
              'div',
              { class: 'field', key: `table:${mapping.sheet}` },
              h('label', { for: `sql-table-${i}` }, t('sql.table', { sheet: mapping.sheet })),
              h('input', {
                type: 'text',
                id: `sql-table-${i}`,
                dir: 'ltr',
                spellcheck: 'false',
                autocomplete: 'off',
                placeholder: 'my-project.my_dataset.table',
                value: state.sql.tables[mapping.sheet] ?? '',
                on: {
                  change: (event) => app.actions.setSqlTable(mapping.sheet, (event.target as HTMLInputElement).value),
                },
              }),
            ),
          ),
          state.sql.error === undefined ? null : h('p', { class: 'error', role: 'alert' }, state.sql.error),
          panel === undefined
            ? state.sql.open && state.sql.error === undefined
              ? h('p', { class: 'muted', key: 'loading' }, t('status.loading'))
              : null
            : [
                h('h3', { key: 'views-heading' }, t('sql.views')),
                panel.views.map((view, i) => copyable(`sql-view-${i}`, view.table, view.sql)),
                h('h3', { key: 'queries-heading' }, t('sql.queries')),
                panel.queries.map((query, i) => copyable(`sql-query-${i}`, `${query.name}.sql`, query.sql)),
              ],
        ],
    h('h3', { key: 'steps-heading' }, t('sql.stepsHeading')),
    h(
      'ol',
      { class: 'sql-steps' },
      h('li', {}, t('sql.step1')),
      h('li', {}, t('sql.step2')),
      h('li', {}, t('sql.step3')),
      h('li', {}, t('sql.step4')),
    ),
  );
}

function copyButton(app: App, fieldId: string): Child {
  return h(
    'button',
    {
      type: 'button',
      class: 'link copy',
      id: `${fieldId}-copy`,
      'aria-describedby': fieldId,
      on: { click: () => app.actions.copy(fieldId) },
    },
    app.state.copied === fieldId ? app.t('sql.copied') : app.t('sql.copy'),
  );
}
