/** The arithmetic of chart axes: round ticks, calendar ticks for dates, label formats, how many labels to skip. */

import {
  DATE_STEPS,
  dateLabel,
  dateTicks,
  decimalsOf,
  labelEvery,
  niceTicks,
  numberLabeler,
  serialOfMonth,
  sheetsDatePattern,
  ticksWithin,
} from '../../../scripts/playground/page/chartScale';

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(0, 83, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(-17, 26, 5)).toEqual([-20, 0, 20, 40]);
    expect(niceTicks(-17, 26, 6)).toEqual([-20, -10, 0, 10, 20, 30]);
    expect(niceTicks(0.3, 0.8, 6)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
    expect(niceTicks(5, 5, 5)).toEqual([4.5, 4.75, 5, 5.25, 5.5]);
    expect(ticksWithin(-100, 100, 5)).toEqual([-100, -50, 0, 50, 100]);
    expect(ticksWithin(0.05, 0.95, 5)).toEqual([0.25, 0.5, 0.75]);
  });
});

describe('labels', () => {
  it('writes values with the axis format, or with as many decimals as the step needs', () => {
    expect(numberLabeler('0%', 0.25)(0.25)).toBe('25%');
    expect(numberLabeler('percent', 0.1)(0.5)).toBe('50%');
    expect(numberLabeler(undefined, 2500)(12500)).toBe('12,500');
    expect(numberLabeler(undefined, 0.25)(0.5)).toBe('0.50');
    expect(numberLabeler('short', 1000)(12500)).toBe('12.5K');
    expect(decimalsOf(2.5)).toBe(1);
  });

  it('writes dates with Sheets’ patterns, and reads Google’s ICU year letters', () => {
    expect(dateLabel(serialOfMonth(2024, 3), 'MMM yyyy')).toBe('Mar 2024');
    expect(sheetsDatePattern("MMM ''y")).toBe("MMM ''yyyy");
    expect(dateLabel(serialOfMonth(2024, 3), 'MMM y')).toBe('Mar 2024');
  });
});

describe('dateTicks', () => {
  const months = DATE_STEPS.filter((step) => step.unit === 'month');
  it('puts month ticks on the first of the month, every n months, and year ticks on years', () => {
    const low = serialOfMonth(2023, 11) + 10;
    const high = serialOfMonth(2024, 7);
    expect(dateTicks(low, high, months[0]).map((t) => dateLabel(t, 'yyyy-mm'))).toEqual([
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
    ]);
    const quarterly = months.find((step) => step.size === 3);
    expect(dateTicks(low, high, quarterly ?? months[0]).map((t) => dateLabel(t, 'yyyy-mm'))).toEqual([
      '2024-01',
      '2024-04',
      '2024-07',
    ]);
    const years = months.find((step) => step.size === 24);
    expect(
      dateTicks(serialOfMonth(2010, 1), serialOfMonth(2026, 8), years ?? months[0]).map((t) => dateLabel(t, 'yyyy')),
    ).toEqual(['2010', '2012', '2014', '2016', '2018', '2020', '2022', '2024', '2026']);
  });

  it('puts weekly ticks on Mondays', () => {
    const weekly = DATE_STEPS.find((step) => step.unit === 'day' && step.size === 7);
    const ticks = dateTicks(serialOfMonth(2024, 1), serialOfMonth(2024, 2), weekly ?? DATE_STEPS[0]);
    expect(ticks.map((t) => dateLabel(t, 'ddd yyyy-mm-dd'))).toEqual([
      'Mon 2024-01-01',
      'Mon 2024-01-08',
      'Mon 2024-01-15',
      'Mon 2024-01-22',
      'Mon 2024-01-29',
    ]);
  });
});

describe('labelEvery', () => {
  it('skips enough categories that upright labels clear each other by the gap', () => {
    expect(labelEvery(50, 40, 13, 6)).toBe(1);
    expect(labelEvery(20, 40, 13, 6)).toBe(3);
  });
  it('for slanted labels, counts the distance across the slant', () => {
    // At 30 degrees, labels one slot apart are slot / 2 apart across the slant.
    expect(labelEvery(40, 500, 13, 6, 30)).toBe(1);
    expect(labelEvery(10, 500, 13, 6, 30)).toBe(4);
    expect(labelEvery(10, 500, 13, 6, 90)).toBe(2);
  });
});
