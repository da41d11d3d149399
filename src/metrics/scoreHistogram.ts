/**
 * A score histogram: histogram[s] is the number of answers s. For answers on
 * a bounded whole-number scale (NPS 0-10, CSAT 1-5, CES 1-7) it carries all
 * the information of the column, and every survey metric is a function of it.
 */
export type ScoreHistogram = ArrayLike<number>;

/** The number of answers in a histogram. */
export function answersIn(histogram: ScoreHistogram): number {
  let answers = 0;
  for (let s = 0; s < histogram.length; s++) answers += histogram[s];
  return answers;
}
