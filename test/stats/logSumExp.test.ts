import { logAddExp, logSubExp } from '../../src/stats/logSumExp';

describe('log-space sums', () => {
  it('adds and subtracts numbers held as logarithms', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 15);
    expect(logSubExp(Math.log(5), Math.log(3))).toBeCloseTo(Math.log(2), 15);
    expect(logAddExp(-Infinity, 1.5)).toBe(1.5);
    expect(logSubExp(2, 2)).toBe(-Infinity);
    expect(logSubExp(1, 2)).toBeNaN();
  });

  it('keeps numbers no double can hold', () => {
    // e^-9000 + e^-9001 = e^-9000 (1 + 1/e).
    expect(logAddExp(-9000, -9001)).toBeCloseTo(-9000 + Math.log1p(Math.exp(-1)), 12);
    // e^-9000 - e^(-9000 - 2^-20): the difference is about 1e-6 of it, kept to full relative precision
    // (2^-20 is exactly representable beside 9000, so the inputs carry no rounding of their own).
    const delta = 2 ** -20;
    expect(logSubExp(-9000, -9000 - delta)).toBeCloseTo(-9000 + Math.log(-Math.expm1(-delta)), 9);
  });
});
