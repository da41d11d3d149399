/**
 * NPS answers grouped by calendar period, with every period from the first
 * answer's to the last's, so a quiet month shows as a row with no answers
 * rather than disappearing from a trend line.
 */

import { periodOf, periodStartDay, type PeriodUnit } from '../time/periods';
import { type NpsTally, tallyNps } from './npsTally';

export interface PeriodTally {
  /** Local day number on which the period starts. */
  readonly startDay: number;
  readonly tally: NpsTally;
}

const SCALE = 11; // scores 0..10

/** Tallies per period; `days` and `scores` (0-10) are aligned. No answers, no periods. */
export function npsByPeriod(days: ArrayLike<number>, scores: ArrayLike<number>, unit: PeriodUnit): PeriodTally[] {
  if (days.length === 0) return [];
  const ordinals = new Float64Array(days.length);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const ordinal = periodOf(days[i], unit);
    ordinals[i] = ordinal;
    if (ordinal < first) first = ordinal;
    if (ordinal > last) last = ordinal;
  }
  // One histogram per period, side by side in one array.
  const periods = last - first + 1;
  const histograms = new Float64Array(periods * SCALE);
  for (let i = 0; i < days.length; i++) histograms[(ordinals[i] - first) * SCALE + scores[i]]++;
  return Array.from({ length: periods }, (_, offset) => ({
    startDay: periodStartDay(first + offset, unit),
    tally: tallyNps(histograms.subarray(offset * SCALE, (offset + 1) * SCALE)),
  }));
}
