import { daysFromCivil } from '../../src/time/civilDays';
import { timeZoneNamed } from '../../src/time/timeZone';
import type { DashboardBlocks, KpiBlock, SettingId, TableBlock } from '../../src/wizard/dashboardBlocks';
import {
  type Area,
  type DashboardSheet,
  formulaOf,
  layoutDashboard,
  type LayoutInput,
  numberFormatOf,
} from '../../src/wizard/dashboardLayout';
import type { CallResult } from '../../src/wizard/evaluateCall';
import { call, col, lit, set } from '../support/wizardCalls';

const UTC = timeZoneNamed('UTC');
const area = (row: number, column: number, rows = 1, columns = 1): Area => ({ row, column, rows, columns });
const EUR = '[$€]#,##0.00';

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
    expect(formulaOf(call('F'), settingCell)).toBe('=F()');
  });

  it('separates arguments as the spreadsheet does, and never writes a fraction (its text depends on the locale)', () => {
    expect(formulaOf(call('NPS_TREND', col('R', 1), col('R', 4), lit('month')), settingCell, ';')).toBe(
      '=NPS_TREND(R!A2:A; R!D2:D; "month")',
    );
    expect(() => formulaOf(call('F', lit(0.5)), settingCell)).toThrow('a fraction in a formula depends on the locale');
  });
});

describe('numberFormatOf', () => {
  it('gives each kind of value its format', () => {
    expect(numberFormatOf('percent', 'USD')).toBe('0.0%');
    expect(numberFormatOf('nps', 'USD')).toBe('0');
    expect(numberFormatOf('money', 'USD')).toBe('[$$]#,##0.00');
    expect(numberFormatOf('money', 'JPY')).toBe('[$¥]#,##0');
    expect(numberFormatOf('decimal', 'USD')).toBe('0.00');
    expect(numberFormatOf('count', 'USD')).toBe('0');
    expect(numberFormatOf('date', 'USD')).toBe('yyyy-mm-dd');
    expect(numberFormatOf('text', 'USD')).toBeUndefined();
  });
});

