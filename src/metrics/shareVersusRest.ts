/**
 * A share of one group (churned customers of a segment, repeat buyers) with
 * its Wilson interval, against the share of everyone else: the two-proportion
 * z test of the group against the rest (src/stats). The rest is the total
 * minus the group, so each group is compared with the customers outside it,
 * not with an average that contains it. Not tested when either side is small
 * (smallGroups.ts).
 */

import { twoProportionZTest } from '../stats/twoProportionZTest';
import { type ProportionInterval, wilsonInterval } from '../stats/wilsonInterval';
import { type Withheld, withheldComparison } from './smallGroups';

export interface ShareCount {
  readonly successes: number;
  readonly n: number;
}

export interface ShareVersusRest {
  /** Null for an empty group. */
  readonly interval: ProportionInterval | null;
  /** The share among the rest; null when the rest is empty. */
  readonly restShare: number | null;
  /** Two-sided; null when the comparison is withheld. */
  readonly pValue: number | null;
  readonly differs: boolean | null;
  readonly withheld: Withheld | null;
}

export function shareVersusRest(group: ShareCount, total: ShareCount, confidence: number): ShareVersusRest {
  const rest = { successes: total.successes - group.successes, n: total.n - group.n };
  const withheld = withheldComparison(group.n, rest.n);
  const test = withheld === null ? twoProportionZTest(group.successes, group.n, rest.successes, rest.n) : null;
  return {
    interval: wilsonInterval(group.successes, group.n, confidence),
    restShare: rest.n > 0 ? rest.successes / rest.n : null,
    pValue: test === null ? null : test.pValue,
    differs: test === null ? null : test.pValue < 1 - confidence,
    withheld,
  };
}
