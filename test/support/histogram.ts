/** The histogram of whole-number scores from 0 to max (histogram[s] = how many answered s). */
export function histogramOf(scores: readonly number[], max: number): Float64Array {
  const histogram = new Float64Array(max + 1);
  for (const score of scores) histogram[score]++;
  return histogram;
}
