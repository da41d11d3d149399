/**
 * The offline Sheets is as strict as the real one where the add-on could be
 * caught out: every execution (each custom-function cell, each menu item or
 * sidebar call) starts with fresh globals; a custom function may only read;
 * the cache has Apps Script's limits; a comma-decimal locale accepts only
 * ";"-separated formulas; and the add-on works in a runtime without Intl.
 */

import { loadBundle } from '../../../scripts/emulator/appsScriptRuntime';
import { openOfflineSpreadsheet } from '../../../scripts/emulator/offlineSpreadsheet';
import { EmulatedCache, EmulatedUtilities } from '../../../scripts/emulator/services';
import { appsScriptStubs } from '../../support/appsScriptStubs';
import { fromScript } from '../../support/crossRealm';

/** Another file of the script project: custom functions that test what an execution may do. */
const PROBES = `
var calls = 0;
/** @customfunction */ function CALLS() { calls++; return calls; }
/** @customfunction */ function WRITE() { SpreadsheetApp.getActive().getSheetByName('Data').getRange('B1').setValue(1); return 'wrote'; }
/** @customfunction */ function UI() { SpreadsheetApp.getUi(); return 'ui'; }
/** @customfunction */ function REMEMBER() { PropertiesService.getUserProperties().setProperty('x', '1'); return 'kept'; }
/** @customfunction */ function LOCALE() { return SpreadsheetApp.getActive().getSpreadsheetLocale() + ' ' + SpreadsheetApp.getActive().getSpreadsheetTimeZone(); }
function setUp() { calls++; return calls; }
`;

function spreadsheet(locale = 'en_US') {
  return openOfflineSpreadsheet(
    { Data: [[9], [3], [10]], Amounts: [['Amount'], ['1.234,50'], ['2,5'], [10]], Out: [] },
    {
      name: 'Executions',
      timeZone: 'Asia/Bangkok',
      locale,
      extraScripts: [PROBES],
      extraFunctions: ['CALLS', 'WRITE', 'UI', 'REMEMBER', 'LOCALE'],
    },
  );
}

const formula = (sheet: ReturnType<typeof spreadsheet>, address: string, text: string) => {
  const out = sheet.services.SpreadsheetApp.getActive().getSheetByName('Out');
  out?.getRange(address).setFormula(text);
  sheet.workbook.flush();
  return out?.getRange(address).getValue();
};

describe('one execution per cell', () => {
  it('starts every custom-function cell with fresh globals', () => {
    const sheet = spreadsheet();
    expect(formula(sheet, 'A1', '=CALLS()')).toBe(1);
    expect(formula(sheet, 'A2', '=CALLS()')).toBe(1);
  });

  it('starts every menu item or sidebar call with fresh globals too', () => {
    const sheet = spreadsheet();
    expect(sheet.execute('setUp')).toBe(1);
    expect(sheet.execute('setUp')).toBe(1);
  });
});

describe('what a custom function may do', () => {
  it.each([
    ['=WRITE()', 'You do not have permission to call setValue'],
    ['=UI()', 'Cannot call SpreadsheetApp.getUi() from this context.'],
    ['=REMEMBER()', 'You do not have permission to call setProperty'],
  ])('refuses %s as Sheets does', (text, message) => {
    const sheet = spreadsheet();
    formula(sheet, 'A1', text);
    expect(sheet.workbook.errorAt(sheet.workbook.sheetIdByName('Out') as number, 0, 0)?.message).toBe(message);
    expect(sheet.services.SpreadsheetApp.getActive().getSheetByName('Data')?.getRange('B1').getValue()).toBe('');
  });

  it("reads the spreadsheet's locale and time zone", () => {
    expect(formula(spreadsheet('de_DE'), 'A1', '=LOCALE()')).toBe('de_DE Asia/Bangkok');
  });
});

describe('formulas in the spreadsheet locale', () => {
  it('separates arguments with "," in en_US', () => {
    const sheet = spreadsheet();
    expect(formula(sheet, 'A1', '=SUM(1,2)')).toBe(3);
    expect(formula(sheet, 'A2', '=NPS(Data!A1:A3)')).toBeCloseTo(100 / 3, 10);
  });

  it('accepts only ";" in de_DE, where "," is the decimal mark (=SUM(1,2) is 1.2)', () => {
    const sheet = spreadsheet('de_DE');
    expect(formula(sheet, 'A1', '=SUM(1,2)')).toBe(1.2);
    expect(formula(sheet, 'A2', '=SUM(1;2)')).toBe(3);
    expect(formula(sheet, 'A3', '=NPS_SUMMARY(Data!A1:A3; 0,9)')).toBe('Responses');
    expect(formula(sheet, 'A4', '=NPS_SUMMARY(Data!A1:A3, 0.9)')).toBe('#ERROR!');
  });

  it("reads numbers typed as text the way the spreadsheet's locale writes them", () => {
    expect(formula(spreadsheet('de_DE'), 'A1', '=AVG_ORDER_VALUE(Amounts!A1:A4)')).toBeCloseTo(
      (1234.5 + 2.5 + 10) / 3,
      10,
    );
    expect(formula(spreadsheet('en_US'), 'A1', '=AVG_ORDER_VALUE(Amounts!A1:A4)')).toBe('#ERROR!');
  });

  it('accepts only ";" in fa_IR, where =SUM(1,2) does not parse', () => {
    const sheet = spreadsheet('fa_IR');
    expect(formula(sheet, 'A1', '=SUM(1,2)')).toBe('#ERROR!');
    expect(formula(sheet, 'A2', '=SUM(1;2)')).toBe(3);
  });
});

describe('the document cache', () => {
  it('has Apps Script limits: 250-character keys, 100 KB values, 6 hours, 1,000 entries', () => {
    let now = 0;
    const cache = new EmulatedCache(() => now);
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k', 'v', 21_601)).toThrow('expirationInSeconds');
    cache.put('k', 'v', 21_600);
    now = 21_599_000;
    expect(cache.get('k')).toBe('v');
    now = 21_600_000;
    expect(cache.get('k')).toBeNull();
    for (let i = 0; i < 1001; i++) cache.put(`key${i}`, 'v', 60 + i);
    expect(cache.get('key0')).toBeNull();
    expect(cache.get('key1000')).toBe('v');
  });
});

describe('time zones without Intl', () => {
  it('buckets dates by Utilities.formatDate when the runtime has no Intl', () => {
    const zone = 'America/Santiago';
    const dates = [['Date'], ['2024-04-06T23:30:00Z'], ['2024-04-07T04:30:00Z'], ['2024-09-08T03:30:00Z']];
    const scores = [['Score'], [9], [3], [10]];
    const run = (withoutIntl: boolean) =>
      fromScript(loadBundle(appsScriptStubs(zone).services, { withoutIntl }).call('NPS_TREND', dates, scores, 'day'));
    expect(run(true)).toEqual(run(false));
  });

  it('reads offsets from Utilities.formatDate(date, zone, "Z")', () => {
    expect(new EmulatedUtilities().formatDate(new Date(Date.UTC(2024, 0, 1)), 'Asia/Kathmandu', 'Z')).toBe('+0545');
    expect(new EmulatedUtilities().formatDate(new Date(Date.UTC(2024, 6, 1)), 'America/New_York', 'Z')).toBe('-0400');
  });
});
