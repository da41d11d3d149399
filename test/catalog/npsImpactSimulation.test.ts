/**
 * NPS_IMPACT on simulated sheets whose truth is known: each promoter buys again
 * in the window with one probability, each detractor with another. When they
 * differ, the function recovers the difference within its interval; when they
 * are equal, its test flags a difference in about 5% of sheets, as a 95% test
 * should. Orders outside the windows (before the answer, after the window)
 * are added as decoys.
 */

import { seededRandom } from '../../scripts/lib/seededRandom';
import { callFunction } from '../support/callFunction';

const DAY = 86_400_000;
const isoOf = (offset: number) => new Date(Date.UTC(2023, 0, 1) + offset * DAY).toISOString().slice(0, 10);
const WINDOW = 180;

interface Simulation {
  readonly promoters: number;
  readonly detractors: number;
  readonly promoterRate: number;
  readonly detractorRate: number;
}

/** One sheet: the survey and the orders, as NPS_IMPACT's eight arguments. */
function simulatedSheet(seed: number, s: Simulation): unknown[] {
  const random = seededRandom(seed);
  const surveyIds: unknown[][] = [];
  const surveyDates: unknown[][] = [];
  const scores: unknown[][] = [];
  const orderIds: unknown[][] = [];
  const orderDates: unknown[][] = [];
  const amounts: unknown[][] = [];
  const order = (id: string, day: number) => {
    orderIds.push([id]);
    orderDates.push([isoOf(day)]);
    amounts.push([Math.round(1000 + 4000 * random()) / 100]);
  };
  const respondents = s.promoters + s.detractors + 20;
  for (let i = 0; i < respondents; i++) {
    const id = `C${i}`;
    const category = i < s.promoters ? 'promoter' : i < s.promoters + s.detractors ? 'detractor' : 'passive';
    const score =
      category === 'promoter'
        ? 9 + Math.floor(random() * 2)
        : category === 'detractor'
          ? Math.floor(random() * 7)
          : 7 + Math.floor(random() * 2);
    const answered = Math.floor(random() * 300);
    surveyIds.push([id]);
    surveyDates.push([isoOf(answered)]);
    scores.push([score]);
    // The purchase that prompted the survey, on the answer day, and decoys outside the window.
    order(id, answered);
    if (random() < 0.5) order(id, answered - 1 - Math.floor(random() * 60));
    if (random() < 0.5) order(id, answered + WINDOW + 1 + Math.floor(random() * 100));
    const rate = category === 'promoter' ? s.promoterRate : category === 'detractor' ? s.detractorRate : 0.5;
    if (random() < rate) {
      const purchases = 1 + Math.floor(random() * 3);
      for (let k = 0; k < purchases; k++) order(id, answered + 1 + Math.floor(random() * WINDOW));
    }
  }
  order('last', 730);
  return [surveyIds, surveyDates, scores, orderIds, orderDates, amounts, WINDOW, isoOf(730)];
}

/** Bought again's difference, its interval and p-value. */
function comparison(args: unknown[]): { difference: number; low: number; high: number; pValue: number } {
  const table = callFunction('NPS_IMPACT', args) as unknown[][];
  const row = table.find((r) => r[0] === 'Promoters - detractors') as unknown[];
  const [difference, low, high] = row.slice(2, 5) as number[];
  return { difference, low, high, pValue: row[9] as number };
}

describe('NPS_IMPACT on simulated sheets', () => {
  it('recovers a known difference in repeat purchase within its interval on a large sheet', () => {
    const result = comparison(
      simulatedSheet(7, { promoters: 1000, detractors: 1000, promoterRate: 0.65, detractorRate: 0.4 }),
    );
    expect(result.low).toBeLessThanOrEqual(0.25);
    expect(result.high).toBeGreaterThanOrEqual(0.25);
    expect(result.high - result.low).toBeLessThan(0.1);
    expect(result.pValue).toBeLessThan(1e-6);
  });

  it('covers the true difference in about 95% of sheets, and detects it', () => {
    const truth = { promoters: 150, detractors: 150, promoterRate: 0.65, detractorRate: 0.4 };
    const runs = 100;
    let covered = 0;
    let detected = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const result = comparison(simulatedSheet(seed, truth));
      if (result.low <= 0.25 && 0.25 <= result.high) covered++;
      if (result.pValue < 0.05) detected++;
    }
    // A 95% interval covers the truth in about 95 of 100 sheets (binomial sd 2.2; the first sheet happens to
    // miss); a difference of 0.25 with 150 per group is detected nearly always.
    expect(covered).toBeGreaterThanOrEqual(89);
    expect(detected).toBeGreaterThanOrEqual(95);
  });

  it('reports a difference at the documented rate, about 5%, when there is none', () => {
    const truth = { promoters: 80, detractors: 80, promoterRate: 0.45, detractorRate: 0.45 };
    const runs = 300;
    let flagged = 0;
    for (let seed = 1001; seed <= 1000 + runs; seed++) {
      if (comparison(simulatedSheet(seed, truth)).pValue < 0.05) flagged++;
    }
    // Expected 15 of 300 (binomial sd 3.8): 5 to 26 is within about three sd of 5%; 10% would be 30.
    expect(flagged).toBeGreaterThanOrEqual(5);
    expect(flagged).toBeLessThanOrEqual(26);
  });
});
