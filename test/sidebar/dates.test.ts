/**
 * The wizard's dates in the person's language: read as a whole in that
 * language's order of day, month and year, shown back in the same order,
 * always Gregorian and in Latin digits.
 */

import { dateOrder, readDate, spelledDate, writtenDate } from '../../sidebar/dates';
import { LANGUAGES } from '../../src/i18n/language';

describe('dateOrder', () => {
  it('follows each language: month first in English, day first in Thai, year first in Persian and Chinese', () => {
    expect(dateOrder('en')).toEqual(['month', 'day', 'year']);
    expect(dateOrder('th')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('fa')).toEqual(['year', 'month', 'day']);
    expect(dateOrder('zh-TW')).toEqual(['year', 'month', 'day']);
  });
});

describe('writtenDate', () => {
  it('writes an ISO date in the language’s order, Gregorian, in Latin digits', () => {
    expect(writtenDate('2030-01-02', 'en')).toBe('01/02/2030');
    expect(writtenDate('2030-01-02', 'th')).toBe('02/01/2030');
    expect(writtenDate('2030-01-02', 'fa')).toBe('2030/01/02');
    expect(writtenDate('2030-01-02', 'zh-TW')).toBe('2030/01/02');
  });

  it.each(LANGUAGES)('reads back what it writes, in %s', (language) => {
    for (const iso of ['1900-01-01', '2024-02-29', '2024-12-31', '2199-12-31'])
      expect(readDate(writtenDate(iso, language), language)).toEqual({ kind: 'date', iso });
  });
});

describe('spelledDate', () => {
  it('spells a date for sentences, Gregorian, in Latin digits', () => {
    expect(spelledDate('2024-12-31', 'en')).toBe('Dec 31, 2024');
    expect(spelledDate('2024-12-31', 'zh-TW')).toBe('2024年12月31日');
    expect(spelledDate('2024-12-31', 'th')).toMatch(/^31 .+ 2024$/);
    expect(spelledDate('2024-12-31', 'fa')).toMatch(/^31 .+ 2024$/);
  });
});

describe('readDate', () => {
  it('reads a date typed in the language’s order', () => {
    expect(readDate('06/30/2024', 'en')).toEqual({ kind: 'date', iso: '2024-06-30' });
    expect(readDate('30/06/2024', 'th')).toEqual({ kind: 'date', iso: '2024-06-30' });
    expect(readDate('2024/06/30', 'fa')).toEqual({ kind: 'date', iso: '2024-06-30' });
    expect(readDate('2024/06/30', 'zh-TW')).toEqual({ kind: 'date', iso: '2024-06-30' });
    // Single digits, dots, dashes and spaces as separators.
    expect(readDate('6/3/2024', 'en')).toEqual({ kind: 'date', iso: '2024-06-03' });
    expect(readDate('3.6.2024', 'th')).toEqual({ kind: 'date', iso: '2024-06-03' });
    expect(readDate(' 3 - 6 - 2024 ', 'th')).toEqual({ kind: 'date', iso: '2024-06-03' });
  });

  it('reads a date whose year comes first (ISO) in every language', () => {
    for (const language of LANGUAGES)
      expect(readDate('2024-06-30', language)).toEqual({ kind: 'date', iso: '2024-06-30' });
  });

  it('reads Persian, Arabic, Thai and full-width digits, the Chinese form, and Buddhist-era years in Thai', () => {
    expect(readDate('۲۰۲۴/۰۶/۳۰', 'fa')).toEqual({ kind: 'date', iso: '2024-06-30' });
    expect(readDate('٢٠٢٤/٠٦/٣٠', 'fa')).toEqual({ kind: 'date', iso: '2024-06-30' });
    expect(readDate('๓๐/๐๖/๒๕๖๗', 'th')).toEqual({ kind: 'date', iso: '2024-06-30' });
    expect(readDate('２０２４/０６/３０', 'zh-TW')).toEqual({ kind: 'date', iso: '2024-06-30' });
    expect(readDate('2024年6月30日', 'zh-TW')).toEqual({ kind: 'date', iso: '2024-06-30' });
    expect(readDate('30/06/2567', 'th')).toEqual({ kind: 'date', iso: '2024-06-30' });
    // Elsewhere 2567 is simply out of range.
    expect(readDate('06/30/2567', 'en')).toEqual({ kind: 'invalid' });
  });

  it('is blank for blank text', () => {
    expect(readDate('', 'en')).toEqual({ kind: 'blank' });
    expect(readDate('   ', 'fa')).toEqual({ kind: 'blank' });
  });

  it.each([
    ['01/01/0002', 'the year 2 (a slip of the keyboard)'],
    ['1/1/24', 'a two-digit year'],
    ['02/30/2024', 'February 30'],
    ['13/01/2024', 'month 13'],
    ['12/31/1899', 'before 1900'],
    ['01/01/2200', 'after 2199'],
    ['2024-06', 'two parts'],
    ['next monday', 'words'],
    ['01/02/2030x', 'a trailing letter'],
  ])('refuses %s (%s)', (typed) => {
    expect(readDate(typed, 'en')).toEqual({ kind: 'invalid' });
  });

  it('reads the order of the language, not another: 02/01/2030 is 1 February in Thai, 2 January in English', () => {
    expect(readDate('02/01/2030', 'th')).toEqual({ kind: 'date', iso: '2030-01-02' });
    expect(readDate('02/01/2030', 'en')).toEqual({ kind: 'date', iso: '2030-02-01' });
  });
});
