/**
 * Fits remembered for the same input within one execution: a sheet that
 * shows BTYD_FIT and CLV_PREDICT over the same orders, or the wizard building
 * a dashboard, fits each model once. Keyed by a fingerprint of the input
 * numbers (FNV-1a over their bits) and the model.
 */

const MAX_ENTRIES = 8;
const entries = new Map<string, unknown>();

/** FNV-1a over the 64-bit patterns of the numbers. */
export function fingerprint(...arrays: ArrayLike<number>[]): string {
  let hash = 0x811c9dc5;
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  for (const array of arrays) {
    for (let i = 0; i < array.length; i++) {
      view.setFloat64(0, array[i]);
      for (let b = 0; b < 8; b++) hash = Math.imul(hash ^ bytes[b], 0x01000193) >>> 0;
    }
    hash = Math.imul(hash ^ 0xff, 0x01000193) >>> 0;
  }
  return `${hash.toString(16)}:${arrays.map((a) => a.length).join(',')}`;
}

/** The cached result for the key, or what `compute` gives (then cached). */
export function cached<T>(key: string, compute: () => T): T {
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(key, value);
  return value;
}
