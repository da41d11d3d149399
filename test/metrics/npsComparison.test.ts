import { compareNps } from '../../src/metrics/npsComparison';

describe('compareNps', () => {
  it('works a two-sample z test by hand', () => {
    // A: 50/30/20 of 100: NPS 30, var = (0.5 + 0.2) - 0.3^2 = 0.61.
    // B: 70/20/10 of 100: NPS 60, var = (0.7 + 0.1) - 0.6^2 = 0.44.
    // SE = sqrt(0.61/100 + 0.44/100) = sqrt(0.0105) = 0.1024695; z = 0.30 / 0.1024695 = 2.927700.
    const result = compareNps(
      { promoters: 50, passives: 30, detractors: 20 },
      { promoters: 70, passives: 20, detractors: 10 },
      0.95,
    );
    expect(result?.npsA).toBeCloseTo(30, 12);
    expect(result?.npsB).toBeCloseTo(60, 12);
    expect(result?.difference).toBeCloseTo(30, 12);
    expect(result?.z).toBeCloseTo(0.3 / Math.sqrt(0.0105), 12);
    expect(result?.z).toBeCloseTo(2.9277, 4);
    // Two-sided p for z = 2.9277: 2 x (1 - 0.998293) = 0.003414.
    expect(result?.pValue).toBeCloseTo(0.003414, 5);
    expect(result?.significant).toBe(true);
  });

  it('is symmetric: swapping the groups flips the sign of z only', () => {
    const a = { promoters: 12, passives: 5, detractors: 9 };
    const b = { promoters: 20, passives: 15, detractors: 10 };
    const ab = compareNps(a, b, 0.95);
    const ba = compareNps(b, a, 0.95);
    expect(ba?.z).toBeCloseTo(-(ab?.z ?? 0), 12);
    expect(ba?.pValue).toBeCloseTo(ab?.pValue ?? 0, 12);
  });

  it('says not significant when p is above 1 - confidence', () => {
    // A small difference: A 10/5/5 (NPS 25), B 11/5/4 (NPS 35), n = 20 each.
    const result = compareNps(
      { promoters: 10, passives: 5, detractors: 5 },
      { promoters: 11, passives: 5, detractors: 4 },
      0.95,
    );
    expect(result?.pValue).toBeGreaterThan(0.05);
    expect(result?.significant).toBe(false);
  });

  it('handles samples without variation', () => {
    const allPromoters = { promoters: 10, passives: 0, detractors: 0 };
    expect(compareNps(allPromoters, allPromoters, 0.95)).toMatchObject({ z: 0, pValue: 1, significant: false });
    expect(compareNps(allPromoters, { promoters: 0, passives: 0, detractors: 10 }, 0.95)).toBeNull();
    expect(compareNps(allPromoters, { promoters: 0, passives: 0, detractors: 0 }, 0.95)).toBeNull();
  });
});
