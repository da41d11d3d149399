/**
 * How a spreadsheet's locale (File > Settings > Locale, what
 * Spreadsheet.getSpreadsheetLocale() returns, e.g. "de_DE") writes numbers
 * and formulas.
 *
 * Sheets has two formula syntaxes. In 28 of its locales arguments are
 * separated by "," and decimals written with "."; in all the others
 * (most of Europe and Latin America, Russia, Turkey, Indonesia, Vietnam...)
 * decimals are written with "," and arguments separated by ";", and a formula
 * written with "," does not parse there. The list of the 28 is the one
 * published in "locale differences in google sheets" (Stack Overflow
 * question 73767719, answered 19 Sep 2022, which lists all 72 locales), as
 * is the fact that Sheets corrects ";" to "," in the 28 but never "," to ";"
 * in the others. The wizard does not rely on this table alone: it probes the
 * spreadsheet (see src/addon/formulaSyntax.ts) and falls back on it.
 *
 * Group separators are the ones the locale prints (CLDR); a number written
 * as text is read with exactly the locale's decimal mark and group mark, so
 * that "1.234,50" is 1234.5 in de_DE and "1,5" is 1.5 there, while in en_US
 * "1,5" is refused rather than guessed at.
 */

export interface NumberFormat {
  /** The locale as given ("de_DE"), for messages. */
  readonly locale: string;
  readonly decimal: '.' | ',';
  /** Characters accepted between groups of digits; spaces stand for every kind of space. */
  readonly groups: readonly string[];
  /** Indian grouping: 12,34,567.89 (groups of two above the thousands). */
  readonly indian?: boolean;
}

export type ArgumentSeparator = ',' | ';';

/** The 28 locales whose formulas separate arguments with ",", by country (and language where it matters). */
const COMMA_SYNTAX = new Set([
  'en_AU',
  'en_CA',
  'zh_CN',
  'ar_EG',
  'zh_HK',
  'en_IN',
  'bn_IN',
  'gu_IN',
  'kn_IN',
  'ml_IN',
  'mr_IN',
  'pa_IN',
  'ta_IN',
  'te_IN',
  'en_IE',
  'iw_IL',
  'he_IL',
  'ja_JP',
  'es_MX',
  'mn_MN',
  'my_MM',
  'en_PH',
  'fil_PH',
  'ko_KR',
  'de_CH',
  'fr_CH',
  'it_CH',
  'zh_TW',
  'th_TH',
  'en_GB',
  'cy_GB',
  'en_US',
]);

/** Countries whose comma-syntax locale uses an apostrophe between thousands (Switzerland). */
const APOSTROPHE_GROUPS = new Set(['CH']);

/**
 * Languages of the semicolon-syntax locales that separate thousands with a
 * space (CLDR: fr 1 234,5; ru 1 234,5) rather than a point (de 1.234,5).
 */
const SPACE_GROUP_LANGUAGES = new Set([
  'fr',
  'ru',
  'uk',
  'be',
  'pl',
  'cs',
  'sk',
  'hu',
  'sv',
  'nb',
  'nn',
  'no',
  'fi',
  'et',
  'lv',
  'lt',
  'bg',
  'kk',
  'hy',
  'ka',
  'az',
  'pt_PT',
]);

const SPACE = ' ';

/** Splits "de_DE" or "de-DE" or "de" into language and country. */
function partsOf(locale: string): { language: string; country: string; code: string } {
  const [language = '', country = ''] = locale.trim().replace('-', '_').split('_');
  const code = `${language.toLowerCase()}_${country.toUpperCase()}`;
  return { language: language.toLowerCase(), country: country.toUpperCase(), code };
}

/** The formula argument separator Sheets uses in a locale (an unknown or empty locale: ","). */
export function argumentSeparatorOf(locale: string): ArgumentSeparator {
  const { language, code } = partsOf(locale);
  if (language === '' || COMMA_SYNTAX.has(code)) return ',';
  // Iran is not among the 72 locales listed in 2022; Persian (like Arabic outside Egypt) follows the
  // rule of every locale not in the comma list.
  return ';';
}

/** How numbers are written as text in a locale. */
export function numberFormatOf(locale: string): NumberFormat {
  const { language, country, code } = partsOf(locale);
  const given = locale.trim() === '' ? 'en_US' : locale.trim();
  if (argumentSeparatorOf(locale) === ',') {
    if (APOSTROPHE_GROUPS.has(country)) return { locale: given, decimal: '.', groups: ["'", '\u2019'] };
    return { locale: given, decimal: '.', groups: [','], indian: country === 'IN' };
  }
  // Persian and Arabic write the momayyez (U+066B) and U+066C, which are read as "." and "," before any of this.
  if (language === 'fa' || language === 'ar') return { locale: given, decimal: '.', groups: [','] };
  if (SPACE_GROUP_LANGUAGES.has(language) || SPACE_GROUP_LANGUAGES.has(code.replace(/_$/, '')))
    return { locale: given, decimal: ',', groups: [SPACE] };
  return { locale: given, decimal: ',', groups: ['.'] };
}

/** How a number such as 1234.5 is written in the locale, for messages: "1,234.5", "1.234,5", "1 234,5". */
export function exampleNumber(format: NumberFormat): string {
  const group = format.groups[0] === SPACE ? ' ' : format.groups[0];
  return `1${group}234${format.decimal}5`;
}

export const EN_US_NUMBERS: NumberFormat = numberFormatOf('en_US');
