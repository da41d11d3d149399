import { npsByPeriod } from '../../src/metrics/npsByPeriod';
import { daysFromCivil } from '../../src/time/civilDays';

const day = (y: number, m: number, d: number) => daysFromCivil(y, m, d);

describe('npsByPeriod', () => {
  it('groups by month and keeps empty months between the first and the last', () => {
    const days = [day(2024, 3, 2), day(2024, 1, 31) + 0.99, day(2024, 1, 1), day(2024, 3, 31)];
    const scores = [10, 9, 3, 7];
    expect(npsByPeriod(days, scores, 'month')).toEqual([
      { startDay: day(2024, 1, 1), tally: { promoters: 1, passives: 0, detractors: 1 } },
      { startDay: day(2024, 2, 1), tally: { promoters: 0, passives: 0, detractors: 0 } },
      { startDay: day(2024, 3, 1), tally: { promoters: 1, passives: 1, detractors: 0 } },
    ]);
  });

  it('groups by Monday-based week', () => {
    // Sunday 2024-03-10 closes the week of Monday 2024-03-04; Monday 2024-03-11 opens the next.
    const result = npsByPeriod([day(2024, 3, 10), day(2024, 3, 11)], [9, 0], 'week');
    expect(result.map((r) => r.startDay)).toEqual([day(2024, 3, 4), day(2024, 3, 11)]);
  });

  it('has no periods without responses', () => {
    expect(npsByPeriod([], [], 'month')).toEqual([]);
  });
});
