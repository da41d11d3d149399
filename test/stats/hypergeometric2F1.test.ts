import { logHyp2f1, logHyp2f1WithDerivatives } from '../../src/stats/hypergeometric2F1';

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

describe('logHyp2f1WithDerivatives', () => {
  it.each([
    [0.7, 1, 1.7, 0.4],
    [30.5, 1, 31, 0.5],
    [2.5, 3.5, 4.2, 0.3],
    // The Euler route: (c-a)(c-b) smaller than ab.
    [40, 41, 42, 0.45],
  ])('gives the value of logHyp2f1 and its derivatives in a, b, c for (%p, %p; %p; %p)', (a, b, c, z) => {
    const got = logHyp2f1WithDerivatives(a, b, c, z);
    expect(got.value).toBe(logHyp2f1(a, b, c, z));
    const h = 1e-6;
    const slope = (f: (t: number) => number, t: number) => (f(t + h * t) - f(t - h * t)) / (2 * h * t);
    expect(got.da).toBeCloseTo(
      slope((t) => logHyp2f1(t, b, c, z), a),
      7,
    );
    expect(got.db).toBeCloseTo(
      slope((t) => logHyp2f1(a, t, c, z), b),
      7,
    );
    expect(got.dc).toBeCloseTo(
      slope((t) => logHyp2f1(a, b, t, z), c),
      7,
    );
  });
});
