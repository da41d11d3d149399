/**
 * Cohort retention: customers grouped by the calendar period of their first
 * order (their cohort), and for each later period k, how many ordered in
 * period k after their first ("bounded", the classic triangle) or in period k
 * or any later one ("unbounded", which never rises and forgives a skipped
 * month). Period 0 holds the whole cohort.
 *
 * A cell whose period is not complete by `asOfDay` is null, never 0: the
 * data cannot yet say how many will order in it. Rows after `asOfDay` are left out.
 * The columns run to the period of the last order on or before `asOfDay`: an
 * as-of date long after the data adds no columns of zeros.
 */

import { periodOf, periodStartDay, type PeriodUnit } from '../time/periods';
import type { KeyIndex } from './keyIndex';
import { TableTooLarge } from './tableTooLarge';

/** More cells than a whole spreadsheet holds (10 million) cannot be shown anywhere: the table is not built. */
const MAX_CELLS = 5_000_000;

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
  let lastPeriod = -Infinity;
  for (let i = 0; i < days.length; i++) {
    if (Math.floor(days[i]) > end) continue;
    const period = periodOf(days[i], unit);
    rowPeriods[i] = period;
    const c = customers.ofRow[i];
    if (period < firstPeriod[c]) firstPeriod[c] = period;
    if (period < earliest) earliest = period;
    if (period > lastPeriod) lastPeriod = period;
  }
  if (earliest === Infinity) return { cohortStarts: [], cohortSizes: [], counts: [], periods: 0 };
  const periods = lastPeriod - earliest + 1;
  // Rows only for periods in which some customer's first order falls.
  const cohortRow = new Map<number, number>();
  for (let c = 0; c < count; c++) {
    if (firstPeriod[c] !== Infinity && !cohortRow.has(firstPeriod[c])) cohortRow.set(firstPeriod[c], 0);
  }
  const cohortPeriods = [...cohortRow.keys()].sort((a, b) => a - b);
  cohortPeriods.forEach((period, row) => cohortRow.set(period, row));
  if (cohortPeriods.length * periods > MAX_CELLS) throw new TableTooLarge(cohortPeriods.length + 1, periods + 2);
  const rowOf = Float64Array.from(firstPeriod, (period) =>
    period === Infinity ? -1 : (cohortRow.get(period) as number),
  );

  // Activity of each customer in each period offset, deduplicated: (customer, k) pairs as single numbers.
  const pairs = new Float64Array(days.length);
  let kept = 0;
  for (let i = 0; i < days.length; i++) {
    if (Number.isNaN(rowPeriods[i])) continue;
    const c = customers.ofRow[i];
    pairs[kept++] = c * periods + (rowPeriods[i] - firstPeriod[c]);
  }
  const sorted = pairs.subarray(0, kept).sort();
  const active = new Float64Array(cohortPeriods.length * periods); // [cohort row][k]
  const lastActive = new Float64Array(count).fill(-1);
  for (let j = 0; j < sorted.length; j++) {
    if (j > 0 && sorted[j] === sorted[j - 1]) continue;
    const c = Math.floor(sorted[j] / periods);
    const k = sorted[j] - c * periods;
    active[rowOf[c] * periods + k]++;
    if (k > lastActive[c]) lastActive[c] = k;
  }
  if (mode === 'unbounded') {
    // Active in period k or later: each customer counts in every k up to their last active period.
    active.fill(0);
    for (let c = 0; c < count; c++) {
      if (lastActive[c] < 0) continue;
      active[rowOf[c] * periods + lastActive[c]]++;
    }
    for (let cohort = 0; cohort < cohortPeriods.length; cohort++) {
      for (let k = periods - 2; k >= 0; k--) active[cohort * periods + k] += active[cohort * periods + k + 1];
    }
  }

  const complete = (period: number) => periodStartDay(period + 1, unit) <= end + 1;
  const cohortStarts: number[] = [];
  const cohortSizes: number[] = [];
  const counts: (number | null)[][] = [];
  cohortPeriods.forEach((first, cohort) => {
    // Period 0 holds every customer of the cohort, in both modes.
    cohortStarts.push(periodStartDay(first, unit));
    cohortSizes.push(active[cohort * periods]);
    counts.push(
      Array.from({ length: periods }, (_, k) =>
        first + k <= lastPeriod && complete(first + k) ? active[cohort * periods + k] : null,
      ),
    );
  });
  return { cohortStarts, cohortSizes, counts, periods };
}
