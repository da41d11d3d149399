import { npsAdjustedWaldInterval } from '../../src/metrics/npsInterval';

const Z95 = 1.959963984540054;

describe('npsAdjustedWaldInterval (Rocks 2016)', () => {
  it('works the 60/25/15 example by hand', () => {
    // n' = 100 + 3 = 103; p = (60 + 0.75) / 103; d = (15 + 0.75) / 103.
    const p = 60.75 / 103; // 0.589806
    const d = 15.75 / 103; // 0.152913
    const se = Math.sqrt((p + d - (p - d) ** 2) / 103); // sqrt((0.742718 - 0.190876) / 103) = 0.0731963
    const interval = npsAdjustedWaldInterval({ promoters: 60, passives: 25, detractors: 15 }, 0.95);
    expect(interval?.marginOfError).toBeCloseTo(100 * Z95 * se, 10);
    expect(interval?.marginOfError).toBeCloseTo(14.3462, 3);
    // Centred on the adjusted NPS 100 x (p - d) = 43.689, not on the raw 45.
    expect(interval?.low).toBeCloseTo(100 * (p - d - Z95 * se), 10);
    expect(interval?.low).toBeCloseTo(29.3431, 3);
    expect(interval?.high).toBeCloseTo(58.0355, 3);
  });

  it('stays open for an all-promoter sample, where the plain Wald interval collapses', () => {
    // 10 promoters: n' = 13, p = 10.75/13, d = 0.75/13; p - d = 10/13 = 0.769231.
    const p = 10.75 / 13;
    const d = 0.75 / 13;
    const se = Math.sqrt((p + d - (p - d) ** 2) / 13); // sqrt((0.884615 - 0.591716) / 13) = 0.150103
    const interval = npsAdjustedWaldInterval({ promoters: 10, passives: 0, detractors: 0 }, 0.95);
    expect(interval?.low).toBeCloseTo(100 * (10 / 13 - Z95 * se), 10);
    expect(interval?.low).toBeCloseTo(47.5035, 3);
    // The upper bound 106.3 is clamped to 100.
    expect(interval?.high).toBe(100);
  });

  it('clamps at -100 and widens with confidence', () => {
    // The mirror of the all-promoter case: 10 detractors give [-106.3 clamped to -100, -47.50].
    const allDetractors = npsAdjustedWaldInterval({ promoters: 0, passives: 0, detractors: 10 }, 0.95);
    expect(allDetractors?.low).toBe(-100);
    expect(allDetractors?.high).toBeCloseTo(-47.5035, 3);
    const narrow = npsAdjustedWaldInterval({ promoters: 30, passives: 40, detractors: 30 }, 0.9);
    const wide = npsAdjustedWaldInterval({ promoters: 30, passives: 40, detractors: 30 }, 0.99);
    expect(wide!.marginOfError).toBeGreaterThan(narrow!.marginOfError);
    // Same sample, so the ratio of margins is the ratio of critical values 2.575829 / 1.644854.
    expect(wide!.marginOfError / narrow!.marginOfError).toBeCloseTo(2.5758293035489 / 1.6448536269514722, 10);
  });

  it('is null for no responses', () => {
    expect(npsAdjustedWaldInterval({ promoters: 0, passives: 0, detractors: 0 }, 0.95)).toBeNull();
  });
});
