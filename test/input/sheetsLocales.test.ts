import { argumentSeparatorOf, exampleNumber, numberFormatOf } from '../../src/input/sheetsLocales';

describe('argumentSeparatorOf', () => {
  // The 28 comma locales of the 72 listed in "locale differences in google sheets" (Stack Overflow 73767719).
  it.each([
    'en_US',
    'en_GB',
    'cy_GB',
    'en_AU',
    'en_CA',
    'en_IE',
    'en_IN',
    'ta_IN',
    'zh_CN',
    'zh_TW',
    'zh_HK',
    'ja_JP',
    'ko_KR',
    'th_TH',
    'es_MX',
    'de_CH',
    'iw_IL',
    'ar_EG',
    'mn_MN',
    'my_MM',
    'en_PH',
  ])('is "," in %s', (locale) => {
    expect(argumentSeparatorOf(locale)).toBe(',');
  });

  it.each(['de_DE', 'fr_FR', 'fr_CA', 'it_IT', 'es_ES', 'pt_BR', 'pt_PT', 'ru_RU', 'tr_TR', 'id_ID', 'nl_NL', 'fa_IR'])(
    'is ";" in %s',
    (locale) => {
      expect(argumentSeparatorOf(locale)).toBe(';');
    },
  );

  it('accepts a hyphen and any case, and reads an empty locale as en_US', () => {
    expect(argumentSeparatorOf('de-de')).toBe(';');
    expect(argumentSeparatorOf('EN-us')).toBe(',');
    expect(argumentSeparatorOf('')).toBe(',');
  });
});

describe('numberFormatOf', () => {
  it.each([
    ['en_US', '1,234.5'],
    ['de_DE', '1.234,5'],
    ['es_ES', '1.234,5'],
    ['pt_BR', '1.234,5'],
    ['fr_FR', '1 234,5'],
    ['ru_RU', '1 234,5'],
    ['pt_PT', '1 234,5'],
    ['de_CH', "1'234.5"],
    ['fa_IR', '1,234.5'],
  ])('writes 1234.5 in %s as %s', (locale, example) => {
    expect(exampleNumber(numberFormatOf(locale))).toBe(example);
  });

  it('groups Indian numbers in twos above the thousands', () => {
    expect(numberFormatOf('en_IN').indian).toBe(true);
  });
});
