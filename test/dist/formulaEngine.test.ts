/**
 * Formulas typed into cells of a real spreadsheet engine (HyperFormula),
 * evaluated through the built dist/ bundle, checked against hand values and
 * against the native-formula way of computing the same number in the same
 * engine (COUNTIF, COUNTIFS, AVERAGE).
 */

import { CATALOG } from '../../src/catalog';
import { loadBundle } from '../../scripts/emulator/appsScriptRuntime';
import { createFormulaEngine, type FormulaEngine } from '../../scripts/emulator/formulaEngine';
import { instantOfSerial } from '../../scripts/emulator/wallClock';
import { appsScriptStubs } from '../support/appsScriptStubs';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { coffeeShopWorkbook } from '../../examples/coffeeShop';
import { callFunction } from '../support/callFunction';
import { BTYD_AMOUNTS, BTYD_DATES, BTYD_IDS } from '../support/predictiveFixtures';

const ZONE = 'Asia/Bangkok';
const SEGMENTS = ['Pro', 'Basic', 'Team'];

/** A survey export: heading, 400 answers over 2024 with blanks and text, CSAT and CES columns. */
function responsesSheet(): (string | number | null)[][] {
  const random = seededRandom(7);
  const rows: (string | number | null)[][] = [['Date', 'Segment', 'NPS', 'CSAT', 'CES']];
  for (let i = 0; i < 400; i++) {
    if (i % 37 === 5) {
      rows.push([null, null, null, null, null]);
      continue;
    }
    const day = 1 + Math.floor(random() * 365);
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    const nps = i % 53 === 7 ? 'N/A' : Math.floor(random() * 11);
    rows.push([
      date,
      SEGMENTS[Math.floor(random() * 3)],
      nps,
      1 + Math.floor(random() * 5),
      1 + Math.floor(random() * 7),
    ]);
  }
  return rows;
}

function engineWith(
  formulas: Record<string, string>,
  extraSheets: Record<string, (string | number | null)[][]> = {},
): FormulaEngine {
  // Every custom-function cell in a fresh script scope, as in Sheets.
  const { services } = appsScriptStubs(ZONE);
  const engine = createFormulaEngine(
    () => loadBundle(services),
    { Responses: responsesSheet(), Summary: [], ...extraSheets },
    { timeZone: ZONE, catalog: CATALOG },
  );
  engine.addFormulas('Summary', formulas);
  return engine;
}

const NATIVE_NPS = (r: string) => `=(COUNTIF(${r},">=9")-COUNTIF(${r},"<=6"))/COUNT(${r})*100`;

