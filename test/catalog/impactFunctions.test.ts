/**
 * NPS_IMPACT and NPS_CHURN_IMPACT on a survey small enough to follow by hand:
 * which answer counts for each respondent (the latest whose window has
 * passed), which orders fall in the window, and what is left out.
 */

import { newcombeInterval } from '../../src/stats/newcombeInterval';
import { studentTCriticalValue } from '../../src/stats/studentTQuantile';
import { wilsonInterval } from '../../src/stats/wilsonInterval';
import { callFunction } from '../support/callFunction';
import { columnOf } from '../support/context';

type Table = unknown[][];
const byLabel = (rows: Table) => Object.fromEntries(rows.slice(1).map((row) => [String(row[0]), row]));

/**
 * The survey. P1 answered 10 on 2024-06-01. P2 answered 9 on 2024-03-01 and 3 on 2024-12-15, whose 30-day
 * window is not over by 2024-12-31: the 9 counts. Q answered 6 and then 8 (both complete): the 8 counts, a
 * passive. D answered 4 on 2024-05-10. R answered only on 2024-12-20: left out. One answer has no customer id,
 * one is "N/A".
 */
const SURVEY_IDS = columnOf('Customer ID', 'P1', 'P2', 'P2', 'Q', 'Q', 'D', 'R', '', 'P1', '');
const SURVEY_DATES = columnOf(
  'Response date',
  '2024-06-01',
  '2024-03-01',
  '2024-12-15',
  '2024-01-05',
  '2024-02-01',
  '2024-05-10',
  '2024-12-20',
  '2024-04-04',
  '2024-07-07',
  '',
);
const SCORES = columnOf('NPS', 10, 9, 3, 6, 8, 4, 9, 10, 'N/A', '');

/**
 * The orders. P1: on the answer day (not counted), on day 14 (20), on day 30 (30: the window's last day) and on
 * day 31 (40: after it). P2: nothing in its window. Q: one before its answer, one after (12). D: one (15). S, who
 * never answered, sets the latest order date, 2024-12-31.
 */
const ORDER_IDS = columnOf('Customer', 'P1', 'P1', 'P1', 'P1', 'P2', 'Q', 'Q', 'D', 'S');
const ORDER_DATES = columnOf(
  'Order date',
  '2024-06-01',
  '2024-06-15',
  '2024-07-01',
  '2024-07-02',
  '2024-05-01',
  '2024-01-20',
  '2024-02-10',
  '2024-05-20',
  '2024-12-31',
);
const AMOUNTS = columnOf('Amount', 99, 20, 30, 40, 25, 7, 12, 15, 5);
const SURVEY = [SURVEY_IDS, SURVEY_DATES, SCORES];
const ORDERS = [ORDER_IDS, ORDER_DATES, AMOUNTS];

