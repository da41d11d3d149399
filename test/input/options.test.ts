import { readChoice, readConfidence, readNumberOption } from '../../src/input/options';

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
