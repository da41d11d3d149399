/**
 * The fit cache: one computation per key, fingerprints that tell inputs apart,
 * and a bounded size (MAX_ENTRIES = 8 in src/models/fitCache.ts) that forgets
 * the oldest entry first.
 */

import { cached, fingerprint } from '../../src/models/fitCache';

const CAPACITY = 8;

/** A computation that counts how often it ran. */
function counter<T>(value: T) {
  const state = {
    runs: 0,
    compute: () => {
      state.runs++;
      return value;
    },
  };
  return state;
}

describe('cached', () => {
  it('computes once for the same key', () => {
    const fit = counter({ parameters: [1, 2] });
    const first = cached('same-key', fit.compute);
    const second = cached('same-key', fit.compute);
    expect(fit.runs).toBe(1);
    // The very same object, not a copy.
    expect(second).toBe(first);
  });

  it('recomputes for a different key', () => {
    const fit = counter('fit');
    cached('key-a', fit.compute);
    cached('key-b', fit.compute);
    expect(fit.runs).toBe(2);
    expect(cached('key-c', () => 42)).toBe(42);
  });

  it('remembers falsy results too', () => {
    const fit = counter(0);
    cached('falsy', fit.compute);
    expect(cached('falsy', fit.compute)).toBe(0);
    expect(fit.runs).toBe(1);
  });

  it(`keeps ${CAPACITY} entries and forgets the oldest beyond them`, () => {
    const fits = Array.from({ length: CAPACITY + 1 }, (_, i) => counter(i));
    // Fill the cache with CAPACITY fresh keys: every entry from earlier tests is gone.
    for (let i = 0; i < CAPACITY; i++) cached(`capacity-${i}`, fits[i].compute);
    // All CAPACITY of them are still there.
    for (let i = 0; i < CAPACITY; i++) expect(cached(`capacity-${i}`, fits[i].compute)).toBe(i);
    expect(fits.slice(0, CAPACITY).every((fit) => fit.runs === 1)).toBe(true);
    // One more pushes out the oldest, capacity-0, and only it.
    cached(`capacity-${CAPACITY}`, fits[CAPACITY].compute);
    for (let i = 1; i <= CAPACITY; i++) cached(`capacity-${i}`, fits[i].compute);
    expect(fits.slice(1).every((fit) => fit.runs === 1)).toBe(true);
    cached('capacity-0', fits[0].compute);
    expect(fits[0].runs).toBe(2);
  });
});

describe('fingerprint', () => {
  it('is equal for equal numbers, whatever holds them', () => {
    expect(fingerprint([1, 2.5, 3], [4])).toBe(fingerprint(Float64Array.of(1, 2.5, 3), [4]));
    expect(fingerprint([])).toBe(fingerprint(new Float64Array(0)));
  });

  it('differs when one value changes, however slightly', () => {
    const base = fingerprint([1, 2, 3], [10, 20, 30]);
    expect(fingerprint([1, 2, 4], [10, 20, 30])).not.toBe(base);
    expect(fingerprint([1, 2, 3], [10, 20, 30.000000000000004])).not.toBe(base);
    expect(fingerprint([1, 2, 3], [10, 20, -30])).not.toBe(base);
    // The same numbers in another order.
    expect(fingerprint([3, 2, 1], [10, 20, 30])).not.toBe(base);
  });

  it('differs when a length changes, also when the numbers are the same', () => {
    expect(fingerprint([1, 2, 3])).not.toBe(fingerprint([1, 2, 3, 0]));
    expect(fingerprint([1, 2], [3])).not.toBe(fingerprint([1], [2, 3]));
    expect(fingerprint([1, 2, 3])).not.toBe(fingerprint([1, 2, 3], []));
  });

  it('tells many similar inputs apart', () => {
    // 1,000 arrays that differ in one value: no two share a fingerprint (a 64-bit hash).
    const seen = new Set<string>();
    for (let i = 0; i < 1_000; i++) seen.add(fingerprint([1, 2, i / 7, 4]));
    expect(seen.size).toBe(1_000);
  });
});
