import { looksLikeDate } from '../../src/input/dateLikeText';

describe('looksLikeDate', () => {
  it.each([
    '03/04/2024',
    '3/4/24',
    '15.03.2024',
    '15.03.2024.',
    '2024/03/15',
    '2024-02-30',
    '3-4-2024',
    '03/04/2024 10:30',
    '03/04/2024 10:30 PM',
    '15 Mar 2024',
    '15-Mar-24',
    '1st March 2024',
    'March 15, 2024',
    'Sept 3 2024',
    '۱۴۰۳/۰۱/۰۱',
  ])('knows %p is written like a date', (text) => {
    expect(looksLikeDate(text)).toBe(true);
  });

  it.each(['Order date', 'Date', 'N/A', '5/10', '2024', 'March', 'Q1 2024', '12-15', 'May the fourth'])(
    'knows %p is not',
    (text) => {
      expect(looksLikeDate(text)).toBe(false);
    },
  );
});
