/**
 * The wizard's languages and how one is chosen: the user's own choice in the
 * sidebar (kept in their user properties) or else their Google account locale
 * (Session.getActiveUserLocale(): "en", "th", "fa", "zh_TW", ...). Chinese of
 * any region gets Traditional Chinese, the only Chinese translation; any
 * other locale gets English.
 */

import { EN, type MessageKey, type Messages } from './messages/en';
import { FA } from './messages/fa';
import { TH } from './messages/th';
import { ZH_TW } from './messages/zhTW';

export const LANGUAGES = ['en', 'th', 'fa', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  th: 'ไทย',
  fa: 'فارسی',
  'zh-TW': '繁體中文',
};

export const MESSAGES: Readonly<Record<Language, Messages>> = { en: EN, th: TH, fa: FA, 'zh-TW': ZH_TW };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function languageOfLocale(locale: string): Language {
  const code = locale.toLowerCase().replace('_', '-');
  if (code.startsWith('th')) return 'th';
  if (code.startsWith('fa')) return 'fa';
  if (code.startsWith('zh')) return 'zh-TW';
  return 'en';
}

/** Persian is written right to left; the whole sidebar and dialog mirror. */
export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'fa' ? 'rtl' : 'ltr';
}

/**
 * The message in the language, with each {name} replaced by its parameter.
 * Keys and placeholders are looked up as own properties only, so that a name
 * such as "valueOf" or "__proto__" can never reach Object.prototype.
 */
export function format(
  language: Language,
  key: MessageKey,
  parameters: Readonly<Record<string, string | number>> = {},
): string {
  const messages = MESSAGES[language];
  if (!hasOwn(messages, key)) throw new Error(`no message ${String(key)}`);
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    hasOwn(parameters, name) ? String(parameters[name]) : whole,
  );
}

/** Object.hasOwn, which Apps Script's runtime may lack. */
const hasOwn = (object: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(object, key);
