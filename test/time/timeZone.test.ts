import { daysFromCivil } from '../../src/time/civilDays';
import { TimeZone, timeZoneNamed } from '../../src/time/timeZone';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('TimeZone.offsetAt', () => {
  it('is zero for UTC names', () => {
    expect(new TimeZone('UTC').offsetAt(Date.UTC(2024, 5, 1))).toBe(0);
    expect(new TimeZone('Etc/GMT').offsetAt(Date.UTC(2024, 5, 1))).toBe(0);
  });

  it('reads fixed offsets that are not whole hours', () => {
    expect(new TimeZone('Asia/Kathmandu').offsetAt(Date.UTC(2024, 0, 1)) / MINUTE).toBe(5 * 60 + 45);
    expect(new TimeZone('Asia/Kolkata').offsetAt(Date.UTC(2024, 6, 1)) / MINUTE).toBe(5 * 60 + 30);
  });

  it('switches at the exact instant of a daylight-saving change', () => {
    // New York springs forward on 2024-03-10 at 02:00 EST = 07:00 UTC.
    const newYork = new TimeZone('America/New_York');
    expect(newYork.offsetAt(Date.UTC(2024, 2, 10, 6, 59, 59))).toBe(-5 * HOUR);
    expect(newYork.offsetAt(Date.UTC(2024, 2, 10, 7, 0, 0))).toBe(-4 * HOUR);
  });

  it('handles a change in the middle of a UTC hour', () => {
    // Lord Howe Island moves from +10:30 to +11:00 on 2024-10-06 at 02:00 local = 2024-10-05 15:30 UTC.
    const lordHowe = new TimeZone('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(Date.UTC(2024, 9, 5, 15, 0, 0)) / MINUTE).toBe(630);
    expect(lordHowe.offsetAt(Date.UTC(2024, 9, 5, 15, 29, 59)) / MINUTE).toBe(630);
    expect(lordHowe.offsetAt(Date.UTC(2024, 9, 5, 15, 30, 0)) / MINUTE).toBe(660);
    expect(lordHowe.offsetAt(Date.UTC(2024, 9, 5, 15, 59, 0)) / MINUTE).toBe(660);
  });

  it('throws for a name that is not a time zone', () => {
    expect(() => new TimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('TimeZone.localDayOf and instantOfLocalDay', () => {
  it('puts an instant on the local calendar', () => {
    // 2024-03-15 02:00 UTC is still 2024-03-14 (22:00) in New York.
    const newYork = timeZoneNamed('America/New_York');
    expect(Math.floor(newYork.localDayOf(Date.UTC(2024, 2, 15, 2)))).toBe(daysFromCivil(2024, 3, 14));
    // ... and already 2024-03-15 (05:30) in Tehran (+03:30).
    expect(Math.floor(timeZoneNamed('Asia/Tehran').localDayOf(Date.UTC(2024, 2, 15, 2)))).toBe(
      daysFromCivil(2024, 3, 15),
    );
  });

  it('finds local midnight', () => {
    // After the March change New York is UTC-4, so midnight is 04:00 UTC.
    expect(timeZoneNamed('America/New_York').instantOfLocalDay(daysFromCivil(2024, 3, 15))).toBe(
      Date.UTC(2024, 2, 15, 4),
    );
    expect(timeZoneNamed('Asia/Tehran').instantOfLocalDay(daysFromCivil(2024, 1, 1))).toBe(
      Date.UTC(2023, 11, 31, 20, 30),
    );
  });

  it('maps a midnight skipped by daylight saving to the first existing time', () => {
    // Chile springs forward from 2024-09-08 00:00 (-04) to 01:00 (-03): that midnight never happens.
    // The day starts at the jump, 2024-09-08 04:00 UTC, which Santiago shows as 01:00.
    expect(timeZoneNamed('America/Santiago').instantOfLocalDay(daysFromCivil(2024, 9, 8))).toBe(
      Date.UTC(2024, 8, 8, 4),
    );
  });

  it('maps a wall time shown twice to its first occurrence', () => {
    // New York shows 01:30 twice on 2024-11-03: first at EDT (05:30 UTC), then at EST (06:30 UTC).
    const day = daysFromCivil(2024, 11, 3) + 1.5 / 24;
    expect(timeZoneNamed('America/New_York').instantOfLocalDay(day)).toBe(Date.UTC(2024, 10, 3, 5, 30));
  });

  it('round-trips every hour of a year with two changes', () => {
    const zone = new TimeZone('Europe/Berlin');
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += HOUR) {
      const localDay = zone.localDayOf(ms);
      const back = zone.instantOfLocalDay(localDay);
      // Either the same instant, or the first of two instants showing the same wall time.
      expect(zone.localDayOf(back)).toBeCloseTo(localDay, 9);
      expect(back <= ms).toBe(true);
    }
  });
});
