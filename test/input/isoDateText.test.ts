import { parseIsoDateText } from '../../src/input/isoDateText';
import { daysFromCivil } from '../../src/time/civilDays';

describe('parseIsoDateText', () => {
  it('reads dates and times on the wall clock', () => {
    expect(parseIsoDateText('2024-03-15')).toEqual({ wallClockDay: daysFromCivil(2024, 3, 15), offsetMinutes: null });
    expect(parseIsoDateText(' 2024-03-15 12:00 ')).toEqual({
      wallClockDay: daysFromCivil(2024, 3, 15) + 0.5,
      offsetMinutes: null,
    });
    expect(parseIsoDateText('2024-03-15T06:00:00')?.wallClockDay).toBe(daysFromCivil(2024, 3, 15) + 0.25);
    expect(parseIsoDateText('2024-03-15T18:00:00.000')?.wallClockDay).toBe(daysFromCivil(2024, 3, 15) + 0.75);
  });

  it('keeps a written offset', () => {
    expect(parseIsoDateText('2024-03-15T10:00:00Z')?.offsetMinutes).toBe(0);
    expect(parseIsoDateText('2024-03-15T10:00+07:00')?.offsetMinutes).toBe(420);
    expect(parseIsoDateText('2024-03-15T10:00-0330')?.offsetMinutes).toBe(-210);
  });

  it('reads Persian digits', () => {
    expect(parseIsoDateText('۲۰۲۴-۰۳-۱۵')?.wallClockDay).toBe(daysFromCivil(2024, 3, 15));
  });

  it.each([
    '03/04/2024',
    '15.03.2024',
    'March 3, 2024',
    '2024-02-30',
    '2024-13-01',
    '2024-3-5',
    '2024-03-15 25:00',
    'Date',
    '',
  ])('does not read %p', (text) => {
    expect(parseIsoDateText(text)).toBeNull();
  });
});
