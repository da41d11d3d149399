/**
 * What a customer bought in the window after a day (their survey answer):
 * the orders dated after that day and at most windowDays later,
 *   answer day < order day <= answer day + windowDays,
 * in whole days. An order on the answer day itself is not counted: it may be
 * the purchase the survey was sent after. Each order row is one order.
 */

import { type KeyIndex, rowsByKey } from './keyIndex';

export interface WindowPurchases {
  /** Order rows in each window. */
  readonly orders: Float64Array;
  /** Sum of their amounts. */
  readonly revenue: Float64Array;
}

/**
 * For each (customer, day) pair, the orders of that customer in the window.
 * `customers` are keys compared with `orderCustomers.keys`; a customer without
 * orders bought nothing.
 */
export function purchasesInWindow(
  customers: readonly string[],
  days: ArrayLike<number>,
  orderCustomers: KeyIndex,
  orderDays: ArrayLike<number>,
  orderAmounts: ArrayLike<number>,
  windowDays: number,
): WindowPurchases {
  const positionOf = new Map<string, number>();
  orderCustomers.keys.forEach((key, c) => positionOf.set(key, c));
  const rowsOf = rowsByKey(orderCustomers);
  const orders = new Float64Array(customers.length);
  const revenue = new Float64Array(customers.length);
  customers.forEach((customer, i) => {
    const c = positionOf.get(customer);
    if (c === undefined) return;
    const from = Math.floor(days[i]);
    const to = from + windowDays;
    for (const row of rowsOf[c]) {
      const day = Math.floor(orderDays[row]);
      if (day > from && day <= to) {
        orders[i]++;
        revenue[i] += orderAmounts[row];
      }
    }
  });
  return { orders, revenue };
}
