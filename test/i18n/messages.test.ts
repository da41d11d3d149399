import { directionOf, format, type Language, LANGUAGES, languageOfLocale, MESSAGES } from '../../src/i18n/language';
import { EN, type MessageKey } from '../../src/i18n/messages/en';

const ENGLISH_KEYS = Object.keys(EN) as MessageKey[];
const TRANSLATED = LANGUAGES.filter((language) => language !== 'en');

/**
 * Keys whose translation may equal the English: the product name, which stays in Latin letters, and the bare NPS
 * acronym as a dashboard label.
 */
const SAME_AS_ENGLISH: ReadonlySet<MessageKey> = new Set<MessageKey>(['app.title', 'kpi.nps']);

/** A letter of each translation's own script: every translated message has some. */
const SCRIPT: Readonly<Record<Exclude<Language, 'en'>, RegExp>> = {
  th: /[\u0E01-\u0E4E]/u,
  fa: /[\u0621-\u06FF]/u,
  'zh-TW': /[\u4E00-\u9FFF]/u,
};

/** Characters that do not belong in a translation's text. */
const FOREIGN: Readonly<Record<Exclude<Language, 'en'>, readonly string[]>> = {
  th: [],
  // Arabic yeh, alef maksura and kaf instead of the Persian ی and ک.
  fa: ['\u064A', '\u0649', '\u0643'],
  // Simplified characters, and mainland terms where Taiwan says 信賴 (confidence), 儲存格 and 預設.
  'zh-TW': [
    ...'户为时间数据单订购买费额计区顾务营这个会设与则选项现预测满门续参误验检们后图标择试',
    '置信',
    '單元格',
    '默認',
  ],
};

/** Digits other than 0-9: Thai, Arabic-Indic, Persian and full-width. Numbers stay in Latin digits, as in the sheet. */
const NON_LATIN_DIGIT = /[\u0E50-\u0E59\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/u;

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

/**
 * What a translation must copy verbatim from the English of the same key: acronyms (NPS, CLV, ID, BG/NBD), numbers
 * and ranges as written (0-10, 95%, 2024-03-15), the #NAME? error, the model and product names.
 */
function literalTokens(english: string): string[] {
  const tokens = english.match(/[A-Z]{2,}|\d+(-\d+)?%?|#NAME\?/g) ?? [];
  const names = ['BG/NBD', 'Gamma-Gamma', 'Loyalty Metrics'].filter((name) => english.includes(name));
  return [...new Set([...tokens, ...names])];
}

/** The keys of a language whose message fails the check, each with its message, for a readable failure. */
function failing(language: Language, check: (key: MessageKey, text: string) => boolean): Record<string, string> {
  const messages = MESSAGES[language];
  return Object.fromEntries(
    ENGLISH_KEYS.filter((key) => !check(key, messages[key])).map((key) => [key, messages[key]]),
  );
}

describe.each(LANGUAGES)('messages in %s', (language) => {
  const messages = MESSAGES[language];

  it('has every key of the English', () => {
    const missing = ENGLISH_KEYS.filter((key) => !Object.hasOwn(messages, key));
    expect({ language, missing }).toEqual({ language, missing: [] });
  });

  it('has no key the English lacks', () => {
    const extra = Object.keys(messages).filter((key) => !Object.hasOwn(EN, key));
    expect({ language, extra }).toEqual({ language, extra: [] });
  });

  it('lists the keys in the order of en.ts', () => {
    expect(Object.keys(messages)).toEqual(ENGLISH_KEYS);
  });

  it('has no empty message', () => {
    expect(failing(language, (_key, text) => typeof text === 'string' && text.trim() !== '')).toEqual({});
  });

  it('has the same {placeholders} as the English', () => {
    const wrong = ENGLISH_KEYS.filter(
      (key) => placeholders(messages[key] ?? '').join() !== placeholders(EN[key]).join(),
    ).map((key) => ({ key, english: placeholders(EN[key]), translated: placeholders(messages[key] ?? '') }));
    expect(wrong).toEqual([]);
  });

  it('keeps acronyms, numbers and names literally', () => {
    const lost = ENGLISH_KEYS.map((key) => ({
      key,
      lost: literalTokens(EN[key]).filter((token) => !(messages[key] ?? '').includes(token)),
    })).filter(({ lost }) => lost.length > 0);
    expect(lost).toEqual([]);
  });

  it('writes numbers in Latin digits', () => {
    expect(failing(language, (_key, text) => !NON_LATIN_DIGIT.test(text ?? ''))).toEqual({});
  });

  it('is tidy text: no leading, trailing or doubled spaces, no invisible direction marks', () => {
    expect(
      failing(language, (_key, text) => text === text.trim() && !/\s{2}|[\u200B\u200E\u200F\uFEFF]/u.test(text)),
    ).toEqual({});
  });
});

describe.each(TRANSLATED)('the %s translation', (language) => {
  const messages = MESSAGES[language];

  it('translates every message except the few allowed to stay as in English', () => {
    expect(failing(language, (key, text) => SAME_AS_ENGLISH.has(key) || text !== EN[key])).toEqual({});
  });

  it('writes every translated message in its own script', () => {
    expect(failing(language, (key, text) => SAME_AS_ENGLISH.has(key) || SCRIPT[language].test(text))).toEqual({});
  });

  it('uses no characters foreign to the language', () => {
    expect(failing(language, (_key, text) => !FOREIGN[language].some((bad) => text.includes(bad)))).toEqual({});
  });

  it('keeps the product name in Latin letters', () => {
    expect(messages['app.title']).toBe('Loyalty Metrics');
  });
});

describe('languageOfLocale', () => {
  it.each([
    ['en_US', 'en'],
    ['en', 'en'],
    ['th', 'th'],
    ['th_TH', 'th'],
    ['fa_IR', 'fa'],
    ['fa', 'fa'],
    ['zh_TW', 'zh-TW'],
    ['zh_HK', 'zh-TW'],
    ['zh_CN', 'zh-TW'],
    ['de', 'en'],
    ['pt_BR', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});

describe('directionOf', () => {
  it.each(LANGUAGES.map((language) => [language, language === 'fa' ? 'rtl' : 'ltr']))('%s → %s', (language, dir) => {
    expect(directionOf(language as Language)).toBe(dir);
  });
});

describe('format', () => {
  it('replaces each placeholder with its parameter', () => {
    expect(format('en', 'options.invalidNumber', { field: 'Gross margin', min: 0, max: 1 })).toBe(
      'Gross margin: enter a number from 0 to 1.',
    );
    expect(format('th', 'data.rowCount', { count: 12 })).toBe('12 แถว');
    expect(format('zh-TW', 'create.open', { sheet: 'Dashboard' })).toBe('開啟「Dashboard」');
  });

  it('leaves a placeholder without a parameter as it is', () => {
    expect(format('en', 'step.progress')).toBe('Step {step} of 4');
    expect(format('fa', 'data.rowCount', { rows: 3 })).toBe(MESSAGES.fa['data.rowCount']);
  });

  it('does not replace placeholders inside a parameter', () => {
    expect(format('en', 'create.computedOn', { time: 'at {time}' })).toBe('Computed on at {time}');
  });
});
