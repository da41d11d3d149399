import { histogramOf } from '../support/histogram';
import { topBoxShare } from '../../src/metrics/topBoxShare';

describe('topBoxShare', () => {
  const answers = histogramOf([5, 4, 3, 5, 1, 2, 4], 5);

  it('is the share at or above the threshold', () => {
    // 5, 4, 5, 4 of seven answers are 4 or more: 4/7.
    expect(topBoxShare(answers, 4)).toBe(4 / 7);
    expect(topBoxShare(answers, 5)).toBe(2 / 7);
    expect(topBoxShare(histogramOf([1, 1], 5), 2)).toBe(0);
  });

  it('is null for no answers', () => {
    expect(topBoxShare(new Float64Array(6), 4)).toBeNull();
  });
});
