/**
 * The mean answer of a score histogram. The mean of no answers is null.
 * Customer Effort Score (CES) is the mean answer on its agreement scale
 * ("The company made it easy for me to handle my issue", 1-7; Dixon, Freeman
 * & Toman, "Stop Trying to Delight Your Customers", HBR 2010, CES 2.0).
 */

import type { ScoreHistogram } from './scoreHistogram';

export function meanScore(histogram: ScoreHistogram): number | null {
  let answers = 0;
  let total = 0;
  for (let score = 0; score < histogram.length; score++) {
    answers += histogram[score];
    total += score * histogram[score];
  }
  return answers === 0 ? null : total / answers;
}
