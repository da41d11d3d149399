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
  const runtime = loadBundle(appsScriptStubs(ZONE).services);
  const engine = createFormulaEngine(
    runtime,
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