describe('survey formulas in a spreadsheet', () => {
  it('=NPS over a whole column equals the COUNTIF formula', () => {
    const engine = engineWith({
      A1: '=NPS(Responses!C:C)',
      B1: NATIVE_NPS('Responses!C:C'),
      C1: '=NPS(Responses!C1:C401)',
      D1: '=NPS(Responses!C2)',
    });
    const nps = engine.value('Summary!A1') as number;
    expect(nps).toBeCloseTo(engine.value('Summary!B1') as number, 10);
    expect(engine.value('Summary!C1')).toBe(nps);
    // A single cell arrives as a bare value.
    const first = engine.value('Responses!C2') as number;
    expect(engine.value('Summary!D1')).toBe(first >= 9 ? 100 : first <= 6 ? -100 : 0);
  });

  it('=NPS_SUMMARY spills a 12 x 2 table that agrees with COUNTIF', () => {
    const engine = engineWith({
      A1: '=NPS_SUMMARY(Responses!C:C)',
      D1: '=COUNT(Responses!C:C)',
      D2: '=COUNTIF(Responses!C:C,">=9")',
      D3: '=COUNTIF(Responses!C:C,"N/A")',
    });
    const table = engine.values('Summary!A1:B12');
    expect(table.map((row) => row[0])[0]).toBe('Responses');
    const summary = Object.fromEntries(table as [string, number][]);
    expect(summary.Responses).toBe(engine.value('Summary!D1'));
    expect(summary.Promoters).toBe(engine.value('Summary!D2'));
    expect(summary.Ignored).toBe(engine.value('Summary!D3'));
    expect(summary['CI low']).toBeLessThan(summary.NPS);
    expect(engine.value('Summary!A13')).toBe('');
  });

  it('=NPS_TREND gives month starts as dates and per-month NPS equal to COUNTIFS', () => {
    const engine = engineWith({ A1: '=NPS_TREND(Responses!A:A, Responses!C:C, )' });
    const table = engine.values('Summary!A1:E13');
    expect(table[0]).toEqual(['Period start', 'Responses', 'NPS', 'CI low', 'CI high']);
    for (let month = 0; month < 12; month++) {
      const row = table[month + 1];
      // A month start is midnight of the 1st in the spreadsheet's zone (Bangkok, UTC+7).
      expect((row[0] as Date).toISOString()).toBe(new Date(Date.UTC(2024, month, 1) - 7 * 3_600_000).toISOString());
      const from = `DATE(2024,${month + 1},1)`;
      const to = `DATE(2024,${month + 2},1)`;
      const inMonth = `Responses!A:A,">="&${from},Responses!A:A,"<"&${to}`;
      engine.addFormulas('Summary', {
        G1: `=COUNTIFS(Responses!C:C,">=0",${inMonth})`,
        H1: `=(COUNTIFS(Responses!C:C,">=9",${inMonth})-COUNTIFS(Responses!C:C,"<=6",${inMonth}))/G1*100`,
      });
      expect(row[1]).toBe(engine.value('Summary!G1'));
      expect(row[2]).toBeCloseTo(engine.value('Summary!H1') as number, 10);
    }
  });

  it('=NPS_BY agrees with COUNTIFS per segment', () => {
    const engine = engineWith({ A1: '=NPS_BY(Responses!B:B, Responses!C:C)' });
    const table = engine.values('Summary!A1:E4');
    expect(
      table
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual([...SEGMENTS].sort());
    for (const [segment, responses, nps] of table.slice(1) as [string, number, number][]) {
      engine.addFormulas('Summary', {
        G1: `=COUNTIFS(Responses!B:B,"${segment}",Responses!C:C,">=0")`,
        H1: `=(COUNTIFS(Responses!B:B,"${segment}",Responses!C:C,">=9")-COUNTIFS(Responses!B:B,"${segment}",Responses!C:C,"<=6"))/G1*100`,
      });
      expect(responses).toBe(engine.value('Summary!G1'));
      expect(nps).toBeCloseTo(engine.value('Summary!H1') as number, 10);
    }
    // Largest segment first.
    const counts = table.slice(1).map((row) => row[1] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('=CSAT and =CES agree with COUNTIF and AVERAGE', () => {
    const engine = engineWith({
      A1: '=CSAT(Responses!D:D)',
      B1: '=COUNTIF(Responses!D:D,">=4")/COUNT(Responses!D:D)',
      A2: '=CES(Responses!E:E)',
      B2: '=AVERAGE(Responses!E:E)',
      A3: '=CSAT(Responses!D:D, 5, 5)',
      B3: '=COUNTIF(Responses!D:D,5)/COUNT(Responses!D:D)',
    });
    expect(engine.value('Summary!A1')).toBeCloseTo(engine.value('Summary!B1') as number, 12);
    expect(engine.value('Summary!A2')).toBeCloseTo(engine.value('Summary!B2') as number, 12);
    expect(engine.value('Summary!A3')).toBeCloseTo(engine.value('Summary!B3') as number, 12);
  });

  it('=NPS_COMPARE compares two halves of a column', () => {
    const engine = engineWith({
      A1: '=NPS_COMPARE(Responses!C2:C200, Responses!C201:C401)',
      D1: NATIVE_NPS('Responses!C2:C200'),
      D2: NATIVE_NPS('Responses!C201:C401'),
    });
    const result = Object.fromEntries(engine.values('Summary!A1:B6') as [string, unknown][]);
    expect(result['NPS A']).toBeCloseTo(engine.value('Summary!D1') as number, 10);
    expect(result['NPS B']).toBeCloseTo(engine.value('Summary!D2') as number, 10);
    expect(typeof result.Significant).toBe('boolean');
    expect(result['p-value']).toBeGreaterThan(0);
  });

  it('shows #ERROR! with the message for bad input, and error cells in ranges', () => {
    const engine = engineWith(
      {
        A1: '=NPS(Bad!A1:A4)',
        A2: '=NPS(Bad!B1:B3)',
        A3: '=NPS_TREND(Responses!A:A, Responses!C:C, "fortnight")',
        A4: '=CSAT(Bad!A1:A1)',
      },
      {
        Bad: [
          ['Score', 9],
          [9, '=1/0'],
          [11, 3],
          [5, null],
        ],
      },
    );
    expect(engine.value('Summary!A1')).toEqual({
      error: '#ERROR!',
      message: 'NPS: row 3 holds 11; scores must be whole numbers from 0 to 10.',
    });
    expect(engine.value('Summary!A2')).toEqual({
      error: '#ERROR!',
      message: expect.stringMatching(/^NPS: row 2 holds "#DIV\/0!"; fix or clear that cell/),
    });
    expect(engine.value('Summary!A3')).toEqual({
      error: '#ERROR!',
      message: expect.stringMatching(/^NPS_TREND: period is "fortnight"; use one of/),
    });
    expect(engine.value('Summary!A4')).toEqual({
      error: '#ERROR!',
      message: 'CSAT: no valid responses in scores; expected whole-number scores.',
    });
  });
});

describe('benchmarks and the repeat purchase window in a spreadsheet', () => {
  // The orders worked by hand in test/catalog/orderFunctions.test.ts: of A, B, C, D (whose 365-day windows have
  // passed by the latest order, 2024-03-05), A and B bought again within it; E and F are still inside theirs.
  const orders: (string | number | null)[][] = [
    ['Customer', 'Order date'],
    ['E', '2024-01-20'],
    ['A', '2023-01-10'],
    ['B', '2023-02-01'],
    ['C', '2023-03-01'],
    ['D', '2023-02-15'],
    ['A', '2023-06-01'],
    ['D', '2023-02-15'],
    [null, null],
    ['B', '2024-02-01'],
    ['C', '2024-03-05'],
    ['E', '2024-02-10'],
    ['F', '2024-03-01'],
  ];

  it('=REPEAT_PURCHASE_RATE with window_days 365 gives the 12-month figure comparable with BENCHMARK', () => {
    const engine = engineWith(
      {
        A1: '=REPEAT_PURCHASE_RATE(Orders!A:A, Orders!B:B, 365)',
        A2: '=REPEAT_PURCHASE_RATE(Orders!A:A, Orders!B:B)',
        A3: '=REPEAT_PURCHASE_RATE(Orders!A:A, Orders!B:B, 365, "2024-02-28")',
      },
      { Orders: orders },
    );
    expect(engine.value('Summary!A1')).toBe(0.5);
    expect(engine.value('Summary!A2')).toBeCloseTo(4 / 6, 12);
    expect(engine.value('Summary!A3')).toBeCloseTo(2 / 3, 12);
  });

  it('=BENCHMARK spills the figure with its citation, one row per segment', () => {
    const engine = engineWith({ A1: '=BENCHMARK("nps", "Retail")', A4: '=BENCHMARK("monthly_churn")' });
    const [header, retail] = engine.values('Summary!A1:L2');
    const row = Object.fromEntries(header.map((heading, i) => [String(heading), retail[i]]));
    expect(row).toMatchObject({
      Segment: 'Retail',
      Value: 29,
      'Data year': '2023',
      Publisher: 'Qualtrics XM Institute',
    });
    expect(String(row.Address)).toMatch(/^https:\/\//);
    const churn = engine.values('Summary!A4:B8');
    expect(churn.map((r) => r[0])).toEqual(['Segment', 'All industries', 'B2B', 'B2C', 'Streaming']);
    expect(churn[2][1]).toBe(0.0515);
  });
});

describe('model fits kept in the document cache between cells', () => {
  // The predictive fixture's orders on a sheet of their own.
  const orders = BTYD_IDS.map((row, i) => [row[0], BTYD_DATES[i][0], BTYD_AMOUNTS[i][0]] as (string | number | null)[]);

  it('fits once for BTYD_FIT, CLV_PREDICT and a second BTYD_FIT over the same orders, each cell in its own scope', () => {
    const { services } = appsScriptStubs(ZONE);
    const engine = createFormulaEngine(
      () => loadBundle(services),
      { Orders: orders, Summary: [] },
      { timeZone: ZONE, catalog: CATALOG },
    );
    engine.addFormulas('Summary', {
      A1: '=BTYD_FIT(Orders!A:A, Orders!B:B, Orders!C:C)',
      E1: '=CLV_PREDICT(Orders!A:A, Orders!B:B, Orders!C:C, 6)',
      A30: '=BTYD_FIT(Orders!A:A, Orders!B:B, Orders!C:C)',
    });
    const cache = services.CacheService.cache;
    const fit = engine.values('Summary!A1:C12');
    // One fit stored (the first cell), read back by the two others, and the same numbers as a fit afresh.
    expect(cache.puts).toBe(1);
    expect(cache.hits).toBeGreaterThanOrEqual(2);
    expect(fit).toEqual(callFunction('BTYD_FIT', [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS]));
    expect(engine.values('Summary!A30:C41')).toEqual(fit);
    const direct = callFunction('CLV_PREDICT', [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS, 6]) as unknown[][];
    expect(engine.values(`Summary!E1:L${direct.length}`)).toEqual(direct);
  });
});

describe('predictive formulas on a table of patterns', () => {
  // The predictive fixture's customers, summarised and collapsed into patterns (as a warehouse query would).
  const summary = callFunction('CUSTOMER_SUMMARY', [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS, '', 'week']) as number[][];
  const counts = new Map<string, number[]>();
  for (const [, x, tx, T] of summary.slice(1)) {
    const entry = counts.get(`${x}|${tx}|${T}`) ?? [x, tx, T, 0];
    entry[3]++;
    counts.set(`${x}|${tx}|${T}`, entry);
  }
  const patterns = [['Frequency', 'Recency', 'T', 'Customers'], ...counts.values()];

  it('=BTYD_FIT(Patterns!A:D) and =CLV_PREDICT(Patterns!A:D, , , 6) read whole columns with their heading', () => {
    const engine = engineWith(
      { A1: '=BTYD_FIT(Patterns!A:D)', E1: '=CLV_PREDICT(Patterns!A:D, , , 6)' },
      { Patterns: patterns },
    );
    const fit = engine.values('Summary!A1:C10');
    expect(fit).toEqual(callFunction('BTYD_FIT', [patterns]));
    expect(fit[5]).toEqual(['Gamma-Gamma', 'not fitted: a table of patterns has no spend', '']);
    const rows = engine.values(`Summary!E1:J${patterns.length}`);
    expect(rows).toEqual(callFunction('CLV_PREDICT', [patterns, '', '', 6]));
    expect(rows[0]).toEqual(['Frequency', 'Recency', 'T', 'Customers', 'P(alive)', 'Expected purchases']);
  });
});

describe('the harness itself', () => {
  it('hands date cells to the bundle as Dates at midnight in the spreadsheet zone', () => {
    // 2024-03-15 is serial 45366; midnight in Bangkok is 17:00 UTC the day before.
    expect(new Date(instantOfSerial(45366, ZONE)).toISOString()).toBe('2024-03-14T17:00:00.000Z');
  });
});

describe('by-segment and impact formulas on the example workbook', () => {
  const example = coffeeShopWorkbook();
  const column = (sheet: string, c: number) => example.sheets[sheet].map((row) => [row[c]]);
  const pair = (sheet: string, a: number, b: number) => example.sheets[sheet].map((row) => [row[a], row[b]]);
  // The customers' ids and sources side by side, as a person might keep them on a sheet of their own.
  const sources = example.sheets.Customers.map((row) => [row[0], row[4]]);
  // Every custom-function cell in a fresh script scope, as in Sheets.
  const { services } = appsScriptStubs(ZONE);
  const engine = createFormulaEngine(
    () => loadBundle(services),
    {
      Customers: example.sheets.Customers,
      Orders: example.sheets.Orders,
      Responses: example.sheets.Responses,
      Sources: sources,
    },
    { timeZone: ZONE, catalog: CATALOG },
  );
  let sheets = 0;
  /** The table a formula spills, typed into A1 of a sheet of its own. */
  const spilled = (formula: string) => {
    const sheet = engine.hf.addSheet(`Out${++sheets}`);
    engine.addFormulas(sheet, { A1: formula });
    const size = engine.hf.getSheetDimensions(engine.hf.getSheetId(sheet) as number);
    return engine.values(`${sheet}!A1:${String.fromCharCode(64 + size.width)}${size.height}`);
  };
  const plain = (formula: string) => {
    const sheet = engine.hf.addSheet(`Out${++sheets}`);
    engine.addFormulas(sheet, { A1: formula });
    return engine.value(`${sheet}!A1`);
  };

  it('=CHURN_BY over whole columns equals the kernels, and its (all) row equals =CHURN_RATE', () => {
    const table = spilled('=CHURN_BY(Customers!F:F, Customers!C:C, Customers!D:D, "2024-10-01", "2024-12-31")');
    const direct = callFunction(
      'CHURN_BY',
      [column('Customers', 5), column('Customers', 2), column('Customers', 3), '2024-10-01', '2024-12-31'],
      ZONE,
    );
    expect(table).toEqual(direct);
    expect(table[table.length - 1][2]).toBe(
      plain('=CHURN_RATE(Customers!C:C, Customers!D:D, "2024-10-01", "2024-12-31")'),
    );
  });

  it('=REPEAT_PURCHASE_RATE_BY takes {ids, segments} as an array literal or a two-column range alike', () => {
    const literal = spilled('=REPEAT_PURCHASE_RATE_BY({Customers!A:A, Customers!E:E}, Orders!B:B, Orders!C:C)');
    const direct = callFunction(
      'REPEAT_PURCHASE_RATE_BY',
      [pair('Customers', 0, 4), column('Orders', 1), column('Orders', 2)],
      ZONE,
    );
    expect(literal).toEqual(direct);
    expect(spilled('=REPEAT_PURCHASE_RATE_BY(Sources!A:B, Orders!B:B, Orders!C:C)')).toEqual(literal);
    expect(literal.slice(1, -1).map((row) => row[0])).toEqual(
      expect.arrayContaining(['Instagram', 'Google', 'Referral', 'Farmers market', 'Newsletter']),
    );
    expect(literal[literal.length - 1][2]).toBe(plain('=REPEAT_PURCHASE_RATE(Orders!B:B, Orders!C:C)'));
  });

  it('=AVG_ORDER_VALUE_BY and =CLV_BY equal the kernels, their (all) rows the plain functions', () => {
    const aov = spilled('=AVG_ORDER_VALUE_BY({Customers!A:A, Customers!F:F}, Orders!D:D, Orders!A:A, Orders!B:B)');
    expect(aov).toEqual(
      callFunction(
        'AVG_ORDER_VALUE_BY',
        [pair('Customers', 0, 5), column('Orders', 3), column('Orders', 0), column('Orders', 1)],
        ZONE,
      ),
    );
    expect(aov[aov.length - 1][2]).toBe(plain('=AVG_ORDER_VALUE(Orders!D:D, Orders!A:A)'));
    const clv = spilled('=CLV_BY(Sources!A:B, Orders!B:B, Orders!C:C, Orders!D:D, 3, 0.6)');
    expect(clv[clv.length - 1][2]).toBe(plain('=CLV(Orders!B:B, Orders!C:C, Orders!D:D, 3, 0.6)'));
    expect(clv[0]).toEqual([
      'Segment',
      'Customers',
      'CLV',
      'CI low',
      'CI high',
      'Rest',
      'p-value (Welch t)',
      'Differs from rest',
      'Note',
    ]);
  });

  it('=NPS_IMPACT and =NPS_CHURN_IMPACT spill their tables, as the kernels compute them', () => {
    const impact = spilled(
      '=NPS_IMPACT(Responses!B:B, Responses!A:A, Responses!D:D, Orders!B:B, Orders!C:C, Orders!D:D, 90)',
    );
    expect(impact).toHaveLength(8);
    expect(impact[0]).toHaveLength(11);
    expect(impact).toEqual(
      callFunction(
        'NPS_IMPACT',
        [
          column('Responses', 1),
          column('Responses', 0),
          column('Responses', 3),
          column('Orders', 1),
          column('Orders', 2),
          column('Orders', 3),
          90,
        ],
        ZONE,
      ),
    );
    const churn = spilled(
      '=NPS_CHURN_IMPACT(Responses!B:B, Responses!A:A, Responses!D:D, Customers!A:A, Customers!C:C, Customers!D:D, 90, "2024-12-31")',
    );
    expect(churn.map((row) => row[0])).toEqual([
      'Group',
      'Promoters',
      'Passives',
      'Detractors',
      'Promoters - detractors',
      'Left out: window not over by as_of',
      'Left out: not in the customer list',
      'Left out: not a customer on the answer day',
      'Left out: no customer id',
    ]);
    // Detractors churn more than promoters in the example (unhappy customers there are likelier to leave).
    expect(churn[4][2]).toBeLessThan(0);
  });

  it('shows #ERROR! with the message for a customer in two segments', () => {
    expect(plain('=CLV_BY(Orders!E:E, Orders!B:B, Orders!C:C, Orders!D:D, 3)')).toEqual({
      error: '#ERROR!',
      message: expect.stringMatching(/^CLV_BY: row \d+ puts customer \d+ in segment "[^"]+", but row \d+ put it in/),
    });
  });
});
