/**
 * Retention curves from a cohort table: for each period k after the first
 * order, the share of customers still ordering, over all cohorts together
 * (each cohort weighted by its size, counting only the cohorts whose period k
 * is complete, so the youngest cohorts never pull the curve down with periods
 * they have not lived yet), and for a few cohorts one by one. A handful of
 * curves reads where one line per cohort is a tangle.
 *
 * The average stops where the cohorts behind it hold fewer than
 * `minCustomers`: the late periods are lived only by the oldest, often
 * smallest cohorts, and an average of a handful of customers that jumps from
 * 50% to 75% says nothing about retention (COHORT_CURVES passes 30, the rule
 * of thumb of src/metrics/smallGroups.ts).
 */

import type { CohortTable } from './cohortRetention';

export interface CohortCurves {
  /**
   * weighted[k]: customers active in period k / customers of the cohorts whose period k is complete; null when
   * those cohorts hold fewer than minCustomers (or none).
   */
  readonly weighted: (number | null)[];
  /** For each chosen cohort (oldest of them first): its index in the table, and its shares (null when not complete). */
  readonly cohorts: readonly { readonly index: number; readonly shares: (number | null)[] }[];
}

/**
 * The curves of the table, with the `latest` youngest cohorts that have at
 * least one complete period after period 0 (so that each shown cohort is a
 * line, not a point).
 */
export function cohortCurves(table: CohortTable, latest: number, minCustomers = 1): CohortCurves {
  let length = 0;
  for (const counts of table.counts)
    for (let k = counts.length - 1; k >= length; k--)
      if (counts[k] !== null) {
        length = k + 1;
        break;
      }
  const weighted = Array.from({ length }, (_, k) => {
    let active = 0;
    let customers = 0;
    table.counts.forEach((counts, i) => {
      const count = counts[k];
      if (count === null || count === undefined) return;
      active += count;
      customers += table.cohortSizes[i];
    });
    return customers === 0 || customers < minCustomers ? null : active / customers;
  });
  const eligible = table.counts
    .map((counts, index) => ({ index, complete: counts.filter((count) => count !== null).length }))
    .filter(({ complete }) => complete >= 2)
    .map(({ index }) => index);
  const chosen = eligible.slice(Math.max(0, eligible.length - latest));
  return {
    weighted,
    cohorts: chosen.map((index) => ({
      index,
      shares: Array.from({ length }, (_, k) => {
        const count = table.counts[index][k];
        return count === null || count === undefined ? null : count / table.cohortSizes[index];
      }),
    })),
  };
}
