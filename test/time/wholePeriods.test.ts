import { daysFromCivil } from '../../src/time/civilDays';
import { wholePeriodsBetween } from '../../src/time/wholePeriods';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return daysFromCivil(y, m, d);
};

describe('wholePeriodsBetween', () => {
  it.each([
    ['2024-01-15', '2024-01-15', 'month', 0],
    ['2024-01-15', '2024-02-14', 'month', 0],
    ['2024-01-15', '2024-02-15', 'month', 1],
    ['2024-01-15', '2024-03-20', 'month', 2],
    // A subscription started on the 31st renews on the last day of shorter months.
    ['2024-01-31', '2024-02-28', 'month', 0],
    ['2024-01-31', '2024-02-29', 'month', 1],
    ['2023-01-31', '2023-02-28', 'month', 1],
    ['2024-01-31', '2024-04-30', 'month', 3],
    ['2024-01-31', '2024-05-30', 'month', 3],
    ['2024-01-31', '2024-05-31', 'month', 4],
    ['2024-01-01', '2024-01-07', 'week', 0],
    ['2024-01-01', '2024-01-08', 'week', 1],
    ['2024-01-15', '2024-04-14', 'quarter', 0],
    ['2024-01-15', '2024-04-15', 'quarter', 1],
    ['2024-02-29', '2025-02-28', 'year', 1],
    ['2024-02-29', '2025-02-27', 'year', 0],
    ['2020-06-01', '2024-05-31', 'year', 3],
    ['2024-01-15', '2024-01-14', 'month', -1],
  ] as const)('from %s to %s: %s x %p', (from, to, unit, expected) => {
    expect(wholePeriodsBetween(day(from), day(to), unit)).toBe(expected);
  });

  it('drops the time of day', () => {
    expect(wholePeriodsBetween(day('2024-01-15') + 0.9, day('2024-02-15') + 0.1, 'month')).toBe(1);
  });
});
