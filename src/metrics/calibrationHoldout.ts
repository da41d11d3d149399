/**
 * Orders split at a calibration date, as lifetimes' calibration_and_holdout_data:
 * the recency-frequency summary of the calibration period (customerSummary, in
 * weeks) and, for each customer first seen by then, the repeat purchases of the
 * holdout period, counted as distinct purchase days as in CUSTOMER_SUMMARY
 * (calibration_end < day <= holdout_end). Customers whose first purchase is
 * after calibration_end are not in the calibration; they are counted apart.
 * Also every repeat purchase day of the calibration customers up to
 * holdout_end, for the cumulative tracking curve.
 */

import { customerSummary, type CustomerSummary } from './customerSummary';
import type { KeyIndex } from './keyIndex';

const DAYS_PER_WEEK = 7;

export interface CalibrationHoldout {
  /** The calibration summary in weeks; `present` marks the calibration customers. */
  readonly calibration: CustomerSummary;
  /** Holdout repeat purchase days per customer (0 for customers not in the calibration). */
  readonly holdout: Float64Array;
  /** Each customer's first purchase day (Infinity for none on or before holdout_end). */
  readonly firstDay: Float64Array;
  /** Customers whose first purchase falls after calibration_end, on or before holdout_end. */
  readonly laterCustomers: number;
  /** The repeat purchase days of the calibration customers, calibration and holdout, each once per customer. */
  readonly repeatDays: Float64Array;
}

export function calibrationHoldout(
  customers: KeyIndex,
  days: ArrayLike<number>,
  calibrationEnd: number,
  holdoutEnd: number,
): CalibrationHoldout {
  const end = Math.floor(calibrationEnd);
  const last = Math.floor(holdoutEnd);
  const calibration = customerSummary(customers, days, undefined, end, DAYS_PER_WEEK);
  const count = customers.keys.length;
  const firstDay = new Float64Array(count).fill(Infinity);
  const pairs: number[] = [];
  let minDay = Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = Math.floor(days[i]);
    if (day > last) continue;
    const c = customers.ofRow[i];
    if (day < firstDay[c]) firstDay[c] = day;
    if (day < minDay) minDay = day;
  }
  const span = Number.isFinite(minDay) ? last - minDay + 1 : 1;
  for (let i = 0; i < days.length; i++) {
    const day = Math.floor(days[i]);
    if (day > last) continue;
    const c = customers.ofRow[i];
    if (calibration.present[c]) pairs.push(c * span + (day - minDay));
  }
  const sorted = Float64Array.from(pairs).sort();
  const holdout = new Float64Array(count);
  const repeatDays: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    const c = Math.floor(sorted[k] / span);
    const day = minDay + (sorted[k] - c * span);
    if (day === firstDay[c]) continue;
    repeatDays.push(day);
    if (day > end) holdout[c]++;
  }
  let laterCustomers = 0;
  for (let c = 0; c < count; c++) if (!calibration.present[c] && firstDay[c] <= last) laterCustomers++;
  return { calibration, holdout, firstDay, laterCustomers, repeatDays: Float64Array.from(repeatDays) };
}
