/**
 * Cohort retention: customers grouped by the calendar period of their first
 * order (their cohort), and for each later period k, how many ordered in
 * period k after their first ("bounded", the classic triangle) or in period k
 * or any later one ("unbounded", which never rises and forgives a skipped
 * month). Period 0 holds the whole cohort.
 *
 * A cell whose period is not complete by `asOfDay` is null, never 0: the
 * data cannot yet say how many will order in it. Rows after `asOfDay` are left out.
 */

import { periodOf, periodStartDay, type PeriodUnit } from '../time/periods';
import type { KeyIndex } from './keyIndex';

export type RetentionMode = 'bounded' | 'unbounded';

export interface CohortTable {
  /** One per cohort with customers, earliest first: the local day its period starts. */
  readonly cohortStarts: number[];
  readonly cohortSizes: number[];
  /** counts[cohort][k]: customers of the cohort active in period k; null when period k is not complete. */
  readonly counts: (number | null)[][];
  /** Number of period columns: from the first cohort's period to the as_of period. */
  readonly periods: number;
}

export function cohortRetention(
  customers: KeyIndex,
  days: ArrayLike<number>,
  unit: PeriodUnit,
  mode: RetentionMode,
  asOfDay: number,
): CohortTable {
  const count = customers.keys.length;
  const end = Math.floor(asOfDay);
  const rowPeriods = new Float64Array(days.length).fill(Number.NaN);
  const firstPeriod = new Float64Array(count).fill(Infinity);
  let earliest = Infinity;
  for (let i = 0; i < days.length; i++) {
    if (Math.floor(days[i]) > end) continue;
    const period = periodOf(days[i], unit);
    rowPeriods[i] = period;
    const c = customers.ofRow[i];
    if (period < firstPeriod[c]) firstPeriod[c] = period;
    if (period < earliest) earliest = period;
  }
  if (earliest === Infinity) return { cohortStarts: [], cohortSizes: [], counts: [], periods: 0 };
  const lastPeriod = periodOf(end, unit);
  const periods = lastPeriod - earliest + 1;

  // Activity of each customer in each period offset, deduplicated: (customer, k) pairs as single numbers.
  const pairs = new Float64Array(days.length);
  let kept = 0;
  for (let i = 0; i < days.length; i++) {
    if (Number.isNaN(rowPeriods[i])) continue;
    const c = customers.ofRow[i];
    pairs[kept++] = c * periods + (rowPeriods[i] - firstPeriod[c]);
  }
  const sorted = pairs.subarray(0, kept).sort();
  const active = new Float64Array(periods * periods); // [cohort offset][k]
  const lastActive = new Float64Array(count).fill(-1);
  for (let j = 0; j < sorted.length; j++) {
    if (j > 0 && sorted[j] === sorted[j - 1]) continue;
    const c = Math.floor(sorted[j] / periods);
    const k = sorted[j] - c * periods;
    active[(firstPeriod[c] - earliest) * periods + k]++;
    if (k > lastActive[c]) lastActive[c] = k;
  }
  if (mode === 'unbounded') {
    // Active in period k or later: each customer counts in every k up to their last active period.
    active.fill(0);
    for (let c = 0; c < count; c++) {
      if (lastActive[c] < 0) continue;
      active[(firstPeriod[c] - earliest) * periods + lastActive[c]]++;
    }
    for (let cohort = 0; cohort < periods; cohort++) {
      for (let k = periods - 2; k >= 0; k--) active[cohort * periods + k] += active[cohort * periods + k + 1];
    }
  }

  const complete = (period: number) => periodStartDay(period + 1, unit) <= end + 1;
  const cohortStarts: number[] = [];
  const cohortSizes: number[] = [];
  const counts: (number | null)[][] = [];
  for (let cohort = 0; cohort < periods; cohort++) {
    // Period 0 holds every customer of the cohort, in both modes.
    const size = active[cohort * periods];
    if (size === 0) continue;
    cohortStarts.push(periodStartDay(earliest + cohort, unit));
    cohortSizes.push(size);
    counts.push(
      Array.from({ length: periods }, (_, k) =>
        earliest + cohort + k <= lastPeriod && complete(earliest + cohort + k) ? active[cohort * periods + k] : null,
      ),
    );
  }
  return { cohortStarts, cohortSizes, counts, periods };
}
