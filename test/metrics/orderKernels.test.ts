import { averageOrderValue } from '../../src/metrics/averageOrderValue';
import { historicalClv } from '../../src/metrics/historicalClv';
import { indexKeys } from '../../src/metrics/keyIndex';
import { purchaseFrequency } from '../../src/metrics/purchaseFrequency';
import { repeatPurchaseRate } from '../../src/metrics/repeatPurchaseRate';
import { upsellRate } from '../../src/metrics/upsellRate';

describe('indexKeys', () => {
  it('numbers keys in order of first appearance', () => {
    const index = indexKeys(['b', 'a', 'b', 'c', 'a']);
    expect(index.keys).toEqual(['b', 'a', 'c']);
    expect([...index.ofRow]).toEqual([0, 1, 0, 2, 1]);
  });
});

describe('order kernels', () => {
  const customers = indexKeys(['a', 'b', 'a', 'c', 'c']);

  it('repeat purchase rate counts customers, and purchase days when given', () => {
    // a and c ordered twice, b once: 2 of 3.
    expect(repeatPurchaseRate(customers)).toBeCloseTo(2 / 3, 12);
    // a's two orders are on one day (10.2 and 10.7 are day 10): only c bought on two days.
    expect(repeatPurchaseRate(customers, [10.2, 11, 10.7, 12, 30])).toBeCloseTo(1 / 3, 12);
    expect(repeatPurchaseRate(indexKeys([]))).toBeNull();
  });

  it('repeat purchase rate within a window counts only customers whose window has passed', () => {
    // Day numbers, unsorted. a: 100 and 160 (60 days later); b: 110 and 210 (100 days, past a 90-day window);
    // c: 120 twice (one purchase day); d: 150 and 170, but 150 + 90 = 240 > as-of 230, so d is left out;
    // e: 300, after as-of, left out entirely.
    const buyers = indexKeys(['d', 'a', 'b', 'c', 'a', 'c', 'b', 'd', 'e']);
    const days = [150, 100, 110, 120.5, 160, 120.1, 210, 170, 300];
    // Eligible a, b, c (first + 90 <= 230); only a bought again within 90 days: 1 of 3.
    expect(repeatPurchaseRate(buyers, days, { asOfDay: 230, windowDays: 90 })).toBeCloseTo(1 / 3, 12);
    // The window's last day counts: b's second day is 100 days after its first.
    expect(repeatPurchaseRate(buyers, days, { asOfDay: 230, windowDays: 100 })).toBeCloseTo(2 / 3, 12);
    // As-of 209 (209.9 is that day), window 59: all of a, b, c, d have passed (d: 150 + 59 = 209); b's second day
    // (210) is after as-of; a's comes 60 days after its first, one too many; only d (20 days) repeats: 1 of 4.
    expect(repeatPurchaseRate(buyers, days, { asOfDay: 209.9, windowDays: 59 })).toBeCloseTo(1 / 4, 12);
    // Window 60: a's second day now counts, but d's window (150 + 60 = 210) has not passed: a of a, b, c.
    expect(repeatPurchaseRate(buyers, days, { asOfDay: 209.9, windowDays: 60 })).toBeCloseTo(1 / 3, 12);
    // No window: every customer with an order by as-of; a, b, d bought on two days: 3 of 4 (e is after as-of).
    expect(repeatPurchaseRate(buyers, days, { asOfDay: 230 })).toBeCloseTo(3 / 4, 12);
    // No customer's window has passed.
    expect(repeatPurchaseRate(buyers, days, { asOfDay: 230, windowDays: 200 })).toBeNull();
  });

  it('purchase frequency is rows per customer', () => {
    expect(purchaseFrequency(customers)).toBeCloseTo(5 / 3, 12);
  });

  it('average order value is revenue per order, lines of one order together', () => {
    expect(averageOrderValue([10, 20, 30])).toBe(20);
    // o1 has two lines (10 + 20), o2 one (30): 60 / 2 orders.
    expect(averageOrderValue([10, 20, 30], indexKeys(['o1', 'o1', 'o2']))).toBe(30);
    expect(averageOrderValue([])).toBeNull();
  });

  it('upsell rate counts customers with two distinct products', () => {
    // a: espresso and decaf; b: espresso twice; c: mug.
    const buyers = indexKeys(['a', 'a', 'b', 'b', 'c']);
    expect(upsellRate(buyers, indexKeys(['espresso', 'decaf', 'espresso', 'espresso', 'mug']))).toBeCloseTo(1 / 3, 12);
  });

  it('historical CLV is AOV x purchases per customer per year x lifespan x margin', () => {
    // 40 orders worth 1200 by 10 customers over two years (730.5 days):
    // AOV 30, purchases per customer per year 40 / 10 / 2 = 2, so CLV = 30 x 2 x 3 years x 0.5 = 90.
    expect(historicalClv({ revenue: 1200, orders: 40, customers: 10, spanDays: 730.5 }, 3, 0.5)).toEqual({
      averageOrderValue: 30,
      purchasesPerCustomerPerYear: 2,
      clv: 90,
    });
    expect(historicalClv({ revenue: 100, orders: 2, customers: 1, spanDays: 0 }, 3, 1)).toBeNull();
  });
});
