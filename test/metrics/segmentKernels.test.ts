import { orderTotals } from '../../src/metrics/averageOrderValue';
import { customerHistoricalValues } from '../../src/metrics/historicalClv';
import { indexKeys, pickRows, rowsByKey } from '../../src/metrics/keyIndex';
import { largestFirst } from '../../src/metrics/largestFirst';
import { meanVersusRest, restsOf } from '../../src/metrics/meanVersusRest';
import { repeatCustomers, repeatPurchaseRate } from '../../src/metrics/repeatPurchaseRate';
import { shareVersusRest } from '../../src/metrics/shareVersusRest';
import { withheldComparison } from '../../src/metrics/smallGroups';
import { mergeMoments, momentsOf } from '../../src/stats/moments';
import { twoProportionZTest } from '../../src/stats/twoProportionZTest';
import { welchTTest } from '../../src/stats/welchTTest';

describe('rowsByKey and pickRows', () => {
  it('list the rows of each key in row order', () => {
    const index = indexKeys(['b', 'a', 'b', 'c', 'a']);
    expect(rowsByKey(index).map((rows) => [...rows])).toEqual([[0, 2], [1, 4], [3]]);
    expect(pickRows([10, 11, 12, 13, 14], [1, 4])).toEqual([11, 14]);
  });
});

describe('largestFirst', () => {
  it('orders groups by size, ties by label, whatever their first appearance', () => {
    expect(largestFirst(['b', 'a', 'c', 'd'], [2, 2, 5, 1])).toEqual([2, 1, 0, 3]);
  });
});

describe('withheldComparison', () => {
  it('withholds the test below 30 on either side, or without another group', () => {
    expect(withheldComparison(30, 30)).toBeNull();
    expect(withheldComparison(29, 500)).toBe('small');
    expect(withheldComparison(500, 29)).toBe('smallOther');
    expect(withheldComparison(500, 0)).toBe('noOther');
  });
});

describe('shareVersusRest', () => {
  it('tests the group against the total minus the group', () => {
    const result = shareVersusRest({ successes: 4, n: 40 }, { successes: 22, n: 100 }, 0.95);
    expect(result.restShare).toBeCloseTo(0.3, 14);
    expect(result.pValue).toBe(twoProportionZTest(4, 40, 18, 60)?.pValue);
    expect(result.differs).toBe(true);
    expect(shareVersusRest({ successes: 4, n: 20 }, { successes: 22, n: 100 }, 0.95)).toMatchObject({
      pValue: null,
      differs: null,
      withheld: 'small',
    });
  });
});

describe('restsOf and meanVersusRest', () => {
  it('merge every other group, equal to the moments of their values', () => {
    const groups = [
      [3, 5, 8],
      [10, 11],
      [1, 2, 2, 9],
    ];
    const rests = restsOf(groups.map(momentsOf));
    groups.forEach((_, g) => {
      const others = momentsOf(groups.filter((__, h) => h !== g).flat());
      expect(rests[g].n).toBe(others.n);
      expect(rests[g].mean).toBeCloseTo(others.mean, 13);
      expect(rests[g].m2).toBeCloseTo(others.m2, 11);
    });
    expect(restsOf([momentsOf([1, 2])])[0].n).toBe(0);
  });

  it('uses Welch against the rest once both sides have 30 values', () => {
    const group = momentsOf(Array.from({ length: 30 }, (_, i) => 10 + (i % 7)));
    const rest = momentsOf(Array.from({ length: 45 }, (_, i) => 12 + (i % 5)));
    const result = meanVersusRest(group, rest, 0.95);
    expect(result.pValue).toBe(welchTTest(group, rest, 0.95)?.pValue);
    expect(result.restMean).toBe(rest.mean);
    const constant = momentsOf(Array.from({ length: 30 }, () => 24));
    const other = momentsOf(Array.from({ length: 30 }, () => 45));
    expect(meanVersusRest(constant, other, 0.95)).toMatchObject({ pValue: null, withheld: 'noSpread' });
    expect(meanVersusRest(constant, mergeMoments(other, constant), 0.95).withheld).toBeNull();
  });
});

describe('the plain kernels the by-segment functions share', () => {
  it('repeatCustomers flags the customers repeatPurchaseRate counts', () => {
    const customers = indexKeys(['a', 'b', 'a', 'c', 'c']);
    const days = [1, 2, 1, 3, 4];
    expect([...repeatCustomers(customers, days)]).toEqual([0, 0, 1]);
    expect([...repeatCustomers(customers)]).toEqual([1, 0, 1]);
    expect(repeatPurchaseRate(customers, days)).toBe(1 / 3);
  });

  it('orderTotals sums the lines of each order', () => {
    expect([...orderTotals([10, 5, 20], indexKeys(['O1', 'O1', 'O2']))]).toEqual([15, 20]);
    expect([...orderTotals([10, 5])]).toEqual([10, 5]);
  });

  it('customerHistoricalValues are net revenue per year of the span x lifespan x margin', () => {
    const values = customerHistoricalValues(indexKeys(['a', 'b', 'a']), [100, 60, -10], 730.5, 3, 0.5);
    expect([...(values ?? [])]).toEqual([90 * 0.5 * 3 * 0.5, 60 * 0.5 * 3 * 0.5]);
    expect(customerHistoricalValues(indexKeys(['a']), [1], 0, 3, 1)).toBeNull();
  });
});
