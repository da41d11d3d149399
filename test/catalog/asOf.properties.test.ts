/**
 * as_of, for the functions that take it so that a dashboard "as of" a date
 * shows every number as it stood then: the value as of a day is the value on
 * the rows dated up to that day, with nothing else changed. Hand-worked
 * cases, then the property over generated sheets.
 */

import fc from 'fast-check';
import { callFunction } from '../support/callFunction';

const DAY = 86_400_000;
const isoOf = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * DAY).toISOString().slice(0, 10);
const col = (...cells: unknown[]) => cells.map((cell) => [cell]);

describe('as_of, worked by hand', () => {
  const dates = col('Date', '2024-01-05', '2024-02-10', '2024-03-01', '2024-03-20');
  it('NPS and CSAT count only the answers up to as_of', () => {
    const scores = col('Score', 10, 3, 9, 0);
    // Up to 2024-02-10: one promoter, one detractor.
    expect(callFunction('NPS', [scores, dates, '2024-02-10'])).toBe(0);
    // All four: 2 promoters, 2 detractors.
    expect(callFunction('NPS', [scores, dates])).toBe(0);
    expect(callFunction('NPS', [scores, dates, '2024-03-01'])).toBeCloseTo(100 / 3, 12);
    const csat = col('CSAT', 5, 2, 4, 1);
    expect(callFunction('CSAT', [csat, '', '', dates, '2024-03-01'])).toBeCloseTo(2 / 3, 12);
  });

  it('the order functions count only the orders up to as_of', () => {
    const ids = col('Customer', 'A', 'A', 'B', 'C');
    const amounts = col('Amount', 10, 30, 20, 100);
    const products = col('Product', 'Mug', 'Beans', 'Mug', 'Mug');
    expect(callFunction('PURCHASE_FREQUENCY', [ids, dates, '2024-03-01'])).toBe(1.5);
    expect(callFunction('AVG_ORDER_VALUE', [amounts, '', dates, '2024-03-01'])).toBe(20);
    expect(callFunction('UPSELL_RATE', [ids, products, dates, '2024-02-10'])).toBe(1);
    expect(callFunction('UPSELL_RATE', [ids, products, dates, '2024-03-01'])).toBe(0.5);
  });

  it('needs the dates to know what comes after as_of', () => {
    expect(() => callFunction('NPS', [col(9, 10), '', '2024-01-01'])).toThrow(
      'NPS: as_of needs dates; give the date of each answer, e.g. A2:A.',
    );
    expect(() => callFunction('PURCHASE_FREQUENCY', [col('A'), '', '2024-01-01'])).toThrow(
      'PURCHASE_FREQUENCY: as_of needs order_dates',
    );
    expect(() =>
      callFunction('PURCHASE_FREQUENCY', [col('A', 'B'), col('2024-05-01', '2024-06-01'), '2024-01-01']),
    ).toThrow('PURCHASE_FREQUENCY: no orders on or before as_of (2024-01-01); the first order is later.');
  });

  it('CHURN_TREND and REFERRAL_RATE see the customer list as it stood on as_of', () => {
    const starts = col('Start', '2024-01-10', '2024-01-20', '2024-02-15');
    const ends = col('End', '2024-02-20', '', '');
    const sources = col('Source', 'Referral', 'Google', 'Referral');
    // On 2024-02-10: two customers, nobody has left yet; the third starts later.
    const trend = callFunction('CHURN_TREND', [starts, ends, 'month', '2024-02-10']) as unknown[][];
    expect(trend.map((row) => row.slice(1, 5))).toEqual([
      ['Customers at start', 'New', 'Lost', 'Customers at end'],
      [0, 2, 0, 2],
    ]);
    expect(callFunction('REFERRAL_RATE', [sources, '', starts, '2024-02-10'])).toBe(0.5);
    expect(callFunction('REFERRAL_RATE', [sources, '', starts])).toBeCloseTo(2 / 3, 12);
  });
});