describe('NPS_IMPACT', () => {
  const result = callFunction('NPS_IMPACT', [...SURVEY, ...ORDERS, 30]) as Table;
  const rows = byLabel(result);

  it('has a row per category, the comparison, and what was left out', () => {
    expect(result[0]).toEqual([
      'Group',
      'Respondents',
      'Bought again',
      'CI low',
      'CI high',
      'Orders per respondent',
      'Revenue per respondent',
      'Revenue CI low',
      'Revenue CI high',
      'p-value',
      'Note',
    ]);
    expect(result.map((row) => row[0])).toEqual([
      'Group',
      'Promoters',
      'Passives',
      'Detractors',
      'Promoters - detractors',
      'Promoters / detractors',
      'Left out: window not over by as_of',
      'Left out: no customer id',
    ]);
    expect(result.every((row) => row.length === 11)).toBe(true);
  });

  it('counts the orders after the answer day, up to window_days later, by the latest complete answer', () => {
    // Promoters P1 (2 orders, 50) and P2 (none): half bought again, 1 order and 25 per respondent.
    expect(rows.Promoters.slice(1, 3)).toEqual([2, 0.5]);
    expect(rows.Promoters[3]).toBeCloseTo(wilsonInterval(1, 2, 0.95)!.low, 14);
    expect(rows.Promoters.slice(5, 7)).toEqual([1, 25]);
    // Revenue 50 and 0: s = 35.355, SE = 25.
    expect(rows.Promoters[7]).toBeCloseTo(25 - studentTCriticalValue(0.95, 1) * 25, 10);
    expect(rows.Promoters[10]).toBe('fewer than 30 respondents: no significance claim');
    // Q's latest answer (8) makes it a passive: one order of 12 after it.
    expect(rows.Passives.slice(1, 9)).toEqual([1, 1, expect.any(Number), 1, 1, 12, '', '']);
    expect(rows.Detractors.slice(1, 3)).toEqual([1, 1]);
    expect(rows.Detractors.slice(5, 7)).toEqual([1, 15]);
  });

  it('compares promoters with detractors, without a significance claim for so few', () => {
    const difference = rows['Promoters - detractors'];
    expect(difference[2]).toBe(-0.5);
    const interval = newcombeInterval(1, 2, 1, 1, 0.95)!;
    expect(difference[3]).toBeCloseTo(interval.low, 14);
    expect(difference[4]).toBeCloseTo(interval.high, 14);
    expect(difference.slice(5, 10)).toEqual([0, 10, '', '', '']);
    expect(difference[10]).toBe('fewer than 30 promoters or detractors: no significance claim');
    expect(rows['Promoters / detractors'][6]).toBeCloseTo(25 / 15, 14);
    expect(rows['Left out: window not over by as_of'][1]).toBe(1);
    expect(rows['Left out: no customer id'][1]).toBe(1);
  });

  it('moves with as_of: an earlier date leaves out the answers whose window is not over by then', () => {
    // By 2024-06-30 a 30-day window must have started by 2024-05-31: P1's answer of 2024-06-01 is too recent.
    const early = byLabel(callFunction('NPS_IMPACT', [...SURVEY, ...ORDERS, 30, '2024-06-30']) as Table);
    expect(early.Promoters.slice(1, 3)).toEqual([1, 0]);
    expect(early['Left out: window not over by as_of'][1]).toBe(2);
    // With a 365-day window only the answers of 2023 would count: there are none.
    expect(() => callFunction('NPS_IMPACT', [...SURVEY, ...ORDERS])).toThrow(
      'NPS_IMPACT: no respondent has an answer whose 365-day window ended by as_of (2024-12-31), that is, an ' +
        'answer on or before 2024-01-01; 5 respondents answered later. Use a shorter window_days or a later as_of.',
    );
  });

  it('refuses two answers of one customer on one day in different categories, and unmatched ids', () => {
    expect(() =>
      callFunction('NPS_IMPACT', [
        columnOf('a', 'a', 'b'),
        columnOf('2024-01-05', '2024-01-05', '2024-01-06'),
        columnOf(9, 3, 9),
        ...ORDERS,
        30,
      ]),
    ).toThrow(
      'NPS_IMPACT: customer a answered 9 in row 1 and 3 in row 2, both on 2024-01-05; which came last cannot be told: keep one answer per customer and day.',
    );
    // The same category twice on one day is the same answer for this purpose.
    expect(() =>
      callFunction('NPS_IMPACT', [
        columnOf('P1', 'P1'),
        columnOf('2024-01-05', '2024-01-05'),
        columnOf(9, 10),
        ...ORDERS,
        30,
      ]),
    ).not.toThrow();
    expect(() =>
      callFunction('NPS_IMPACT', [
        columnOf('x1', 'x2'),
        columnOf('2024-01-05', '2024-01-06'),
        columnOf(9, 3),
        ...ORDERS,
        30,
      ]),
    ).toThrow(
      'NPS_IMPACT: none of the 2 respondents (such as x1) appears in order_customer_ids; survey_customer_ids and order_customer_ids must hold the same ids.',
    );
  });

  it('names the parameter and row of bad input', () => {
    expect(() => callFunction('NPS_IMPACT', [...SURVEY, ...ORDERS, 0])).toThrow(
      'NPS_IMPACT: window_days is 0; use a whole number of days from 1 to 36500',
    );
    expect(() =>
      callFunction('NPS_IMPACT', [
        SURVEY_IDS,
        SURVEY_DATES,
        columnOf('NPS', 10, 11, 3, 6, 8, 4, 9, 10, 'N/A', ''),
        ...ORDERS,
        30,
      ]),
    ).toThrow('NPS_IMPACT: row 3 of scores holds 11; scores must be whole numbers from 0 to 10.');
    expect(() =>
      callFunction('NPS_IMPACT', [...SURVEY, ORDER_IDS, columnOf('Order date', '2024-06-01'), AMOUNTS, 30]),
    ).toThrow('NPS_IMPACT: order_customer_ids has 10 rows but order_dates has 2 rows');
    expect(() =>
      callFunction('NPS_IMPACT', [SURVEY_IDS, columnOf('Response date', '2024-06-01', ''), SCORES, ...ORDERS]),
    ).toThrow('NPS_IMPACT: survey_customer_ids has 11 rows but survey_dates has 3 rows');
    expect(() => callFunction('NPS_IMPACT', [columnOf(''), columnOf(''), columnOf('N/A'), ...ORDERS])).toThrow(
      'NPS_IMPACT: no valid answers in scores; expected 0-10 answers with the customer id of each in survey_customer_ids.',
    );
  });
});

