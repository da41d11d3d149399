/**
 * The by-segment functions on lists small enough to work by hand: the
 * metric of every segment, the rest, the notes for small segments, the
 * overall row equal to the plain function, and the errors.
 */

import { studentTCriticalValue } from '../../src/stats/studentTQuantile';
import { wilsonInterval } from '../../src/stats/wilsonInterval';
import { callFunction } from '../support/callFunction';
import { columnOf } from '../support/context';

type Table = unknown[][];
const table = (name: string, args: unknown[]) => callFunction(name, args) as Table;
/** The rows of a table by their first cell. */
const byLabel = (rows: Table) => Object.fromEntries(rows.slice(1).map((row) => [String(row[0]), row]));

const SMALL = 'fewer than 30 customers at the start: no significance claim';

/**
 * A customer list for January 2024: segment A, 10 customers from 2023, 3 of whom leave in January; segment B,
 * 5 customers from 2023 of whom 1 leaves, one who joins in January (in neither part of the rate) and one who
 * left in December (not a customer at the start); one customer without a segment, who stays.
 */
function januaryList() {
  const segments: unknown[] = ['Plan'];
  const starts: unknown[] = ['Start date'];
  const ends: unknown[] = ['Cancel date'];
  const add = (segment: unknown, start: string, end: string, times = 1) => {
    for (let i = 0; i < times; i++) {
      segments.push(segment);
      starts.push(start);
      ends.push(end);
    }
  };
  add('A', '2023-06-01', '2024-01-15', 3);
  add('A', '2023-06-01', '', 7);
  add(' B ', '2023-06-01', '2024-01-20');
  add('B', '2023-06-01', '', 4);
  add('B', '2024-01-10', '');
  add('B', '2023-05-01', '2023-12-01');
  add('', '', '');
  add('', '2023-01-01', '');
  return { segments: columnOf(...segments), starts: columnOf(...starts), ends: columnOf(...ends) };
}

describe('CHURN_BY and RETENTION_BY', () => {
  const { segments, starts, ends } = januaryList();
  const args = [segments, starts, ends, '2024-01-01', '2024-01-31'];

  it('give each segment the rate of its customers at the start, largest first, then the whole list', () => {
    const churn = table('CHURN_BY', args);
    expect(churn[0]).toEqual([
      'Segment',
      'Customers at start',
      'Churn rate',
      'CI low',
      'CI high',
      'Rest',
      'p-value (two-proportion z)',
      'Differs from rest',
      'Note',
    ]);
    expect(churn.map((row) => row[0])).toEqual(['Segment', 'A', 'B', '(blank)', '(all)']);
    const rows = byLabel(churn);
    // A: 3 of 10 left; the rest, B and (blank), 1 of 6.
    expect(rows.A.slice(1, 3)).toEqual([10, 0.3]);
    expect(rows.A[3]).toBeCloseTo(wilsonInterval(3, 10, 0.95)!.low, 14);
    expect(rows.A[4]).toBeCloseTo(wilsonInterval(3, 10, 0.95)!.high, 14);
    expect(rows.A[5]).toBeCloseTo(1 / 6, 14);
    expect(rows.A.slice(6)).toEqual(['', '', SMALL]);
    // B: 1 of 5 (the January joiner and the December leaver are not at the start); the rest 3 of 11.
    expect(rows.B.slice(1, 3)).toEqual([5, 0.2]);
    expect(rows.B[5]).toBeCloseTo(3 / 11, 14);
    expect(rows['(blank)'].slice(1, 3)).toEqual([1, 0]);
    expect(rows['(blank)'][3]).toBe(0);
    // The whole list: 4 of 16, CHURN_RATE itself.
    expect(rows['(all)'].slice(1, 3)).toEqual([16, 0.25]);
    expect(rows['(all)'][2]).toBe(callFunction('CHURN_RATE', args.slice(1)));
    expect(rows['(all)'].slice(5)).toEqual(['', '', '', '']);
  });

  it('give retention as the share of the customers at the start who stayed, 1 - churn', () => {
    const rows = byLabel(table('RETENTION_BY', args));
    expect(rows.A.slice(1, 3)).toEqual([10, 0.7]);
    expect(rows.A[3]).toBeCloseTo(wilsonInterval(7, 10, 0.95)!.low, 14);
    expect(rows.B.slice(1, 3)).toEqual([5, 0.8]);
    expect(rows['(blank)'][2]).toBe(1);
    expect(rows['(all)'][2]).toBe(callFunction('RETENTION_RATE', args.slice(1)));
    expect(rows['(all)'][2]).toBe(0.75);
  });

  it('test a segment against the rest once both have 30 customers at the start', () => {
    // X: 4 of 40 leave; Y: 18 of 60. Pooled 22/100: SE = sqrt(0.22 x 0.78 x (1/40 + 1/60)) = 0.084558,
    // z = (0.1 - 0.3) / SE = -2.3653, p = 0.0180.
    const segments = columnOf(...Array.from({ length: 100 }, (_, i) => (i < 40 ? 'X' : 'Y')));
    const starts = columnOf(...Array.from({ length: 100 }, () => '2023-01-01'));
    const ends = columnOf(...Array.from({ length: 100 }, (_, i) => (i < 4 || (i >= 40 && i < 58) ? '2024-01-10' : '')));
    const churn = table('CHURN_BY', [segments, starts, ends, '2024-01-01', '2024-01-31']);
    const rows = byLabel(churn);
    expect(churn.map((row) => row[0])).toEqual(['Segment', 'Y', 'X', '(all)']);
    expect(rows.X[6]).toBeCloseTo(0.018, 3);
    expect(rows.Y[6]).toBeCloseTo(rows.X[6] as number, 14);
    expect(rows.X.slice(7)).toEqual([true, '']);
    expect(rows.Y[5]).toBe(0.1);
    expect(rows['(all)'][8]).toBe('2 segments tested: at 95% about 1 in 20 differs from the rest by chance alone');
  });

  it('show a segment with nobody at the start, and refuse a period nobody was in', () => {
    const rows = byLabel(
      table('CHURN_BY', [
        columnOf('A', 'A', 'New'),
        columnOf('2023-01-01', '2023-02-01', '2024-01-05'),
        columnOf('', '', ''),
        '2024-01-01',
        '2024-01-31',
      ]),
    );
    expect(rows.New.slice(1)).toEqual([0, '', '', '', 0, '', '', 'no customers at the start of the period']);
    expect(rows.A[8]).toBe('no customers at the start in the rest: nothing to compare with');
    expect(() =>
      callFunction('CHURN_BY', [columnOf('A'), columnOf('2024-03-01'), columnOf(''), '2024-01-01', '2024-01-31']),
    ).toThrow('CHURN_BY: no customer was active at the start of the period (2024-01-01)');
    expect(() =>
      callFunction('RETENTION_BY', [
        columnOf('A', 'B'),
        columnOf('2024-03-01'),
        columnOf(''),
        '2024-01-01',
        '2024-01-31',
      ]),
    ).toThrow('RETENTION_BY: start_dates has 1 row but segments has 2 rows');
  });
});

