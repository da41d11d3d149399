import { translateWord } from '../../src/i18n/tableWords/tableWords';
import { timeZoneNamed } from '../../src/time/timeZone';
import type { DashboardBlocks, SettingId, TableBlock } from '../../src/wizard/dashboardBlocks';
import {
  changeFormatOf,
  formulaOf,
  layoutDashboard,
  type LayoutInput,
  numberFormatOf,
} from '../../src/wizard/dashboardLayout';
import type { CallResult } from '../../src/wizard/evaluateCall';
import { call, col, lit, set } from '../support/wizardCalls';

const UTC = timeZoneNamed('UTC');

describe('formulaOf', () => {
  const settingCell = (id: SettingId) => ({ confidence: '$B$10', asOf: '$B$12' })[id as 'confidence' | 'asOf'];

  it('writes columns as open ranges', () => {
    expect(formulaOf(call('NPS', col('Responses', 4)), settingCell)).toBe('=NPS(Responses!D2:D)');
    expect(formulaOf(call('PURCHASE_FREQUENCY', col('Customer data', 1)), settingCell)).toBe(
      "=PURCHASE_FREQUENCY('Customer data'!A2:A)",
    );
    expect(formulaOf(call('PURCHASE_FREQUENCY', col("O'Brien's orders", 2, 5)), settingCell)).toBe(
      "=PURCHASE_FREQUENCY('O''Brien''s orders'!B5:B)",
    );
  });

  it('writes settings as their cells, text quoted and numbers plain, without trailing blanks', () => {
    expect(formulaOf(call('NPS_SUMMARY', col('R', 1), set('confidence')), settingCell)).toBe(
      '=NPS_SUMMARY(R!A2:A, $B$10)',
    );
    expect(
      formulaOf(call('F', lit('month'), lit(36), lit(5), lit(''), set('asOf'), lit(''), lit('')), settingCell),
    ).toBe('=F("month", 36, 5, "", $B$12)');
    expect(formulaOf(call('F', lit('say "hi"')), settingCell)).toBe('=F("say ""hi""")');
  });

  it('separates arguments as the spreadsheet does, and never writes a fraction (its text depends on the locale)', () => {
    expect(formulaOf(call('NPS_TREND', col('R', 1), col('R', 4), lit('month')), settingCell, ';')).toBe(
      '=NPS_TREND(R!A2:A; R!D2:D; "month")',
    );
    expect(() => formulaOf(call('F', lit(0.5)), settingCell)).toThrow('a fraction in a formula depends on the locale');
  });
});

describe('number formats', () => {
  it('gives each kind of value its format, and a change its sign', () => {
    expect(numberFormatOf('percent', 'USD')).toBe('0.0%');
    expect(numberFormatOf('money', 'JPY')).toBe('[$¥]#,##0');
    expect(numberFormatOf('text', 'USD')).toBeUndefined();
    expect(changeFormatOf('percent', 'USD')).toBe('+0.0%;-0.0%;0.0%');
    expect(changeFormatOf('date', 'USD')).toBeUndefined();
  });

  it('gives a change of money cents even in a currency without them, so that -0.18 never reads as -NT$0', () => {
    expect(numberFormatOf('money', 'TWD')).toBe('[$NT$]#,##0');
    expect(changeFormatOf('money', 'TWD')).toBe('+[$NT$]#,##0.00;-[$NT$]#,##0.00;[$NT$]#,##0.00');
    expect(changeFormatOf('money', 'USD')).toBe('+[$$]#,##0.00;-[$$]#,##0.00;[$$]#,##0.00');
  });
});

