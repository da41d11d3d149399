/**
 * The wizard's server API through the built bundle, on an emulated
 * spreadsheet: what it reads and writes, the lock, ownership of the
 * dashboard sheet, and what a failure halfway leaves behind.
 */

import { openExampleSpreadsheet } from '../../scripts/playground/server';
import type { OfflineSpreadsheet } from '../../scripts/emulator/offlineSpreadsheet';
import { EmulatedRange, EmulatedSheet } from '../../scripts/emulator/spreadsheetApp';
import type { DashboardOutcome, DataCheck, SheetInspection, WizardStart } from '../../src/wizard/wizardProtocol';
import { WIZARD_METRICS } from '../../src/wizard/wizardMetrics';
import type { SheetMapping, WizardSettings } from '../../src/wizard/wizardSettings';
import { defaultOptions } from '../../src/wizard/wizardSettings';

const DATA_SHEETS = ['Customers', 'Orders', 'Responses'];
const USER_SHEETS = [...DATA_SHEETS, 'Summary', 'Customer metrics'];

function mappingOf(spreadsheet: OfflineSpreadsheet, sheet: string): SheetMapping {
  const inspection = spreadsheet.execute('wizardInspectSheet', sheet) as SheetInspection;
  const roles: Record<string, { column: number; heading: string }> = {};
  for (const column of inspection.columns)
    if (column.role !== null) roles[column.role] = { column: column.column, heading: column.heading };
  return { sheet, headerRow: inspection.headerRow, roles };
}

/** Every cell of the dashboard sheet that shows an error, with the error's message. */
function errorCells(spreadsheet: OfflineSpreadsheet, name = 'Loyalty dashboard'): string[] {
  const workbook = spreadsheet.workbook;
  const sheetId = workbook.sheetIdByName(name) as number;
  const found: string[] = [];
  workbook.sheetValues(sheetId).forEach((row, r) =>
    row.forEach((_, c) => {
      const error = workbook.errorAt(sheetId, r, c);
      if (error !== undefined) found.push(`R${r + 1}C${c + 1} ${error.error} ${error.message}`);
    }),
  );
  return found;
}

function settingsFor(spreadsheet: OfflineSpreadsheet, mode: 'live' | 'snapshot'): WizardSettings {
  return {
    language: 'en',
    mode,
    sources: DATA_SHEETS.map((sheet) => mappingOf(spreadsheet, sheet)),
    metrics: ['nps', 'npsTrend', 'csat', 'churn', 'repeatPurchase', 'orderValue', 'cohorts', 'rfm'],
    options: defaultOptions('en'),
  };
}

const sheetNames = (spreadsheet: OfflineSpreadsheet) =>
  spreadsheet.services.SpreadsheetApp.getActive()
    .getSheets()
    .map((sheet) => sheet.getName());

afterEach(() => jest.restoreAllMocks());

/** The metrics a newcomer gets: every one the example's sheets allow that is ticked to start with. */
function newcomerSettings(spreadsheet: OfflineSpreadsheet, language: WizardSettings['language']): WizardSettings {
  const sources = DATA_SHEETS.map((sheet) => mappingOf(spreadsheet, sheet));
  const check = spreadsheet.execute('wizardCheckData', sources) as DataCheck;
  const metrics = check.metrics
    .filter((m) => m.sheet !== undefined && WIZARD_METRICS.find((w) => w.id === m.id)?.preselected)
    .map((m) => m.id);
  return { language, mode: 'live', sources, metrics, options: defaultOptions(language) };
}

