/**
 * The recency-frequency summary of the customer-base literature (Fader,
 * Hardie & Lee; the `lifetimes` package's summary_data_from_transaction_data),
 * the input of the BG/NBD, Pareto/NBD and Gamma-Gamma models:
 *
 * - orders on the same day are one purchase occasion, their amounts summed;
 * - frequency x = distinct purchase days - 1 (repeat purchases);
 * - recency t_x = time from the first purchase day to the last;
 * - T = time from the first purchase day to the end of observation (as_of);
 * - monetary value = mean spend per repeat purchase day (the first excluded), 0 for one-time buyers.
 *
 * Times are in units of `unitDays` days (7 for weeks), not rounded. Rows after `asOfDay` are left out.
 */

import type { KeyIndex } from './keyIndex';

export interface CustomerSummary {
  /** Per customer, in the order of `customers.keys`; customers whose first purchase is after as_of have none. */
  readonly present: Uint8Array;
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly age: Float64Array;
  /** Mean repeat spend; zeros when no amounts were given. */
  readonly monetary: Float64Array;
}

export function customerSummary(
  customers: KeyIndex,
  days: ArrayLike<number>,
  amounts: ArrayLike<number> | undefined,
  asOfDay: number,
  unitDays: number,
): CustomerSummary {
  const count = customers.keys.length;
  const end = Math.floor(asOfDay);
  const first = new Float64Array(count).fill(Infinity);
  const last = new Float64Array(count).fill(-Infinity);
  const total = new Float64Array(count);
  let minDay = Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = Math.floor(days[i]);
    if (day > end) continue;
    const c = customers.ofRow[i];
    if (day < first[c]) first[c] = day;
    if (day > last[c]) last[c] = day;
    if (amounts !== undefined) total[c] += amounts[i];
    if (day < minDay) minDay = day;
  }

  // Distinct purchase days: sort (customer, day) pairs as single numbers and count the changes.
  const span = Number.isFinite(minDay) ? end - minDay + 1 : 1;
  const pairs = new Float64Array(days.length);
  let kept = 0;
  const firstDaySpend = new Float64Array(count);
  for (let i = 0; i < days.length; i++) {
    const day = Math.floor(days[i]);
    if (day > end) continue;
    const c = customers.ofRow[i];
    pairs[kept++] = c * span + (day - minDay);
    if (amounts !== undefined && day === first[c]) firstDaySpend[c] += amounts[i];
  }
  const sorted = pairs.subarray(0, kept).sort();
  const distinctDays = new Float64Array(count);
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) distinctDays[Math.floor(sorted[k] / span)]++;
  }

  const present = new Uint8Array(count);
  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const age = new Float64Array(count);
  const monetary = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    if (first[c] === Infinity) continue;
    present[c] = 1;
    frequency[c] = distinctDays[c] - 1;
    recency[c] = (last[c] - first[c]) / unitDays;
    age[c] = (end - first[c]) / unitDays;
    monetary[c] = frequency[c] > 0 ? (total[c] - firstDaySpend[c]) / frequency[c] : 0;
  }
  return { present, frequency, recency, age, monetary };
}
