/**
 * Quintile scores 1-5 that treat ties alike and do not depend on order:
 * score = 1 + floor(5 x (number of values strictly below) / count). Equal
 * values always get the same score, and the lowest value always scores 1.
 * (Splitting ties across quintiles, as NTILE does, would give two customers
 * with the same history different scores depending on row order.)
 */
export function quintileScores(values: ArrayLike<number>): Uint8Array {
  const sorted = Float64Array.from(values).sort();
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    scores[i] = 1 + Math.floor((5 * countBelow(sorted, values[i])) / values.length);
  }
  return scores;
}

/** How many of the sorted values are strictly below `value` (binary search). */
function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
