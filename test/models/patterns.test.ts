/**
 * Weighted patterns: merging customers with the same (x, t_x, T), the index
 * maps the models rely on, and that a likelihood over the patterns is the
 * likelihood over the customers they stand for.
 */

import { seededRandom } from '../../scripts/lib/seededRandom';
import { BgNbd } from '../../src/models/bgNbd';
import { MbgNbd } from '../../src/models/mbgNbd';
import { ParetoNbd } from '../../src/models/paretoNbd';
import { customersIn, toPatterns, type Patterns } from '../../src/models/patterns';

// Six customers, four patterns: customers 0, 2 and 5 share (2, 10, 30); customer 4 differs from them in T only.
const X = [2, 0, 2, 1, 2, 2];
const TX = [10, 0, 10, 5, 10, 10];
const T = [30, 30, 30, 30, 20, 30];

describe('toPatterns', () => {
  const patterns = toPatterns(X, TX, T);

  it('merges customers with the same (x, t_x, T), sorted by x, then t_x, then T, with their counts', () => {
    expect(patterns.size).toBe(4);
    expect(Array.from(patterns.x)).toEqual([0, 1, 2, 2]);
    expect(Array.from(patterns.tx)).toEqual([0, 5, 10, 10]);
    expect(Array.from(patterns.T)).toEqual([30, 30, 20, 30]);
    expect(Array.from(patterns.weight)).toEqual([1, 1, 1, 3]);
  });

  it('are the same, array for array, whatever order the customers come in', () => {
    const random = seededRandom(5);
    for (let round = 0; round < 5; round++) {
      const order = X.map((_, i) => i).sort(() => random() - 0.5);
      const shuffled = toPatterns(
        order.map((i) => X[i]),
        order.map((i) => TX[i]),
        order.map((i) => T[i]),
      );
      expect(shuffled).toEqual(patterns);
    }
  });

  it('sorts by value, not by text, in all three columns', () => {
    const wide = toPatterns([10, 9, 9, 9], [2, 10, 9, 9], [100, 20, 30, 4]);
    expect(Array.from(wide.x)).toEqual([9, 9, 9, 10]);
    expect(Array.from(wide.tx)).toEqual([9, 9, 10, 2]);
    expect(Array.from(wide.T)).toEqual([4, 30, 20, 100]);
  });

  it('takes the counts of a table of patterns, merging rows that repeat a pattern', () => {
    const table = toPatterns([2, 0, 2, 1], [10, 0, 10, 5], [30, 30, 30, 30], [40, 7, 2, 13]);
    expect(Array.from(table.x)).toEqual([0, 1, 2]);
    expect(Array.from(table.weight)).toEqual([7, 13, 42]);
    expect(customersIn(table)).toBe(62);
    // The same patterns as the customers one by one.
    const oneByOne = toPatterns(
      [...Array(40).fill(2), ...Array(7).fill(0), ...Array(2).fill(2), ...Array(13).fill(1)],
      [...Array(40).fill(10), ...Array(7).fill(0), ...Array(2).fill(10), ...Array(13).fill(5)],
      Array(62).fill(30),
    );
    expect(table).toEqual(oneByOne);
  });

  it('counts the customers the patterns stand for', () => {
    expect(customersIn(patterns)).toBe(6);
    expect(customersIn(toPatterns([], [], []))).toBe(0);
    expect(toPatterns([], [], []).size).toBe(0);
  });

  it('lists the distinct x in increasing order and points each pattern at its own', () => {
    expect(Array.from(patterns.distinctX)).toEqual([0, 1, 2]);
    expect(Array.from(patterns.xIndex)).toEqual([0, 1, 2, 2]);
  });

  it('lists the distinct t_x and T in increasing order and points each pattern at its own', () => {
    expect(Array.from(patterns.distinctTx)).toEqual([0, 5, 10]);
    expect(Array.from(patterns.txIndex)).toEqual([0, 1, 2, 2]);
    expect(Array.from(patterns.distinctT)).toEqual([20, 30]);
    expect(Array.from(patterns.TIndex)).toEqual([1, 1, 0, 1]);
  });

  it('sorts distinct x numerically, not as strings', () => {
    const wide = toPatterns([10, 9, 100, 2], [1, 1, 1, 1], [5, 5, 5, 5]);
    expect(Array.from(wide.distinctX)).toEqual([2, 9, 10, 100]);
  });

  it('lists the distinct (x, T) pairs and points each pattern at its own', () => {
    // (0, 30), (1, 30), (2, 20), (2, 30): every pattern here has its own pair.
    expect(Array.from(patterns.pairX)).toEqual([0, 1, 2, 2]);
    expect(Array.from(patterns.pairT)).toEqual([30, 30, 20, 30]);
    expect(Array.from(patterns.pairIndex)).toEqual([0, 1, 2, 3]);
    // Patterns that differ in t_x only share a pair.
    const shared = toPatterns([3, 3, 3, 1], [4, 8, 4, 8], [10, 10, 10, 10]);
    expect(shared.size).toBe(3);
    expect(Array.from(shared.pairX)).toEqual([1, 3]);
    expect(Array.from(shared.pairT)).toEqual([10, 10]);
    expect(Array.from(shared.pairIndex)).toEqual([0, 1, 1]);
  });
});

