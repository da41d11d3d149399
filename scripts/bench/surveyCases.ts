/** Benchmark cases for the survey functions. */

import { normalCdf } from '../../src/stats/normalCdf';
import { seededRandom } from '../lib/seededRandom';
import type { BenchCase, BenchInput, Cell } from './benchCase';

const Z95 = 1.959963984540054;
const SEGMENTS = ['Pro', 'Basic', 'Team', 'Trial'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 730;

/** Scores 0-10 with ~2% blanks and ~1% "N/A", under a heading. */
function scoreColumn(rows: number, seed: number, min = 0, max = 10): Cell[][] {
  const random = seededRandom(seed);
  const column: Cell[][] = [['Score']];
  for (let i = 0; i < rows; i++) {
    const r = random();
    column.push([r < 0.02 ? '' : r < 0.03 ? 'N/A' : min + Math.floor(random() * (max - min + 1))]);
  }
  return column;
}

interface Tally {
  n: number;
  promoters: number;
  detractors: number;
}

/** Hand loop: counts the numeric cells of a one-column range. */
function handTally(column: Cell[][]): Tally {
  let n = 0;
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i][0];
    if (typeof v === 'number') {
      n++;
      if (v >= 9) promoters++;
      else if (v <= 6) detractors++;
    }
  }
  return { n, promoters, detractors };
}

function handInterval({ n, promoters, detractors }: Tally, z: number): [number, number] {
  const m = n + 3;
  const p = (promoters + 0.75) / m;
  const d = (detractors + 0.75) / m;
  const se = Math.sqrt((p + d - (p - d) ** 2) / m);
  return [Math.max(-100, 100 * (p - d - z * se)), Math.min(100, 100 * (p - d + z * se))];
}

/** Hand loop for grouped NPS: adds a numeric score to its group's tally. */
function addToGroup<K>(groups: Map<K, Tally>, key: K, score: number): void {
  let tally = groups.get(key);
  if (tally === undefined) groups.set(key, (tally = { n: 0, promoters: 0, detractors: 0 }));
  tally.n++;
  if (score >= 9) tally.promoters++;
  else if (score <= 6) tally.detractors++;
}

const npsOf = (t: Tally) => (100 * (t.promoters - t.detractors)) / t.n;
const column = (input: BenchInput, name: string) => input.columns[name];
const lastRow = (input: BenchInput) => Object.values(input.columns)[0].length;

