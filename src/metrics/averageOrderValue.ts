/**
 * Average order value: revenue / orders. With order ids, the lines of one
 * order are one order; otherwise each amount is an order. Null for no orders.
 */

import type { KeyIndex } from './keyIndex';

export function averageOrderValue(amounts: ArrayLike<number>, orders?: KeyIndex): number | null {
  const count = orders === undefined ? amounts.length : orders.keys.length;
  if (count === 0) return null;
  let revenue = 0;
  for (let i = 0; i < amounts.length; i++) revenue += amounts[i];
  return revenue / count;
}

/** The total of each order: each amount, or with order ids the sum of the lines sharing an id (in key order). */
export function orderTotals(amounts: ArrayLike<number>, orders?: KeyIndex): Float64Array {
  if (orders === undefined) return Float64Array.from(amounts);
  const totals = new Float64Array(orders.keys.length);
  for (let k = 0; k < amounts.length; k++) totals[orders.ofRow[k]] += amounts[k];
  return totals;
}
