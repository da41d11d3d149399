import { newcombeInterval } from '../../src/stats/newcombeInterval';
import { wilsonInterval } from '../../src/stats/wilsonInterval';

describe('newcombeInterval', () => {
  // The examples of Newcombe (1998), "Interval estimation for the difference between independent proportions",
  // table II, method 10.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('%p/%p - %p/%p: %p to %p', (x1, n1, x2, n2, low, high) => {
    const interval = newcombeInterval(x1, n1, x2, n2, 0.95);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it('is built from the two Wilson intervals', () => {
    const a = wilsonInterval(30, 100, 0.95)!;
    const b = wilsonInterval(20, 100, 0.95)!;
    const interval = newcombeInterval(30, 100, 20, 100, 0.95)!;
    expect(interval.low).toBeCloseTo(0.1 - Math.sqrt((0.3 - a.low) ** 2 + (b.high - 0.2) ** 2), 14);
    expect(interval.high).toBeCloseTo(0.1 + Math.sqrt((a.high - 0.3) ** 2 + (0.2 - b.low) ** 2), 14);
  });

  it('is null when a sample is empty', () => {
    expect(newcombeInterval(1, 2, 0, 0, 0.95)).toBeNull();
  });
});
