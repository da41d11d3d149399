/**
 * Customers as weighted patterns: the BTYD likelihoods depend on a customer
 * only through (x, t_x, T), and many customers share them (same number of
 * repeat purchases, same first and last purchase days), so a fit sums over
 * the distinct patterns, each counted with its weight. On CDNOW's sample,
 * 2,357 customers are 1,016 patterns.
 */

export interface Patterns {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  readonly size: number;
  /** The distinct values of x, and for each pattern the position of its x among them. */
  readonly distinctX: Float64Array;
  readonly xIndex: Int32Array;
  /** The distinct (x, T) pairs (the Pareto/NBD computes a term once per pair), and each pattern's pair. */
  readonly pairX: Float64Array;
  readonly pairT: Float64Array;
  readonly pairIndex: Int32Array;
}

export function toPatterns(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): Patterns {
  const positions = new Map<string, number>();
  const keys: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const key = `${x[i]}|${tx[i]}|${T[i]}`;
    const position = positions.get(key);
    if (position === undefined) {
      positions.set(key, weights.length);
      keys.push(i);
      weights.push(1);
    } else {
      weights[position]++;
    }
  }
  const xs = Float64Array.from(keys, (i) => x[i]);
  const Ts = Float64Array.from(keys, (i) => T[i]);
  const distinctX = Float64Array.from(new Set(xs)).sort();
  const index = new Map<number, number>();
  distinctX.forEach((value, i) => index.set(value, i));
  const pairs = new Map<string, number>();
  const pairX: number[] = [];
  const pairT: number[] = [];
  const pairIndex = Int32Array.from(xs, (value, i) => {
    const key = `${value}|${Ts[i]}`;
    let position = pairs.get(key);
    if (position === undefined) {
      position = pairX.length;
      pairs.set(key, position);
      pairX.push(value);
      pairT.push(Ts[i]);
    }
    return position;
  });
  return {
    x: xs,
    tx: Float64Array.from(keys, (i) => tx[i]),
    T: Ts,
    weight: Float64Array.from(weights),
    size: keys.length,
    distinctX,
    xIndex: Int32Array.from(xs, (value) => index.get(value) as number),
    pairX: Float64Array.from(pairX),
    pairT: Float64Array.from(pairT),
    pairIndex,
  };
}

/** The number of customers the patterns stand for. */
export function customersIn(patterns: Patterns): number {
  let total = 0;
  for (let i = 0; i < patterns.size; i++) total += patterns.weight[i];
  return total;
}
