import { normalQuantile, twoSidedCriticalValue } from '../../src/stats/normalQuantile';

// Reference values: standard normal quantiles to 16 digits (as printed by R's qnorm).
describe('normalQuantile', () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489],
    [0.95, 1.6448536269514722],
    [0.025, -1.959963984540054],
    [0.8413447460685429, 1],
    [1e-10, -6.361340902404056],
  ])('quantile of %p is %p', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });

  it('has infinite quantiles at 0 and 1 and none outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });

  it('gives the familiar two-sided critical values', () => {
    expect(twoSidedCriticalValue(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(twoSidedCriticalValue(0.9)).toBeCloseTo(1.6448536269514722, 14);
    expect(twoSidedCriticalValue(0.99)).toBeCloseTo(2.5758293035489, 12);
  });
});
