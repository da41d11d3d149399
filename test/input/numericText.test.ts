import { looksLikeNumber, normaliseDigits, parseNumericText } from '../../src/input/numericText';
import { numberFormatOf } from '../../src/input/sheetsLocales';

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

describe('parseNumericText in the spreadsheet locale', () => {
  const de = numberFormatOf('de_DE');
  const fr = numberFormatOf('fr_FR');
  const ch = numberFormatOf('de_CH');
  const india = numberFormatOf('en_IN');

  it.each([
    ['1,5', 1.5],
    ['1.234,50', 1234.5],
    ['1.234.567', 1234567],
    ['-0,25', -0.25],
    ['12,5 %', 0.125],
    ['24,00 €', 24],
    ['(15,00)', -15],
    ['5,', 5],
  ])('reads %p in de_DE as %p', (text, value) => {
    expect(parseNumericText(text, de)).toBe(value);
  });

  it.each(['1.5', '1,234.50', '1.2.3,4', '12.34'])('does not read %p in de_DE', (text) => {
    expect(parseNumericText(text, de)).toBeNaN();
  });

  it('reads spaces (also no-break and narrow no-break) between thousands in fr_FR', () => {
    expect(parseNumericText('1 234,5', fr)).toBe(1234.5);
    expect(parseNumericText('1\u00a0234,5', fr)).toBe(1234.5);
    expect(parseNumericText('1\u202f234\u202f567', fr)).toBe(1234567);
    expect(parseNumericText('1.234,5', fr)).toBeNaN();
  });

  it('reads apostrophes in de_CH and Indian grouping in en_IN', () => {
    expect(parseNumericText("1'234.5", ch)).toBe(1234.5);
    expect(parseNumericText('1\u2019234.5', ch)).toBe(1234.5);
    expect(parseNumericText('12,34,567.89', india)).toBe(1234567.89);
    expect(parseNumericText('1,234', india)).toBe(1234);
    expect(parseNumericText('1,234,567', india)).toBeNaN();
  });
});

describe('looksLikeNumber', () => {
  it.each(['1,5', '1.234,50', '1.2.3', '(12)', '$1,234.50', '12 %', '-3', '1 234', "1'234"])(
    'knows %p is written like a number',
    (text) => {
      expect(looksLikeNumber(text)).toBe(true);
    },
  );

  it.each(['N/A', 'Score', '9 points', '2024-03-15', '03/04/2024', 'Q1 2024', '12-15', ''])(
    'knows %p is not',
    (text) => {
      expect(looksLikeNumber(text)).toBe(false);
    },
  );
});
