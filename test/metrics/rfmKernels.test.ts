import { indexKeys } from '../../src/metrics/keyIndex';
import { quintileScores } from '../../src/metrics/quintileScore';
import { rfm } from '../../src/metrics/rfm';
import { rfmSegment } from '../../src/metrics/rfmSegment';

describe('quintileScores', () => {
  it('splits distinct values into fifths', () => {
    // Value k has k - 1 values below: 1 + floor(5 (k - 1) / 10).
    expect([...quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives ties the same score, whatever the order', () => {
    // Four 10s have one value below them: 1 + floor(5 x 1 / 5) = 2; the 1 has none: 1.
    expect([...quintileScores([10, 10, 1, 10, 10])]).toEqual([2, 2, 1, 2, 2]);
    expect([...quintileScores([7, 7, 7])]).toEqual([1, 1, 1]);
    // Heavy ties: 6 x 1, 3 x 2, 1 x 3 of 10: 1 -> 1, 2 -> 1 + floor(30 / 10) = 4, 3 -> 1 + floor(45 / 10) = 5.
    expect([...quintileScores([1, 2, 1, 1, 3, 1, 2, 1, 2, 1])]).toEqual([1, 4, 1, 1, 5, 1, 4, 1, 4, 1]);
  });
});

describe('rfmSegment', () => {
  it('maps every R x F cell', () => {
    const grid = [1, 2, 3, 4, 5].map((r) => [1, 2, 3, 4, 5].map((f) => rfmSegment(r, f)));
    expect(grid).toEqual([
      ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose"],
      ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose"],
      ['About to Sleep', 'About to Sleep', 'Need Attention', 'Loyal Customers', 'Loyal Customers'],
      ['Promising', 'Potential Loyalists', 'Potential Loyalists', 'Loyal Customers', 'Loyal Customers'],
      ['New Customers', 'Potential Loyalists', 'Potential Loyalists', 'Champions', 'Champions'],
    ]);
  });
});

describe('rfm', () => {
  // Five customers, as of day 100: a (3 orders, last day 98, 300), b (1, day 98, 50), c (1, day 40, 50),
  // d (2, day 70, 120), e (1, day 10, 500). Rows after as_of are left out.
  const rows: [string, number, number][] = [
    ['a', 90, 100],
    ['b', 98, 50],
    ['a', 95, 100],
    ['c', 40, 50],
    ['d', 60, 60],
    ['a', 98, 100],
    ['d', 70, 60],
    ['e', 10, 500],
    ['c', 120, 999],
  ];
  const table = rfm(
    indexKeys(rows.map(([id]) => id)),
    rows.map(([, d]) => d),
    rows.map(([, , amount]) => amount),
    100,
  );

  it('measures recency, frequency and monetary value', () => {
    expect(table.customers).toEqual([0, 1, 2, 3, 4]);
    expect([...table.recencyDays]).toEqual([2, 2, 60, 30, 90]);
    expect([...table.frequency]).toEqual([3, 1, 1, 2, 1]);
    expect([...table.monetary]).toEqual([300, 50, 50, 120, 500]);
  });

  it('scores with ties treated alike', () => {
    // R: customers with strictly more days: a, b (2 days) -> 3 of 5 -> 1 + floor(15 / 5) = 4; c (60) -> 1 -> 2;
    // d (30) -> 2 -> 3; e (90) -> 0 -> 1.
    expect([...table.r]).toEqual([4, 4, 2, 3, 1]);
    // F: strictly fewer orders: a (3) -> 4 -> 5; b, c, e (1) -> 0 -> 1; d (2) -> 3 -> 4.
    expect([...table.f]).toEqual([5, 1, 1, 4, 1]);
    // M: strictly less money: a (300) -> 3 -> 4; b, c (50) -> 0 -> 1; d (120) -> 2 -> 3; e (500) -> 4 -> 5.
    expect([...table.m]).toEqual([4, 1, 1, 3, 5]);
    // Segments from (R, F): a (4, 5) Loyal, b (4, 1) Promising, c (2, 1) Hibernating, d (3, 4) Loyal, e (1, 1) Hibernating.
    expect(table.segments).toEqual(['Loyal Customers', 'Promising', 'Hibernating', 'Loyal Customers', 'Hibernating']);
  });
});

describe('rfm on amounts that add up to the same total in different ways', () => {
  // 1.04 + 26.9 is 27.939999999999998 in floating point, one order of 27.94 is 27.94: the same money, so the
  // same Monetary and the same M score (the case that split 96 CDNOW customers at a quintile boundary).
  const rows: [string, number][] = [
    ['one order', 27.94],
    ['two orders', 1.04],
    ['two orders', 26.9],
    ['cheaper', 20],
    ['dearer', 40],
    ['dearest', 50],
  ];
  const table = rfm(
    indexKeys(rows.map(([id]) => id)),
    rows.map(() => 5),
    rows.map(([, amount]) => amount),
    10,
  );

  it('gives them the same total and the same score', () => {
    expect(1.04 + 26.9).not.toBe(27.94);
    expect(table.monetary[0]).toBe(27.94);
    expect(table.monetary[1]).toBe(27.94);
    // Strictly less money: cheaper only -> 1 + floor(5 / 5) = 2, for both.
    expect([...table.m]).toEqual([2, 2, 1, 4, 5]);
  });

  it('keeps totals that differ, however little, apart', () => {
    const close = rfm(indexKeys(['a', 'b']), [1, 1], [27.94, 27.95], 2);
    expect([...close.monetary]).toEqual([27.94, 27.95]);
    expect([...close.m]).toEqual([1, 3]);
  });
});
