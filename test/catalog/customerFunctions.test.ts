import { callFunction } from '../support/callFunction';
import { columnOf } from '../support/context';

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The 88% example as a customer list: 132 stay, 18 leave in January, 30 join in January and stay. */
function eightyEightList(): { starts: unknown[][]; ends: unknown[][] } {
  const starts: unknown[] = ['Start date'];
  const ends: unknown[] = ['Cancel date'];
  for (let i = 0; i < 132; i++) {
    starts.push(utcDate('2023-06-01'));
    ends.push('');
  }
  for (let i = 0; i < 18; i++) {
    starts.push('2023-06-01');
    ends.push(utcDate('2024-01-15'));
  }
  starts.push('', '');
  ends.push('', '');
  for (let i = 0; i < 30; i++) {
    starts.push(utcDate('2024-01-10'));
    ends.push(null);
  }
  return { starts: columnOf(...starts), ends: columnOf(...ends) };
}

describe('CHURN_RATE and RETENTION_RATE', () => {
  const { starts, ends } = eightyEightList();

  it('work the 88% example from a sheet with a heading and blank rows', () => {
    expect(callFunction('RETENTION_RATE', [starts, ends, utcDate('2024-01-01'), utcDate('2024-01-31')])).toBeCloseTo(
      0.88,
      12,
    );
    expect(callFunction('CHURN_RATE', [starts, ends, '2024-01-01', '2024-01-31'])).toBeCloseTo(0.12, 12);
  });

  it('explain a period without customers at its start, or backwards', () => {
    expect(() => callFunction('CHURN_RATE', [starts, ends, '2020-01-01', '2020-12-31'])).toThrow(
      'CHURN_RATE: no customer was active at the start of the period (2020-01-01)',
    );
    expect(() => callFunction('CHURN_RATE', [starts, ends, '2024-02-01', '2024-01-01'])).toThrow(
      'CHURN_RATE: period_end (2024-01-01) is before period_start (2024-02-01)',
    );
    expect(() => callFunction('RETENTION_RATE', [starts, ends, '', '2024-01-31'])).toThrow(
      'RETENTION_RATE: period_start is blank',
    );
  });

  it('refuse an end before its start, naming the row', () => {
    expect(() =>
      callFunction('CHURN_RATE', [
        columnOf('Start', '2024-01-10', '2024-02-01'),
        columnOf('End', '', '2024-01-03'),
        '2024-01-01',
        '2024-12-31',
      ]),
    ).toThrow(
      'CHURN_RATE: row 3 ends on 2024-01-03, before it starts on 2024-02-01; an end date must be on or after the start date.',
    );
  });

  it('refuse ranges of different sizes and text dates', () => {
    expect(() =>
      callFunction('CHURN_RATE', [columnOf('2024-01-10'), columnOf('', ''), '2024-01-01', '2024-12-31']),
    ).toThrow('CHURN_RATE: start_dates has 1 row but end_dates has 2 rows');
    expect(() =>
      callFunction('CHURN_RATE', [columnOf('2024-01-10', '01/02/2024'), columnOf('', ''), '2024-01-01', '2024-12-31']),
    ).toThrow('CHURN_RATE: row 2 of start_dates holds "01/02/2024"');
  });
});

describe('CHURN_TREND', () => {
  it('has a row per month with counts that add up, and rates blank without customers at the start', () => {
    // A stays; B joins in January and leaves in February; C joins and leaves in February.
    const starts = columnOf('Start', '2024-01-10', '2024-01-20', '2024-02-01');
    const ends = columnOf('End', '', '2024-02-05', '2024-02-20');
    expect(callFunction('CHURN_TREND', [starts, ends], 'UTC')).toEqual([
      ['Period start', 'Customers at start', 'New', 'Lost', 'Customers at end', 'Churn rate', 'Retention rate'],
      [utcDate('2024-01-01'), 0, 2, 0, 2, '', ''],
      [utcDate('2024-02-01'), 2, 1, 2, 1, 0.5, 0.5],
    ]);
  });

  it('takes the period and lists the accepted ones', () => {
    const table = callFunction('CHURN_TREND', [columnOf('2024-01-10'), columnOf(''), 'year']) as unknown[][];
    expect(table).toHaveLength(2);
    expect(() => callFunction('CHURN_TREND', [columnOf('2024-01-10'), columnOf(''), 'daily'])).toThrow(
      'CHURN_TREND: period is "daily"; use one of',
    );
  });
});

describe('REFERRAL_RATE', () => {
  const sources = columnOf('Acquisition source', 'Referral', 'Instagram', ' referral ', '', 'Friend', 'Google');

  it('counts customers whose source is a referral, comparing without case, skipping the heading and blanks', () => {
    // Referral, referral of five customers with a source.
    expect(callFunction('REFERRAL_RATE', [sources])).toBe(2 / 5);
  });

  it('takes one label or a range of them', () => {
    expect(callFunction('REFERRAL_RATE', [sources, 'friend'])).toBe(1 / 5);
    expect(callFunction('REFERRAL_RATE', [sources, [['Referral'], ['Friend'], ['']]])).toBe(3 / 5);
  });

  it('keeps a first source that is data, not a heading', () => {
    expect(callFunction('REFERRAL_RATE', [columnOf('Referral', 'Google')])).toBe(1 / 2);
  });
});
