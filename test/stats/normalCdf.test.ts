import { normalCdf, twoSidedPValue } from '../../src/stats/normalCdf';
import { normalQuantile } from '../../src/stats/normalQuantile';

const relativeError = (value: number, reference: number) => Math.abs(value / reference - 1);

// Reference values: standard normal CDF (as printed by R's pnorm).
describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1.96, 0.9750021048517795],
    [-1, 0.15865525393145705],
    [1, 0.8413447460685429],
  ])('P(Z <= %p) = %p', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 14);
  });

  it('keeps a relative error below 1e-8 far in the lower tail', () => {
    expect(normalCdf(-3) / 0.0013498980316300946).toBeCloseTo(1, 12);
    expect(relativeError(normalCdf(-5), 2.866515718791939e-7)).toBeLessThan(1e-8);
    expect(relativeError(normalCdf(-8), 6.22096057427178e-16)).toBeLessThan(1e-8);
    expect(relativeError(normalCdf(-10), 7.619853024160527e-24)).toBeLessThan(1e-8);
    expect(relativeError(normalCdf(-20), 2.7536241186062337e-89)).toBeLessThan(1e-8);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it('inverts normalQuantile', () => {
    for (const p of [1e-20, 1e-8, 0.001, 0.05, 0.3, 0.5, 0.77, 0.99, 0.999999]) {
      expect(relativeError(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-8);
    }
    for (const p of [0.001, 0.05, 0.3, 0.5, 0.77, 0.99]) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 14);
    }
  });

  it('gives two-sided p-values', () => {
    expect(twoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedPValue(-1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedPValue(0)).toBe(1);
  });
});
