/**
 * NPS answers grouped by a label (segment, plan, region), largest group
 * first; groups of equal size in code-unit order of their labels, so the
 * order never depends on the order of the rows.
 */

import { type NpsTally, responsesIn, tallyNps } from './npsTally';

export interface SegmentTally {
  readonly segment: string;
  readonly tally: NpsTally;
}

/** Tallies per segment; `segments` and `scores` (0-10) are aligned. */
export function npsBySegment(segments: readonly string[], scores: ArrayLike<number>): SegmentTally[] {
  const histograms = new Map<string, Float64Array>();
  for (let i = 0; i < segments.length; i++) {
    let histogram = histograms.get(segments[i]);
    if (histogram === undefined) {
      histogram = new Float64Array(11);
      histograms.set(segments[i], histogram);
    }
    histogram[scores[i]]++;
  }
  return [...histograms]
    .map(([segment, histogram]) => ({ segment, tally: tallyNps(histogram) }))
    .sort(
      (x, y) =>
        responsesIn(y.tally) - responsesIn(x.tally) || (x.segment < y.segment ? -1 : x.segment > y.segment ? 1 : 0),
    );
}
