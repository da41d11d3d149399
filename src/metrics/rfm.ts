/**
 * RFM (recency, frequency, monetary) per customer, with quintile scores and
 * segments: recency = days from the last order to as_of; frequency = orders;
 * monetary = total amount. R scores the fewest days highest (5 = bought most
 * recently): 1 + floor(5 x (customers with strictly more days) / customers).
 * F and M score the largest values highest (see quintileScore.ts). Rows
 * after as_of are left out.
 */

import type { KeyIndex } from './keyIndex';
import { quintileScores } from './quintileScore';
import { type RfmSegment, rfmSegment } from './rfmSegment';

export interface RfmTable {
  /** Positions in `customers.keys` of the customers with orders up to as_of, in first-appearance order. */
  readonly customers: number[];
  readonly recencyDays: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  readonly segments: RfmSegment[];
}

export function rfm(
  customers: KeyIndex,
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  asOfDay: number,
): RfmTable {
  const count = customers.keys.length;
  const end = Math.floor(asOfDay);
  const lastDay = new Float64Array(count).fill(-Infinity);
  const orders = new Float64Array(count);
  const total = new Float64Array(count);
  for (let i = 0; i < days.length; i++) {
    const day = Math.floor(days[i]);
    if (day > end) continue;
    const c = customers.ofRow[i];
    if (day > lastDay[c]) lastDay[c] = day;
    orders[c]++;
    total[c] += amounts[i];
  }
  const present: number[] = [];
  for (let c = 0; c < count; c++) if (orders[c] > 0) present.push(c);
  const recencyDays = Float64Array.from(present, (c) => end - lastDay[c]);
  const frequency = Float64Array.from(present, (c) => orders[c]);
  const monetary = Float64Array.from(present, (c) => total[c]);
  // Fewer days scores higher: score the negated days.
  const r = quintileScores(recencyDays.map((days) => -days));
  const f = quintileScores(frequency);
  const m = quintileScores(monetary);
  const segments = present.map((_, i) => rfmSegment(r[i], f[i]));
  return { customers: present, recencyDays, frequency, monetary, r, f, m, segments };
}
