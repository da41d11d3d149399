/**
 * Customers as weighted patterns: the BTYD likelihoods depend on a customer
 * only through (x, t_x, T), and many customers share them (same number of
 * repeat purchases, same first and last purchase days), so a fit sums over
 * the distinct patterns, each counted with its weight. On CDNOW's sample,
 * 2,357 customers are 1,016 patterns.
 *
 * The patterns are sorted by x, then t_x, then T, whatever order the
 * customers came in: a likelihood sums the same numbers in the same order,
 * so a fit is the same to the last bit however the order rows are sorted.
 * The sort also puts the patterns that share x and t_x next to each other
 * (the Pareto/NBD computes its death-time integral from t_x once per run).
 */

export interface Patterns {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  readonly size: number;
  /** The distinct values of x, in increasing order, and for each pattern the position of its x among them. */
  readonly distinctX: Float64Array;
  readonly xIndex: Int32Array;
  /** The same for t_x and for T (the models take their logarithms once per distinct value). */
  readonly distinctTx: Float64Array;
  readonly txIndex: Int32Array;
  readonly distinctT: Float64Array;
  readonly TIndex: Int32Array;
  /** The distinct (x, T) pairs (the Pareto/NBD computes a term once per pair), and each pattern's pair. */
  readonly pairX: Float64Array;
  readonly pairT: Float64Array;
  readonly pairIndex: Int32Array;
}

/** The distinct values of a column in increasing order, and each entry's rank among them. */
function ranked(values: ArrayLike<number>): { distinct: Float64Array; rank: Int32Array } {
  const position = new Map<number, number>();
  for (let i = 0; i < values.length; i++) position.set(values[i], 0);
  const distinct = Float64Array.from(position.keys()).sort();
  for (let k = 0; k < distinct.length; k++) position.set(distinct[k], k);
  const rank = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) rank[i] = position.get(values[i]) as number;
  return { distinct, rank };
}

/**
 * Merges customers (or entries of a pattern table, with their counts) into
 * patterns sorted by (x, t_x, T): each column's values are ranked (a map from
 * number to rank, no text keys), the customers sorted by their three ranks
 * with counting sorts, and equal neighbours merged in one pass.
 */
export function toPatterns(
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  T: ArrayLike<number>,
  /** Customers per entry (a table of patterns with their counts); 1 each if omitted. */
  customers?: ArrayLike<number>,
): Patterns {
  const n = x.length;
  const X = ranked(x);
  const Tx = ranked(tx);
  const TT = ranked(T);
  const nT = TT.distinct.length;
  // Customer positions in pattern order: stable counting sorts by T's rank, then t_x's, then x's (a radix sort).
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (const { distinct, rank } of [TT, Tx, X]) {
    const start = new Int32Array(distinct.length + 1);
    for (let i = 0; i < n; i++) start[rank[i] + 1]++;
    for (let k = 0; k < distinct.length; k++) start[k + 1] += start[k];
    const sorted = new Int32Array(n);
    for (let k = 0; k < n; k++) sorted[start[rank[order[k]]]++] = order[k];
    order = sorted;
  }
  // The first customer of each pattern, and the pattern's weight.
  const first = new Int32Array(n);
  const weight = new Float64Array(n);
  let size = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const previous = order[k - 1];
    const count = customers === undefined ? 1 : customers[i];
    if (
      k > 0 &&
      X.rank[i] === X.rank[previous] &&
      Tx.rank[i] === Tx.rank[previous] &&
      TT.rank[i] === TT.rank[previous]
    ) {
      weight[size - 1] += count;
    } else {
      first[size] = i;
      weight[size++] = count;
    }
  }
  const patterns = {
    x: new Float64Array(size),
    tx: new Float64Array(size),
    T: new Float64Array(size),
    weight: weight.slice(0, size),
    size,
    distinctX: X.distinct,
    xIndex: new Int32Array(size),
    distinctTx: Tx.distinct,
    txIndex: new Int32Array(size),
    distinctT: TT.distinct,
    TIndex: new Int32Array(size),
    pairX: new Float64Array(0),
    pairT: new Float64Array(0),
    pairIndex: new Int32Array(size),
  };
  const pairs = new Map<number, number>();
  const pairX: number[] = [];
  const pairT: number[] = [];
  for (let k = 0; k < size; k++) {
    const i = first[k];
    patterns.xIndex[k] = X.rank[i];
    patterns.txIndex[k] = Tx.rank[i];
    patterns.TIndex[k] = TT.rank[i];
    patterns.x[k] = X.distinct[X.rank[i]];
    patterns.tx[k] = Tx.distinct[Tx.rank[i]];
    patterns.T[k] = TT.distinct[TT.rank[i]];
    const key = X.rank[i] * nT + TT.rank[i];
    let position = pairs.get(key);
    if (position === undefined) {
      position = pairX.length;
      pairs.set(key, position);
      pairX.push(patterns.x[k]);
      pairT.push(patterns.T[k]);
    }
    patterns.pairIndex[k] = position;
  }
  return { ...patterns, pairX: Float64Array.from(pairX), pairT: Float64Array.from(pairT) };
}

/** The number of customers the patterns stand for. */
export function customersIn(patterns: Patterns): number {
  let total = 0;
  for (let i = 0; i < patterns.size; i++) total += patterns.weight[i];
  return total;
}
