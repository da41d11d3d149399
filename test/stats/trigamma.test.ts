import { digamma, digammaDifference } from '../../src/stats/digamma';
import { trigamma, trigammaDifference } from '../../src/stats/trigamma';

describe('trigamma', () => {
  it('has its known values', () => {
    // ψ'(1) = π²/6, ψ'(1/2) = π²/2, ψ'(2) = π²/6 - 1.
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 14);
    expect(trigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 14);
    expect(trigamma(2)).toBeCloseTo(Math.PI ** 2 / 6 - 1, 14);
    expect(trigamma(0)).toBeNaN();
  });

  it('is the derivative of the digamma function, on both sides of the switch to the series at 12', () => {
    for (const x of [0.3, 2.7, 11.9, 12.1, 15, 400]) {
      const h = 1e-5 * x;
      expect(trigamma(x) / ((digamma(x + h) - digamma(x - h)) / (2 * h))).toBeCloseTo(1, 8);
    }
  });

  it("satisfies ψ'(x + 1) = ψ'(x) - 1/x²", () => {
    for (const x of [0.01, 0.7, 3.3, 11.5, 12.5]) expect(trigamma(x + 1)).toBeCloseTo(trigamma(x) - 1 / (x * x), 12);
  });
});

describe('trigammaDifference', () => {
  // ψ'(r+x) - ψ'(r) = -sum_{k<x} 1/(r+k)² for whole x.
  const byRecurrence = (r: number, x: number) => {
    let sum = 0;
    for (let k = x - 1; k >= 0; k--) sum -= 1 / ((r + k) * (r + k));
    return sum;
  };

  it.each([
    [0.24, 20],
    [99, 5],
    [100, 5],
    [1e3, 70],
    [1e6, 3],
    [1e12, 3],
  ])('is minus the sum of 1/(r+k)² for r = %p, x = %p', (r, x) => {
    expect(trigammaDifference(r, x) / byRecurrence(r, x)).toBeCloseTo(1, 13);
  });

  it('is 0 for x = 0 and the derivative of digammaDifference in r', () => {
    expect(trigammaDifference(3, 0)).toBe(0);
    for (const [r, x] of [
      [0.5, 2.5],
      [300, 4],
    ]) {
      const h = 1e-5 * r;
      expect(
        trigammaDifference(r, x) / ((digammaDifference(r + h, x) - digammaDifference(r - h, x)) / (2 * h)),
      ).toBeCloseTo(1, 6);
    }
  });
});
