/**
 * The difference between the shares of two groups (promoters and detractors
 * who bought again): a - b, Newcombe's hybrid score interval for it, and the
 * two-proportion z test (src/stats). The test is withheld when either group
 * is small (smallGroups.ts); the interval, honest at any size, is kept.
 */

import { newcombeInterval } from '../stats/newcombeInterval';
import { twoProportionZTest } from '../stats/twoProportionZTest';
import type { ProportionInterval } from '../stats/wilsonInterval';
import type { ShareCount } from './shareVersusRest';
import { type Withheld, withheldComparison } from './smallGroups';

export interface ShareDifference {
  /** Null when a group is empty. */
  readonly difference: number | null;
  readonly interval: ProportionInterval | null;
  /** Two-sided; null when withheld. */
  readonly pValue: number | null;
  readonly differs: boolean | null;
  readonly withheld: Withheld | null;
}

export function shareDifference(a: ShareCount, b: ShareCount, confidence: number): ShareDifference {
  const withheld = withheldComparison(Math.min(a.n, b.n), Math.max(a.n, b.n));
  const empty = a.n === 0 || b.n === 0;
  const test = withheld === null ? twoProportionZTest(a.successes, a.n, b.successes, b.n) : null;
  return {
    difference: empty ? null : a.successes / a.n - b.successes / b.n,
    interval: newcombeInterval(a.successes, a.n, b.successes, b.n, confidence),
    pValue: test === null ? null : test.pValue,
    differs: test === null ? null : test.pValue < 1 - confidence,
    withheld,
  };
}