export const SURVEY_CASES: BenchCase[] = [
  {
    name: 'NPS',
    input: (rows) => ({ columns: { scores: scoreColumn(rows, 1) } }),
    call: (runtime, input) => runtime.call('NPS', column(input, 'scores')),
    handLoop: (input) => npsOf(handTally(column(input, 'scores'))),
    nativeFormulas: (input) => ({
      A1: `=(COUNTIF(Data!A2:A${lastRow(input)},">=9")-COUNTIF(Data!A2:A${lastRow(input)},"<=6"))/COUNT(Data!A2:A${lastRow(input)})*100`,
    }),
    nativeResult: (value) => value('A1'),
  },
  {
    name: 'NPS_SUMMARY',
    input: (rows) => ({ columns: { scores: scoreColumn(rows, 2) } }),
    call: (runtime, input) => runtime.call('NPS_SUMMARY', column(input, 'scores')),
    handLoop: (input) => {
      const t = handTally(column(input, 'scores'));
      const [low, high] = handInterval(t, Z95);
      return { nps: npsOf(t), low, high };
    },
    nativeFormulas: (input) => {
      const r = `Data!A2:A${lastRow(input)}`;
      return {
        B1: `=COUNT(${r})`,
        B2: `=COUNTIF(${r},">=9")`,
        B3: `=COUNTIFS(${r},">=7",${r},"<=8")`,
        B4: `=COUNTIF(${r},"<=6")`,
        B5: '=B2/B1',
        B6: '=B3/B1',
        B7: '=B4/B1',
        B8: '=(B2-B4)/B1*100',
        B9: '=(B2+0.75)/(B1+3)',
        B10: '=(B4+0.75)/(B1+3)',
        B11: '=100*NORM.S.INV(0.975)*SQRT((B9+B10-(B9-B10)^2)/(B1+3))',
        B12: '=MAX(-100,100*(B9-B10)-B11)',
        B13: '=MIN(100,100*(B9-B10)+B11)',
        B14: `=COUNTIF(${r},"N/A")`,
      };
    },
    nativeResult: (value) => ({ nps: value('B8'), low: value('B12'), high: value('B13') }),
  },
  {
    name: 'NPS_COMPARE',
    input: (rows) => ({ columns: { a: scoreColumn(rows / 2, 3), b: scoreColumn(rows / 2, 4) } }),
    call: (runtime, input) => runtime.call('NPS_COMPARE', column(input, 'a'), column(input, 'b')),
    handLoop: (input) => {
      const a = handTally(column(input, 'a'));
      const b = handTally(column(input, 'b'));
      const variance = (t: Tally) => (t.promoters + t.detractors) / t.n - ((t.promoters - t.detractors) / t.n) ** 2;
      const z = (npsOf(b) - npsOf(a)) / 100 / Math.sqrt(variance(a) / a.n + variance(b) / b.n);
      return { z, p: 2 * normalCdf(-Math.abs(z)) };
    },
    nativeFormulas: (input) => {
      const a = `Data!A2:A${lastRow(input)}`;
      const b = `Data!B2:B${lastRow(input)}`;
      return {
        C1: `=COUNT(${a})`,
        C2: `=(COUNTIF(${a},">=9")-COUNTIF(${a},"<=6"))/C1`,
        C3: `=(COUNTIF(${a},">=9")+COUNTIF(${a},"<=6"))/C1-C2^2`,
        D1: `=COUNT(${b})`,
        D2: `=(COUNTIF(${b},">=9")-COUNTIF(${b},"<=6"))/D1`,
        D3: `=(COUNTIF(${b},">=9")+COUNTIF(${b},"<=6"))/D1-D2^2`,
        E1: '=(D2-C2)/SQRT(C3/C1+D3/D1)',
        E2: '=2*(1-NORM.S.DIST(ABS(E1),TRUE()))',
      };
    },
    nativeResult: (value) => ({ z: value('E1'), p: value('E2') }),
  },
  {
    name: 'NPS_TREND',
    input: (rows, runtime) => {
      const random = seededRandom(5);
      const dates: Cell[][] = [['Date']];
      for (let i = 0; i < rows; i++)
        dates.push([runtime.newDate(FIRST_DAY + Math.floor(random() * SPAN_DAYS) * DAY_MS)]);
      return { columns: { dates, scores: scoreColumn(rows, 6) } };
    },
    call: (runtime, input) => runtime.call('NPS_TREND', column(input, 'dates'), column(input, 'scores')),
    handLoop: (input) => {
      const dates = column(input, 'dates');
      const scores = column(input, 'scores');
      const months = new Map<number, Tally>();
      for (let i = 1; i < scores.length; i++) {
        const v = scores[i][0];
        if (typeof v !== 'number') continue;
        const d = dates[i][0] as Date;
        addToGroup(months, d.getUTCFullYear() * 12 + d.getUTCMonth(), v);
      }
      return [...months.keys()].sort((x, y) => x - y).map((key) => npsOf(months.get(key) as Tally));
    },
    nativeFormulas: (input) => {
      // The usual sheet: a column of month starts and COUNTIFS per month.
      const dates = `Data!A2:A${lastRow(input)}`;
      const scores = `Data!B2:B${lastRow(input)}`;
      const formulas: Record<string, string> = {};
      for (let m = 0; m < 24; m++) {
        const row = m + 1;
        const within = `${dates},">="&DATE(2023,${m + 1},1),${dates},"<"&DATE(2023,${m + 2},1)`;
        formulas[`C${row}`] = `=COUNTIFS(${scores},">=0",${within})`;
        formulas[`D${row}`] = `=(COUNTIFS(${scores},">=9",${within})-COUNTIFS(${scores},"<=6",${within}))/C${row}*100`;
      }
      return formulas;
    },
    nativeResult: (value) => Array.from({ length: 24 }, (_, m) => value(`D${m + 1}`)),
  },
  {
    name: 'NPS_BY',
    input: (rows) => {
      const random = seededRandom(7);
      const segments: Cell[][] = [['Plan']];
      for (let i = 0; i < rows; i++) segments.push([SEGMENTS[Math.floor(random() * SEGMENTS.length)]]);
      return { columns: { segments, scores: scoreColumn(rows, 8) } };
    },
    call: (runtime, input) => runtime.call('NPS_BY', column(input, 'segments'), column(input, 'scores')),
    handLoop: (input) => {
      const segments = column(input, 'segments');
      const scores = column(input, 'scores');
      const groups = new Map<string, Tally>();
      for (let i = 1; i < scores.length; i++) {
        const v = scores[i][0];
        if (typeof v !== 'number') continue;
        addToGroup(groups, String(segments[i][0]), v);
      }
      return Object.fromEntries([...groups].map(([key, t]) => [key, npsOf(t)]));
    },
    nativeFormulas: (input) => {
      const segments = `Data!A2:A${lastRow(input)}`;
      const scores = `Data!B2:B${lastRow(input)}`;
      const formulas: Record<string, string> = {};
      SEGMENTS.forEach((segment, i) => {
        const row = i + 1;
        formulas[`C${row}`] = `=COUNTIFS(${segments},"${segment}",${scores},">=0")`;
        formulas[`D${row}`] =
          `=(COUNTIFS(${segments},"${segment}",${scores},">=9")-COUNTIFS(${segments},"${segment}",${scores},"<=6"))/C${row}*100`;
      });
      return formulas;
    },
    nativeResult: (value) => Object.fromEntries(SEGMENTS.map((segment, i) => [segment, value(`D${i + 1}`)])),
  },
  {
    name: 'CSAT',
    input: (rows) => ({ columns: { scores: scoreColumn(rows, 9, 1, 5) } }),
    call: (runtime, input) => runtime.call('CSAT', column(input, 'scores')),
    handLoop: (input) => {
      let n = 0;
      let satisfied = 0;
      for (const [v] of column(input, 'scores')) {
        if (typeof v !== 'number') continue;
        n++;
        if (v >= 4) satisfied++;
      }
      return satisfied / n;
    },
    nativeFormulas: (input) => ({ A1: `=COUNTIF(Data!A2:A${lastRow(input)},">=4")/COUNT(Data!A2:A${lastRow(input)})` }),
    nativeResult: (value) => value('A1'),
  },
  {
    name: 'CES',
    input: (rows) => ({ columns: { scores: scoreColumn(rows, 10, 1, 7) } }),
    call: (runtime, input) => runtime.call('CES', column(input, 'scores')),
    handLoop: (input) => {
      let n = 0;
      let sum = 0;
      for (const [v] of column(input, 'scores')) {
        if (typeof v !== 'number') continue;
        n++;
        sum += v;
      }
      return sum / n;
    },
    nativeFormulas: (input) => ({ A1: `=AVERAGE(Data!A2:A${lastRow(input)})` }),
    nativeResult: (value) => value('A1'),
  },
];
