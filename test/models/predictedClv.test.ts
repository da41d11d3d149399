/**
 * Predicted CLV's purchase schedule and discounting, against numbers worked
 * out by hand (with 40-digit decimal arithmetic, not with the code under test).
 */

import { monthlyRate, purchaseSchedule, WEEKS_PER_MONTH } from '../../src/models/predictedClv';
import type { PurchaseModel } from '../../src/models/purchaseModel';

/**
 * A purchase model that buys c per week for ever while alive, whoever the customer: E[Y(t) | alive] = c t, and
 * alive with probability `alive`.
 */
function steadyBuyer(c: number, alive = 1): PurchaseModel & { calls: [number, number, number, number][] } {
  const calls: [number, number, number, number][] = [];
  const ifAlive = (t: number, x: number, tx: number, T: number) => {
    calls.push([t, x, tx, T]);
    return c * t;
  };
  return {
    name: 'bgnbd',
    parameterNames: [],
    parameters: new Float64Array(0),
    probabilityAlive: () => alive,
    expectedPurchases: (t, x, tx, T) => ifAlive(t, x, tx, T) * alive,
    expectedPurchasesIfAlive: ifAlive,
    calls,
  };
}

describe('monthlyRate', () => {
  it('compounds to the annual rate over twelve months', () => {
    // 1.1^(1/12) = 1.0079741404289037410660...
    expect(monthlyRate(0.1)).toBeCloseTo(0.00797414042890374, 15);
    expect((1 + monthlyRate(0.1)) ** 12).toBeCloseTo(1.1, 14);
    expect(monthlyRate(0)).toBe(0);
    // 1.05^(1/12) = 1.0040741237836483016...
    expect(monthlyRate(0.05)).toBeCloseTo(0.004074123783648302, 15);
  });
});

describe('purchaseSchedule', () => {
  it('has 52/12 weeks in a month', () => {
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.333333333333333, 15);
  });

  it('adds up and discounts a steady buyer month by month', () => {
    // H = 3 months, c = 0.3 purchases a week, d = 1.1^(1/12) - 1:
    //   expected   = c H 52/12 = 0.3 × 3 × 52/12 = 3.9
    //   discounted = c 52/12 Σ_{k=1..3} 1.1^(-k/12)
    //              = 1.3 × (0.99208894344699095 + 0.98424047170976681 + 0.97645408967631054)
    //              = 1.3 × 2.95278350483306831 = 3.83861855628298880
    const model = steadyBuyer(0.3);
    const schedule = purchaseSchedule(model, 2, 30, 40, 3, monthlyRate(0.1));
    expect(schedule.expectedPurchases).toBeCloseTo(3.9, 12);
    expect(schedule.discountedPurchases).toBeCloseTo(3.83861855628299, 12);
  });

  it('asks the model at the end of each month, for the customer it was given', () => {
    const model = steadyBuyer(0.3);
    purchaseSchedule(model, 2, 30, 40, 3, 0.01);
    expect(model.calls).toHaveLength(3);
    model.calls.forEach(([t, x, tx, T], k) => {
      expect(t).toBeCloseTo(((k + 1) * 52) / 12, 12);
      expect([x, tx, T]).toEqual([2, 30, 40]);
    });
  });

  it('does not discount at a zero rate', () => {
    // 0.3 × 12 × 52/12 = 15.6, discounted or not.
    const schedule = purchaseSchedule(steadyBuyer(0.3), 0, 0, 10, 12, 0);
    expect(schedule.expectedPurchases).toBeCloseTo(15.6, 12);
    expect(schedule.discountedPurchases).toBeCloseTo(15.6, 12);
  });

  it('discounts each month by its own increment, not the running total', () => {
    // E[Y(t)] = 1 within the first month, nothing after: all of it is discounted once, by 1.1.
    const frontLoaded: PurchaseModel = {
      ...steadyBuyer(0),
      expectedPurchases: (t) => (t > 0 ? 1 : 0),
      expectedPurchasesIfAlive: (t) => (t > 0 ? 1 : 0),
    };
    const schedule = purchaseSchedule(frontLoaded, 0, 0, 10, 6, 0.1);
    expect(schedule.expectedPurchases).toBe(1);
    expect(schedule.discountedPurchases).toBeCloseTo(1 / 1.1, 14);
  });

  it('scales by P(alive), the same for every month', () => {
    // As the steady buyer above, alive with probability 0.4: 0.4 × 3.9 and 0.4 × 3.83861855628298880.
    const schedule = purchaseSchedule(steadyBuyer(0.3, 0.4), 2, 30, 40, 3, monthlyRate(0.1));
    expect(schedule.expectedPurchases).toBeCloseTo(1.56, 12);
    expect(schedule.discountedPurchases).toBeCloseTo(1.535447422513196, 12);
  });

  it('is zero over a zero horizon, without asking the model', () => {
    const model = steadyBuyer(0.3);
    expect(purchaseSchedule(model, 2, 30, 40, 0, 0.01)).toEqual({
      alive: 1,
      expectedPurchases: 0,
      discountedPurchases: 0,
    });
    expect(model.calls).toHaveLength(0);
  });
});
