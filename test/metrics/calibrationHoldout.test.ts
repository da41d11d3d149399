import { calibrationHoldout } from '../../src/metrics/calibrationHoldout';
import { indexKeys } from '../../src/metrics/keyIndex';
import { holdoutCheck, trackingCurve } from '../../src/models/holdoutCheck';
import type { PurchaseModel } from '../../src/models/purchaseModel';

describe('calibrationHoldout (calibration to day 5, holdout to day 12)', () => {
  //            A    A    A    A    A    B    C    C
  const ids = ['A', 'A', 'A', 'A', 'A', 'B', 'C', 'C'];
  const days = [0, 0.5, 3, 10, 10.2, 7, 1, 13];
  const split = calibrationHoldout(indexKeys(ids), days, 5, 12);

  it('works the definitions by hand', () => {
    // A: days 0, 3 in calibration (x = 1, t_x = 3/7, T = 5/7); day 10 (twice) in the holdout: 1 purchase day.
    expect([split.calibration.frequency[0], split.calibration.recency[0], split.calibration.age[0]]).toEqual([
      1,
      3 / 7,
      5 / 7,
    ]);
    expect(split.holdout[0]).toBe(1);
    // B first buys on day 7, after calibration_end: not in the calibration, counted apart.
    expect(split.calibration.present[1]).toBe(0);
    expect(split.laterCustomers).toBe(1);
    expect(split.holdout[1]).toBe(0);
    // C: day 1 in calibration; day 13 is after holdout_end and ignored.
    expect(split.holdout[2]).toBe(0);
    // The repeat purchase days of calibration customers up to holdout_end: A's 3 and 10.
    expect(Array.from(split.repeatDays).sort((a, b) => a - b)).toEqual([3, 10]);
    expect(Array.from(split.firstDay)).toEqual([0, 7, 1]);
  });
});

describe('holdoutCheck and trackingCurve', () => {
  /** A stand-in model: E[Y(t) | x] = (x + 1) t / 10, whatever t_x and T. */
  const model: PurchaseModel = {
    name: 'bgnbd',
    parameterNames: [],
    parameters: new Float64Array(),
    probabilityAlive: () => 1,
    expectedPurchases: (t, x) => ((x + 1) * t) / 10,
    expectedPurchasesIfAlive: (t, x) => ((x + 1) * t) / 10,
  };

  it('groups customers by calibration repeat purchases, 7 and more together', () => {
    const x = [0, 0, 2, 7, 12];
    const check = holdoutCheck(model, x, x, x, [1, 0, 3, 5, 9], 2);
    expect(check.buckets[0]).toEqual({ customers: 2, actual: 1, predicted: 0.4 });
    expect(check.buckets[2].customers).toBe(1);
    expect(check.buckets[2].actual).toBe(3);
    expect(check.buckets[2].predicted).toBeCloseTo(0.6, 12);
    expect(check.buckets[7].customers).toBe(2);
    expect(check.buckets[7].predicted).toBeCloseTo(1.6 + 2.6, 12);
    expect(check.buckets[1].customers).toBe(0);
    expect(check.actual).toBe(18);
    expect(check.predicted).toBeCloseTo(0.4 + 0.6 + 1.6 + 2.6, 12);
    expect(check.meanAbsoluteError).toBeCloseTo((0.8 + 0.2 + 2.4 + 3.4 + 6.4) / 5, 12);
  });

  it('adds up actual and expected repeat purchases week by week, the last week cut at the last day', () => {
    // First purchases on days 0 and 3; repeat purchases on days 2, 6, 9 and 15; last day 16.
    const weeks = trackingCurve(model, [0, 3], [2, 6, 9, 15], 0, 16);
    expect(weeks.map((w) => w.endDay)).toEqual([6, 13, 16]);
    expect(weeks.map((w) => w.actual)).toEqual([2, 3, 4]);
    weeks.forEach((w) => expect(w.predicted).toBeCloseTo((w.endDay / 7 + (w.endDay - 3) / 7) / 10, 12));
  });
});
