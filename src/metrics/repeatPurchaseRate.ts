/**
 * Repeat purchase rate: the share of customers who bought more than once.
 * Counted per customer, not per order row. With purchase days, two orders on
 * the same day are one purchase: a repeat customer bought on two distinct
 * days. Null for no customers.
 */

import type { KeyIndex } from './keyIndex';

export function repeatPurchaseRate(customers: KeyIndex, days?: ArrayLike<number>): number | null {
  const count = customers.keys.length;
  if (count === 0) return null;
  const repeat = repeatCustomers(customers, days);
  let repeaters = 0;
  for (let c = 0; c < count; c++) repeaters += repeat[c];
  return repeaters / count;
}

/** For each customer (in the order of `customers.keys`), 1 when they bought more than once, else 0. */
export function repeatCustomers(customers: KeyIndex, days?: ArrayLike<number>): Uint8Array {
  const count = customers.keys.length;
  const firstDay = new Float64Array(count).fill(Number.NaN);
  const repeat = new Uint8Array(count);
  for (let i = 0; i < customers.ofRow.length; i++) {
    const c = customers.ofRow[i];
    const day = days === undefined ? i : Math.floor(days[i]);
    if (Number.isNaN(firstDay[c])) firstDay[c] = day;
    else if (firstDay[c] !== day) repeat[c] = 1;
  }
  return repeat;
}