/** Rows of a sheet with a date each; the functions under test read their columns. */
interface Row {
  readonly day: number;
  readonly customer: string;
  readonly score: number;
  readonly amount: number;
  readonly product: string;
}
const row: fc.Arbitrary<Row> = fc.record({
  day: fc.integer({ min: 0, max: 400 }),
  customer: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  score: fc.integer({ min: 0, max: 10 }),
  amount: fc.integer({ min: 0, max: 5000 }).map((cents) => cents / 100),
  product: fc.constantFrom('Mug', 'Beans', 'Grinder'),
});
/** Two rows on day 0 (so some rows always come before as_of), then any. */
const sheet = fc
  .array(row, { minLength: 1, maxLength: 40 })
  .map((rows) => [
    { day: 0, customer: 'A', score: 9, amount: 12, product: 'Mug' },
    { day: 0, customer: 'B', score: 2, amount: 30, product: 'Beans' },
    ...rows,
  ]);

const columnOf = (rows: readonly Row[], heading: string, cell: (r: Row) => unknown) => [
  [heading],
  ...rows.map((r) => [cell(r)]),
];
/** Each function's arguments with the date column and as_of (undefined: no as_of, and no dates where optional). */
const CASES: Record<string, (rows: readonly Row[], asOf?: string) => unknown[]> = {
  NPS: (rows, asOf) => [
    columnOf(rows, 'Score', (r) => r.score),
    columnOf(rows, 'Date', (r) => isoOf(r.day)),
    asOf ?? '',
  ],
  NPS_SUMMARY: (rows, asOf) => [
    columnOf(rows, 'Score', (r) => r.score),
    '',
    columnOf(rows, 'Date', (r) => isoOf(r.day)),
    asOf ?? '',
  ],
  CSAT: (rows, asOf) => [
    columnOf(rows, 'CSAT', (r) => 1 + (r.score % 5)),
    '',
    '',
    columnOf(rows, 'Date', (r) => isoOf(r.day)),
    asOf ?? '',
  ],
  PURCHASE_FREQUENCY: (rows, asOf) => [
    columnOf(rows, 'Customer', (r) => r.customer),
    columnOf(rows, 'Date', (r) => isoOf(r.day)),
    asOf ?? '',
  ],
  AVG_ORDER_VALUE: (rows, asOf) => [
    columnOf(rows, 'Amount', (r) => r.amount),
    '',
    columnOf(rows, 'Date', (r) => isoOf(r.day)),
    asOf ?? '',
  ],
  UPSELL_RATE: (rows, asOf) => [
    columnOf(rows, 'Customer', (r) => r.customer),
    columnOf(rows, 'Product', (r) => r.product),
    columnOf(rows, 'Date', (r) => isoOf(r.day)),
    asOf ?? '',
  ],
  CLV: (rows, asOf) => [
    columnOf(rows, 'Customer', (r) => r.customer),
    columnOf(rows, 'Date', (r) => isoOf(r.day)),
    columnOf(rows, 'Amount', (r) => r.amount),
    3,
    0.5,
    asOf ?? '',
  ],
  NPS_TREND: (rows, asOf) => [
    columnOf(rows, 'Date', (r) => isoOf(r.day)),
    columnOf(rows, 'Score', (r) => r.score),
    'month',
    asOf ?? '',
  ],
};

function outcome(call: () => unknown): { value: unknown } | { error: string } {
  try {
    return { value: call() };
  } catch (error) {
    return { error: (error as Error).message.replace(' on or before as_of', '') };
  }
}

describe.each(Object.keys(CASES))('%s as of a day', (name) => {
  it('equals the function on the rows dated up to that day', () => {
    fc.assert(
      fc.property(sheet, fc.integer({ min: 1, max: 400 }), (rows, cut) => {
        const asOf = isoOf(cut);
        const kept = rows.filter((r) => r.day <= cut);
        // The same value, or the same error (every order on one day, no answers by then).
        expect(outcome(() => callFunction(name, CASES[name](rows, asOf)))).toEqual(
          outcome(() => callFunction(name, CASES[name](kept))),
        );
      }),
      { numRuns: 40 },
    );
  });
});