describe('the first run', () => {
  it('ticks only the sheets that look like data: not the summary of formulas the example opens on', () => {
    const spreadsheet = openExampleSpreadsheet();
    const start = spreadsheet.execute('wizardStart') as WizardStart;
    expect(start.activeSheet).toBe('Summary');
    expect(start.sheets.map((s) => [s.name, s.looksLikeData])).toEqual([
      ['Customers', true],
      ['Orders', true],
      ['Responses', true],
      ['Summary', false],
      ['Customer metrics', false],
    ]);
    expect(start.defaults.grossMargin).toBe(0.6);
    expect(start.benchmarkSegments.map((s) => s.id)).toContain('retail');
  });

  it('tells the data’s span, the revenue per subscriber it would use, and warns of an amount mapped as the customer', () => {
    const spreadsheet = openExampleSpreadsheet();
    const sources = DATA_SHEETS.map((sheet) => mappingOf(spreadsheet, sheet));
    const check = spreadsheet.execute('wizardCheckData', sources) as DataCheck;
    expect(check.firstDate < check.latestDate).toBe(true);
    expect(check.latestDate).toBe('2024-12-31');
    // Plans of 22 to 45 a month, extras on top.
    expect(check.suggested.subscriptionRevenue).toBeGreaterThan(22);
    expect(check.suggested.subscriptionRevenue).toBeLessThan(60);
    expect(check.problems.filter((p) => p.severity === 'warning')).toEqual([]);
    // "Does loyalty pay?" follows every respondent of the example into the orders, and says so.
    const impact = check.metrics.find((m) => m.id === 'loyaltyImpact');
    expect(impact).toMatchObject({ sheet: 'Responses', otherSheet: 'Orders' });
    expect(impact?.matched?.of).toBeGreaterThan(100);
    expect(impact?.matched?.found).toBe(impact?.matched?.of);
    const orders = sources[1];
    const wrong = { ...orders, roles: { ...orders.roles, customer: orders.roles.amount } };
    const warned = spreadsheet.execute('wizardCheckData', [sources[0], wrong, sources[2]]) as DataCheck;
    expect(warned.problems.filter((p) => p.severity === 'warning').map((p) => [p.sheet, p.column, p.kind])).toEqual([
      ['Orders', 'Amount', 'fewCustomers'],
    ]);
  });

  it.each(['en', 'fa'] as const)(
    'builds the newcomer’s dashboard (%s) with every default accepted: no error cell, nothing failed',
    (language) => {
      const spreadsheet = openExampleSpreadsheet();
      const outcome = spreadsheet.execute(
        'wizardCreateDashboard',
        newcomerSettings(spreadsheet, language),
      ) as DashboardOutcome;
      expect(outcome.failures).toEqual([]);
      expect(errorCells(spreadsheet, outcome.sheet)).toEqual([]);
      const sheet = spreadsheet.services.SpreadsheetApp.getActive().getSheetByName(outcome.sheet);
      expect(sheet?.isRightToLeft()).toBe(language === 'fa');
      expect(sheet?.getCharts().length).toBeGreaterThanOrEqual(3);
    },
  );

  it('asks before creating over the dashboard it made, then updates it or makes another, as told', () => {
    const spreadsheet = openExampleSpreadsheet();
    const settings = settingsFor(spreadsheet, 'live');
    spreadsheet.execute('wizardCreateDashboard', settings);
    expect(() => spreadsheet.execute('wizardCreateDashboard', settings)).toThrow(
      'A dashboard is already there: choose to update it or to make another.',
    );
    spreadsheet.execute('wizardCreateDashboard', settings, 'update');
    expect(sheetNames(spreadsheet)).toEqual([...USER_SHEETS, 'Loyalty dashboard']);
    const another = spreadsheet.execute('wizardCreateDashboard', settings, 'new') as DashboardOutcome;
    expect(another.sheet).toBe('Loyalty dashboard (2)');
    expect(sheetNames(spreadsheet)).toEqual([...USER_SHEETS, 'Loyalty dashboard', 'Loyalty dashboard (2)']);
    // Neither is offered as data, and the one made last is the one refreshed.
    const start = spreadsheet.execute('wizardStart') as WizardStart;
    expect(start.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(start.dashboard?.sheet).toBe('Loyalty dashboard (2)');
  });
});

describe('creating the dashboard', () => {
  it('reads each data sheet once and writes in a few batches, whatever the number of rows', () => {
    const spreadsheet = openExampleSpreadsheet();
    const settings = settingsFor(spreadsheet, 'snapshot');
    const reads = jest.spyOn(EmulatedRange.prototype, 'getValues');
    const writes = jest.spyOn(EmulatedRange.prototype, 'setValues');
    spreadsheet.execute('wizardCreateDashboard', settings);
    // One getValues per source sheet: 3,581 order rows are not read row by row.
    expect(reads).toHaveBeenCalledTimes(DATA_SHEETS.length);
    // The key numbers and settings, then one block per table (NPS detail, NPS trend and its interval widths,
    // retention curves, cohorts, RFM).
    expect(writes).toHaveBeenCalledTimes(7);
  });

  it('takes the document lock and tells the person when someone else holds it', () => {
    const spreadsheet = openExampleSpreadsheet();
    const lock = spreadsheet.services.LockService.documentLock;
    const settings = settingsFor(spreadsheet, 'live');
    spreadsheet.execute('wizardCreateDashboard', settings);
    expect(lock.acquisitions).toBe(1);
    expect(lock.hasLock()).toBe(false);
    lock.tryLock(0);
    expect(() => spreadsheet.execute('wizardCreateDashboard', settings, 'update')).toThrow(
      'Someone else is updating the dashboard; try again in a moment.',
    );
  });

  it('leaves the previous dashboard as it was, and no half-written sheet, when writing fails', () => {
    const spreadsheet = openExampleSpreadsheet();
    const app = spreadsheet.services.SpreadsheetApp.getActive();
    spreadsheet.execute('wizardCreateDashboard', settingsFor(spreadsheet, 'live'));
    const before = app.getSheetByName('Loyalty dashboard')?.getDataRange().getFormulas();
    jest.spyOn(EmulatedSheet.prototype, 'insertChart').mockImplementation(() => {
      throw new Error('Service Spreadsheets failed while accessing document.');
    });
    expect(() => spreadsheet.execute('wizardCreateDashboard', settingsFor(spreadsheet, 'snapshot'), 'update')).toThrow(
      'Service Spreadsheets failed',
    );
    expect(sheetNames(spreadsheet)).toEqual([...USER_SHEETS, 'Loyalty dashboard']);
    expect(app.getSheetByName('Loyalty dashboard')?.getDataRange().getFormulas()).toEqual(before);
    expect(spreadsheet.services.LockService.documentLock.hasLock()).toBe(false);
  });

  it('never replaces a sheet of the person’s that has the dashboard’s name', () => {
    const spreadsheet = openExampleSpreadsheet();
    const app = spreadsheet.services.SpreadsheetApp.getActive();
    app.insertSheet('Loyalty dashboard').getRange('A1').setValue('my own notes');
    spreadsheet.execute('wizardCreateDashboard', settingsFor(spreadsheet, 'live'));
    spreadsheet.execute('wizardCreateDashboard', settingsFor(spreadsheet, 'snapshot'), 'update');
    expect(app.getSheetByName('Loyalty dashboard')?.getRange('A1').getValue()).toBe('my own notes');
    expect(sheetNames(spreadsheet).filter((name) => name.startsWith('Loyalty dashboard'))).toEqual([
      'Loyalty dashboard',
      'Loyalty dashboard (2)',
    ]);
  });

  it('speaks the person’s language in its errors', () => {
    const spreadsheet = openExampleSpreadsheet({ userLocale: 'th' });
    expect(() => spreadsheet.execute('wizardRefreshDashboard')).toThrow(/^[\u0e00-\u0e7f]/);
    spreadsheet.execute('wizardSetLanguage', 'fa');
    expect(() => spreadsheet.execute('wizardRefreshDashboard')).toThrow(/^[\u0600-\u06ff]/);
  });

  it('refuses settings it cannot use, naming what is wrong', () => {
    const spreadsheet = openExampleSpreadsheet();
    const settings = settingsFor(spreadsheet, 'live');
    expect(() =>
      spreadsheet.execute('wizardCreateDashboard', { ...settings, options: { ...settings.options, confidence: 2 } }),
    ).toThrow('Confidence level: enter a number from 0.5 to 0.999.');
    expect(() =>
      spreadsheet.execute('wizardCreateDashboard', {
        ...settings,
        sources: [{ ...settings.sources[0], sheet: 'Gone' }],
      }),
    ).toThrow('The sheet “Gone” is no longer in this spreadsheet');
  });

  it.each([
    ['en_US', ','],
    ['de_DE', ';'],
    ['fa_IR', ';'],
    ['pt_BR', ';'],
  ])(
    'writes live formulas that parse in a %s spreadsheet, separated by "%s", and every cell evaluates',
    (locale, sep) => {
      const spreadsheet = openExampleSpreadsheet({ locale });
      spreadsheet.execute('wizardCreateDashboard', settingsFor(spreadsheet, 'live'));
      const sheet = spreadsheet.services.SpreadsheetApp.getActive().getSheetByName('Loyalty dashboard');
      const formulas = (sheet?.getDataRange().getFormulas() ?? []).flat().filter((f) => f.includes('('));
      expect(formulas.some((f) => f.startsWith('=NPS_TREND('))).toBe(true);
      for (const formula of formulas.filter((f) => /^=[A-Z_]+\([^)]*[,;]/.test(f))) {
        expect({ formula, separator: formula.includes(`${sep} `) }).toEqual({ formula, separator: true });
      }
      expect(errorCells(spreadsheet)).toEqual([]);
    },
  );

  it('replaces or deletes only a sheet that carries its mark, whatever the document properties say', () => {
    const spreadsheet = openExampleSpreadsheet();
    const app = spreadsheet.services.SpreadsheetApp.getActive();
    const customers = app.getSheetByName('Customers');
    const before = customers?.getDataRange().getValues();
    // A stored record pointing at the person's own sheet (a copied document, a hand-edited property).
    spreadsheet.services.PropertiesService.getDocumentProperties().setProperty(
      'loyaltyMetrics.dashboard',
      JSON.stringify({ sheetId: customers?.getSheetId(), sheet: 'Customers', mode: 'live', computedOn: '' }),
    );
    spreadsheet.execute('wizardCreateDashboard', settingsFor(spreadsheet, 'live'));
    expect(app.getSheetByName('Customers')?.getDataRange().getValues()).toEqual(before);
    expect(sheetNames(spreadsheet)).toEqual([...USER_SHEETS, 'Loyalty dashboard']);
    // A stored record that is not even JSON is ignored too.
    spreadsheet.services.PropertiesService.getDocumentProperties().setProperty('loyaltyMetrics.dashboard', '{oops');
    expect(() => spreadsheet.execute('wizardStart')).not.toThrow();
  });

  it.each(['valueOf', 'toString', '__proto__', 'error.busy'])(
    'names a missing sheet called %s as it is, never as a message of its own',
    (name) => {
      const spreadsheet = openExampleSpreadsheet();
      const settings = settingsFor(spreadsheet, 'live');
      expect(() =>
        spreadsheet.execute('wizardCreateDashboard', {
          ...settings,
          sources: [{ ...settings.sources[0], sheet: name }],
        }),
      ).toThrow(`The sheet “${name}” is no longer in this spreadsheet`);
    },
  );
});
