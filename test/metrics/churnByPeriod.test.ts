import { churnByPeriod } from '../../src/metrics/churnByPeriod';
import { countSubscriptions } from '../../src/metrics/subscriptionCounts';
import { daysFromCivil } from '../../src/time/civilDays';

const day = (iso: string) => daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe('churnByPeriod', () => {
  // A stays; B joins in January and leaves in February; C joins and leaves in February; D joins and leaves on one March day.
  const starts = [day('2024-01-10'), day('2024-01-20'), day('2024-02-01'), day('2024-03-15')];
  const ends = [undefined, day('2024-02-05'), day('2024-02-20'), day('2024-03-15')];

  it('counts every month from the first start to the last date', () => {
    expect(churnByPeriod(starts, ends, 'month')).toEqual([
      { startDay: day('2024-01-01'), atStart: 0, started: 2, lost: 0, atEnd: 2, churned: 0, startedAndStayed: 2 },
      // February: A and B at the start, C new; B and C lost, but only B counts as churn (C started in February).
      { startDay: day('2024-02-01'), atStart: 2, started: 1, lost: 2, atEnd: 1, churned: 1, startedAndStayed: 0 },
      { startDay: day('2024-03-01'), atStart: 1, started: 1, lost: 1, atEnd: 1, churned: 0, startedAndStayed: 0 },
    ]);
  });

  it('agrees with counting each period on its own', () => {
    for (const period of churnByPeriod(starts, ends, 'week')) {
      const single = countSubscriptions(starts, ends, period.startDay, period.startDay + 6);
      expect(period).toMatchObject(single);
    }
  });

  it('has no periods without customers', () => {
    expect(churnByPeriod([], [], 'month')).toEqual([]);
  });
});
