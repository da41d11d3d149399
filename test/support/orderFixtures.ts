/**
 * Sheets-shaped arguments for the customer-list and order functions, as a
 * user's ranges reach them: headings, blank rows, mixed numeric and text ids,
 * Date cells and ISO text.
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const CUSTOMER_IDS = [['Customer ID'], [1001], ['1001'], ['B7'], [''], ['C9'], ['C9'], [1001], [1002]];
export const ORDER_DATES = [
  ['Order date'],
  [day('2024-01-05')],
  ['2024-01-05'],
  [day('2024-02-10')],
  [''],
  [day('2024-01-20')],
  [day('2024-03-02')],
  [day('2024-04-01')],
  ['2024-04-03'],
];
export const AMOUNTS = [['Amount'], [20], ['$30.00'], [45], [''], [12.5], [12.5], [50], [8]];
export const PRODUCTS = [
  ['Product'],
  ['Espresso'],
  ['Mug'],
  ['Decaf'],
  [''],
  ['Espresso'],
  ['Espresso'],
  ['Espresso'],
  ['Mug'],
];
export const ORDER_IDS = [['Order'], ['B-1'], ['B-1'], ['B-2'], [''], ['B-3'], ['B-4'], ['B-5'], ['B-6']];

export const START_DATES = [
  ['Start date'],
  [day('2023-06-01')],
  [day('2023-09-15')],
  ['2024-01-10'],
  [''],
  [day('2023-03-01')],
  [day('2024-02-20')],
];
export const END_DATES = [['Cancel date'], [''], [day('2024-01-20')], [''], [''], [day('2024-03-05')], ['']];
export const SOURCES = [['Source'], ['Referral'], ['Instagram'], ['referral'], [''], ['Google'], ['Friend']];

export const ORDER_CALLS: Record<string, unknown[][]> = {
  CHURN_RATE: [[START_DATES, END_DATES, day('2024-01-01'), day('2024-03-31')]],
  RETENTION_RATE: [[START_DATES, END_DATES, '2024-01-01', '2024-03-31']],
  CHURN_TREND: [
    [START_DATES, END_DATES],
    [START_DATES, END_DATES, 'quarter'],
  ],
  REFERRAL_RATE: [[SOURCES], [SOURCES, [['Referral'], ['Friend']]]],
  REPEAT_PURCHASE_RATE: [
    [CUSTOMER_IDS],
    [CUSTOMER_IDS, ORDER_DATES],
    [CUSTOMER_IDS, ORDER_DATES, 30, day('2024-04-03')],
  ],
  PURCHASE_FREQUENCY: [[CUSTOMER_IDS]],
  AVG_ORDER_VALUE: [[AMOUNTS], [AMOUNTS, ORDER_IDS]],
  UPSELL_RATE: [[CUSTOMER_IDS, PRODUCTS]],
  CLV: [
    [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, 3],
    [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, 2, 0.6],
  ],
  CUSTOMER_SUMMARY: [
    [CUSTOMER_IDS, ORDER_DATES, AMOUNTS],
    [CUSTOMER_IDS, ORDER_DATES, '', day('2024-03-31'), 'day'],
  ],
  COHORT_RETENTION: [
    [CUSTOMER_IDS, ORDER_DATES],
    [CUSTOMER_IDS, ORDER_DATES, 'week', 'unbounded', 'count', '2024-04-30'],
  ],
  COHORT_CURVES: [
    [CUSTOMER_IDS, ORDER_DATES],
    [CUSTOMER_IDS, ORDER_DATES, 'week', 'unbounded', 2, 1, '2024-04-30'],
  ],
  RFM: [
    [CUSTOMER_IDS, ORDER_DATES, AMOUNTS],
    [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, day('2024-04-30')],
  ],
  RFM_SUMMARY: [[CUSTOMER_IDS, ORDER_DATES, AMOUNTS]],
};

/** One bad call per function and the message it must give. */
export const ORDER_BAD_CALLS: Record<string, { args: unknown[]; message: string }> = {
  CHURN_RATE: { args: [START_DATES, END_DATES, '2024-01-01', ''], message: 'CHURN_RATE: period_end is blank' },
  RETENTION_RATE: {
    args: [START_DATES, END_DATES, '01/01/2024', '2024-03-31'],
    message: 'RETENTION_RATE: period_start is "01/01/2024"',
  },
  CHURN_TREND: {
    args: [[['2024-02-01']], [['2024-01-01']]],
    message: 'CHURN_TREND: row 1 ends on 2024-01-01, before it starts on 2024-02-01',
  },
  REFERRAL_RATE: { args: [[['Source'], ['#REF!']]], message: 'REFERRAL_RATE: row 2 holds "#REF!"' },
  REPEAT_PURCHASE_RATE: {
    args: [CUSTOMER_IDS, ORDER_DATES.slice(0, 5)],
    message: 'REPEAT_PURCHASE_RATE: customer_ids has 9 rows but order_dates has 5 rows',
  },
  PURCHASE_FREQUENCY: { args: [[['Customer ID'], ['']]], message: 'PURCHASE_FREQUENCY: no orders in customer_ids' },
  AVG_ORDER_VALUE: { args: [[[20], [-5]]], message: 'AVG_ORDER_VALUE: row 2 holds -5' },
  UPSELL_RATE: {
    args: [CUSTOMER_IDS, PRODUCTS.map((row, i) => (i === 2 ? [''] : row))],
    message: 'UPSELL_RATE: row 3 of products is blank',
  },
  CLV: { args: [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, -1], message: 'CLV: lifespan_years is -1' },
  CUSTOMER_SUMMARY: {
    args: [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, '', 'year'],
    message: 'CUSTOMER_SUMMARY: time_unit is "year"',
  },
  COHORT_RETENTION: {
    args: [CUSTOMER_IDS, ORDER_DATES, 'day'],
    message: 'COHORT_RETENTION: period is "day"; use one of "week", "month", "quarter"',
  },
  COHORT_CURVES: {
    args: [CUSTOMER_IDS, ORDER_DATES, 'month', '', 20],
    message: 'COHORT_CURVES: cohorts is 20; use a whole number of cohorts from 0 to 12',
  },
  RFM: { args: [CUSTOMER_IDS, ORDER_DATES], message: 'RFM: amounts is missing' },
  RFM_SUMMARY: {
    args: [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, '2020-01-01'],
    message: 'RFM_SUMMARY: no orders on or before as_of (2020-01-01)',
  },
};
