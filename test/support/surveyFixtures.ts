/**
 * Sheets-shaped arguments for every survey function: what a user's ranges
 * look like when they reach a custom function (heading, blanks, text answers,
 * Date cells).
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const SCORES = [['Score'], [10], [9], [''], ['N/A'], [7], [6], [9], [0], [8], [10]];
export const DATES = [
  ['Date'],
  [day('2024-01-05')],
  [day('2024-01-20')],
  [''],
  [''],
  [day('2024-02-11')],
  [day('2024-03-02')],
  [day('2024-03-03')],
  [day('2024-03-30')],
  [day('2024-04-01')],
  [day('2024-04-15')],
];
export const SEGMENTS = [
  ['Plan'],
  ['Pro'],
  ['Basic'],
  [''],
  ['Pro'],
  ['Pro'],
  ['Team'],
  ['Basic'],
  ['Pro'],
  [''],
  ['Team'],
];
export const SATISFACTION = [['CSAT'], [5], [4], [''], [3], [5], ['N/A'], [1], [2], [4], [5]];
export const EFFORT = [['CES'], [7], [5], [6], [''], [2], [4], ['n/a'], [7], [3], [1]];

/** Arguments per function; a test checks every catalog function has some. */
export const SURVEY_CALLS: Record<string, unknown[][]> = {
  NPS: [[SCORES]],
  NPS_SUMMARY: [[SCORES], [SCORES, 0.9]],
  NPS_COMPARE: [
    [SCORES.slice(0, 6), SCORES.slice(6)],
    [SCORES, SATISFACTION, 0.99],
  ],
  NPS_TREND: [
    [DATES, SCORES],
    [DATES, SCORES, 'week'],
    [DATES, SCORES, ''],
  ],
  NPS_BY: [[SEGMENTS, SCORES]],
  CSAT: [[SATISFACTION], [SATISFACTION, 5, 5]],
  CES: [[EFFORT], [EFFORT, 7]],
};

const WITH_ERROR_CELL = [['Score'], [9], ['#N/A'], [3]];

/** One bad call per function and the message it must give. */
export const SURVEY_BAD_CALLS: Record<string, { args: unknown[]; message: string }> = {
  NPS: { args: [WITH_ERROR_CELL], message: 'NPS: row 3 holds "#N/A"; fix or clear that cell' },
  NPS_SUMMARY: { args: [SCORES, 95], message: 'NPS_SUMMARY: confidence is 95; use a level between 0 and 1' },
  NPS_COMPARE: { args: [SCORES, WITH_ERROR_CELL], message: 'NPS_COMPARE: row 3 of scores_b holds "#N/A"' },
  NPS_TREND: { args: [DATES, SCORES, 'fortnight'], message: 'NPS_TREND: period is "fortnight"' },
  NPS_BY: { args: [SEGMENTS, SCORES.slice(0, 5)], message: 'NPS_BY: segments has 11 rows but scores has 5 rows' },
  CSAT: { args: [[[5], [6]]], message: 'CSAT: row 2 holds 6; scores must be whole numbers from 1 to 5.' },
  CES: { args: [EFFORT, 1], message: 'CES: scale_max is 1;' },
};
