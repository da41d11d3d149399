import { convertRate, periodExponent, RATE_PERIODS } from '../../src/metrics/ratePeriod';

describe('a rate over another period, at a steady rate', () => {
  it('compounds: annual = 1 - (1 - monthly)^12', () => {
    // 0.95^12 = 0.540360087662636..., worked by hand as ((0.95^2)^2)^3 = (0.81450625)^3.
    expect(convertRate(0.05, 'month', 'year')).toBeCloseTo(1 - 0.540360087662636, 14);
    // Recurly's 5.48% a month: 0.9452^2 = 0.89340304, ^4 = 0.79816899, ^8 = 0.63707375, ^12 = ^8 x ^4 = 0.50849250.
    expect(convertRate(0.0548, 'month', 'year')).toBeCloseTo(1 - 0.5084925, 7);
    // A quarter is three months: 1 - 0.9^3.
    expect(convertRate(0.1, 'month', 'quarter')).toBeCloseTo(0.271, 14);
    // Back from a year to a month: 1 - 0.89^(1/12).
    expect(convertRate(0.11, 'year', 'month')).toBeCloseTo(1 - Math.pow(0.89, 1 / 12), 14);
  });

  it('uses 12 months, 4 quarters or 52 weeks a year', () => {
    expect(periodExponent('month', 'year')).toBe(12);
    expect(periodExponent('quarter', 'year')).toBe(4);
    expect(periodExponent('week', 'year')).toBe(52);
    expect(periodExponent('year', 'month')).toBeCloseTo(1 / 12, 15);
    expect(periodExponent('week', 'month')).toBeCloseTo(52 / 12, 15);
  });

  it('leaves a rate alone in its own period, keeps 0 and 1, and goes there and back', () => {
    for (const from of RATE_PERIODS)
      for (const to of RATE_PERIODS) {
        expect(convertRate(0, from, to)).toBe(0);
        expect(convertRate(1, from, to)).toBe(1);
        expect(convertRate(convertRate(0.07, from, to), to, from)).toBeCloseTo(0.07, 12);
      }
    expect(convertRate(0.0548, 'month', 'month')).toBe(0.0548);
  });
});
