import fc from 'fast-check';
import { asRecord, callFunction } from '../support/callFunction';

/** One survey response as it sits in a row: date, segment, 0-10 score (or a text answer). */
interface Response {
  readonly date: string;
  readonly segment: string;
  readonly score: number | string;
}

const isoDate = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((offset) => new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const response: fc.Arbitrary<Response> = fc.record({
  date: isoDate,
  segment: fc.constantFrom('Pro', 'Basic', 'Team', 'Trial'),
  score: fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 10 }) },
    { weight: 1, arbitrary: fc.constantFrom('N/A', 'skip') },
  ),
});
/**
 * Two numeric scores in different categories (9 and 2, and 1 and 8 once
 * reversed for NPS_COMPARE's second group), so every function has something
 * to compute and must succeed on every generated list.
 */
const responses = fc
  .array(response, { minLength: 1, maxLength: 60 })
  .map((rows) => [
    { date: '2024-06-01', segment: 'Pro', score: 9 },
    { date: '2024-06-02', segment: 'Basic', score: 2 },
    ...rows,
  ]);

/** How each function reads a list of responses, as the columns a user would pass. */
const CASES: Record<string, (rows: readonly (Response | null)[], header: boolean) => unknown[]> = {
  NPS: (rows, header) => [column(rows, header, 'Score', (r) => r.score)],
  NPS_SUMMARY: (rows, header) => [column(rows, header, 'Score', (r) => r.score), 0.9],
  NPS_TREND: (rows, header) => [
    column(rows, header, 'Date', (r) => r.date),
    column(rows, header, 'Score', (r) => r.score),
    'week',
  ],
  NPS_BY: (rows, header) => [
    column(rows, header, 'Plan', (r) => r.segment),
    column(rows, header, 'Score', (r) => r.score),
  ],
  CSAT: (rows, header) => [
    column(rows, header, 'Score', (r) => (typeof r.score === 'number' ? Math.min(10, r.score + 1) : r.score)),
    11,
  ],
  CES: (rows, header) => [
    column(rows, header, 'Score', (r) => (typeof r.score === 'number' ? r.score + 1 : r.score)),
    11,
  ],
  NPS_COMPARE: (rows, header) => [
    column(rows, header, 'A', (r) => r.score),
    column([...rows].reverse(), header, 'B', (r) => (typeof r.score === 'number' ? 10 - r.score : r.score)),
  ],
};

/** A one-column range; null rows are blank rows. */
function column(
  rows: readonly (Response | null)[],
  header: boolean,
  heading: string,
  cell: (r: Response) => unknown,
): unknown[][] {
  const cells = rows.map((row) => [row === null ? '' : cell(row)]);
  return header ? [[heading], ...cells] : cells;
}

/**
 * The value of a call. Every generated list is valid input, so the call must
 * succeed: a function that fails (or a kernel that throws) fails the property
 * instead of comparing one error message with another.
 */
function run(name: string, rows: readonly (Response | null)[], header = false): unknown {
  return callFunction(name, CASES[name](rows, header));
}

describe.each(Object.keys(CASES))('%s', (name) => {
  it('does not depend on row order', () => {
    fc.assert(
      fc.property(responses, fc.infiniteStream(fc.nat()), (rows, seeds) => {
        const shuffled = [...rows];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        // The first row stays first: a lone text answer there would read as a heading.
        expect(run(name, [rows[0], ...shuffled.filter((r) => r !== rows[0])])).toEqual(run(name, rows));
      }),
      { numRuns: 60 },
    );
  });

  it('does not change when blank rows are inserted', () => {
    fc.assert(
      fc.property(responses, fc.array(fc.nat(), { maxLength: 10 }), (rows, positions) => {
        const withBlanks: (Response | null)[] = [...rows];
        for (const position of positions) withBlanks.splice((position % withBlanks.length) + 1, 0, null);
        expect(run(name, withBlanks)).toEqual(run(name, rows));
      }),
      { numRuns: 60 },
    );
  });

  it('does not change when a heading row is added', () => {
    fc.assert(
      fc.property(responses, (rows) => {
        expect(run(name, rows, true)).toEqual(run(name, rows));
      }),
      { numRuns: 60 },
    );
  });
});

describe('NPS range', () => {
  it('stays within [-100, 100], with the interval around it', () => {
    fc.assert(
      fc.property(responses, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (rows, confidence) => {
        const nps = callFunction('NPS', [column(rows, false, '', (r) => r.score)]) as number;
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
        const summary = asRecord(callFunction('NPS_SUMMARY', [column(rows, false, '', (r) => r.score), confidence]));
        expect(summary['CI low']).toBeGreaterThanOrEqual(-100);
        expect(summary['CI high']).toBeLessThanOrEqual(100);
        expect(summary['CI low']).toBeLessThanOrEqual(summary['CI high'] as number);
      }),
      { numRuns: 200 },
    );
  });
});

describe('bad input', () => {
  const badScores = fc.oneof(
    fc.integer({ min: 11, max: 1000 }),
    fc.integer({ min: -1000, max: -1 }),
    fc.double({ min: 0.01, max: 9.99, noNaN: true }).filter((x) => !Number.isInteger(x)),
    fc.constantFrom(
      '#N/A',
      '#DIV/0!',
      '#REF!',
      '#VALUE!',
      '#ERROR!',
      '#NUM!',
      '#NAME?',
      '#NULL!',
      true,
      false,
      '11',
      '-3',
    ),
  );

  it('always gives an error naming the function and the cell, never a number', () => {
    fc.assert(
      fc.property(responses, badScores, fc.nat(), (rows, bad, at) => {
        const position = at % (rows.length + 1);
        const cells: unknown[][] = rows.map((r) => [r.score]);
        cells.splice(position, 0, [bad]);
        expect(() => callFunction('NPS', [cells])).toThrow(new RegExp(`^NPS: row ${position + 1} holds `));
      }),
      { numRuns: 300 },
    );
  });

  it('names the row of a bad date in a trend', () => {
    fc.assert(
      fc.property(
        responses,
        fc.constantFrom('03/04/2024', '2024-02-30', 7, true, '#N/A'),
        fc.nat(),
        (rows, bad, at) => {
          const position = (at % rows.length) + 1; // after the first row, which could otherwise read as a heading
          const dates: unknown[][] = rows.map((r) => [r.date]);
          const scores: unknown[][] = rows.map(() => [8]);
          dates.splice(position, 0, [bad]);
          scores.splice(position, 0, [9]);
          expect(() => callFunction('NPS_TREND', [dates, scores])).toThrow(
            new RegExp(`^NPS_TREND: row ${position + 1} of dates holds `),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
