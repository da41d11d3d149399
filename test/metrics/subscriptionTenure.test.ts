import { latestDay, subscriptionTenures } from '../../src/metrics/subscriptionTenure';
import { observedSurvival, toTenures } from '../../src/models/tenures';
import { daysFromCivil } from '../../src/time/civilDays';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return daysFromCivil(y, m, d);
};

describe('subscriptionTenures (monthly, as of 2024-06-30)', () => {
  const rows: [string, string | undefined, string, number][] = [
    // start, end (first day no longer a customer), status, periods paid
    ['2024-01-15', '2024-01-20', 'left', 1], // left within the first month: paid 1
    ['2024-01-15', '2024-02-15', 'left', 1], // left on the first renewal date: did not pay it
    ['2024-01-15', '2024-02-16', 'left', 2], // a customer on the renewal date: paid the second month
    ['2024-01-15', '2024-03-15', 'left', 2],
    ['2024-01-15', '2024-01-15', 'left', 1], // ended the day it started: counted as leaving in the first period
    ['2024-01-15', undefined, 'active', 6], // renewed on Feb..Jun 15: has begun 6 months
    ['2024-06-30', undefined, 'active', 1],
    ['2024-05-31', '2024-07-31', 'active', 2], // ends after as_of: still a customer then
    ['2024-07-01', undefined, 'not started', 0],
  ];
  const tenures = subscriptionTenures(
    rows.map((r) => day(r[0])),
    rows.map((r) => (r[1] === undefined ? undefined : day(r[1]))),
    day('2024-06-30'),
    'month',
  );

  it.each(rows.map((row, k) => [k, ...row] as const))('row %p: %s to %s is %s, %p paid', (k, _s, _e, status, paid) => {
    expect(tenures.status[k]).toBe(status);
    expect(tenures.periodsPaid[k]).toBe(paid);
  });

  it('finds the latest date among starts and ends', () => {
    expect(latestDay([day('2024-01-01'), day('2024-03-01')], [day('2024-05-01'), undefined])).toBe(day('2024-05-01'));
  });
});

describe('observedSurvival', () => {
  it('is the share still subscribed for one cohort', () => {
    // 10 customers: 3 leave after 1 period, 2 after 2, 5 still subscribed after 3.
    const curve = observedSurvival(toTenures([1, 1, 1, 2, 2], [3, 3, 3, 3, 3]));
    expect(curve).toHaveLength(4);
    [1, 0.7, 0.5, 0.5].forEach((share, t) => expect(curve[t]).toBeCloseTo(share, 12));
  });

  it('is the Kaplan-Meier product over cohorts, stopping where nobody was observed', () => {
    // Left after 1: 2; after 2: 1. Active after 0: 1 (censored before any renewal), after 1: 2, after 4: 1.
    // k = 1: at risk 2 + 1 + 2 + 1 = 6 (those left at >= 1 and active after >= 1), 2 left: 4/6.
    // k = 2: at risk 1 (left at 2) + 1 (active after 4) = 2, 1 left: 1/2. k = 3, 4: 1 at risk, none left.
    const curve = observedSurvival(toTenures([1, 1, 2], [0, 1, 1, 4]));
    expect(curve).toHaveLength(5);
    [1, 4 / 6, 2 / 6, 2 / 6, 2 / 6].forEach((share, t) => expect(curve[t]).toBeCloseTo(share, 12));
  });
});
