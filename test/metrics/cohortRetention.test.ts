import { cohortRetention } from '../../src/metrics/cohortRetention';
import { indexKeys } from '../../src/metrics/keyIndex';
import { daysFromCivil } from '../../src/time/civilDays';

const day = (iso: string) => daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe('cohortRetention', () => {
  // January cohort: A (Jan, Feb), B (Jan, Mar). February cohort: C (Feb twice), D (Feb, Mar). March cohort: E.
  const orders: [string, string][] = [
    ['A', '2024-01-05'],
    ['B', '2024-01-20'],
    ['A', '2024-02-10'],
    ['C', '2024-02-03'],
    ['C', '2024-02-20'],
    ['D', '2024-02-28'],
    ['B', '2024-03-02'],
    ['D', '2024-03-01'],
    ['E', '2024-03-10'],
  ];
  const customers = indexKeys(orders.map(([id]) => id));
  const days = orders.map(([, date]) => day(date));

  it('blanks the cells whose period is not complete (March, as of the 15th)', () => {
    const table = cohortRetention(customers, days, 'month', 'bounded', day('2024-03-15'));
    expect(table.cohortStarts).toEqual([day('2024-01-01'), day('2024-02-01'), day('2024-03-01')]);
    expect(table.cohortSizes).toEqual([2, 2, 1]);
    expect(table.periods).toBe(3);
    expect(table.counts).toEqual([
      [2, 1, null], // January: both in January, A in February, March not complete
      [2, null, null], // February: both, March not complete
      [null, null, null], // March: its own period is not complete
    ]);
  });

  it('fills them once the period is complete', () => {
    const table = cohortRetention(customers, days, 'month', 'bounded', day('2024-03-31'));
    expect(table.counts).toEqual([
      [2, 1, 1], // B came back in March
      [2, 1, null], // D ordered in March
      [1, null, null],
    ]);
  });

  it('counts "in period k or later" in unbounded mode', () => {
    const table = cohortRetention(customers, days, 'month', 'unbounded', day('2024-03-31'));
    // January: A last ordered in period 1, B in period 2: both count in periods 0 and 1, B alone in 2.
    expect(table.counts[0]).toEqual([2, 2, 1]);
    expect(table.counts[1]).toEqual([2, 1, null]);
  });

  it('leaves out orders after as_of', () => {
    const table = cohortRetention(customers, days, 'month', 'bounded', day('2024-02-29'));
    expect(table.cohortSizes).toEqual([2, 2]);
    expect(table.counts).toEqual([
      [2, 1],
      [2, null],
    ]);
  });
});
