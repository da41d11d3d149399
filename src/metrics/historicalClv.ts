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
