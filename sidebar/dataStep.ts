/**
 * Step 1, Data: which sheets, what each column is, and the data check:
 * errors (the functions reading the column will stop), warnings (the column
 * may not be what it was mapped as) and notes (what is left out). Errors stop
 * Next unless the person chooses to continue anyway.
 */

import type { ColumnRole } from '../src/input/headings';
import type { DataProblem, ProblemSeverity } from '../src/wizard/dataHealth';
import { WIZARD_ROLES } from '../src/wizard/proposeRoles';
import type { SheetInspection } from '../src/wizard/wizardProtocol';
import { type App, continuingPastErrors, duplicateRoles, errorsOf } from './app';
import { type Child, h } from './render';
import { sqlPanel } from './sqlPanel';

export function dataStep(app: App): Child[] {
  const { state, t } = app;
  const start = state.start;
  if (start === undefined) return [];
  const sheetList = h(
    'fieldset',
    { class: 'sheets', key: 'sheets' },
    h('legend', {}, t('data.sheets')),
    start.sheets.map((sheet, i) =>
      h(
        'div',
        { class: 'check', key: `sheet:${sheet.name}` },
        h('input', {
          type: 'checkbox',
          id: `sheet-${i}`,
          checked: state.chosenSheets.includes(sheet.name),
          on: { change: (event) => app.actions.chooseSheet(sheet.name, (event.target as HTMLInputElement).checked) },
        }),
        h(
          'label',
          { for: `sheet-${i}` },
          h('bdi', {}, sheet.name),
          ' ',
          h('span', { class: 'muted' }, t('data.rowCount', { count: sheet.rows })),
          sheet.looksLikeData ? null : [' ', h('span', { class: 'muted not-data' }, t('data.notData'))],
        ),
      ),
    ),
  );
  const sections = state.chosenSheets.flatMap((sheet) => {
    const inspection = state.inspections.get(sheet);
    return inspection === undefined ? [] : [sheetSection(app, inspection)];
  });
  const duplicates = duplicateRoles(state).map(({ sheet, role }) =>
    h(
      'p',
      { class: 'error', key: `duplicate:${sheet}:${role}` },
      t('data.duplicateRole', { sheet, role: t(`role.${role}`) }),
    ),
  );
  return [
    h('p', { key: 'intro' }, t('data.intro')),
    sheetList,
    sections,
    duplicates,
    healthSection(app),
    sqlPanel(app),
  ];
}

function sheetSection(app: App, inspection: SheetInspection): Child {
  const { state, t } = app;
  const roles = state.roles.get(inspection.sheet) ?? [];
  const key = `${inspection.sheet.replace(/\W/g, '_')}-${[...inspection.sheet].reduce((n, c) => (n * 31 + c.charCodeAt(0)) >>> 0, 7).toString(36)}`;
  const rows = inspection.columns.map((column, i) => {
    const id = `role-${key}-${i}`;
    return h(
      'div',
      { class: 'column-role', key: `column:${i}` },
      h('label', { for: id }, h('span', { class: 'letter' }, column.letter), ' ', h('bdi', {}, column.heading || '—')),
      h(
        'select',
        {
          id,
          value: roles[i] ?? '',
          on: {
            change: (event) => {
              const value = (event.target as HTMLSelectElement).value;
              app.actions.setRole(inspection.sheet, i, value === '' ? null : (value as ColumnRole));
            },
          },
        },
        h('option', { value: '', selected: roles[i] === null || roles[i] === undefined }, t('role.none')),
        WIZARD_ROLES.map((role) => h('option', { value: role, selected: roles[i] === role }, t(`role.${role}`))),
      ),
    );
  });
  const header = inspection.columns.map((c) => c.heading || c.letter);
  return h(
    'fieldset',
    { class: 'sheet-columns', key: `columns:${inspection.sheet}` },
    h('legend', {}, t('data.columns', { sheet: inspection.sheet })),
    h(
      'p',
      { class: 'muted' },
      inspection.headerRow > 0 ? t('data.headerRow', { row: inspection.headerRow }) : t('data.noHeaderRow'),
    ),
    rows,
    h('h3', {}, t('data.preview', { sheet: inspection.sheet })),
    h(
      'div',
      { class: 'preview', role: 'region', 'aria-label': t('data.preview', { sheet: inspection.sheet }), tabindex: '0' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            header.map((text) => h('th', { scope: 'col' }, text)),
          ),
        ),
        h(
          'tbody',
          {},
          inspection.preview.map((row) =>
            h(
              'tr',
              {},
              row.map((cell) => h('td', {}, cell)),
            ),
          ),
        ),
      ),
    ),
  );
}

function rowsText(app: App, problem: DataProblem): string {
  const listed = problem.rows.join(', ');
  return problem.count > problem.rows.length
    ? app.t('problem.moreRows', { rows: listed, count: problem.count - problem.rows.length })
    : listed;
}

const SEVERITIES: readonly { severity: ProblemSeverity; heading: 'data.errors' | 'data.warnings' | 'data.notes' }[] = [
  { severity: 'error', heading: 'data.errors' },
  { severity: 'warning', heading: 'data.warnings' },
  { severity: 'note', heading: 'data.notes' },
];

const CLASS: Readonly<Record<ProblemSeverity, string>> = { error: 'problem', warning: 'warning', note: 'note' };

function healthSection(app: App): Child {
  const { state, t } = app;
  const problems = state.check?.problems ?? [];
  const body: Child =
    state.check === undefined
      ? h(
          'p',
          { class: 'muted', key: 'waiting' },
          state.chosenSheets.length === 0 ? t('data.chooseSheet') : t('status.loading'),
        )
      : problems.length === 0
        ? h('p', { class: 'ok', key: 'healthy' }, t('data.healthy'))
        : SEVERITIES.map(({ severity, heading }) => {
            const found = problems.filter((p) => p.severity === severity);
            if (found.length === 0) return null;
            return h(
              'div',
              { class: `severity ${severity}`, key: `severity:${severity}` },
              h('h3', {}, t(heading)),
              h(
                'ul',
                { class: 'problems', 'data-severity': severity },
                found.map((problem) =>
                  h(
                    'li',
                    { class: CLASS[severity], 'data-kind': problem.kind },
                    t(`problem.${problem.kind}`, {
                      sheet: problem.sheet,
                      column: problem.column,
                      count: problem.count,
                      rows: rowsText(app, problem),
                      total: problem.total ?? problem.count,
                    }),
                  ),
                ),
              ),
            );
          });
  const errors = errorsOf(state.check);
  const columns = [...new Set(errors.map((p) => `“${p.column}” (${p.sheet})`))].join(', ');
  return h(
    'section',
    { class: 'health', 'aria-labelledby': 'health-heading', key: 'health' },
    h('h2', { id: 'health-heading' }, t('data.health')),
    body,
    errors.length === 0
      ? null
      : h(
          'div',
          { class: 'check continue', key: 'continue' },
          h('input', {
            type: 'checkbox',
            id: 'continue-anyway',
            checked: continuingPastErrors(state),
            'aria-describedby': 'continue-anyway-line',
            on: { change: (event) => app.actions.continueAnyway((event.target as HTMLInputElement).checked) },
          }),
          h(
            'label',
            { for: 'continue-anyway' },
            h('span', { class: 'name' }, t('data.continueAnyway')),
            h('span', { class: 'line', id: 'continue-anyway-line' }, t('data.continueConsequence', { columns })),
          ),
        ),
  );
}
