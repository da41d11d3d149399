import { meanInterval } from '../../src/stats/meanInterval';
import { mergeMoments, momentsOf, sampleVariance } from '../../src/stats/moments';
import { welchTTest } from '../../src/stats/welchTTest';

// Student's sleep data (Cushny and Peebles 1905), the example of R's t.test.
const GROUP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const GROUP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('moments', () => {
  it('are the mean and squared deviations, also when merged', () => {
    const m = momentsOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(m).toEqual({ n: 8, mean: 5, m2: 32 });
    expect(sampleVariance(m)).toBeCloseTo(32 / 7, 14);
    const merged = mergeMoments(momentsOf([2, 4, 4]), momentsOf([4, 5, 5, 7, 9]));
    expect(merged.n).toBe(8);
    expect(merged.mean).toBeCloseTo(5, 14);
    expect(merged.m2).toBeCloseTo(32, 12);
    expect(sampleVariance(momentsOf([3]))).toBeNull();
  });

  it('give the exact mean of whole numbers (two passes, not a running mean)', () => {
    const orders = [8, 5, 6, 6, 5, 6, 6, 7, 5, 6, 4, 8, 6, 5, 6, 7];
    expect(momentsOf(orders).mean).toBe(6);
    expect(momentsOf([]).n).toBe(0);
  });

  it('lose nothing to cancellation on large values with a small spread', () => {
    const m = momentsOf([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(sampleVariance(m)).toBeCloseTo(30, 8);
  });
});

describe('meanInterval', () => {
  it('is the t interval of R for the sleep data, group 1', () => {
    // t.test(extra[group == 1]): 95 percent confidence interval -0.5297804 2.0297804.
    const interval = meanInterval(momentsOf(GROUP_1), 0.95);
    expect(interval?.low).toBeCloseTo(-0.5297804, 7);
    expect(interval?.high).toBeCloseTo(2.0297804, 7);
  });

  it('is a point for a constant sample and null for one value', () => {
    expect(meanInterval(momentsOf([24, 24, 24]), 0.95)).toEqual({ low: 24, high: 24 });
    expect(meanInterval(momentsOf([24]), 0.95)).toBeNull();
  });
});

describe('welchTTest', () => {
  it('gives what R gives for the sleep data', () => {
    // t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent confidence interval -3.3654832 0.2054832.
    const result = welchTTest(momentsOf(GROUP_1), momentsOf(GROUP_2), 0.95);
    expect(result?.t).toBeCloseTo(-1.8608, 4);
    expect(result?.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(result?.pValue).toBeCloseTo(0.07939, 5);
    expect(result?.low).toBeCloseTo(-3.3654832, 7);
    expect(result?.high).toBeCloseTo(0.2054832, 7);
  });

  it('works unequal variances by hand', () => {
    // s1² = 1 (n1 = 5), s2² = 16 (n2 = 4): SE² = 0.2 + 4 = 4.2; ν = 4.2² / (0.04/4 + 16/3) = 3.300.
    const first = { n: 5, mean: 10, m2: 4 };
    const second = { n: 4, mean: 6, m2: 48 };
    const result = welchTTest(first, second, 0.95);
    expect(result?.t).toBeCloseTo(4 / Math.sqrt(4.2), 12);
    expect(result?.degreesOfFreedom).toBeCloseTo(4.2 ** 2 / (0.01 + 16 / 3), 12);
  });

  it('is null below two values or without a standard error for different means', () => {
    expect(welchTTest(momentsOf([1]), momentsOf([1, 2]), 0.95)).toBeNull();
    expect(welchTTest(momentsOf([3, 3]), momentsOf([4, 4, 4]), 0.95)).toBeNull();
    expect(welchTTest(momentsOf([3, 3]), momentsOf([3, 3, 3]), 0.95)?.pValue).toBe(1);
  });
});
