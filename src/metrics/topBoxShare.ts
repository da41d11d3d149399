/**
 * Customer Satisfaction Score (CSAT): the share of answers at or above a
 * threshold on a satisfaction scale, usually the top two boxes of 1-5
 * ("satisfied" or "very satisfied"). A fraction from 0 to 1; null for no answers.
 */

import { answersIn, type ScoreHistogram } from './scoreHistogram';

export function topBoxShare(histogram: ScoreHistogram, threshold: number): number | null {
  const answers = answersIn(histogram);
  if (answers === 0) return null;
  let atOrAbove = 0;
  for (let score = threshold; score < histogram.length; score++) atOrAbove += histogram[score];
  return atOrAbove / answers;
}
