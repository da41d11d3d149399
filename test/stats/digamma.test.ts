import { digamma, digammaDifference } from '../../src/stats/digamma';
import { logGamma, logGammaRatio } from '../../src/stats/logGamma';

const EULER = 0.5772156649015329;

describe('digamma', () => {
  it('has its known values', () => {
    expect(digamma(1)).toBeCloseTo(-EULER, 14);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.LN2, 14);
    // ψ(10) = H_9 - γ.
    expect(digamma(10)).toBeCloseTo(7129 / 2520 - EULER, 14);
    expect(digamma(1e-3) / -1000.5755719318103).toBeCloseTo(1, 14);
  });

  it('is the derivative of ln Γ', () => {
    for (const x of [0.3, 2.7, 15, 400]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 6);
    }
  });

  it('satisfies ψ(x + 1) = ψ(x) + 1/x', () => {
    for (const x of [0.01, 0.7, 3.3, 9.9, 10.1]) expect(digamma(x + 1)).toBeCloseTo(digamma(x) + 1 / x, 12);
  });
});

describe('digammaDifference', () => {
  // ψ(r+x) - ψ(r) = sum_{k<x} 1/(r+k) for whole x (DLMF 5.5.2), summed here in long hand.
  const byRecurrence = (r: number, x: number) => {
    let sum = 0;
    for (let k = x - 1; k >= 0; k--) sum += 1 / (r + k);
    return sum;
  };

  it.each([
    [0.24, 1],
    [0.24, 20],
    [3.5, 7],
    [99.9, 70],
    [100, 1],
    [150, 3],
    [1e3, 70],
    [1e6, 1],
    [1e6, 10_000],
    [1e12, 3],
  ])('is the sum of 1/(r+k) for r = %p, x = %p, on both sides of the switch to Stirling at r = 100', (r, x) => {
    expect(digammaDifference(r, x) / byRecurrence(r, x)).toBeCloseTo(1, 13);
  });

  it('keeps its digits for huge r, where the difference of two digammas does not', () => {
    // About 3e-12, from two digammas of about 27.6: their difference keeps only a few digits.
    const [r, x] = [1e12, 3];
    expect(Math.abs(digammaDifference(r, x) / byRecurrence(r, x) - 1)).toBeLessThan(1e-14);
    expect(Math.abs((digamma(r + x) - digamma(r)) / byRecurrence(r, x) - 1)).toBeGreaterThan(1e-6);
  });

  it('is 0 for x = 0 and the derivative of logGammaRatio in r', () => {
    expect(digammaDifference(5, 0)).toBe(0);
    for (const [r, x] of [
      [0.5, 2.5],
      [80, 4],
      [300, 4],
    ]) {
      const h = 1e-5 * r;
      expect(digammaDifference(r, x)).toBeCloseTo((logGammaRatio(r + h, x) - logGammaRatio(r - h, x)) / (2 * h), 8);
    }
  });
});
