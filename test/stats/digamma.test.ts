import { digamma } from '../../src/stats/digamma';
import { logGamma } from '../../src/stats/logGamma';

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
