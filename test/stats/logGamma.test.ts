import { logBeta, logGamma, logGammaRatio } from '../../src/stats/logGamma';

describe('logGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [0.5, 0.5 * Math.log(Math.PI)], // Γ(1/2) = √π
    [10, Math.log(362880)], // 9!
    [100, 359.1342053695754], // ln 99!
    [0.001, 6.907178885383854],
  ])('ln Γ(%p) = %p', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });

  it('stays finite and accurate far out', () => {
    // Stirling: ln Γ(x) = (x - 1/2) ln x - x + ln(2π)/2 + 1/(12x) - ...; at 1e6 the next term is below 1e-18.
    const x = 1e6;
    const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x);
    expect(logGamma(x) / stirling).toBeCloseTo(1, 15);
    expect(Number.isFinite(logGamma(1e300))).toBe(true);
  });

  it('agrees with sums of logs, as ln Γ(r+x) - ln Γ(r) = sum ln(r+k)', () => {
    let sum = 0;
    for (let k = 0; k < 5000; k++) sum += Math.log(0.243 + k);
    expect(logGamma(0.243 + 5000) - logGamma(0.243)).toBeCloseTo(sum, 7);
  });

  it('gives ln B(a, b), and NaN for x <= 0', () => {
    // B(2, 3) = 1! 2! / 4! = 1/12.
    expect(logBeta(2, 3)).toBeCloseTo(-Math.log(12), 14);
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
  });
});

describe('logGammaRatio', () => {
  /** ln Γ(r+x) - ln Γ(r) for whole x, as the sum of ln(r+k). */
  const sumOfLogs = (r: number, x: number) => {
    let sum = 0;
    for (let k = 0; k < x; k++) sum += Math.log(r + k);
    return sum;
  };

  it.each([
    [0.553, 7],
    [50, 3],
    [99.999, 12],
    [100, 12],
    [1e3, 5000],
    [735_000, 8],
    [1e9, 40],
    [2.4e12, 3],
  ])('is ln Γ(r+x) - ln Γ(r) = sum ln(r+k) for r = %p, x = %p', (r, x) => {
    const sum = sumOfLogs(r, x);
    // To 1e-13 relative: the 5,000-term sum itself carries rounding of a few 1e-15.
    expect(Math.abs(logGammaRatio(r, x) - sum)).toBeLessThan(1e-13 * Math.max(1, sum));
  });

  it('keeps the digits that the difference of two log-gammas loses for large r', () => {
    // Each ln Γ(2.4e12) is about 6.7e13: the difference is off by about 1e-2, the ratio is not.
    const [r, x] = [2.4e12, 3];
    expect(Math.abs(logGamma(r + x) - logGamma(r) - sumOfLogs(r, x))).toBeGreaterThan(1e-4);
    expect(logGammaRatio(r, x)).toBeCloseTo(sumOfLogs(r, x), 12);
    expect(logGammaRatio(r, 0)).toBe(0);
  });
});