/** Orders of six customers; 1 to 3 came from the web, 4 and 5 from the store, 6 is not in the customers sheet. */
const ORDER_IDS = columnOf('Customer', 1, 1, 2, 2, 3, 4, '', 4, 5, 6);
const ORDER_DATES = columnOf(
  'Date',
  '2024-01-01',
  '2024-02-01',
  '2024-03-01',
  '2024-03-01',
  '2024-03-05',
  '2024-01-10',
  '',
  '2024-04-10',
  '2024-05-01',
  '2024-05-02',
);
const CUSTOMER_SEGMENTS = [
  ['Customer ID', 'Source'],
  [1, 'Web'],
  [2, 'Web'],
  ['', ''],
  ['3', 'Web'],
  [4, 'Store'],
  [5, 'Store'],
  [4, 'Store'],
];

describe('REPEAT_PURCHASE_RATE_BY', () => {
  it('joins a two-column range of customer ids and segments by id', () => {
    // With dates, customer 2's two orders are on one day: repeat customers are 1 and 4.
    const withDates = table('REPEAT_PURCHASE_RATE_BY', [CUSTOMER_SEGMENTS, ORDER_IDS, ORDER_DATES]);
    expect(withDates.map((row) => row.slice(0, 3))).toEqual([
      ['Segment', 'Customers', 'Repeat purchase rate'],
      ['Web', 3, 1 / 3],
      ['Store', 2, 0.5],
      ['(not listed)', 1, 0],
      ['(all)', 6, 2 / 6],
    ]);
    expect(withDates[4][2]).toBe(callFunction('REPEAT_PURCHASE_RATE', [ORDER_IDS, ORDER_DATES]));
    expect(withDates[1][5]).toBeCloseTo(1 / 3, 14);
    expect(withDates[1][8]).toBe('fewer than 30 customers: no significance claim');
    // Without dates, every order counts: customer 2 repeats too.
    const rows = byLabel(table('REPEAT_PURCHASE_RATE_BY', [CUSTOMER_SEGMENTS, ORDER_IDS]));
    expect(rows.Web[2]).toBe(2 / 3);
    expect(rows['(all)'][2]).toBe(callFunction('REPEAT_PURCHASE_RATE', [ORDER_IDS]));
  });

  it('takes a segment per order row, the same on every row of a customer', () => {
    const segments = columnOf('Segment', 'Web', 'Web', 'Web', 'Web', 'Web', 'Store', '', 'Store', 'Store', '');
    const rows = byLabel(table('REPEAT_PURCHASE_RATE_BY', [segments, ORDER_IDS, ORDER_DATES]));
    expect(rows.Web.slice(1, 3)).toEqual([3, 1 / 3]);
    expect(rows['(blank)'].slice(1, 3)).toEqual([1, 0]);
    const mixed = columnOf('Segment', 'Web', 'Store', 'Web', 'Web', 'Web', 'Store', '', 'Store', 'Store', '');
    expect(() => callFunction('REPEAT_PURCHASE_RATE_BY', [mixed, ORDER_IDS, ORDER_DATES])).toThrow(
      'REPEAT_PURCHASE_RATE_BY: row 3 puts customer 1 in segment "Store", but row 2 put it in "Web"; a customer ' +
        'belongs to one segment (for a segment kept per customer, such as the acquisition source, give segments as ' +
        'two columns, the customer ids and their segment: {Customers!A2:A, Customers!E2:E}).',
    );
  });

  it('refuses a customer listed with two segments, naming the rows', () => {
    const twice = [...CUSTOMER_SEGMENTS, ['1', 'Store']];
    expect(() => callFunction('REPEAT_PURCHASE_RATE_BY', [twice, ORDER_IDS])).toThrow(
      'REPEAT_PURCHASE_RATE_BY: row 9 of segments gives customer 1 the segment "Store", but row 2 gave "Web"; a ' +
        'customer belongs to one segment.',
    );
    expect(() =>
      callFunction('REPEAT_PURCHASE_RATE_BY', [
        [
          ['', 'Web'],
          ['', ''],
        ],
        ORDER_IDS,
      ]),
    ).toThrow('REPEAT_PURCHASE_RATE_BY: segments has two columns but no customer ids in the first');
  });
});

