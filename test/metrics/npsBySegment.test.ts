import { npsBySegment } from '../../src/metrics/npsBySegment';

describe('npsBySegment', () => {
  it('orders by responses, then by label, whatever the row order', () => {
    const segments = ['b', 'a', 'c', 'a', 'c', 'B'];
    const scores = [9, 9, 0, 7, 10, 5];
    const expected = [
      { segment: 'a', tally: { promoters: 1, passives: 1, detractors: 0 } },
      { segment: 'c', tally: { promoters: 1, passives: 0, detractors: 1 } },
      { segment: 'B', tally: { promoters: 0, passives: 0, detractors: 1 } },
      { segment: 'b', tally: { promoters: 1, passives: 0, detractors: 0 } },
    ];
    expect(npsBySegment(segments, scores)).toEqual(expected);
    expect(npsBySegment([...segments].reverse(), [...scores].reverse())).toEqual(expected);
  });
});
