import { answersIn } from '../../src/metrics/scoreHistogram';

describe('answersIn', () => {
  it('adds up the counts of a histogram', () => {
    // Scores 3, 1, 3, 0, 5: one 0, one 1, two 3s, one 5.
    expect(answersIn(Float64Array.from([1, 1, 0, 2, 0, 1]))).toBe(5);
    expect(answersIn(new Float64Array(11))).toBe(0);
  });
});
