/**
 * RFM (recency, frequency, monetary) per customer, with quintile scores and
 * segments: recency = days from the last order to as_of; frequency = orders;
 * monetary = total amount. R scores the fewest days highest (5 = bought most
 * recently): 1 + floor(5 x (customers with strictly more days) / customers).
 * F and M score the largest values highest (see quintileScore.ts). Rows
 * after as_of are left out.
 *
 * Totals are rounded to 15 significant digits: sums of decimal amounts in
 * floating point carry rounding errors that depend on the amounts and their
 * order (1.04 + 26.9 is 27.939999999999998, one order of 27.94 is 27.94),
 * and a score that compares totals exactly would then split customers who
 * spent the same into different quintiles. 15 digits is the precision of a
 * double, so nothing else changes.
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
  const monetary = Float64Array.from(present, (c) => significant(total[c]));
  // Fewer days scores higher: score the negated days.
  const r = quintileScores(recencyDays.map((days) => -days));
  const f = quintileScores(frequency);
  const m = quintileScores(monetary);
  const segments = present.map((_, i) => rfmSegment(r[i], f[i]));
  return { customers: present, recencyDays, frequency, monetary, r, f, m, segments };
}

const DIGITS = 15;

/** A total rounded to 15 significant digits, so that amounts summing to the same decimal give the same number. */
function significant(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const exponent = DIGITS - 1 - Math.floor(Math.log10(Math.abs(value)));
  // Scale by an exact power of ten (up to 10^22) and divide back, so the result is the double nearest the decimal.
  if (exponent < 0 || exponent > 22) return value;
  const scale = 10 ** exponent;
  return Math.round(value * scale) / scale;
}
