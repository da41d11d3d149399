import { civilFromDays, daysFromCivil, daysInMonth, isValidCivilDate, isoDateOfDay } from '../../src/time/civilDays';

describe('daysFromCivil', () => {
  it('counts days from 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    // 30 years of 365 days plus the 7 leap days of 1972..1996.
    expect(daysFromCivil(2000, 1, 1)).toBe(30 * 365 + 7);
    // 54 years plus the 13 leap days of 1972..2020, then January (31) and February 1-28.
    expect(daysFromCivil(2024, 1, 1)).toBe(54 * 365 + 13);
    expect(daysFromCivil(2024, 2, 29)).toBe(54 * 365 + 13 + 31 + 28);
    // Sheets' day 0, 1899-12-30, is 25569 days before 1970-01-01.
    expect(daysFromCivil(1899, 12, 30)).toBe(-25569);
  });

  it('round-trips through civilFromDays across centuries', () => {
    for (let day = -200_000; day <= 200_000; day += 997) {
      const { year, month, day: dayOfMonth } = civilFromDays(day);
      expect(daysFromCivil(year, month, dayOfMonth)).toBe(day);
    }
  });

  it('drops the time of day', () => {
    expect(civilFromDays(19782.99)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilFromDays(-0.5)).toEqual({ year: 1969, month: 12, day: 31 });
  });
});

describe('calendar checks', () => {
  it('knows leap years, including the century rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('rejects dates that do not exist', () => {
    expect(isValidCivilDate(2024, 2, 29)).toBe(true);
    expect(isValidCivilDate(2023, 2, 29)).toBe(false);
    expect(isValidCivilDate(2024, 13, 1)).toBe(false);
    expect(isValidCivilDate(2024, 4, 31)).toBe(false);
    expect(isValidCivilDate(2024, 1, 0)).toBe(false);
  });

  it('writes ISO dates', () => {
    expect(isoDateOfDay(0)).toBe('1970-01-01');
    expect(isoDateOfDay(54 * 365 + 13 + 31 + 28)).toBe('2024-02-29');
  });
});
