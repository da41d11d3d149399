import { normaliseDigits, parseNumericText } from '../../src/input/numericText';

describe('parseNumericText', () => {
  it.each([
    ['9', 9],
    [' 9 ', 9],
    ['-3.5', -3.5],
    ['+7', 7],
    ['$1,234.50', 1234.5],
    ['1,234,567', 1234567],
    ['12%', 0.12],
    ['(15.00)', -15],
    ['-$5', -5],
    ['$-5', -5],
    ['\u22124', -4],
    ['€ 20', 20],
    ['20 €', 20],
    ['฿1,200', 1200],
    ['1e3', 1000],
    ['.5', 0.5],
    ['\u00a09\u00a0', 9],
  ])('reads %p as %p', (text, value) => {
    expect(parseNumericText(text)).toBe(value);
  });

  it('reads Persian, Arabic-Indic, Thai and full-width digits', () => {
    expect(parseNumericText('۹')).toBe(9);
    expect(parseNumericText('١٠')).toBe(10);
    expect(parseNumericText('๗')).toBe(7);
    expect(parseNumericText('１２')).toBe(12);
    expect(parseNumericText('۱۲٫۵')).toBe(12.5);
  });

  it.each(['', ' ', 'N/A', 'nine', '1,5', '12,34', '1.2.3', '$', '%', '9 points', '--5', '2024-03-15'])(
    'does not read %p as a number',
    (text) => {
      expect(parseNumericText(text)).toBeNaN();
    },
  );

  it('leaves ASCII text untouched when normalising digits', () => {
    expect(normaliseDigits('abc 123')).toBe('abc 123');
  });
});
