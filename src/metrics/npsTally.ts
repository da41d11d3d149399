/**
 * Promoters, passives and detractors among 0-10 answers to "How likely are you
 * to recommend us to a friend or colleague?" (F. Reichheld, "The One Number
 * You Need to Grow", Harvard Business Review, December 2003): promoters answer
 * 9 or 10, passives 7 or 8, detractors 0 to 6.
 */

import type { ScoreHistogram } from './scoreHistogram';

export interface NpsTally {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** The categories of a histogram of 0-10 answers. */
export function tallyNps(histogram: ScoreHistogram): NpsTally {
  let detractors = 0;
  for (let score = 0; score <= 6; score++) detractors += histogram[score] ?? 0;
  return {
    promoters: (histogram[9] ?? 0) + (histogram[10] ?? 0),
    passives: (histogram[7] ?? 0) + (histogram[8] ?? 0),
    detractors,
  };
}

export function responsesIn(tally: NpsTally): number {
  return tally.promoters + tally.passives + tally.detractors;
}

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** The category of one 0-10 answer. */
export function npsCategory(score: number): NpsCategory {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}
