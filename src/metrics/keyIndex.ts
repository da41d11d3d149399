/**
 * Groups rows by a key (a customer id, an order id, a product): each distinct
 * key gets a number in order of first appearance, and each row the number of
 * its key, so per-key totals are plain typed arrays.
 */

export interface KeyIndex {
  /** The distinct keys, in order of first appearance. */
  readonly keys: readonly string[];
  /** For each row, the position of its key in `keys`. */
  readonly ofRow: Int32Array;
}

export function indexKeys(values: readonly string[]): KeyIndex {
  const positions = new Map<string, number>();
  const keys: string[] = [];
  const ofRow = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let position = positions.get(values[i]);
    if (position === undefined) {
      position = keys.length;
      positions.set(values[i], position);
      keys.push(values[i]);
    }
    ofRow[i] = position;
  }
  return { keys, ofRow };
}

/** The rows of each key, in row order: entry g lists the rows whose key is keys[g]. */
export function rowsByKey(index: KeyIndex): Int32Array[] {
  const counts = new Int32Array(index.keys.length);
  for (let i = 0; i < index.ofRow.length; i++) counts[index.ofRow[i]]++;
  const rows = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(index.keys.length);
  for (let i = 0; i < index.ofRow.length; i++) {
    const key = index.ofRow[i];
    rows[key][filled[key]++] = i;
  }
  return rows;
}

/** The values at the given rows, in that order. */
export function pickRows<T>(values: ArrayLike<T>, rows: ArrayLike<number>): T[] {
  return Array.from({ length: rows.length }, (_, i) => values[rows[i]]);
}
