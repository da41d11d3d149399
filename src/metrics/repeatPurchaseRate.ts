/**
 * Repeat purchase rate: the share of customers who bought more than once.
 * Counted per customer, not per order row. With purchase days, two orders on
 * the same day are one purchase: a repeat customer bought on two distinct
 * days. Null for no customers.
 *
 * Within a window (RJMetrics' "purchase again within a year of their first
 * purchase", 2015): of the customers whose window has passed by the as-of
 * day, the share who bought again on a later day at most `windowDays` days
 * after their first purchase day. A customer whose window has passed has
 * first day + windowDays <= as-of day, so every day of the window is in the
 * data; a customer still inside it is left out of both counts, because a
 * recent buyer has not yet had the chance to come back. Orders after the
 * as-of day are left out. Null when no customer's window has passed.
 */

import type { KeyIndex } from './keyIndex';

export interface RepeatWindow {
  /** The as-of day (a local day number): later orders are left out. */
  readonly asOfDay: number;
  /** Days after the first purchase day within which a second purchase day counts; none for any time up to as-of. */
  readonly windowDays?: number;
}

export function repeatPurchaseRate(
  customers: KeyIndex,
  days?: ArrayLike<number>,
  window?: RepeatWindow,
): number | null {
  if (days !== undefined && window !== undefined) return repeatWithin(customers, days, window);
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

/** Two passes: each customer's first day up to as-of, then whether a later day falls within the window. */
function repeatWithin(
  customers: KeyIndex,
  days: ArrayLike<number>,
  { asOfDay, windowDays }: RepeatWindow,
): number | null {
  const asOf = Math.floor(asOfDay);
  const width = windowDays ?? Infinity;
  const firstDay = new Float64Array(customers.keys.length).fill(Infinity);
  for (let i = 0; i < customers.ofRow.length; i++) {
    const day = Math.floor(days[i]);
    const c = customers.ofRow[i];
    if (day <= asOf && day < firstDay[c]) firstDay[c] = day;
  }
  const repeat = new Uint8Array(customers.keys.length);
  for (let i = 0; i < customers.ofRow.length; i++) {
    const day = Math.floor(days[i]);
    const first = firstDay[customers.ofRow[i]];
    if (day <= asOf && day > first && day - first <= width) repeat[customers.ofRow[i]] = 1;
  }
  let eligible = 0;
  let repeaters = 0;
  firstDay.forEach((first, c) => {
    if (first === Infinity || (windowDays !== undefined && first + windowDays > asOf)) return;
    eligible++;
    repeaters += repeat[c];
  });
  return eligible === 0 ? null : repeaters / eligible;
}
