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
