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
 * Each customer's orders are sorted by day and amount before they are counted
 * and summed, so that the summary, and every model fitted on it, is the same
 * to the last bit however the rows are ordered (a sum of doubles in another
 * order can differ in its last digit).
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
  // The rows on or before as_of grouped by customer (a counting sort): customer c's purchase days, and their
  // amounts (zeros without amounts), are entries start[c] to start[c + 1] - 1.
  const rows = days.length;
  // Whole local day numbers (days since 1970-01-01) fit in 32 bits: half the memory of doubles to move around.
  const dayOfRow = new Int32Array(rows);
  const start = new Int32Array(count + 1);
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(days[i]);
    dayOfRow[i] = day;
    if (day <= end) start[customers.ofRow[i] + 1]++;
  }
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const next = start.slice(0, count);
  const dayOf = new Int32Array(start[count]);
  const amountOf = new Float64Array(start[count]);
  for (let i = 0; i < rows; i++) {
    if (dayOfRow[i] > end) continue;
    const k = next[customers.ofRow[i]]++;
    dayOf[k] = dayOfRow[i];
    if (amounts !== undefined) amountOf[k] = amounts[i];
  }

  const present = new Uint8Array(count);
  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const age = new Float64Array(count);
  const monetary = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    const from = start[c];
    const to = start[c + 1];
    if (from === to) continue;
    // Sorted by day, then amount: the repeat spend is then summed in an order that does not depend on the rows'.
    sortByDayThenAmount(dayOf, amountOf, from, to);
    const first = dayOf[from];
    let distinctDays = 1;
    let repeatSpend = 0;
    for (let k = from + 1; k < to; k++) {
      if (dayOf[k] !== dayOf[k - 1]) distinctDays++;
      if (dayOf[k] > first) repeatSpend += amountOf[k];
    }
    present[c] = 1;
    frequency[c] = distinctDays - 1;
    recency[c] = (dayOf[to - 1] - first) / unitDays;
    age[c] = (end - first) / unitDays;
    monetary[c] = frequency[c] > 0 ? repeatSpend / frequency[c] : 0;
  }
  return { present, frequency, recency, age, monetary };
}

/** Sorts entries from..to-1 of the days, and the amounts with them, by day and then amount. */
function sortByDayThenAmount(dayOf: Int32Array, amountOf: Float64Array, from: number, to: number): void {
  if (to - from <= 32) {
    // Insertion sort: a customer has few orders.
    for (let i = from + 1; i < to; i++) {
      const day = dayOf[i];
      const amount = amountOf[i];
      let j = i - 1;
      while (j >= from && (dayOf[j] > day || (dayOf[j] === day && amountOf[j] > amount))) {
        dayOf[j + 1] = dayOf[j];
        amountOf[j + 1] = amountOf[j];
        j--;
      }
      dayOf[j + 1] = day;
      amountOf[j + 1] = amount;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, k) => from + k).sort(
    (i, j) => dayOf[i] - dayOf[j] || amountOf[i] - amountOf[j],
  );
  const sortedDays = order.map((k) => dayOf[k]);
  const sortedAmounts = order.map((k) => amountOf[k]);
  for (let k = 0; k < order.length; k++) {
    dayOf[from + k] = sortedDays[k];
    amountOf[from + k] = sortedAmounts[k];
  }
}
