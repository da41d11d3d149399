import { churnAfterAnswer } from '../../src/metrics/churnAfterAnswer';
import { indexKeys } from '../../src/metrics/keyIndex';
import { latestCompleteAnswers } from '../../src/metrics/latestCompleteAnswers';
import { npsImpact } from '../../src/metrics/npsImpact';
import { npsCategory } from '../../src/metrics/npsTally';
import { purchasesInWindow } from '../../src/metrics/purchasesInWindow';
import { shareDifference } from '../../src/metrics/shareDifference';
import { newcombeInterval } from '../../src/stats/newcombeInterval';
import { twoProportionZTest } from '../../src/stats/twoProportionZTest';

describe('npsCategory', () => {
  it('splits 0-10 at 6/7 and 8/9', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });
});

describe('latestCompleteAnswers', () => {
  // As of day 100 with a 30-day window, an answer counts when given on day 70 or earlier.
  const respondents = indexKeys(['a', 'a', 'b', 'c', 'a', 'd', 'd']);
  const days = [10, 70, 71, 20, 90, 5, 5.7];
  const scores = [3, 9, 10, 7, 0, 4, 6];

  it('takes the latest answer whose window has passed, and counts those without one', () => {
    const chosen = latestCompleteAnswers(respondents, days, scores, 30, 100);
    // a: day 70 (day 90 is too recent); b: none (day 71); c: day 20; d: day 5 (either row, both detractors).
    expect(chosen.rowOf[0]).toBe(1);
    expect(chosen.rowOf[1]).toBe(-1);
    expect(chosen.rowOf[2]).toBe(3);
    expect([5, 6]).toContain(chosen.rowOf[3]);
    expect(chosen.incomplete).toBe(1);
    expect(chosen.conflict).toBeNull();
  });

  it('reports two answers of one day in different categories', () => {
    const chosen = latestCompleteAnswers(indexKeys(['a', 'a']), [5, 5], [9, 3], 30, 100);
    expect(chosen.conflict).toEqual([0, 1]);
    // An earlier day in conflict does not matter once a later answer is chosen.
    expect(latestCompleteAnswers(indexKeys(['a', 'a', 'a']), [5, 5, 6], [9, 3, 8], 30, 100).conflict).toBeNull();
  });
});

describe('purchasesInWindow', () => {
  it('counts orders after the answer day up to window days later', () => {
    const orders = indexKeys(['a', 'a', 'a', 'a', 'b']);
    const result = purchasesInWindow(['a', 'z'], [10, 10], orders, [10, 11, 40, 41, 12], [5, 6, 7, 8, 9], 30);
    expect([...result.orders]).toEqual([2, 0]);
    expect([...result.revenue]).toEqual([13, 0]);
  });
});

describe('churnAfterAnswer', () => {
  it('needs a customer on the answer day and an end within the window', () => {
    expect(churnAfterAnswer(10, 0, undefined, 30)).toBe('stayed');
    expect(churnAfterAnswer(10, 0, 40, 30)).toBe('churned');
    expect(churnAfterAnswer(10, 0, 41, 30)).toBe('stayed');
    expect(churnAfterAnswer(10, 0, 10, 30)).toBe('notActive');
    expect(churnAfterAnswer(10, 11, undefined, 30)).toBe('notActive');
  });
});

describe('shareDifference and npsImpact', () => {
  it('give the difference, its Newcombe interval and the z test, withheld below 30', () => {
    const a = { successes: 24, n: 40 };
    const b = { successes: 12, n: 40 };
    const result = shareDifference(a, b, 0.95);
    expect(result.difference).toBeCloseTo(0.3, 14);
    expect(result.interval).toEqual(newcombeInterval(24, 40, 12, 40, 0.95));
    expect(result.pValue).toBe(twoProportionZTest(24, 40, 12, 40)?.pValue);
    expect(shareDifference(a, { successes: 1, n: 3 }, 0.95).pValue).toBeNull();
    expect(shareDifference(a, { successes: 0, n: 0 }, 0.95).difference).toBeNull();
  });

  it('aggregate respondents by category', () => {
    const impact = npsImpact(['promoter', 'detractor', 'promoter', 'passive'], [2, 0, 0, 1], [50, 0, 10, 7], 0.95);
    expect(impact.groups.promoter).toMatchObject({ respondents: 2, boughtAgain: 1 });
    expect(impact.groups.promoter.revenue.mean).toBe(30);
    expect(impact.revenueDifference).toBe(30);
    expect(impact.revenueRatio).toBeNull();
    expect(impact.revenue).toBeNull();
    expect(impact.boughtAgain.difference).toBe(0.5);
  });
});
