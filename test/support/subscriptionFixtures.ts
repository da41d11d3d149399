/**
 * Calls of the subscription and model-check functions for the bundle tests:
 * Fader & Hardie's survivor counts, a customer list as a sheet holds it
 * (headings, Date cells, blank end dates for active customers), and the
 * simulated orders of predictiveFixtures.ts split at a calibration date.
 */

import { BTYD_AMOUNTS, BTYD_AS_OF, BTYD_DATES, BTYD_IDS } from './predictiveFixtures';
import { HIGH_END } from './faderHardie2007';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const SURVIVORS = [['Subscribers'], ...HIGH_END.slice(0, 8).map((count) => [count])];
const IDS = [['Customer'], ['a'], ['b'], ['c'], ['d'], ['e'], ['f']];
const STARTS = [
  ['Start'],
  [day('2024-01-15')],
  [day('2024-01-31')],
  [day('2024-02-10')],
  [day('2024-03-01')],
  [day('2024-03-05')],
  [day('2024-01-01')],
];
const ENDS = [['End'], [day('2024-03-15')], [''], [day('2024-02-20')], [''], [day('2024-06-01')], [day('2024-02-01')]];
const FEES = [['Fee'], [10], [20], [10], [30], [10], [10]];
const CALIBRATION_END = day('2024-07-01');

export const SUBSCRIPTION_CALLS: Record<string, unknown[][]> = {
  RETENTION_MODEL: [[SURVIVORS], [STARTS, ENDS, 'month', day('2024-06-30')], [SURVIVORS, '', '', '', 'bdw']],
  RETENTION_FORECAST: [
    [SURVIVORS, '', 12],
    [STARTS, ENDS, 6],
  ],
  SUBSCRIPTION_CLV: [
    [IDS, STARTS, ENDS, FEES, 0.1, 'month', day('2024-06-30')],
    [IDS, STARTS, ENDS, 25],
  ],
  BTYD_VALIDATE: [
    [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS, CALIBRATION_END],
    [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS, CALIBRATION_END, BTYD_AS_OF, 'mbgnbd'],
  ],
};

export const SUBSCRIPTION_BAD_CALLS: Record<string, { args: unknown[]; message: string }> = {
  RETENTION_MODEL: {
    args: [[['Subscribers'], [1000], [1200]]],
    message: 'RETENTION_MODEL: row 3 of start_dates holds 1200, more than the 1000 before it',
  },
  RETENTION_FORECAST: { args: [SURVIVORS, '', 0], message: 'RETENTION_FORECAST: horizon is 0;' },
  SUBSCRIPTION_CLV: {
    args: [IDS, STARTS, ENDS, FEES, -1],
    message: 'SUBSCRIPTION_CLV: annual_discount_rate is -1;',
  },
  BTYD_VALIDATE: {
    args: [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS, BTYD_AS_OF],
    message: 'is not after calibration_end',
  },
};
