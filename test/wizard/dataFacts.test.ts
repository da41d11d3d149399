import { daysFromCivil } from '../../src/time/civilDays';
import { calibrationEndOf, matchedCustomers, npsPeriodOf, revenuePerSubscriberMonth } from '../../src/wizard/dataFacts';
import { readerContext } from '../support/context';

const day = daysFromCivil;
/** `count` answers on each day from `from`, one every `step` days, `days` days long. */
const answers = (from: number, days: number, step: number, count = 1) =>
  Array.from({ length: Math.floor(days / step) }, (_, i) => Array<number>(count).fill(from + i * step)).flat();

describe('npsPeriodOf', () => {
  it('takes the shortest period whose typical period has at least 30 answers', () => {
    // Five answers a day for two years: 35 a week.
    expect(npsPeriodOf(answers(day(2023, 1, 2), 728, 1, 5))).toBe('week');
    // One a day: 7 a week, about 30 a month (the median month of 2023-2024 has 30 or 31 days).
    expect(npsPeriodOf(answers(day(2023, 1, 1), 731, 1))).toBe('month');
    // One every other day: 15 a month, about 45 a quarter.
    expect(npsPeriodOf(answers(day(2023, 1, 1), 731, 2))).toBe('quarter');
    // One a week: 13 a quarter, 52 a year.
    expect(npsPeriodOf(answers(day(2023, 1, 1), 731, 7))).toBe('year');
    expect(npsPeriodOf([])).toBe('month');
  });

  it('leaves out the first and the last period, which the data’s start and end cut short', () => {
    // 35 answers a week from a Wednesday to a Tuesday: the first and last weeks are partial.
    const days = answers(day(2024, 1, 3), 70, 1, 5);
    expect(npsPeriodOf(days)).toBe('week');
    // Every period empty but the edges: not enough.
    expect(npsPeriodOf([...Array(40).fill(day(2024, 1, 1)), ...Array(40).fill(day(2024, 12, 31))])).toBe('year');
  });
});

describe('revenuePerSubscriberMonth', () => {
  it('divides the subscribers’ revenue of the last year by the months they were subscribed in it', () => {
    const asOf = day(2024, 12, 31);
    // A subscribed all year (365 days), B from 2024-07-01 (184 days), C cancelled 2023: 549 subscribed days.
    const subscribers = [
      { id: 'A', start: day(2023, 6, 1) },
      { id: 'B', start: day(2024, 7, 1) },
      { id: 'C', start: day(2022, 1, 1), end: day(2023, 3, 1) },
    ];
    const purchases = [
      { id: 'A', day: day(2024, 3, 1), amount: 300 },
      { id: 'B', day: day(2024, 8, 1), amount: 150 },
      // Before the window, and a customer not on the list: neither counts.
      { id: 'A', day: day(2023, 12, 31), amount: 999 },
      { id: 'Z', day: day(2024, 5, 1), amount: 999 },
    ];
    const months = 549 / (365.2425 / 12);
    expect(revenuePerSubscriberMonth(subscribers, purchases, asOf)).toBeCloseTo(450 / months, 10);
  });

  it('says nothing when no subscriber ordered in the last year', () => {
    expect(revenuePerSubscriberMonth([{ id: 'A', start: day(2024, 1, 1) }], [], day(2024, 12, 31))).toBeUndefined();
  });
});

describe('calibrationEndOf', () => {
  it('holds out a third of the history, at most 26 weeks, and nothing shorter than 8 weeks', () => {
    // Two years: 26 weeks held out.
    expect(calibrationEndOf({ first: day(2023, 1, 1), last: day(2024, 12, 31) })).toBe(day(2024, 12, 31) - 182);
    // 36 weeks: 12 held out.
    expect(calibrationEndOf({ first: 0, last: 252 })).toBe(252 - 84);
    // 21 weeks: 7, too few.
    expect(calibrationEndOf({ first: 0, last: 147 })).toBeUndefined();
  });
});

describe('matchedCustomers', () => {
  it('counts each respondent once, read as the functions read ids (1001 and "1001" are one)', () => {
    const respondents = ['Customer', 1001, '1001', 1002, 'C-9', '', null];
    const orders = ['Customer', '1001', 1003, 'C-9'];
    expect(matchedCustomers(respondents.slice(1), orders.slice(1), readerContext('UTC'))).toEqual({ found: 2, of: 3 });
  });
});
