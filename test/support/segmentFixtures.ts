/**
 * Sheets-shaped arguments for the by-segment and impact functions: headings,
 * blank rows, mixed numeric and text ids, Date cells and ISO text, both forms
 * of `segments`.
 */

import { AMOUNTS, CUSTOMER_IDS, END_DATES, ORDER_DATES, ORDER_IDS, START_DATES } from './orderFixtures';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A plan per customer of START_DATES. */
export const PLANS = [['Plan'], ['Pro'], ['Basic'], ['Pro'], [''], [''], ['Basic']];
/** A channel per order row of CUSTOMER_IDS (the same on every row of a customer). */
export const CHANNELS = [['Channel'], ['Web'], ['Web'], ['Store'], [''], ['Web'], ['Web'], ['Web'], ['']];
/** The customers sheet's ids and sources, as {Customers!A2:A, Customers!E2:E}. */
export const CUSTOMER_SOURCES = [
  ['Customer ID', 'Source'],
  [1001, 'Referral'],
  ['B7', 'Instagram'],
  ['', ''],
  ['C9', 'Referral'],
];
/** Customer ids with a start and end each, parallel to START_DATES. */
export const LIST_IDS = [['Customer ID'], [1001], ['B7'], ['C9'], [''], [1002], ['D4']];

export const SURVEY_IDS = [['Customer ID'], [1001], ['B7'], [''], ['C9'], [1001], [1002]];
export const SURVEY_DATES = [
  ['Response date'],
  [day('2024-01-06')],
  ['2024-01-10'],
  [''],
  [day('2024-01-25')],
  ['2024-03-30'],
  [day('2024-03-10')],
];
export const SURVEY_SCORES = [['Score'], [9], [3], [''], ['N/A'], [10], [7]];

export const SEGMENT_CALLS: Record<string, unknown[][]> = {
  CHURN_BY: [[PLANS, START_DATES, END_DATES, day('2024-01-01'), day('2024-03-31')]],
  RETENTION_BY: [[PLANS, START_DATES, END_DATES, '2024-01-01', '2024-03-31']],
  REPEAT_PURCHASE_RATE_BY: [
    [CHANNELS, CUSTOMER_IDS],
    [CUSTOMER_SOURCES, CUSTOMER_IDS, ORDER_DATES],
  ],
  AVG_ORDER_VALUE_BY: [
    [CHANNELS, AMOUNTS],
    [CHANNELS, AMOUNTS, ORDER_IDS],
    [CUSTOMER_SOURCES, AMOUNTS, ORDER_IDS, CUSTOMER_IDS],
  ],
  CLV_BY: [
    [CHANNELS, CUSTOMER_IDS, ORDER_DATES, AMOUNTS, 3],
    [CUSTOMER_SOURCES, CUSTOMER_IDS, ORDER_DATES, AMOUNTS, 2, 0.6],
  ],
  NPS_IMPACT: [
    [SURVEY_IDS, SURVEY_DATES, SURVEY_SCORES, CUSTOMER_IDS, ORDER_DATES, AMOUNTS, 30],
    [SURVEY_IDS, SURVEY_DATES, SURVEY_SCORES, CUSTOMER_IDS, ORDER_DATES, AMOUNTS, '', day('2025-06-30')],
  ],
  NPS_CHURN_IMPACT: [
    [SURVEY_IDS, SURVEY_DATES, SURVEY_SCORES, LIST_IDS, START_DATES, END_DATES, 30, '2024-06-30'],
    [SURVEY_IDS, SURVEY_DATES, SURVEY_SCORES, LIST_IDS, START_DATES, END_DATES, 10],
  ],
};

/** One bad call per function and the message it must give. */
export const SEGMENT_BAD_CALLS: Record<string, { args: unknown[]; message: string }> = {
  CHURN_BY: {
    args: [PLANS.slice(0, 3), START_DATES, END_DATES, '2024-01-01', '2024-03-31'],
    message: 'CHURN_BY: start_dates has 7 rows but segments has 3 rows',
  },
  RETENTION_BY: {
    args: [PLANS, START_DATES, END_DATES, '2024-03-31', '2024-01-01'],
    message: 'RETENTION_BY: period_end (2024-01-01) is before period_start (2024-03-31)',
  },
  REPEAT_PURCHASE_RATE_BY: {
    args: [CHANNELS.map((row, i) => (i === 2 ? ['Store'] : row)), CUSTOMER_IDS],
    message: 'REPEAT_PURCHASE_RATE_BY: row 3 puts customer 1001 in segment "Store", but row 2 put it in "Web"',
  },
  AVG_ORDER_VALUE_BY: {
    args: [CUSTOMER_SOURCES, AMOUNTS],
    message: 'AVG_ORDER_VALUE_BY: segments has two columns (customer ids and their segment), so customer_ids is needed',
  },
  CLV_BY: {
    args: [[...CUSTOMER_SOURCES, ['1001', 'Google']], CUSTOMER_IDS, ORDER_DATES, AMOUNTS, 3],
    message: 'CLV_BY: row 6 of segments gives customer 1001 the segment "Google", but row 2 gave "Referral"',
  },
  NPS_IMPACT: {
    args: [SURVEY_IDS, SURVEY_DATES, SURVEY_SCORES, CUSTOMER_IDS, ORDER_DATES, AMOUNTS, 1.5],
    message: 'NPS_IMPACT: window_days is 1.5; use a whole number of days',
  },
  NPS_CHURN_IMPACT: {
    args: [SURVEY_IDS, SURVEY_DATES, SURVEY_SCORES, LIST_IDS, START_DATES, END_DATES, 400],
    message: 'NPS_CHURN_IMPACT: no respondent has an answer whose 400-day window ended by as_of',
  },
};
