/**
 * Orders for BTYD_FIT and CLV_PREDICT: 150 customers simulated from a known
 * BG/NBD process with Gamma-Gamma spend (scripts/lib/btydSimulation.ts), as a
 * user's ranges hold them: a heading, Date cells, and a blank row. Enough
 * repeat buyers for the models to fit; few enough to keep the tests quick.
 */

import { simulateBtydOrders } from '../../scripts/lib/btydSimulation';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const SIMULATED = simulateBtydOrders(
  { r: 1.2, alpha: 8, a: 0.8, b: 3, p: 6, q: 4, gamma: 15 },
  { customers: 150, cohortWeeks: 12, endWeek: 40, seed: 5 },
);

const dateOfDay = (offset: number) => new Date(FIRST_DAY + offset * DAY_MS);

export const BTYD_IDS = [['Customer ID'], ...SIMULATED.customerIds.map((id) => [id]), ['']];
export const BTYD_DATES = [['Order date'], ...SIMULATED.days.map((offset) => [dateOfDay(offset)]), ['']];
export const BTYD_AMOUNTS = [['Amount'], ...SIMULATED.amounts.map((amount) => [amount]), ['']];
/** The day observation ended, as a date cell. */
export const BTYD_AS_OF = dateOfDay(SIMULATED.endDay);

/** Three customers, one of whom came back: far too few repeat buyers to fit. */
const FEW_IDS = [['Customer'], ['a'], ['b'], ['c'], ['a']];
const FEW_DATES = [['Date'], [day('2024-01-01')], [day('2024-01-02')], [day('2024-01-03')], [day('2024-02-01')]];
const FEW_AMOUNTS = [['Amount'], [10], [20], [30], [15]];

export const PREDICTIVE_CALLS: Record<string, unknown[][]> = {
  BTYD_FIT: [
    [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS],
    [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS, BTYD_AS_OF, 'pnbd'],
  ],
  CLV_PREDICT: [
    [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS],
    [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS, 6, 0.05, BTYD_AS_OF, 'mbgnbd', 0.6],
  ],
};

export const PREDICTIVE_BAD_CALLS: Record<string, { args: unknown[]; message: string }> = {
  BTYD_FIT: {
    args: [FEW_IDS, FEW_DATES, FEW_AMOUNTS],
    message: 'BTYD_FIT: only 1 of 3 customers bought again on a later day; the models need at least 10 repeat buyers',
  },
  CLV_PREDICT: {
    args: [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS, '', '', '', 'weibull'],
    message: 'CLV_PREDICT: model is "weibull"; use one of "bgnbd", "mbgnbd", "pnbd"',
  },
};
