/**
 * A mean of one group (order value of a segment, historical value of its
 * customers) with its t interval, against the mean of everyone else: Welch's
 * t test of the group against the rest (src/stats). Not tested when either
 * side is small (smallGroups.ts), nor when neither side varies and their
 * means differ (no standard error).
 */

import { meanInterval, type MeanInterval } from '../stats/meanInterval';
import { mergeMoments, type Moments, NO_MOMENTS } from '../stats/moments';
import { welchTTest } from '../stats/welchTTest';
import { type Withheld, withheldComparison } from './smallGroups';

export interface MeanVersusRest {
  /** Null below two values. */
  readonly interval: MeanInterval | null;
  /** The mean of the rest; null when the rest is empty. */
  readonly restMean: number | null;
  /** Two-sided; null when the comparison is withheld or cannot be made. */
  readonly pValue: number | null;
  readonly differs: boolean | null;
  /** 'noSpread': every value on both sides is the same within its side, and the sides differ. */
  readonly withheld: Withheld | 'noSpread' | null;
}

export function meanVersusRest(group: Moments, rest: Moments, confidence: number): MeanVersusRest {
  const small = withheldComparison(group.n, rest.n);
  const test = small === null ? welchTTest(group, rest, confidence) : null;
  return {
    interval: meanInterval(group, confidence),
    restMean: rest.n > 0 ? rest.mean : null,
    pValue: test === null ? null : test.pValue,
    differs: test === null ? null : test.pValue < 1 - confidence,
    withheld: small ?? (test === null ? 'noSpread' : null),
  };
}

/**
 * For each group, the moments of all the other groups together: merged from
 * the groups before it and the groups after it (prefix and suffix merges), so
 * k groups cost O(k) merges and nothing is subtracted.
 */
export function restsOf(groups: readonly Moments[]): Moments[] {
  const before: Moments[] = [];
  let running = NO_MOMENTS;
  for (const group of groups) {
    before.push(running);
    running = mergeMoments(running, group);
  }
  const rests: Moments[] = new Array<Moments>(groups.length);
  running = NO_MOMENTS;
  for (let g = groups.length - 1; g >= 0; g--) {
    rests[g] = mergeMoments(before[g], running);
    running = mergeMoments(running, groups[g]);
  }
  return rests;
}
