import { twoProportionZTest } from '../../src/stats/twoProportionZTest';

describe('twoProportionZTest', () => {
  it('works 15/50 against 25/50 by hand, equal to Pearson chi-squared without correction', () => {
    // Pooled 40/100 = 0.4; SE = sqrt(0.4 x 0.6 x (1/50 + 1/50)) = 0.0979796; z = (0.3 - 0.5) / SE = -2.041241.
    // z² = 4.166667 = X² of the table [[15, 35], [25, 25]] (R: prop.test(c(15, 25), c(50, 50), correct = FALSE),
    // p-value = 0.04123).
    const result = twoProportionZTest(15, 50, 25, 50);
    expect(result?.z).toBeCloseTo(-2.041241, 6);
    expect((result?.z ?? 0) ** 2).toBeCloseTo(25 / 6, 10);
    expect(result?.pValue).toBeCloseTo(0.04123, 5);
  });

  it('is symmetric in its samples', () => {
    const ab = twoProportionZTest(7, 31, 19, 44);
    const ba = twoProportionZTest(19, 44, 7, 31);
    expect(ba?.z).toBeCloseTo(-(ab?.z ?? 0), 14);
    expect(ba?.pValue).toBeCloseTo(ab?.pValue ?? 0, 14);
  });

  it('gives p = 1 for equal shares, including all-or-nothing samples, and null for an empty one', () => {
    expect(twoProportionZTest(10, 40, 5, 20)).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionZTest(0, 12, 0, 30)).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionZTest(12, 12, 30, 30)).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionZTest(3, 10, 0, 0)).toBeNull();
  });
});
