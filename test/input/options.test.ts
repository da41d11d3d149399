import {
  isOmitted,
  readChoice,
  readConfidence,
  readNumberOption,
  readOptionalDate,
  readRequiredDate,
} from '../../src/input/options';
import { daysFromCivil } from '../../src/time/civilDays';
import { contextFor } from '../support/context';

describe('readChoice', () => {
  const choices = ['day', 'week', 'month'] as const;
  it('accepts a choice trimmed and in any case, and blank as the default', () => {
    expect(readChoice('F', 'period', ' Week ', choices, 'month')).toBe('week');
    expect(readChoice('F', 'period', undefined, choices, 'month')).toBe('month');
    expect(readChoice('F', 'period', '', choices, 'month')).toBe('month');
    expect(readChoice('F', 'period', null, choices, 'month')).toBe('month');
    expect(readChoice('F', 'period', [['day']], choices, 'month')).toBe('day');
  });

  it('lists the accepted values when given another', () => {
    expect(() => readChoice('NPS_TREND', 'period', 'fortnight', choices, 'month')).toThrow(
      'NPS_TREND: period is "fortnight"; use one of "day", "week", "month" (or leave it blank for "month").',
    );
    expect(() => readChoice('F', 'period', 7, choices, 'month')).toThrow('F: period is 7; use one of');
  });

  it('refuses a range of several cells', () => {
    expect(() => readChoice('F', 'period', [['day'], ['week']], choices, 'month')).toThrow(
      'F: period must be a single value, not a range of 2 cells.',
    );
  });
});

describe('readConfidence', () => {
  it('accepts levels strictly between 0 and 1, numeric text included', () => {
    expect(readConfidence('F', 0.9)).toBe(0.9);
    expect(readConfidence('F', '99%')).toBe(0.99);
    expect(readConfidence('F', undefined)).toBe(0.95);
  });

  it.each([1.5, 0, 1, 95, 'high', true])('refuses %p with the accepted values', (value) => {
    expect(() => readConfidence('NPS_SUMMARY', value)).toThrow(
      /^NPS_SUMMARY: confidence is .*; use a level between 0 and 1, such as 0.9, 0.95 or 0.99/,
    );
  });
});

describe('readNumberOption', () => {
  const option = {
    fallback: 5,
    min: 2,
    minInclusive: true,
    max: 10,
    maxInclusive: true,
    integer: true,
    accepted: 'a whole number from 2 to 10',
  };
  it('checks bounds and wholeness', () => {
    expect(readNumberOption('F', 'scale_max', 10, option)).toBe(10);
    expect(readNumberOption('F', 'scale_max', ' 7 ', option)).toBe(7);
    expect(() => readNumberOption('F', 'scale_max', 11, option)).toThrow(
      'F: scale_max is 11; use a whole number from 2 to 10.',
    );
    expect(() => readNumberOption('F', 'scale_max', 4.5, option)).toThrow('F: scale_max is 4.5;');
  });
});

describe('dates as options', () => {
  const context = contextFor('CHURN_RATE');

  it('reads date cells, ISO text and serials, and blank as left out', () => {
    expect(readOptionalDate(context, 'as_of', '2024-01-31')).toBe(daysFromCivil(2024, 1, 31));
    expect(readOptionalDate(context, 'as_of', new Date(Date.UTC(2024, 0, 31)))).toBe(daysFromCivil(2024, 1, 31));
    expect(readOptionalDate(context, 'as_of', 45322)).toBe(45322 - 25569);
    expect(readOptionalDate(context, 'as_of', '')).toBeUndefined();
    expect(readRequiredDate(context, 'period_start', [['2024-01-01']])).toBe(daysFromCivil(2024, 1, 1));
  });

  it('says what is wrong with a date', () => {
    expect(() => readRequiredDate(context, 'period_start', '')).toThrow(
      'CHURN_RATE: period_start is blank; give a date (a date cell, or text written as 2024-03-15).',
    );
    expect(() => readOptionalDate(context, 'as_of', '31/01/2024')).toThrow(
      'CHURN_RATE: as_of is "31/01/2024"; dates must be date cells',
    );
    expect(() => readOptionalDate(context, 'as_of', '#N/A')).toThrow(
      'CHURN_RATE: as_of is the error #N/A; fix the cell or formula it comes from.',
    );
  });

  it('knows an omitted range', () => {
    expect([isOmitted(undefined), isOmitted(''), isOmitted(null), isOmitted([['']]), isOmitted([[1]])]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
