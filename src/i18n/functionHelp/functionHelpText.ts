/** The translatable text of one custom function's help: everything but its name and example formula. */
export interface FunctionHelpText {
  readonly summary: string;
  readonly returns: string;
  readonly details: string;
  /** Parameter name (as in the catalog) -> its description. */
  readonly parameters: Readonly<Record<string, string>>;
}

/** Function name (as in the catalog) -> its help text, for one language. */
export type FunctionHelpTranslation = Readonly<Record<string, FunctionHelpText>>;

/**
 * The description of the `language` parameter every table function has
 * (src/catalog/tableLanguage.ts), in each language: one text for all of them.
 */
export const LANGUAGE_PARAMETER_HELP = {
  th: 'ภาษาของหัวตารางและป้ายกำกับ: "en" (อังกฤษ), "th", "fa" หรือ "zh-TW" ถ้าเว้นว่างจะใช้ "en"',
  fa: 'زبان سرستون‌ها و برچسب‌ها: "en" (انگلیسی)، "th"، "fa" یا "zh-TW"؛ اگر خالی باشد "en".',
  'zh-TW': '標題與標籤的語言："en"（英文）、"th"、"fa" 或 "zh-TW"；留空時為 "en"。',
} as const;
