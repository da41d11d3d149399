import { wilsonInterval } from '../../src/stats/wilsonInterval';

describe('wilsonInterval', () => {
  // The examples of Newcombe (1998), "Two-sided confidence intervals for the single proportion", table II, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%p of %p: %p to %p', (x, n, low, high) => {
    const interval = wilsonInterval(x, n, 0.95);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it('works 5 of 10 by hand', () => {
    // z = 1.959964, z²/n = 0.384146: centre (0.5 + 0.192073) / 1.384146 = 0.5,
    // half = 1.959964 sqrt(0.025 + 0.0096036) / 1.384146 = 0.263407.
    const interval = wilsonInterval(5, 10, 0.95);
    expect(interval?.low).toBeCloseTo(0.5 - 0.263407, 5);
    expect(interval?.high).toBeCloseTo(0.5 + 0.263407, 5);
  });

  it('is exactly 0 or 1 at the ends, symmetric, and widens with the confidence level', () => {
    expect(wilsonInterval(0, 7, 0.95)?.low).toBe(0);
    expect(wilsonInterval(7, 7, 0.95)?.high).toBe(1);
    const a = wilsonInterval(3, 40, 0.95);
    const b = wilsonInterval(37, 40, 0.95);
    expect(a?.low).toBeCloseTo(1 - (b?.high ?? 0), 14);
    expect((wilsonInterval(3, 40, 0.99)?.high ?? 0) > (a?.high ?? 1)).toBe(true);
  });

  it('is null without observations', () => {
    expect(wilsonInterval(0, 0, 0.95)).toBeNull();
  });
});
