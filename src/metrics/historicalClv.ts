/**
 * Historical customer lifetime value, the simple formula:
 *   CLV = average order value x purchases per customer per year x lifespan in years x gross margin,
 * with purchases per customer per year = orders / customers / years covered by the orders
 * (from the first order to the last, 365.25 days a year). Orders cancel out, so it is net revenue
 * per customer per year x lifespan x margin, and refunds (negative amounts) net against sales.
 *
 * It assumes every customer stays `lifespanYears` and buys at the average rate. The probabilistic
 * models (CLV_PREDICT) estimate each customer's future instead.
 */

import type { KeyIndex } from './keyIndex';

export interface ClvInputs {
  readonly revenue: number;
  readonly orders: number;
  readonly customers: number;
  /** Days from the first order to the last. */
  readonly spanDays: number;
}

export const DAYS_PER_YEAR = 365.25;

export interface HistoricalClv {
  readonly averageOrderValue: number;
  readonly purchasesPerCustomerPerYear: number;
  readonly clv: number;
}

/** Null when there are no orders, or they all fall on one day (no rate per year can be measured). */
export function historicalClv(inputs: ClvInputs, lifespanYears: number, grossMargin: number): HistoricalClv | null {
  if (inputs.orders === 0 || inputs.customers === 0 || inputs.spanDays <= 0) return null;
  const averageOrderValue = inputs.revenue / inputs.orders;
  const purchasesPerCustomerPerYear = inputs.orders / inputs.customers / (inputs.spanDays / DAYS_PER_YEAR);
  return {
    averageOrderValue,
    purchasesPerCustomerPerYear,
    clv: averageOrderValue * purchasesPerCustomerPerYear * lifespanYears * grossMargin,
  };
}

/** The formula's inputs from orders: net revenue, order rows, distinct customers, days from the first order to the last. */
export function clvInputsOf(customers: KeyIndex, days: ArrayLike<number>, amounts: ArrayLike<number>): ClvInputs {
  let first = Infinity;
  let last = -Infinity;
  let revenue = 0;
  for (let k = 0; k < days.length; k++) {
    const day = Math.floor(days[k]);
    first = Math.min(first, day);
    last = Math.max(last, day);
    revenue += amounts[k];
  }
  return {
    revenue,
    orders: days.length,
    customers: customers.keys.length,
    spanDays: days.length === 0 ? 0 : last - first,
  };
}

/**
 * Each customer's historical value, for the spread of CLV across customers:
 * the customer's net revenue per year of the orders' span x lifespan x margin,
 *   v = revenue of the customer x (365.25 / spanDays) x lifespanYears x grossMargin,
 * so that the mean of v over any set of customers is historicalClv of their
 * orders measured over the same span. Null when spanDays <= 0.
 */
export function customerHistoricalValues(
  customers: KeyIndex,
  amounts: ArrayLike<number>,
  spanDays: number,
  lifespanYears: number,
  grossMargin: number,
): Float64Array | null {
  if (!(spanDays > 0)) return null;
  const revenue = new Float64Array(customers.keys.length);
  for (let k = 0; k < customers.ofRow.length; k++) revenue[customers.ofRow[k]] += amounts[k];
  const factor = (DAYS_PER_YEAR / spanDays) * lifespanYears * grossMargin;
  for (let c = 0; c < revenue.length; c++) revenue[c] *= factor;
  return revenue;
}