describe('AVG_ORDER_VALUE_BY', () => {
  // Orders O1 (lines 10 and 5) and O2 (20) on the web; O3 (30), O4 (12) and O5 (8) in the store.
  const amounts = columnOf('Amount', 10, 5, 20, '', 30, '$12.00', 8);
  const orderIds = columnOf('Order', 'O1', 'O1', 'O2', '', 'O3', 'O4', 'O5');
  const channels = columnOf('Channel', 'Web', 'Web', 'Web', '', 'Store', 'Store', 'Store');
  const customers = columnOf('Customer', 1, 1, 2, '', 4, 5, 6);

  it('gives the mean order total of each segment with its t interval', () => {
    const result = table('AVG_ORDER_VALUE_BY', [channels, amounts, orderIds]);
    const rows = byLabel(result);
    expect(result.map((row) => row[0])).toEqual(['Segment', 'Store', 'Web', '(all)']);
    // Web: totals 15 and 20, mean 17.5, s = 3.5355, SE = 2.5, t(0.975, 1) = 12.7062.
    expect(rows.Web.slice(1, 3)).toEqual([2, 17.5]);
    const t1 = studentTCriticalValue(0.95, 1);
    expect(rows.Web[3]).toBeCloseTo(17.5 - t1 * 2.5, 10);
    expect(rows.Web[4]).toBeCloseTo(17.5 + t1 * 2.5, 10);
    expect(rows.Web[5]).toBeCloseTo(50 / 3, 12);
    // Store: 30, 12, 8: mean 16.667, s² = 137.33, SE = 6.766, t(0.975, 2) = 4.3027.
    expect(rows.Store[2]).toBeCloseTo(50 / 3, 12);
    expect(rows.Store[4]).toBeCloseTo(50 / 3 + studentTCriticalValue(0.95, 2) * Math.sqrt(412 / 9 / 1), 10);
    expect(rows.Store[8]).toBe('fewer than 30 orders: no significance claim');
    // 85 over 5 orders: AVG_ORDER_VALUE itself.
    expect(rows['(all)'].slice(1, 3)).toEqual([5, 17]);
    expect(rows['(all)'][2]).toBe(callFunction('AVG_ORDER_VALUE', [amounts, orderIds]));
    expect(result[0][6]).toBe('p-value (Welch t)');
  });

  it('joins a customer segment through customer_ids, which it then needs', () => {
    const rows = byLabel(table('AVG_ORDER_VALUE_BY', [CUSTOMER_SEGMENTS, amounts, orderIds, customers]));
    expect(rows.Web.slice(1, 3)).toEqual([2, 17.5]);
    expect(rows.Store.slice(1, 3)).toEqual([2, 21]);
    expect(rows['(not listed)'].slice(1, 3)).toEqual([1, 8]);
    expect(() => callFunction('AVG_ORDER_VALUE_BY', [CUSTOMER_SEGMENTS, amounts, orderIds])).toThrow(
      'AVG_ORDER_VALUE_BY: segments has two columns (customer ids and their segment), so customer_ids is needed',
    );
  });

  it('treats each amount as an order without order ids, and refuses an order in two segments', () => {
    const rows = byLabel(table('AVG_ORDER_VALUE_BY', [channels, amounts]));
    expect(rows.Web.slice(1, 3)).toEqual([3, 35 / 3]);
    expect(rows['(all)'][2]).toBe(callFunction('AVG_ORDER_VALUE', [amounts]));
    const split = columnOf('Channel', 'Web', 'Store', 'Web', '', 'Store', 'Store', 'Store');
    expect(() => callFunction('AVG_ORDER_VALUE_BY', [split, amounts, orderIds])).toThrow(
      'AVG_ORDER_VALUE_BY: row 3 puts order O1 in segment "Store", but row 2 put it in "Web"; the lines of one order belong to one segment.',
    );
    expect(() => callFunction('AVG_ORDER_VALUE_BY', [channels, columnOf('Amount', 10, -5, 1, '', 1, 1, 1)])).toThrow(
      'AVG_ORDER_VALUE_BY: row 3 of amounts holds -5; amounts must be numbers, zero or more',
    );
  });
});

