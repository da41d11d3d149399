/**
 * Subscription tenures as the retention models take them: how many customers
 * left after paying for exactly t periods (each contributes P(T = t) to the
 * likelihood) and how many are still subscribed after t periods (each
 * contributes S(t) = P(T > t), right-censored). Customers with the same
 * tenure share one term, so a fit costs the number of distinct tenures, not
 * of customers. A customer list of any number of cohorts and a cohort's
 * survivor counts (Fader & Hardie's tables) both come down to this.
 */

export interface Tenures {
  /** Distinct tenures t >= 1 of customers who left, and how many left after exactly t periods. */
  readonly lostAt: Float64Array;
  readonly lost: Float64Array;
  /** Distinct t >= 0 of customers still subscribed after t periods, and how many. */
  readonly survivedTo: Float64Array;
  readonly survived: Float64Array;
}

/** Groups tenures: `lostAfter` holds T of each customer who left, `stillActiveAfter` the t of each active one. */
export function toTenures(lostAfter: ArrayLike<number>, stillActiveAfter: ArrayLike<number>): Tenures {
  const [lostAt, lost] = countDistinct(lostAfter);
  const [survivedTo, survived] = countDistinct(stillActiveAfter);
  return { lostAt, lost, survivedTo, survived };
}

/**
 * The tenures behind a survivor series s_0, s_1, ..., s_m (customers still
 * subscribed at the start of each period, s_0 the cohort size): s_(t-1) - s_t
 * left after t periods, and s_m are still subscribed after m periods.
 */
export function tenuresFromSurvivors(survivors: readonly number[]): Tenures {
  const lostAt: number[] = [];
  const lost: number[] = [];
  for (let t = 1; t < survivors.length; t++) {
    const left = survivors[t - 1] - survivors[t];
    if (left > 0) {
      lostAt.push(t);
      lost.push(left);
    }
  }
  const m = survivors.length - 1;
  const last = survivors[m];
  return {
    lostAt: Float64Array.from(lostAt),
    lost: Float64Array.from(lost),
    survivedTo: Float64Array.from(last > 0 ? [m] : []),
    survived: Float64Array.from(last > 0 ? [last] : []),
  };
}

export function customersIn(tenures: Tenures): number {
  return sum(tenures.lost) + sum(tenures.survived);
}

export function churnedIn(tenures: Tenures): number {
  return sum(tenures.lost);
}

/** The longest tenure observed, lost or still active. */
export function longestTenure(tenures: Tenures): number {
  let longest = 0;
  for (const t of tenures.lostAt) longest = Math.max(longest, t);
  for (const t of tenures.survivedTo) longest = Math.max(longest, t);
  return longest;
}

function countDistinct(values: ArrayLike<number>): [Float64Array, Float64Array] {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) counts.set(values[i], (counts.get(values[i]) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => a - b);
  return [Float64Array.from(keys), Float64Array.from(keys, (key) => counts.get(key) as number)];
}

const sum = (values: ArrayLike<number>) => {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
};

/**
 * The observed share still subscribed after t periods, t = 0 ... the longest
 * tenure observed: the Kaplan-Meier estimate over all cohorts together,
 * S(t) = product over k <= t of (1 - d_k / n_k), d_k the customers who left
 * after exactly k periods and n_k those known to have paid at least k periods
 * and seen past k or leaving at k (left at k or later, or still subscribed
 * after k or more periods). For a single cohort's survivor counts it is the
 * share of the cohort still subscribed. Undefined from the first t at which no
 * customer was observed.
 */
export function observedSurvival(tenures: Tenures): (number | undefined)[] {
  const longest = longestTenure(tenures);
  const left = new Float64Array(longest + 2);
  const leftFromOn = new Float64Array(longest + 2);
  const survivedFromOn = new Float64Array(longest + 2);
  for (let i = 0; i < tenures.lostAt.length; i++) left[tenures.lostAt[i]] += tenures.lost[i];
  for (let i = 0; i < tenures.survivedTo.length; i++) survivedFromOn[tenures.survivedTo[i]] += tenures.survived[i];
  for (let t = longest; t >= 0; t--) {
    leftFromOn[t] = left[t] + leftFromOn[t + 1];
    survivedFromOn[t] += survivedFromOn[t + 1];
  }
  const curve: (number | undefined)[] = [1];
  let share = 1;
  for (let k = 1; k <= longest; k++) {
    const atRisk = leftFromOn[k] + survivedFromOn[k];
    if (atRisk === 0) break;
    share *= 1 - left[k] / atRisk;
    curve.push(share);
  }
  return curve;
}
