/** The "Function help" dialog: the catalog as a page, in the person's language. */

import type { FunctionSpec } from '../catalog/functionSpec';
import { directionOf, format, type Language } from '../i18n/language';
import { FA_FUNCTION_HELP } from '../i18n/functionHelp/fa';
import {
  type FunctionHelpText,
  type FunctionHelpTranslation,
  LANGUAGE_PARAMETER_HELP,
} from '../i18n/functionHelp/functionHelpText';
import { TH_FUNCTION_HELP } from '../i18n/functionHelp/th';
import { ZH_TW_FUNCTION_HELP } from '../i18n/functionHelp/zhTW';
import { escapeHtml } from './html';

const TRANSLATIONS: Readonly<Record<Exclude<Language, 'en'>, FunctionHelpTranslation>> = {
  th: TH_FUNCTION_HELP,
  fa: FA_FUNCTION_HELP,
  'zh-TW': ZH_TW_FUNCTION_HELP,
};

export function syntaxOf(spec: FunctionSpec): string {
  const parameters = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${parameters.join(', ')})`;
}

/** A function's help text in the language; the catalog's English for English (or a function not yet translated). */
export function helpTextOf(spec: FunctionSpec, language: Language): FunctionHelpText {
  const translated = language === 'en' ? undefined : TRANSLATIONS[language][spec.name];
  if (translated !== undefined && language !== 'en' && spec.parameters.some((p) => p.name === 'language'))
    return { ...translated, parameters: { ...translated.parameters, language: LANGUAGE_PARAMETER_HELP[language] } };
  return (
    translated ?? {
      summary: spec.summary,
      returns: spec.returns,
      details: spec.details,
      parameters: Object.fromEntries(spec.parameters.map((p) => [p.name, p.description])),
    }
  );
}

export function functionHelpHtml(catalog: readonly FunctionSpec[], language: Language = 'en'): string {
  const t = (key: 'help.optional' | 'help.returns' | 'help.example') => escapeHtml(format(language, key));
  const entries = catalog.map((spec) => {
    const text = helpTextOf(spec, language);
    const parameters = spec.parameters
      .map(
        (p) =>
          `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ` (${t('help.optional')})` : ''}: ` +
          `${escapeHtml(text.parameters[p.name] ?? p.description)}</li>`,
      )
      .join('');
    return (
      `<section id="${escapeHtml(spec.name)}"><h2><code dir="ltr">${escapeHtml(syntaxOf(spec))}</code></h2>` +
      `<p>${escapeHtml(text.summary)}</p><ul>${parameters}</ul>` +
      `<p><strong>${t('help.returns')}</strong> ${escapeHtml(text.returns)}</p>` +
      `<p class="details">${escapeHtml(text.details)}</p>` +
      `<p><strong>${t('help.example')}</strong> <code dir="ltr">${escapeHtml(spec.example)}</code></p></section>`
    );
  });
  return (
    `<!DOCTYPE html><html lang="${language}" dir="${directionOf(language)}"><head><meta charset="utf-8"><style>` +
    'body{font:13px/1.5 Roboto,Arial,sans-serif;color:#202124;margin:0 16px}' +
    'h2{font-size:14px;margin:20px 0 4px}code{font-family:"Roboto Mono",monospace;background:#f1f3f4;padding:0 3px;unicode-bidi:isolate}' +
    '.details{color:#5f6368}section{border-bottom:1px solid #e0e0e0;padding-bottom:8px}' +
    '</style></head><body>' +
    entries.join('') +
    '</body></html>'
  );
}
