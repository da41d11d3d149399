import { logHyp2f1 } from '../../src/stats/hypergeometric2F1';

const f = (a: number, b: number, c: number, z: number) => Math.exp(logHyp2f1(a, b, c, z));

describe('logHyp2f1', () => {
  it('matches closed forms', () => {
    for (const z of [0.1, 0.5, 0.9, 0.999]) {
      // 2F1(1, 1; 2; z) = -ln(1 - z) / z, to 1e-12 relative (near z = 1 the series needs thousands of terms).
      expect(f(1, 1, 2, z) / (-Math.log(1 - z) / z)).toBeCloseTo(1, 12);
      // 2F1(a, b; b; z) = (1 - z)^-a.
      expect(logHyp2f1(3.7, 2.2, 2.2, z)).toBeCloseTo(-3.7 * Math.log(1 - z), 11);
    }
    // 2F1(1/2, 1/2; 3/2; z^2) = arcsin(z) / z.
    expect(f(0.5, 0.5, 1.5, 0.25)).toBeCloseTo(Math.asin(0.5) / 0.5, 14);
    // 2F1(a, b; c; 0) = 1.
    expect(logHyp2f1(5, 6, 7, 0)).toBe(0);
  });

  it('takes the Euler route for large parameters, without overflow', () => {
    // 2F1(a, b; b; z) = (1 - z)^-a stays exact in logs where the value itself would overflow.
    expect(logHyp2f1(5000.3, 7000.2, 7000.2, 0.9)).toBeCloseTo(-5000.3 * Math.log(0.1), 6);
    // Both routes agree where both are usable: 2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z).
    const direct = logHyp2f1(2.5, 1.5, 3.25, 0.6);
    const euler = (3.25 - 2.5 - 1.5) * Math.log(0.4) + logHyp2f1(3.25 - 2.5, 3.25 - 1.5, 3.25, 0.6);
    expect(direct).toBeCloseTo(euler, 12);
  });

  it('refuses arguments outside its domain', () => {
    expect(logHyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(logHyp2f1(1, 1, 2, -0.5)).toBeNaN();
    expect(logHyp2f1(1, 1, 0, 0.5)).toBeNaN();
  });
});
