import { studentTCdf, studentTDensity, studentTTwoSidedPValue, studentTUpperTail } from '../../src/stats/studentTCdf';
import { studentTCriticalValue, studentTQuantile } from '../../src/stats/studentTQuantile';
import { normalCdf } from '../../src/stats/normalCdf';
import { normalQuantile } from '../../src/stats/normalQuantile';
import { integrate } from '../support/quadrature';

const relativeError = (value: number, reference: number) => Math.abs(value / reference - 1);

/** Closed forms of the t CDF for small whole ν (Abramowitz & Stegun 26.7.3). */
const CLOSED_FORMS: Record<number, (t: number) => number> = {
  1: (t) => 0.5 + Math.atan(t) / Math.PI,
  2: (t) => 0.5 + t / (2 * Math.sqrt(2 + t * t)),
  3: (t) => {
    const u = t / Math.sqrt(3);
    return 0.5 + (Math.atan(u) + u / (1 + u * u)) / Math.PI;
  },
  4: (t) => {
    const c = t / Math.sqrt(4 + t * t);
    return 0.5 + (c * (1 + (1 - c * c) / 2)) / 2;
  },
};

describe('studentTCdf', () => {
  it.each([1, 2, 3, 4])('matches the closed form for %p degrees of freedom', (nu) => {
    for (const t of [-30, -4, -1.5, -0.3, -1e-6, 0, 1e-6, 0.02, 0.7, 2, 6.5, 50]) {
      expect(studentTCdf(t, nu)).toBeCloseTo(CLOSED_FORMS[nu](t), 13);
    }
  });

  it('keeps the relative accuracy of small tails', () => {
    // P(T > 100) for ν = 1 is atan(1/100) / π.
    expect(relativeError(studentTUpperTail(100, 1), Math.atan(1 / 100) / Math.PI)).toBeLessThan(1e-12);
    const tail3 = (t: number) => 1 - CLOSED_FORMS[3](t);
    expect(relativeError(studentTUpperTail(20, 3), tail3(20))).toBeLessThan(1e-9);
  });

  it('matches published values for fractional and large ν', () => {
    // R: pt(2, 5) and 2 * pt(-1.8608, 17.776) (the sleep data's Welch test).
    expect(studentTCdf(2, 5)).toBeCloseTo(0.9490302605850709, 13);
    expect(studentTTwoSidedPValue(-1.8608134674868526, 17.776473516178495)).toBeCloseTo(0.07939, 5);
    // Tends to the normal.
    expect(studentTCdf(1.3, 1e8)).toBeCloseTo(normalCdf(1.3), 8);
    expect(studentTCdf(-2.5, 1e16)).toBeCloseTo(normalCdf(-2.5), 14);
  });

  it('integrates its density', () => {
    for (const nu of [1.5, 3, 12.25, 80]) {
      const integral = integrate((t) => studentTDensity(t, nu), 0, 1.7, 1e-14);
      expect(integral).toBeCloseTo(studentTCdf(1.7, nu) - 0.5, 12);
    }
  });

  it('is NaN for bad arguments', () => {
    expect(studentTCdf(1, 0)).toBeNaN();
    expect(studentTCdf(Number.NaN, 4)).toBeNaN();
    expect(studentTCdf(Infinity, 4)).toBe(1);
  });
});

describe('studentTQuantile', () => {
  // R: qt(0.975, df).
  it.each([
    [1, 12.706204736174707],
    [2, 4.302652729749464],
    [3, 3.182446305284263],
    [4, 2.776445105197799],
    [5, 2.570581835636314],
    [10, 2.228138851986273],
    [30, 2.042272456301238],
    [100, 1.983971518523552],
  ])('t(0.975, %p) = %p', (nu, t) => {
    expect(relativeError(studentTCriticalValue(0.95, nu), t)).toBeLessThan(1e-12);
  });

  it('inverts the CDF across p and ν, fractional ν included', () => {
    for (const nu of [1, 1.3, 2, 2.5, 3, 7.9, 17.776, 250, 1e6]) {
      for (const p of [1e-12, 1e-6, 0.001, 0.025, 0.2, 0.5, 0.6, 0.9, 0.975, 0.999999]) {
        const t = studentTQuantile(p, nu);
        const back = p < 0.5 ? studentTCdf(t, nu) : 1 - studentTUpperTail(t, nu);
        expect(relativeError(back, p)).toBeLessThan(1e-10);
      }
    }
  });

  it('tends to the normal quantile, and handles the ends', () => {
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(normalQuantile(0.975), 7);
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(studentTQuantile(0.5, 5)).toBe(0);
    expect(studentTQuantile(1.2, 5)).toBeNaN();
    expect(studentTQuantile(0.3, -1)).toBeNaN();
  });
});
