/**
 * Predicted customer lifetime value over a horizon, month by month:
 *
 *   CLV = sum over months k = 1..H of margin x spend x (E[Y(k)] - E[Y(k-1)]) / (1 + d)^k,
 *
 * with E[Y(k)] the expected purchases within k months (a month is 52/12 weeks),
 * spend the expected spend per purchase, and d the monthly discount rate
 * (1 + annual rate)^(1/12) - 1. Each month's purchases are discounted to today.
 */

import type { PurchaseModel } from './purchaseModel';

export const WEEKS_PER_MONTH = 52 / 12;

export interface PurchaseSchedule {
  /** P(alive) at T. */
  readonly alive: number;
  /** Expected purchases within the whole horizon. */
  readonly expectedPurchases: number;
  /** Sum over months of the month's expected purchases, discounted: multiply by margin x spend for the CLV. */
  readonly discountedPurchases: number;
}

/** The schedule of one customer history (x, t_x, T in weeks). */
export function purchaseSchedule(
  model: PurchaseModel,
  x: number,
  tx: number,
  T: number,
  horizonMonths: number,
  monthlyDiscountRate: number,
): PurchaseSchedule {
  let previous = 0;
  let discounted = 0;
  // E[Y(t)] = E[Y(t) | alive] P(alive): P(alive) once for all the months.
  const alive = model.probabilityAlive(x, tx, T);
  for (let k = 1; k <= horizonMonths; k++) {
    const cumulative = model.expectedPurchasesIfAlive(k * WEEKS_PER_MONTH, x, tx, T) * alive;
    discounted += (cumulative - previous) / Math.pow(1 + monthlyDiscountRate, k);
    previous = cumulative;
  }
  return { alive, expectedPurchases: previous, discountedPurchases: discounted };
}

/** (1 + annual)^(1/12) - 1. */
export function monthlyRate(annualRate: number): number {
  return Math.pow(1 + annualRate, 1 / 12) - 1;
}