/**
 * The customer list: P1 leaves 19 days after answering (within 30 days); P2 stays; Q leaves on 2024-03-15, more
 * than 30 days after its answer of 2024-02-01; D had left before answering; X answered but is not in the list.
 */
const CUSTOMER_IDS = columnOf('Customer ID', 'P1', 'P2', 'Q', 'D', 'S');
const STARTS = columnOf('Start', '2024-01-01', '2023-01-01', '2023-06-01', '2024-01-01', '2023-01-01');
const ENDS = columnOf('End', '2024-06-20', '', '2024-03-15', '2024-05-01', '');

describe('NPS_CHURN_IMPACT', () => {
  const survey = [
    columnOf('Customer ID', 'P1', 'P2', 'P2', 'Q', 'Q', 'D', 'R', 'X'),
    columnOf(
      'Date',
      '2024-06-01',
      '2024-03-01',
      '2024-12-15',
      '2024-01-05',
      '2024-02-01',
      '2024-05-10',
      '2024-12-20',
      '2024-03-03',
    ),
    columnOf('NPS', 10, 9, 3, 6, 8, 4, 9, 2),
  ];
  const result = callFunction('NPS_CHURN_IMPACT', [...survey, CUSTOMER_IDS, STARTS, ENDS, 30, '2024-12-31']) as Table;
  const rows = byLabel(result);

  it('counts who left within the window among the customers of the answer day', () => {
    expect(result[0]).toEqual(['Group', 'Respondents', 'Churned', 'CI low', 'CI high', 'p-value', 'Note']);
    expect(rows.Promoters.slice(1, 3)).toEqual([2, 0.5]);
    expect(rows.Promoters[4]).toBeCloseTo(wilsonInterval(1, 2, 0.95)!.high, 14);
    expect(rows.Passives.slice(1, 3)).toEqual([1, 0]);
    expect(rows.Detractors.slice(1)).toEqual([0, '', '', '', '', 'no respondents']);
    expect(rows['Promoters - detractors'].slice(2)).toEqual([
      '',
      '',
      '',
      '',
      'no promoters or no detractors: no comparison',
    ]);
    expect(rows['Left out: window not over by as_of'][1]).toBe(1);
    expect(rows['Left out: not in the customer list'][1]).toBe(1);
    expect(rows['Left out: not a customer on the answer day'][1]).toBe(1);
    expect(rows['Left out: no customer id'][1]).toBe(0);
  });

  it('defaults as_of to the latest date of the list, and refuses a repeated customer', () => {
    // The latest date in the list is 2024-06-20: P1 (answered 2024-06-01) is then too recent for 30 days.
    const byDefault = byLabel(callFunction('NPS_CHURN_IMPACT', [...survey, CUSTOMER_IDS, STARTS, ENDS, 30]) as Table);
    expect(byDefault.Promoters.slice(1, 3)).toEqual([1, 0]);
    expect(() =>
      callFunction('NPS_CHURN_IMPACT', [
        ...survey,
        columnOf('Customer ID', 'P1', 'P2', 'P1'),
        columnOf('Start', '2024-01-01', '2023-01-01', '2023-06-01'),
        columnOf('End', '', '', ''),
      ]),
    ).toThrow(
      'NPS_CHURN_IMPACT: row 4 of customer_ids repeats customer P1 of row 2; give one row per customer (the customer list, not one row per subscription).',
    );
    expect(() =>
      callFunction('NPS_CHURN_IMPACT', [
        ...survey,
        columnOf('Z'),
        columnOf('2023-01-01'),
        columnOf(''),
        30,
        '2024-12-31',
      ]),
    ).toThrow('NPS_CHURN_IMPACT: none of the 5 respondents (such as P1) appears in customer_ids');
  });
});
