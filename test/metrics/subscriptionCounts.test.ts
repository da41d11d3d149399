import { churnRate } from '../../src/metrics/churnRate';
import { retentionRate } from '../../src/metrics/retentionRate';
import { countSubscriptions } from '../../src/metrics/subscriptionCounts';
import { daysFromCivil } from '../../src/time/civilDays';

const day = (iso: string) => daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const JANUARY = [day('2024-01-01'), day('2024-01-31')] as const;

/** A customer list built from groups of identical customers: [how many, start, end or undefined]. */
function list(groups: [number, string, string | undefined][]): { starts: number[]; ends: (number | undefined)[] } {
  const starts: number[] = [];
  const ends: (number | undefined)[] = [];
  for (const [count, start, end] of groups) {
    for (let i = 0; i < count; i++) {
      starts.push(day(start));
      ends.push(end === undefined ? undefined : day(end));
    }
  }
  return { starts, ends };
}

describe('countSubscriptions, churnRate and retentionRate', () => {
  it('work the 88% example: 150 at the start, 18 leave, 30 join and stay', () => {
    const { starts, ends } = list([
      [132, '2023-06-01', undefined],
      [18, '2023-06-01', '2024-01-15'],
      [30, '2024-01-10', undefined],
    ]);
    const counts = countSubscriptions(starts, ends, ...JANUARY);
    expect(counts).toEqual({ atStart: 150, churned: 18, atEnd: 162, started: 30, startedAndStayed: 30 });
    // Retention (E - N) / S = (162 - 30) / 150 = 0.88; churn 18 / 150 = 0.12.
    expect(retentionRate(counts)).toBeCloseTo(0.88, 12);
    expect(churnRate(counts)).toBeCloseTo(0.12, 12);
  });

  it('stays a rate where (start - end) / start would be negative', () => {
    // 100 at the start, 10 leave, 40 join: the head count grows to 130, and (100 - 130) / 100 = -30% "churn".
    const { starts, ends } = list([
      [90, '2023-01-01', undefined],
      [10, '2023-01-01', '2024-01-20'],
      [40, '2024-01-05', undefined],
    ]);
    const counts = countSubscriptions(starts, ends, ...JANUARY);
    expect(counts.atEnd).toBe(130);
    expect(churnRate(counts)).toBe(0.1);
    expect(retentionRate(counts)).toBe(0.9);
  });

  it('draws the boundaries as defined', () => {
    const { starts, ends } = list([
      [1, '2023-12-01', '2024-01-01'], // ends on the first day: active at the start, churned
      [1, '2023-12-01', '2023-12-31'], // ended the day before: not active at the start
      [1, '2024-01-01', undefined], // starts on the first day: new, not active at the start
      [1, '2024-01-31', '2024-01-31'], // starts and ends on the last day: new, not active at the end
      [1, '2023-12-31', '2024-02-01'], // ends the day after the period: stays through it
      [1, '2024-02-01', undefined], // starts after the period: not counted
    ]);
    expect(countSubscriptions(starts, ends, ...JANUARY)).toEqual({
      atStart: 2,
      churned: 1,
      atEnd: 2,
      started: 2,
      startedAndStayed: 1,
    });
  });

  it('drops the time of day', () => {
    // Started at 18:00 on the period's first day: still a new customer, not one active at the start.
    const counts = countSubscriptions(
      [day('2023-05-01'), day('2024-01-01') + 0.75],
      [undefined, undefined],
      ...JANUARY,
    );
    expect(counts).toMatchObject({ atStart: 1, started: 1 });
  });

  it('has no rate without customers at the start', () => {
    const counts = countSubscriptions([day('2024-01-05')], [undefined], ...JANUARY);
    expect(churnRate(counts)).toBeNull();
    expect(retentionRate(counts)).toBeNull();
  });
});
