import { responsesIn, tallyNps } from '../../src/metrics/npsTally';
import { histogramOf } from '../support/histogram';

describe('tallyNps', () => {
  it('puts 9-10 in promoters, 7-8 in passives and 0-6 in detractors', () => {
    expect(tallyNps(histogramOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10))).toEqual({
      promoters: 2,
      passives: 2,
      detractors: 7,
    });
    expect(tallyNps(histogramOf([9, 9, 10, 8, 6], 10))).toEqual({ promoters: 3, passives: 1, detractors: 1 });
  });

  it('tallies nothing as zeros', () => {
    expect(tallyNps(new Float64Array(11))).toEqual({ promoters: 0, passives: 0, detractors: 0 });
    expect(responsesIn(tallyNps(new Float64Array(11)))).toBe(0);
  });
});
