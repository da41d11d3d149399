import { customerSummary } from '../../src/metrics/customerSummary';
import { indexKeys } from '../../src/metrics/keyIndex';

describe('customerSummary', () => {
  //            A    A    A    A    B    C    D    D
  const ids = ['A', 'A', 'A', 'A', 'B', 'C', 'D', 'D'];
  const days = [0.3, 0.9, 7, 21, 14, 35, 3, 30];
  const amounts = [10, 5, 20, 30, 50, 99, 10, 40];
  const summary = customerSummary(indexKeys(ids), days, amounts, 28, 7);

  it('works the definitions by hand', () => {
    // A: purchase days 0 (10 + 5), 7 (20), 21 (30): x = 3 - 1 = 2; t_x = 21 / 7 = 3; T = 28 / 7 = 4;
    // mean repeat spend = (20 + 30) / 2 = 25 (the first day's 15 left out).
    expect([summary.frequency[0], summary.recency[0], summary.age[0], summary.monetary[0]]).toEqual([2, 3, 4, 25]);
    // B: one purchase on day 14: x = 0, t_x = 0, T = 14 / 7 = 2, monetary 0.
    expect([summary.frequency[1], summary.recency[1], summary.age[1], summary.monetary[1]]).toEqual([0, 0, 2, 0]);
    // D: day 3 only (day 30 is after as_of): x = 0, T = 25 / 7.
    expect([summary.frequency[3], summary.age[3]]).toEqual([0, 25 / 7]);
  });

  it('leaves out customers whose first purchase is after as_of', () => {
    expect([...summary.present]).toEqual([1, 1, 0, 1]);
  });

  it('works without amounts, and in days', () => {
    const inDays = customerSummary(indexKeys(ids), days, undefined, 28, 1);
    expect([inDays.frequency[0], inDays.recency[0], inDays.age[0], inDays.monetary[0]]).toEqual([2, 21, 28, 0]);
  });
});

describe('customerSummary, whatever the order of the rows', () => {
  it('gives the same numbers to the last bit, mean spend included', () => {
    // Amounts whose sums depend on their order in floating point: 0.1 + 0.2 + 0.7 is not 0.7 + 0.2 + 0.1.
    const rows = [
      ['A', 0, 5],
      ['A', 7, 0.1],
      ['A', 14, 0.2],
      ['A', 21, 0.7],
      ['A', 21, 1e-3],
      ['B', 3, 10],
      ['B', 10, 29.33],
      ['B', 17, 45.1],
      ['B', 17, 0.07],
      ['C', 5, 12],
    ] as const;
    const summaryOf = (order: readonly number[]) =>
      customerSummary(
        indexKeys(order.map((i) => rows[i][0])),
        order.map((i) => rows[i][1]),
        order.map((i) => rows[i][2]),
        28,
        7,
      );
    const reference = summaryOf(rows.map((_, i) => i));
    // A: days 7, 14 and 21 after the first, summed by day and then amount: (0.1 + 0.2 + 0.001 + 0.7) / 3.
    expect(reference.monetary[0]).toBe((0.1 + 0.2 + 1e-3 + 0.7) / 3);
    for (const order of [
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
      [3, 8, 1, 6, 0, 9, 2, 7, 4, 5],
      [4, 2, 3, 1, 0, 7, 6, 5, 8, 9],
    ]) {
      const shuffled = summaryOf(order);
      // Customers are numbered in order of first appearance: compare customer by customer.
      const keys = indexKeys(order.map((i) => rows[i][0])).keys;
      for (const customer of ['A', 'B', 'C']) {
        const c = keys.indexOf(customer);
        const r = ['A', 'B', 'C'].indexOf(customer);
        expect([shuffled.frequency[c], shuffled.recency[c], shuffled.age[c], shuffled.monetary[c]]).toEqual([
          reference.frequency[r],
          reference.recency[r],
          reference.age[r],
          reference.monetary[r],
        ]);
      }
    }
  });
});
