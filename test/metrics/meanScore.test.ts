import { meanScore } from '../../src/metrics/meanScore';
import { histogramOf } from '../support/histogram';

describe('meanScore', () => {
  it('averages the answers', () => {
    // (7 + 5 + 6 + 2) / 4 = 5.
    expect(meanScore(histogramOf([7, 5, 6, 2], 7))).toBe(5);
    expect(meanScore(histogramOf([1], 7))).toBe(1);
  });

  it('of no answers is null', () => {
    expect(meanScore(new Float64Array(8))).toBeNull();
  });
});
