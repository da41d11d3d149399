import { daysFromCivil } from '../../src/time/civilDays';
import { periodOf, periodStartDay, type PeriodUnit } from '../../src/time/periods';

const day = (y: number, m: number, d: number) => daysFromCivil(y, m, d);
const startOf = (localDay: number, unit: PeriodUnit) => periodStartDay(periodOf(localDay, unit), unit);

describe('periods', () => {
  it('starts weeks on Monday', () => {
    // 2024-03-13 is a Wednesday; its week starts Monday 2024-03-11.
    expect(startOf(day(2024, 3, 13), 'week')).toBe(day(2024, 3, 11));
    expect(startOf(day(2024, 3, 11), 'week')).toBe(day(2024, 3, 11));
    // Sunday belongs to the week that started six days earlier.
    expect(startOf(day(2024, 3, 17), 'week')).toBe(day(2024, 3, 11));
    expect(startOf(day(2024, 3, 18), 'week')).toBe(day(2024, 3, 18));
    // 1970-01-01 was a Thursday: its week started on Monday 1969-12-29.
    expect(startOf(0, 'week')).toBe(day(1969, 12, 29));
  });

  it('finds calendar months, quarters and years', () => {
    expect(startOf(day(2024, 2, 29) + 0.9, 'month')).toBe(day(2024, 2, 1));
    expect(startOf(day(2024, 8, 15), 'quarter')).toBe(day(2024, 7, 1));
    expect(startOf(day(2024, 12, 31), 'quarter')).toBe(day(2024, 10, 1));
    expect(startOf(day(2024, 12, 31), 'year')).toBe(day(2024, 1, 1));
    expect(startOf(day(1969, 5, 4), 'month')).toBe(day(1969, 5, 1));
    expect(startOf(day(2024, 3, 13) + 0.75, 'day')).toBe(day(2024, 3, 13));
  });

  it('numbers consecutive periods consecutively', () => {
    expect(periodOf(day(2024, 1, 1), 'month') - periodOf(day(2023, 12, 31), 'month')).toBe(1);
    expect(periodOf(day(2024, 1, 1), 'quarter') - periodOf(day(2023, 12, 31), 'quarter')).toBe(1);
    expect(periodOf(day(2024, 3, 18), 'week') - periodOf(day(2024, 3, 17), 'week')).toBe(1);
    expect(periodOf(day(1969, 12, 31), 'month')).toBe(periodOf(day(1970, 1, 1), 'month') - 1);
  });
});