describe('CLV_BY', () => {
  // a (web): 100, 50 and a refund of 10; b (web): 60; c (store): 200. The orders span 2024-01-01 to 2024-12-31,
  // 365 days; lifespan 2 years, margin 0.5: each customer's value is their revenue x 365.25/365 x 2 x 0.5.
  const ids = columnOf('Customer', 'a', 'a', 'a', 'b', 'c');
  const dates = columnOf('Date', '2024-01-01', '2024-07-01', '2024-07-02', '2024-03-01', '2024-12-31');
  const amounts = columnOf('Amount', 100, 50, -10, 60, 200);
  const segments = columnOf('Plan', 'Web', 'Web', 'Web', 'Web', 'Store');
  const factor = 365.25 / 365;

  it('gives the net revenue per customer per year x lifespan x margin of each segment, over the whole span', () => {
    const result = table('CLV_BY', [segments, ids, dates, amounts, 2, 0.5]);
    const rows = byLabel(result);
    expect(result.map((row) => row[0])).toEqual(['Segment', 'Web', 'Store', '(all)']);
    expect(rows.Web[1]).toBe(2);
    expect(rows.Web[2]).toBeCloseTo(100 * factor, 10);
    // Values 140 f and 60 f: s = 56.569 f, SE = 40 f.
    expect(rows.Web[3]).toBeCloseTo((100 - studentTCriticalValue(0.95, 1) * 40) * factor, 9);
    expect(rows.Web[5]).toBeCloseTo(200 * factor, 10);
    expect(rows.Store.slice(1, 5)).toEqual([1, expect.closeTo(200 * factor, 10), '', '']);
    expect(rows['(all)'][2]).toBe(callFunction('CLV', [ids, dates, amounts, 2, 0.5]));
    expect(rows['(all)'][2]).toBeCloseTo((400 / 3) * factor, 10);
  });

  it('joins customer segments by id and refuses orders on a single day', () => {
    const rows = byLabel(
      table('CLV_BY', [
        [
          ['a', 'Web'],
          ['c', 'Store'],
        ],
        ids,
        dates,
        amounts,
        2,
      ]),
    );
    expect(rows.Web[2]).toBeCloseTo(140 * 2 * factor, 10);
    expect(rows['(not listed)'][2]).toBeCloseTo(60 * 2 * factor, 10);
    expect(() =>
      callFunction('CLV_BY', [
        columnOf('A', 'B'),
        columnOf('a', 'b'),
        columnOf('2024-01-01', '2024-01-01'),
        columnOf(1, 2),
        3,
      ]),
    ).toThrow('CLV_BY: every order falls on 2024-01-01');
    expect(() => callFunction('CLV_BY', [segments, ids, dates, amounts, ''])).toThrow(
      'CLV_BY: lifespan_years is blank',
    );
  });
});