/** A seeded list of customers with many repeated (x, t_x, T), like weekly data. */
function randomCustomers(seed: number, count: number) {
  const random = seededRandom(seed);
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  for (let i = 0; i < count; i++) {
    const observed = 20 + Math.floor(random() * 20);
    const purchases = random() < 0.5 ? 0 : Math.floor(random() * 8);
    x.push(purchases);
    tx.push(purchases === 0 ? 0 : 1 + Math.floor(random() * (observed - 1)));
    T.push(observed);
  }
  return { x, tx, T };
}

/** Every index map agrees with the pattern's own values. */
function expectConsistentIndexes(patterns: Patterns) {
  for (let i = 0; i < patterns.size; i++) {
    expect(patterns.distinctX[patterns.xIndex[i]]).toBe(patterns.x[i]);
    expect(patterns.pairX[patterns.pairIndex[i]]).toBe(patterns.x[i]);
    expect(patterns.pairT[patterns.pairIndex[i]]).toBe(patterns.T[i]);
    expect(patterns.distinctTx[patterns.txIndex[i]]).toBe(patterns.tx[i]);
    expect(patterns.distinctT[patterns.TIndex[i]]).toBe(patterns.T[i]);
    if (i > 0) {
      // Sorted by (x, t_x, T), each pattern after the one before it.
      const before = [patterns.x[i - 1], patterns.tx[i - 1], patterns.T[i - 1]];
      const here = [patterns.x[i], patterns.tx[i], patterns.T[i]];
      const k = before.findIndex((value, j) => value !== here[j]);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(before[k]).toBeLessThan(here[k]);
    }
  }
  expect(new Set(patterns.distinctX).size).toBe(patterns.distinctX.length);
  const pairs = new Set(Array.from(patterns.pairX, (x, k) => `${x}|${patterns.pairT[k]}`));
  expect(pairs.size).toBe(patterns.pairX.length);
}

describe('patterns of a seeded customer list', () => {
  it.each([1, 2, 3])('keep every customer and every index consistent (seed %p)', (seed) => {
    const { x, tx, T } = randomCustomers(seed, 400);
    const patterns = toPatterns(x, tx, T);
    expect(customersIn(patterns)).toBe(400);
    expect(patterns.size).toBeLessThan(400);
    expectConsistentIndexes(patterns);
    // Each pattern's weight is the number of customers with its (x, t_x, T).
    for (let i = 0; i < patterns.size; i++) {
      const matching = x.filter((_, j) => x[j] === patterns.x[i] && tx[j] === patterns.tx[i] && T[j] === patterns.T[i]);
      expect(patterns.weight[i]).toBe(matching.length);
    }
  });

  it.each([
    ['BG/NBD', BgNbd.logLikelihood, Float64Array.of(0.243, 4.414, 0.793, 2.426)],
    ['MBG/NBD', MbgNbd.logLikelihood, Float64Array.of(0.525, 6.183, 0.891, 1.614)],
    ['Pareto/NBD', ParetoNbd.logLikelihood, Float64Array.of(0.553, 10.58, 0.606, 11.67)],
  ])('give the %s log-likelihood of the customers one by one', (_, logLikelihood, parameters) => {
    const { x, tx, T } = randomCustomers(7, 300);
    let oneByOne = 0;
    for (let i = 0; i < x.length; i++) oneByOne += logLikelihood(parameters, toPatterns([x[i]], [tx[i]], [T[i]]));
    const merged = logLikelihood(parameters, toPatterns(x, tx, T));
    expect(merged).toBeLessThan(0);
    expect(merged).toBeCloseTo(oneByOne, 8);
  });
});
