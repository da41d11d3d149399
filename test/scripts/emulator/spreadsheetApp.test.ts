/**
 * The emulated SpreadsheetApp behaves as Sheets does where the add-on relies on it.
 */

import { openOfflineSpreadsheet, type OfflineSpreadsheet } from '../../../scripts/emulator/offlineSpreadsheet';

const ZONE = 'America/New_York';

function open(): OfflineSpreadsheet {
  return openOfflineSpreadsheet(
    {
      Responses: [
        ['Date', 'Plan', 'Score'],
        ['2024-03-15', 'Pro', 9],
        ['2024-03-16', 'Basic', 3],
        [null, null, null],
        ['2024-04-02', 'Pro', 10],
      ],
      'My notes': [['keep me']],
    },
    { name: 'Test workbook', timeZone: ZONE },
  );
}

describe('values', () => {
  it('returns blanks as "", date cells as Dates at midnight in the spreadsheet zone, numbers and text as they are', () => {
    const { services } = open();
    const sheet = services.SpreadsheetApp.getActive().getSheetByName('Responses');
    const values = sheet?.getRange('A1:C5').getValues();
    expect(values?.[0]).toEqual(['Date', 'Plan', 'Score']);
    // 2024-03-15 00:00 in New York (EDT, UTC-4) is 04:00 UTC.
    expect((values?.[1][0] as Date).toISOString()).toBe('2024-03-15T04:00:00.000Z');
    expect(values?.[1].slice(1)).toEqual(['Pro', 9]);
    expect(values?.[3]).toEqual(['', '', '']);
    expect(typeof values?.[2][2]).toBe('number');
  });

  it('reads open ranges to the last row and knows the data range', () => {
    const sheet = open().services.SpreadsheetApp.getActive().getSheetByName('Responses');
    expect(sheet?.getLastRow()).toBe(5);
    expect(sheet?.getLastColumn()).toBe(3);
    expect(sheet?.getDataRange().getA1Notation()).toBe('A1:C5');
    const open2 = sheet?.getRange('C2:C');
    expect(open2?.getNumRows()).toBe(999);
    expect(
      open2
        ?.getValues()
        .slice(0, 4)
        .map((row) => row[0]),
    ).toEqual([9, 3, '', 10]);
  });

  it('refuses data of the wrong shape with Sheets messages', () => {
    const sheet = open().services.SpreadsheetApp.getActive().getSheetByName('Responses');
    expect(() => sheet?.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet?.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('writes Dates as date cells and reads them back', () => {
    const spreadsheet = open().services.SpreadsheetApp.getActive();
    const sheet = spreadsheet.insertSheet('Out');
    const when = new Date(Date.UTC(2024, 0, 31, 5));
    sheet.getRange('A1:B1').setValues([[when, 'x']]);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe(when.toISOString());
    expect(sheet.getRange('A1').getNumberFormats()).toEqual([['yyyy-mm-dd']]);
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['2024-01-31']]);
  });
});

describe('formulas', () => {
  it('evaluates the add-on functions through the bundle and spills tables', () => {
    const spreadsheet = open().services.SpreadsheetApp.getActive();
    const out = spreadsheet.insertSheet('Out');
    out.getRange('A1').setFormula('=NPS(Responses!C2:C)');
    out.getRange('B1').setFormula('=NPS_BY(Responses!B2:B, Responses!C2:C)');
    // Promoters 9 and 10, detractor 3, of three answers: 100 x (2 - 1) / 3.
    expect(out.getRange('A1').getValue()).toBeCloseTo(100 / 3, 10);
    expect(out.getRange('B1:C3').getValues()).toEqual([
      ['Segment', 'Responses'],
      ['Pro', 2],
      ['Basic', 1],
    ]);
    expect(out.getRange('A1:B1').getFormulas()).toEqual([
      ['=NPS(Responses!C2:C)', '=NPS_BY(Responses!B2:B, Responses!C2:C)'],
    ]);
    expect(out.getRange('A2').getFormulas()).toEqual([['']]);
  });

  it('follows open ranges as rows are added, resizing spilled tables', () => {
    const spreadsheet = open().services.SpreadsheetApp.getActive();
    const out = spreadsheet.insertSheet('Out');
    out.getRange('A1').setFormula('=NPS_BY(Responses!B2:B, Responses!C2:C)');
    expect(out.getRange('A4').getValue()).toBe('');
    spreadsheet
      .getSheetByName('Responses')
      ?.getRange('A6:C7')
      .setValues([
        ['2024-04-03', 'Team', 0],
        ['2024-04-04', 'Trial', 10],
      ]);
    expect(
      out
        .getRange('A1:A5')
        .getValues()
        .map((row) => row[0]),
    ).toEqual(['Segment', 'Pro', 'Basic', 'Team', 'Trial']);
  });

  it('shows a custom function error as #ERROR! with its message', () => {
    const { services, workbook } = open();
    const out = services.SpreadsheetApp.getActive().insertSheet('Out');
    out.getRange('A1').setFormula('=NPS(Responses!B2:B)');
    expect(out.getRange('A1').getValue()).toBe('#ERROR!');
    expect(workbook.errorAt(out.getSheetId(), 0, 0)?.message).toMatch(/^NPS: no valid responses/);
  });

  it('shows #REF! when a table has no room to spill', () => {
    const { services, workbook } = open();
    const out = services.SpreadsheetApp.getActive().insertSheet('Out');
    out.getRange('A3').setValue('in the way');
    out.getRange('A1').setFormula('=NPS_BY(Responses!B2:B, Responses!C2:C)');
    expect(out.getRange('A1').getValue()).toBe('#REF!');
    expect(workbook.errorAt(out.getSheetId(), 0, 0)?.message).toMatch(/would overwrite data/);
  });
});

describe('sheets', () => {
  it('inserts sheets after the active one, refuses a taken name, deletes and renames', () => {
    const spreadsheet = open().services.SpreadsheetApp.getActive();
    const sheet = spreadsheet.insertSheet('Loyalty dashboard');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Responses', 'Loyalty dashboard', 'My notes']);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Loyalty dashboard');
    expect(() => spreadsheet.insertSheet('loyalty DASHBOARD')).toThrow(
      'A sheet with the name "loyalty DASHBOARD" already exists. Please enter another name.',
    );
    sheet.setName('Dashboard');
    expect(spreadsheet.getSheetByName('dashboard')?.getIndex()).toBe(2);
    spreadsheet.deleteSheet(sheet);
    expect(spreadsheet.getSheetByName('Dashboard')).toBeNull();
  });

  it('reads sheet-qualified and quoted ranges from the spreadsheet', () => {
    const spreadsheet = open().services.SpreadsheetApp.getActive();
    expect(spreadsheet.getRange("'My notes'!A1").getValue()).toBe('keep me');
    expect(spreadsheet.getRange('Responses!B2').getValue()).toBe('Pro');
    expect(() => spreadsheet.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('knows its time zone and locale', () => {
    const spreadsheet = open().services.SpreadsheetApp.getActive();
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe(ZONE);
    expect(spreadsheet.getSpreadsheetLocale()).toBe('en_US');
  });
});

describe('formats, rules and charts', () => {
  it('records number formats, styles, conditional-format gradients and charts', () => {
    const { services, workbook } = open();
    const app = services.SpreadsheetApp;
    const sheet = app.getActive().insertSheet('Out');
    sheet.getRange('A1:B1').setValues([[0.25, 0.5]]);
    sheet.getRange('A1:B1').setNumberFormat('0.0%').setFontWeight('bold').setBackground('#e8f0fe');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['25.0%', '50.0%']]);
    expect(workbook.styleAt(sheet.getSheetId(), 0, 1)).toEqual({
      numberFormat: '0.0%',
      bold: true,
      background: '#e8f0fe',
    });

    const rule = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#e67c73', app.InterpolationType.NUMBER, '0')
      .setGradientMaxpointWithValue('#57bb8a', app.InterpolationType.NUMBER, '1')
      .setRanges([sheet.getRange('A1:B1')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A1:B1');
    expect(workbook.state(sheet.getSheetId()).rules).toEqual([
      {
        ranges: ['Out!A1:B1'],
        gradient: {
          min: { color: '#e67c73', type: 'NUMBER', value: '0' },
          max: { color: '#57bb8a', type: 'NUMBER', value: '1' },
        },
      },
    ]);

    const chart = sheet
      .newChart()
      .setChartType(services.Charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:B1'))
      .setPosition(3, 1, 0, 0)
      .setOption('title', 'NPS trend')
      .build();
    sheet.insertChart(chart);
    const [inserted] = workbook.state(sheet.getSheetId()).charts;
    expect(inserted).toMatchObject({
      type: 'LINE',
      ranges: ['Out!A1:B1'],
      position: { row: 3, column: 1 },
      options: { title: 'NPS trend' },
    });
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe('the add-on in the document', () => {
  it('builds its menu when the document opens and opens the sidebar from dist/Sidebar.html', () => {
    const spreadsheet = open();
    expect(spreadsheet.ui.menu?.items.map((item) => item.caption)).toEqual([
      'Open wizard',
      'Refresh dashboard',
      'Function help',
    ]);
    spreadsheet.execute('showWizard');
    const sidebar = spreadsheet.ui.openSidebar();
    expect(sidebar?.title).toBe('Loyalty Metrics');
    expect(sidebar?.html).toContain('google.script.run');
  });

  it('keeps properties per document and a document lock', () => {
    const { services } = open();
    const properties = services.PropertiesService.getDocumentProperties();
    properties.setProperties({ period: 'month' }).setProperty('confidence', '0.9');
    expect(properties.getProperties()).toEqual({ period: 'month', confidence: '0.9' });
    expect(services.PropertiesService.getUserProperties().getProperty('period')).toBeNull();
    const lock = services.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.tryLock(1000)).toBe(false);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });
});
