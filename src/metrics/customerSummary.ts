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
 *
 * A customer's repeat spend is summed in increasing order of the amounts, so
 * that the summary, and every model fitted on it, is the same to the last bit
 * however the rows are ordered (a sum of doubles in another order can differ
 * in its last digit).
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
  let minDay = Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = Math.floor(days[i]);
    if (day > end) continue;
    const c = customers.ofRow[i];
    if (day < first[c]) first[c] = day;
    if (day > last[c]) last[c] = day;
    if (day < minDay) minDay = day;
  }

  // Distinct purchase days: sort (customer, day) pairs as single numbers and count the changes. The amounts of
  // days after a customer's first, grouped by customer (a counting sort), to be summed in increasing order.
  const span = Number.isFinite(minDay) ? end - minDay + 1 : 1;
  const pairs = new Float64Array(days.length);
  let kept = 0;
  const repeatStart = new Int32Array(count + 1);
  for (let i = 0; i < days.length; i++) {
    const day = Math.floor(days[i]);
    if (day > end) continue;
    const c = customers.ofRow[i];
    pairs[kept++] = c * span + (day - minDay);
    if (amounts !== undefined && day > first[c]) repeatStart[c + 1]++;
  }
  const sorted = pairs.subarray(0, kept).sort();
  const distinctDays = new Float64Array(count);
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) distinctDays[Math.floor(sorted[k] / span)]++;
  }
  const repeatSpend =
    amounts === undefined ? new Float64Array(count) : repeatSpendOf(customers, days, amounts, end, first, repeatStart);

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
    monetary[c] = frequency[c] > 0 ? repeatSpend[c] / frequency[c] : 0;
  }
  return { present, frequency, recency, age, monetary };
}

/**
 * Each customer's spend on the days after their first, as of `end`, summed in increasing order of the amounts.
 * `start[c + 1]` holds customer c's number of such rows on entry.
 */
function repeatSpendOf(
  customers: KeyIndex,
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  end: number,
  first: Float64Array,
  start: Int32Array,
): Float64Array {
  const count = customers.keys.length;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const next = start.slice(0, count);
  const values = new Float64Array(start[count]);
  for (let i = 0; i < days.length; i++) {
    const day = Math.floor(days[i]);
    const c = customers.ofRow[i];
    if (day <= end && day > first[c]) values[next[c]++] = amounts[i];
  }
  const sums = new Float64Array(count);
  for (let c = 0; c < count; c++) sums[c] = sumAscending(values, start[c], start[c + 1]);
  return sums;
}

/** The sum of values[from..to), sorted in place into increasing order first (insertion sort: a customer has few). */
function sumAscending(values: Float64Array, from: number, to: number): number {
  if (to - from > 32) values.subarray(from, to).sort();
  else {
    for (let i = from + 1; i < to; i++) {
      const value = values[i];
      let j = i - 1;
      while (j >= from && values[j] > value) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = value;
    }
  }
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  return sum;
}