describe('layoutDashboard', () => {
  const trend: TableBlock = {
    id: 'npsTrend',
    metric: 'npsTrend',
    title: 'NPS by month',
    call: call('NPS_TREND', col('Responses', 1), col('Responses', 4), lit('month'), lit(''), lit('th')),
    kinds: { 'Period start': 'date', Responses: 'count', NPS: 'nps', 'CI low': 'nps', 'CI high': 'nps', Note: 'text' },
    byRow: false,
    chart: {
      title: 'chart.npsTrend',
      titleText: 'NPS trend',
      type: 'LINE',
      domain: 'Period start',
      series: ['NPS'],
      band: { low: 'CI low', high: 'CI high' },
      priority: 1,
    },
    grows: 'periods',
    allRows: false,
  };
  // NPS_TREND's table in Thai: the headings as the function writes them with language "th".
  const THAI: CallResult = {
    ok: true,
    value: [
      ['Period start', 'Responses', 'NPS', 'CI low', 'CI high', 'Note'].map((h) => translateWord(h, 'th') as string),
      [45292, 40, 20, 5, 35, ''],
      [45323, 3, 100, 40, 100, 'x'],
    ],
  };
  const blocks = (tables: TableBlock[], kpis: DashboardBlocks['kpis'] = []): DashboardBlocks => ({
    kpis,
    settings: [],
    tables,
    sheets: ['Responses'],
    missing: [],
  });
  const input = (over: Partial<LayoutInput>): LayoutInput => ({
    blocks: blocks([trend]),
    result: () => THAI,
    mode: 'live',
    language: 'th',
    currency: 'THB',
    zone: UTC,
    argumentSeparator: ';',
    text: {
      title: 'T',
      note: 'N',
      asOf: 'A',
      keyNumbers: 'K',
      value: 'V',
      change: 'C',
      benchmark: 'B',
      benchmarkCaveat: 'BC',
      settings: 'S',
      bandLabel: 'ช่วงความเชื่อมั่น 95%',
      intervalWidth: 'W',
    },
    ...over,
  });

  it('finds the interval’s columns by their Thai names and writes the band’s width beside the table, a formula a row in a live sheet', () => {
    const sheet = layoutDashboard(input({}));
    const band = sheet.charts[0].ranges[3];
    const block = sheet.blocks.find((b) => b.column === band.column && b.columns === 1);
    // CI low is the table's 4th column (D), CI high its 5th (E); the widths go in G, after Note (F).
    expect(band.column).toBe(7);
    expect(block?.values[0]).toEqual(['W']);
    expect(block?.values[1][0]).toBe(`=IF(ISNUMBER(E${band.row + 1}); E${band.row + 1}-D${band.row + 1}; "")`);
    // As many as the table may grow: 2 periods and 36 more months.
    expect(block?.values).toHaveLength(1 + 2 + 36);
    expect(sheet.charts[0].options).toMatchObject({ series: { 2: { labelInLegend: 'ช่วงความเชื่อมั่น 95%' } } });
  });

  it('writes the widths themselves in a snapshot', () => {
    const sheet = layoutDashboard(input({ mode: 'snapshot' }));
    const band = sheet.charts[0].ranges[3];
    const block = sheet.blocks.find((b) => b.column === band.column && b.columns === 1);
    expect(block?.values).toEqual([['W'], [30], [60]]);
  });

  it('formats each column by its name in the dashboard’s language', () => {
    const sheet = layoutDashboard(input({}));
    const top = sheet.charts[0].ranges[0].row;
    const formatAt = (column: number) => sheet.formats.find((f) => f.column === column && f.row === top + 1)?.format;
    expect([1, 2, 3, 4, 5, 6].map(formatAt)).toEqual(['yyyy-mm-dd', '0', '0', '0', '0', undefined]);
  });

  it('lists what failed with the function’s message, and marks it in red in a snapshot', () => {
    const failing: CallResult = { ok: false, message: 'NPS_TREND: no dates in dates.' };
    const kpi = {
      metric: 'nps' as const,
      label: 'NPS',
      kind: 'nps' as const,
      value: call('NPS', col('Responses', 4)),
      allRows: false,
    };
    for (const mode of ['live', 'snapshot'] as const) {
      const sheet = layoutDashboard(input({ mode, blocks: blocks([trend], [kpi]), result: () => failing }));
      expect(sheet.failures).toEqual([
        { label: 'NPS', message: 'NPS_TREND: no dates in dates.' },
        { label: 'NPS by month', message: 'NPS_TREND: no dates in dates.' },
      ]);
      expect(sheet.errors.length).toBe(mode === 'snapshot' ? 2 : 0);
      expect(sheet.headline).toEqual([
        { label: 'NPS', kind: 'nps', value: null, error: 'NPS_TREND: no dates in dates.' },
      ]);
    }
  });

  it('turns a Persian dashboard right to left', () => {
    expect(layoutDashboard(input({ language: 'fa' })).rightToLeft).toBe(true);
    expect(layoutDashboard(input({})).rightToLeft).toBe(false);
  });
});
