/**
 * The order groups are listed in: largest first, groups of equal size in
 * code-unit order of their labels, so the order never depends on the order
 * of the rows (as npsBySegment.ts).
 */

export function largestFirst(labels: readonly string[], sizes: ArrayLike<number>): number[] {
  return labels
    .map((_, g) => g)
    .sort((x, y) => sizes[y] - sizes[x] || (labels[x] < labels[y] ? -1 : labels[x] > labels[y] ? 1 : 0));
}
