import { netPromoterScore } from '../../src/metrics/netPromoterScore';

describe('netPromoterScore', () => {
  it('is 100 x (promoters - detractors) / responses', () => {
    // 60 promoters, 25 passives, 15 detractors: 60% - 15% = 45.
    expect(netPromoterScore({ promoters: 60, passives: 25, detractors: 15 })).toBe(45);
    // 1 promoter, 1 passive, 1 detractor: 0; 1 of 3 promoters only: 33.33...
    expect(netPromoterScore({ promoters: 1, passives: 1, detractors: 1 })).toBe(0);
    expect(netPromoterScore({ promoters: 1, passives: 2, detractors: 0 })).toBeCloseTo(100 / 3, 12);
  });

  it('spans -100 to 100', () => {
    expect(netPromoterScore({ promoters: 5, passives: 0, detractors: 0 })).toBe(100);
    expect(netPromoterScore({ promoters: 0, passives: 0, detractors: 5 })).toBe(-100);
  });

  it('is null for no responses', () => {
    expect(netPromoterScore({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });
});
