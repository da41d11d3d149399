import { CATALOG } from '../../src/catalog';
import type { FunctionSpec } from '../../src/catalog/functionSpec';
import { helpTextOf } from '../../src/addon/functionHelp';
import { FA_FUNCTION_HELP } from '../../src/i18n/functionHelp/fa';
import type { FunctionHelpText, FunctionHelpTranslation } from '../../src/i18n/functionHelp/functionHelpText';
import { TH_FUNCTION_HELP } from '../../src/i18n/functionHelp/th';
import { ZH_TW_FUNCTION_HELP } from '../../src/i18n/functionHelp/zhTW';

interface Language {
  readonly code: string;
  readonly translation: FunctionHelpTranslation;
  /** A letter of the language's own script: every translated field has some. */
  readonly script: RegExp;
  /** Characters or words that do not belong in this language's text. */
  readonly foreign: readonly string[];
}

const LANGUAGES: readonly Language[] = [
  { code: 'th', translation: TH_FUNCTION_HELP, script: /[\u0E01-\u0E5B]/u, foreign: [] },
  {
    code: 'fa',
    translation: FA_FUNCTION_HELP,
    script: /[\u0621-\u06FF]/u,
    // Arabic yeh, alef maksura and kaf instead of the Persian ی and ک; Arabic-Indic and Persian digits (numbers stay
    // in Latin digits, as typed in formulas).
    foreign: ['\u064A', '\u0649', '\u0643', ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹'],
  },
  {
    code: 'zh-TW',
    translation: ZH_TW_FUNCTION_HELP,
    script: /[\u4E00-\u9FFF]/u,
    // Simplified characters, and mainland terms where Taiwan says 信賴 (confidence), 變異數, 儲存格 and 預設.
    foreign: [
      ...'户为时间数据单订购买费额计区顾务营这个会设与则选项现预测满门续参误验检们后',
      '置信',
      '方差',
      '單元格',
      '默認',
    ],
  },
];

/** The language a translation is of. */
const languageOf = (translation: FunctionHelpTranslation) =>
  translation === TH_FUNCTION_HELP ? 'th' : translation === FA_FUNCTION_HELP ? 'fa' : 'zh-TW';

const SPECS: readonly (readonly [string, FunctionSpec])[] = CATALOG.map((spec) => [spec.name, spec]);

/** One translatable field: where it is, its English text in the catalog, and its translation. */
interface Field {
  readonly label: string;
  readonly english: string;
  readonly translated: string;
}

function fieldsOf(spec: FunctionSpec, help: FunctionHelpText): Field[] {
  return [
    { label: 'summary', english: spec.summary, translated: help.summary },
    { label: 'returns', english: spec.returns, translated: help.returns },
    { label: 'details', english: spec.details, translated: help.details },
    ...spec.parameters.map((p) => ({
      label: `parameter ${p.name}`,
      english: p.description,
      translated: help.parameters[p.name] ?? '',
    })),
  ];
}

/**
 * What a translation must copy verbatim from the English of the same field:
 * - quoted option values with their quotes ("month", "bgnbd", "N/A", "(blank)"). A quotation that contains a space
 *   is prose, not a value (CES quotes its survey statement), and is translated, so it is left out here; every
 *   field is checked, not only parameter descriptions;
 * - upper-case names: functions (CHURN_RATE), acronyms (NPS, CI, SE, BG/NBD), Sheets literals (TRUE, DATE);
 * - snake_case names: parameters (scale_max, as_of) and formula variables (var_a, t_x);
 * - cell ranges (C2:C), numbers (digits as written: 0-10, 365.25, 52/12) and the % unit.
 */
function literalTokens(english: string): string[] {
  const patterns = [
    /"[^"\s]+"/g,
    /\b[A-Z]{2,}[A-Z0-9]*(?:_[A-Z0-9]+)*\b/g,
    /\b[a-z]+(?:_[a-z]+)+\b/g,
    /\b[A-Z]+\d+:[A-Z]+\d*/g,
    /\d+(?:\.\d+)?/g,
    /%/g,
  ];
  return [...new Set(patterns.flatMap((pattern) => english.match(pattern) ?? []))];
}

/** Whether English text is only code and numbers (nothing to translate), once literal tokens are taken out. */
function isOnlyCode(english: string): boolean {
  return !/[a-z]{2,}/i.test(literalTokens(english).reduce((rest, token) => rest.split(token).join(' '), english));
}

describe.each(LANGUAGES)('function help in $code', ({ translation, script, foreign }) => {
  it('has an entry for every catalog function', () => {
    const missing = CATALOG.map((spec) => spec.name).filter((name) => !(name in translation));
    expect(missing).toEqual([]);
  });

  it('has no entry for a function that does not exist', () => {
    const names = new Set(CATALOG.map((spec) => spec.name));
    expect(Object.keys(translation).filter((name) => !names.has(name))).toEqual([]);
  });

  describe.each(SPECS)('%s', (_name, spec) => {
    // As the dialog shows it: the translation, with the description every table function's language parameter shares.
    const help = (): FunctionHelpText => helpTextOf(spec, languageOf(translation));

    it('describes exactly the parameters of the function, none blank', () => {
      expect(Object.keys(help().parameters).sort()).toEqual(spec.parameters.map((p) => p.name).sort());
      const blank = spec.parameters.filter((p) => (help().parameters[p.name] ?? '').trim() === '').map((p) => p.name);
      expect(blank).toEqual([]);
    });

    it('has a summary, returns and details, none blank', () => {
      expect(help().summary.trim()).not.toBe('');
      expect(help().returns.trim()).not.toBe('');
      expect(help().details.trim()).not.toBe('');
    });

    it('translates every field rather than copying the English', () => {
      for (const field of fieldsOf(spec, help())) {
        if (isOnlyCode(field.english)) continue;
        expect({ [field.label]: field.translated }).not.toEqual({ [field.label]: field.english });
        expect({ [field.label]: script.test(field.translated) }).toEqual({ [field.label]: true });
      }
    });

    it('keeps option values, names, cell ranges and numbers literally', () => {
      for (const field of fieldsOf(spec, help())) {
        const lost = literalTokens(field.english).filter((token) => !field.translated.includes(token));
        expect({ [field.label]: lost }).toEqual({ [field.label]: [] });
      }
    });

    it('is tidy text of the language: no stray characters or spacing', () => {
      for (const field of fieldsOf(spec, help())) {
        const text = field.translated;
        expect({ [field.label]: foreign.filter((bad) => text.includes(bad)) }).toEqual({ [field.label]: [] });
        expect({ [field.label]: text }).toEqual({ [field.label]: text.trim() });
        expect({ [field.label]: /\s{2}|[\u200B\u200E\u200F\uFEFF]/u.test(text) }).toEqual({ [field.label]: false });
      }
    });
  });
});