describe('layoutDashboard', () => {
  const KPIS: KpiBlock[] = [
    { metric: 'nps', label: 'NPS', kind: 'nps', value: call('NPS', col('Responses', 4)) },
    { metric: 'csat', label: 'CSAT', kind: 'percent', value: call('CSAT', col('Responses', 5)) },
    { metric: 'predictedClv', label: 'Predicted CLV', kind: 'money', value: { meanOf: 'predictedClv', column: 2 } },
  ];
  const TABLES: TableBlock[] = [
    {
      id: 'npsSummary',
      columns: 2,
      metric: 'nps',
      title: 'NPS in detail',
      call: call('NPS_SUMMARY', col('Responses', 4), set('confidence')),
      columnKinds: ['text', 'decimal'],
      rowKinds: ['count', 'nps'],
    },
    {
      id: 'npsTrend',
      columns: 5,
      metric: 'npsTrend',
      title: 'NPS by month',
      call: call('NPS_TREND', col('Responses', 1), col('Responses', 4), lit('month')),
      columnKinds: ['date', 'count', 'nps'],
      chart: { title: 'NPS chart', type: 'LINE', columns: [0, 2, 3, 4], transpose: false, colors: ['blue'] },
    },
    {
      id: 'predictedClv',
      columns: 3,
      metric: 'predictedClv',
      title: 'Predicted CLV',
      call: call('CLV_PREDICT', col('Orders', 2), col('Orders', 3), col('Orders', 4)),
      columnKinds: ['text', 'count', 'money'],
    },
    {
      id: 'rfm',
      columns: 2,
      metric: 'rfm',
      title: 'RFM',
      call: call('RFM_SUMMARY', col('Orders', 2), col('Orders', 3), col('Orders', 4), lit('')),
      columnKinds: ['text', 'count'],
      chart: { title: 'RFM chart', type: 'BAR', columns: [0, 1], transpose: false, colors: [] },
    },
    {
      id: 'cohorts',
      columns: 3,
      metric: 'cohorts',
      title: 'Cohorts',
      call: call('COHORT_RETENTION', col('Orders', 2), col('Orders', 3), lit('month'), lit('')),
      columnKinds: ['date', 'count', 'percent'],
      heatmapFrom: 2,
      chart: { title: 'Retention', type: 'LINE', columns: [0, 2, -1], transpose: true, colors: [] },
    },
  ];
  const BLOCKS: DashboardBlocks = {
    kpis: KPIS,
    settings: [
      { id: 'confidence', label: 'Confidence', kind: 'percent', value: 0.9 },
      { id: 'periodStart', label: 'From', kind: 'date', value: daysFromCivil(2024, 12, 1) },
    ],
    tables: TABLES,
    sheets: ['Responses', 'Orders'],
  };
  const CSAT_ERROR = 'CSAT: no valid responses in scores.';
  const RFM_ERROR = 'RFM_SUMMARY: no orders.';
  const nov = new Date(Date.UTC(2024, 10, 1));
  const dec = new Date(Date.UTC(2024, 11, 1));
  const RESULTS: Record<string, CallResult> = {
    NPS: { ok: true, value: 25 },
    CSAT: { ok: false, message: CSAT_ERROR },
    NPS_SUMMARY: {
      ok: true,
      value: [
        ['Responses', 4],
        ['NPS', 25],
      ],
    },
    NPS_TREND: {
      ok: true,
      value: [
        ['Period start', 'Responses', 'NPS', 'CI low', 'CI high'],
        [nov, 2, 50, 10, 80],
        [dec, 2, 0, -40, 40],
      ],
    },
    CLV_PREDICT: {
      ok: true,
      value: [
        ['Customer', 'Orders', 'CLV'],
        ['=A1', 2, 100],
        ['-7', 1, 50],
      ],
    },
    RFM_SUMMARY: { ok: false, message: RFM_ERROR },
    COHORT_RETENTION: {
      ok: true,
      value: [
        ['Cohort', 'Customers', 'Period 0', 'Period 1', 'Period 2'],
        [nov, 3, 1, 0.5, 0],
        [dec, 2, 1, 0.5, ''],
      ],
    },
  };
  const input = (mode: LayoutInput['mode'], changes: Partial<LayoutInput> = {}): LayoutInput => ({
    blocks: BLOCKS,
    result: (c) => RESULTS[c.fn],
    mode,
    title: 'Dashboard',
    note: 'Note',
    keyNumbersHeading: 'Key numbers',
    settingsHeading: 'Settings',
    currency: 'EUR',
    zone: UTC,
    ...changes,
  });
  const live = layoutDashboard(input('live'));
  const snapshot = layoutDashboard(input('snapshot'));
  const blockAt = (sheet: DashboardSheet, row: number, column: number) =>
    sheet.blocks.find((b) => b.row === row && b.column === column);

  // Left: title, note, blank, heading (rows 1-4), three key numbers (5-7), blank, heading (8-9), settings (10-11).
  // Tables from D, one blank column between: D:E (summary), G:K (trend), M:O (CLV), Q (RFM error), S:W (cohorts).

  it('puts key numbers and settings down columns A:B, live as formulas', () => {
    expect(live.blocks[0]).toEqual({
      ...area(1, 1, 11, 2),
      values: [
        ['Dashboard', null],
        ['Note', null],
        [null, null],
        ['Key numbers', null],
        ['NPS', '=NPS(Responses!D2:D)'],
        // Errors show as the formula's own #ERROR! in a live sheet.
        ['CSAT', '=CSAT(Responses!E2:E)'],
        // Column 2 of the CLV table, which starts in M: O.
        ['Predicted CLV', '=AVERAGE(O6:O)'],
        [null, null],
        ['Settings', null],
        ['Confidence', 0.9],
        ['From', dec],
      ],
    });
  });

  it('puts key numbers as values in a snapshot, errors as their message', () => {
    // The mean of the CLV column: (100 + 50) / 2 = 75.
    expect(snapshot.blocks[0].values.slice(4, 7)).toEqual([
      ['NPS', 25],
      ['CSAT', CSAT_ERROR],
      ['Predicted CLV', 75],
    ]);
    expect(snapshot.errors).toEqual([area(6, 2), area(5, 17)]);
    expect(live.errors).toEqual([]);
  });

  it('refers to settings by their cells', () => {
    const summary = blockAt(live, 4, 4);
    expect(summary?.values).toEqual([['NPS in detail'], ['=NPS_SUMMARY(Responses!D2:D, $B$10)']]);
  });

  it('places tables side by side from column D with one blank column between', () => {
    expect(snapshot.blocks.slice(1).map((b) => [b.row, b.column, b.rows, b.columns])).toEqual([
      [4, 4, 3, 2],
      [4, 7, 4, 5],
      [4, 13, 4, 3],
      [4, 17, 2, 1],
      [4, 19, 4, 5],
    ]);
    // Live: a title and a formula each; the RFM table keeps its two columns (Q:R) though its call failed today,
    // so the cohorts start in T.
    expect(live.blocks.slice(1).map((b) => [b.row, b.column, b.rows, b.columns])).toEqual([
      [4, 4, 2, 1],
      [4, 7, 2, 1],
      [4, 13, 2, 1],
      [4, 17, 2, 1],
      [4, 20, 2, 1],
    ]);
    expect(blockAt(live, 4, 20)?.values).toEqual([
      ['Cohorts'],
      ['=COHORT_RETENTION(Orders!B2:B, Orders!C2:C, "month")'],
    ]);
  });

  it('leaves room for the live cohort table to grow right', () => {
    const cohortsFirst = layoutDashboard(input('live', { blocks: { ...BLOCKS, tables: [TABLES[4], TABLES[1]] } }));
    // Cohorts in D:H (5 columns) plus 12 columns of room, then one blank column: the trend starts at 4 + 5 + 12 + 1.
    expect(cohortsFirst.blocks.slice(1).map((b) => b.column)).toEqual([4, 22]);
    const snapshotFirst = layoutDashboard(input('snapshot', { blocks: { ...BLOCKS, tables: [TABLES[4], TABLES[1]] } }));
    expect(snapshotFirst.blocks.slice(1).map((b) => b.column)).toEqual([4, 10]);
  });

  it('writes table values in a snapshot, quoting text that looks like a formula', () => {
    expect(blockAt(snapshot, 4, 4)?.values).toEqual([
      ['NPS in detail', null],
      ['Responses', 4],
      ['NPS', 25],
    ]);
    expect(blockAt(snapshot, 4, 13)?.values).toEqual([
      ['Predicted CLV', null, null],
      ['Customer', 'Orders', 'CLV'],
      ["'=A1", 2, 100],
      ["'-7", 1, 50],
    ]);
    expect(blockAt(snapshot, 4, 17)?.values).toEqual([['RFM'], [RFM_ERROR]]);
  });

  it('formats the key numbers, the settings and each table’s columns', () => {
    const formatOf = (sheet: DashboardSheet) =>
      sheet.formats.map((f) => `${f.row},${f.column},${f.rows},${f.columns} ${f.format}`);
    expect(formatOf(snapshot)).toEqual([
      '5,2,1,1 0',
      '6,2,1,1 0.0%',
      `7,2,1,1 ${EUR}`,
      '10,2,1,1 0.0%',
      '11,2,1,1 yyyy-mm-dd',
      // The summary has no heading row: each row of its values column has its own kind.
      '5,5,1,1 0',
      '6,5,1,1 0',
      // The trend: date, count, then nps for the further columns, over its 2 body rows.
      '6,7,2,1 yyyy-mm-dd',
      '6,8,2,1 0',
      '6,9,2,1 0',
      '6,10,2,1 0',
      '6,11,2,1 0',
      // The CLV table: text (no format), count, money.
      '6,14,2,1 0',
      `6,15,2,1 ${EUR}`,
      // RFM failed: nothing to format. Cohorts: date, count, percent from there on.
      '6,19,2,1 yyyy-mm-dd',
      '6,20,2,1 0',
      '6,21,2,1 0.0%',
      '6,22,2,1 0.0%',
      '6,23,2,1 0.0%',
    ]);
    // Live: 200 rows more for every table, and 12 columns more for cohorts.
    const liveTrend = live.formats.filter((f) => f.column >= 7 && f.column <= 11);
    expect(liveTrend.map((f) => f.rows)).toEqual([202, 202, 202, 202, 202]);
    const liveCohorts = live.formats.filter((f) => f.column >= 19);
    expect(liveCohorts).toHaveLength(5 + 12);
    expect(liveCohorts[liveCohorts.length - 1]).toEqual({ ...area(6, 36, 202, 1), format: '0.0%' });
  });

  it('covers the cohort percentages with the heatmap', () => {
    expect(snapshot.heatmaps).toEqual([area(6, 21, 2, 3)]);
    expect(live.heatmaps).toEqual([area(6, 22, 202, 15)]);
  });

  it('charts each table’s labels and plotted columns, below the settings', () => {
    expect(snapshot.charts).toEqual([
      {
        title: 'NPS chart',
        type: 'LINE',
        // Labels in G; NPS, CI low, CI high in I:K; the heading row and 2 body rows.
        ranges: [area(5, 7, 3, 1), area(5, 9, 3, 3)],
        transpose: false,
        colors: ['blue'],
        // The left column ends at row 11; charts start 2 rows below it, 13 rows apart.
        row: 13,
        column: 1,
        width: 340,
        height: 230,
      },
      {
        title: 'Retention',
        type: 'LINE',
        // Labels in S; periods 0-2 in U:W.
        ranges: [area(5, 19, 3, 1), area(5, 21, 3, 3)],
        transpose: true,
        colors: [],
        row: 26,
        column: 1,
        width: 340,
        height: 230,
      },
    ]);
    // Live: 202 body rows and the heading; the RFM chart is there for when its data is fixed (201 body rows: its
    // result today is one message row); the cohort periods run on over the 12 columns of room (V to AJ).
    expect(live.charts.map((c) => c.ranges)).toEqual([
      [area(5, 7, 203, 1), area(5, 9, 203, 3)],
      [area(5, 17, 202, 2)],
      [area(5, 20, 203, 1), area(5, 22, 203, 15)],
    ]);
  });

  it('puts the headline numbers in the same order in both modes', () => {
    const headline = [
      { label: 'NPS', kind: 'nps', value: 25, error: undefined },
      { label: 'CSAT', kind: 'percent', value: null, error: CSAT_ERROR },
      { label: 'Predicted CLV', kind: 'money', value: 75, error: undefined },
    ];
    expect(snapshot.headline).toEqual(headline);
    expect(live.headline).toEqual(headline);
  });

  it('makes titles and headings bold, and sets widths', () => {
    expect(snapshot.bold).toEqual([
      area(1, 1),
      area(4, 1),
      area(9, 1),
      area(4, 4),
      area(4, 7),
      area(5, 7, 1, 5),
      area(4, 13),
      area(5, 13, 1, 3),
      area(4, 17),
      area(5, 17, 1, 1),
      area(4, 19),
      area(5, 19, 1, 5),
    ]);
    expect(snapshot.muted).toEqual([area(2, 1)]);
    expect(snapshot.frozenRows).toBe(0);
    const widths = Object.fromEntries(snapshot.columnWidths.map((w) => [w.column, w.width]));
    expect(widths).toEqual({
      1: 230,
      2: 110,
      3: 24,
      4: 120,
      5: 90,
      7: 120,
      8: 90,
      9: 90,
      10: 90,
      11: 90,
      13: 120,
      14: 90,
      15: 90,
      17: 120,
      19: 120,
      20: 90,
      21: 90,
      22: 90,
      23: 90,
    });
  });

  it('shows the error of the table a mean comes from, and nothing for a table not shown', () => {
    const failing = layoutDashboard(
      input('snapshot', {
        result: (c) =>
          c.fn === 'CLV_PREDICT' ? { ok: false, message: 'CLV_PREDICT: did not converge.' } : RESULTS[c.fn],
      }),
    );
    expect(failing.blocks[0].values[6]).toEqual(['Predicted CLV', 'CLV_PREDICT: did not converge.']);
    expect(failing.errors).toContainEqual(area(7, 2));
    expect(failing.headline[2]).toEqual({
      label: 'Predicted CLV',
      kind: 'money',
      value: null,
      error: 'CLV_PREDICT: did not converge.',
    });
    const noTable = layoutDashboard(input('snapshot', { blocks: { ...BLOCKS, tables: [] } }));
    expect(noTable.blocks[0].values[6]).toEqual(['Predicted CLV', null]);
    expect(noTable.headline[2].value).toBeNull();
  });

  it('leaves out the settings section when there are no settings', () => {
    const layout = layoutDashboard(
      input('snapshot', { blocks: { kpis: [KPIS[0]], settings: [], tables: [], sheets: ['Responses'] } }),
    );
    expect(layout.blocks).toEqual([
      {
        ...area(1, 1, 5, 2),
        values: [
          ['Dashboard', null],
          ['Note', null],
          [null, null],
          ['Key numbers', null],
          ['NPS', 25],
        ],
      },
    ]);
    expect(layout.bold).toEqual([area(1, 1), area(4, 1)]);
    expect(layout.charts).toEqual([]);
  });

  // Live mode: a table whose call fails at build time (no responses yet) keeps its full band of columns, or once the
  // data is fixed its result would run into the next table (Sheets: "Array result was not expanded").
  it('gives a live table the same columns whether its call fails at build time or not', () => {
    const blocks = { ...BLOCKS, tables: [TABLES[1], TABLES[2]] };
    const working = layoutDashboard(input('live', { blocks }));
    const failing = layoutDashboard(
      input('live', {
        blocks,
        result: (c) => (c.fn === 'NPS_TREND' ? { ok: false, message: 'NPS_TREND: no responses.' } : RESULTS[c.fn]),
      }),
    );
    expect(working.blocks[2].column).toBe(10);
    expect(failing.blocks[2].column).toBe(working.blocks[2].column);
  });
});
