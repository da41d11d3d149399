/**
 * The "Function help" dialog: the catalog as a page, in the person's
 * language, with an index by family, a search field that filters as one
 * types, and Esc to close (the dialog is served with showModalDialog).
 */

import type { CatalogFamily, FamilyId } from '../catalog';
import type { FunctionSpec } from '../catalog/functionSpec';
import { directionOf, format, type Language } from '../i18n/language';
import type { MessageKey } from '../i18n/messages/en';
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

const FAMILY_NAMES: Readonly<Record<FamilyId, MessageKey>> = {
  survey: 'family.survey',
  customers: 'family.customers',
  orders: 'family.orders',
  segments: 'family.segments',
  impact: 'family.impact',
  predictive: 'family.predictive',
  benchmarks: 'family.benchmarks',
};

/**
 * The dialog's own script: filters the functions as the person types (every
 * word must occur in a function's name, summary or parameters, compared
 * without case, with Persian and Arabic letter forms and the zero-width
 * non-joiner made alike), and closes the dialog on Esc, as
 * google.script.host.close() does for a dialog. It reads the text of the page
 * only; nothing from the catalog is part of the script.
 */
const SEARCH_SCRIPT = String.raw`(function () {
  var input = document.getElementById('search');
  var none = document.getElementById('no-match');
  var functions = Array.prototype.slice.call(document.querySelectorAll('section.function'));
  var families = Array.prototype.slice.call(document.querySelectorAll('section.family'));
  var entries = Array.prototype.slice.call(document.querySelectorAll('#index li[data-function]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('#index .family-index'));
  function fold(text) {
    return (text.normalize ? text.normalize('NFKC') : text)
      .toLowerCase()
      .replace(/\u200c/g, '')
      .replace(/[\u064a\u0649]/g, '\u06cc')
      .replace(/\u0643/g, '\u06a9');
  }
  var texts = functions.map(function (section) {
    return fold(Array.prototype.map.call(section.querySelectorAll('[data-search]'), function (node) {
      return node.textContent;
    }).join(' '));
  });
  function filter() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = {};
    var count = 0;
    functions.forEach(function (section, i) {
      var match = words.every(function (word) { return texts[i].indexOf(word) >= 0; });
      section.hidden = !match;
      if (match) { shown[section.id] = true; count++; }
    });
    entries.forEach(function (entry) { entry.hidden = !shown[entry.getAttribute('data-function')]; });
    families.forEach(function (family) { family.hidden = !family.querySelector('section.function:not([hidden])'); });
    groups.forEach(function (group) { group.hidden = !group.querySelector('li[data-function]:not([hidden])'); });
    none.hidden = count > 0;
  }
  input.addEventListener('input', filter);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      google.script.host.close();
    }
  });
})();`;

const STYLE = [
  'body{font:13px/1.5 Roboto,Arial,sans-serif;color:#202124;margin:0}',
  '.bar{position:sticky;top:0;z-index:1;background:#fff;padding:12px 16px 8px;border-bottom:1px solid #e0e0e0}',
  '.bar input{box-sizing:border-box;width:100%;font:inherit;padding:6px 10px;border:1px solid #dadce0;border-radius:4px}',
  '.bar input:focus{outline:2px solid #1a73e8;outline-offset:-1px}',
  '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
  '#no-match{color:#5f6368;margin:8px 0 0}',
  'main,nav{padding:0 16px}',
  'nav h2{font-size:14px;margin:12px 0 4px}',
  '.family-index{margin:6px 0}',
  '.family-index h3{font-size:13px;font-weight:500;margin:0}',
  '.family-index ul{list-style:none;margin:2px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:2px 12px}',
  'a{color:#1a73e8;text-decoration:none}a:hover,a:focus-visible{text-decoration:underline}',
  '.family>h2{font-size:15px;margin:24px 0 0;padding-top:8px;border-top:2px solid #1a73e8}',
  // An index link scrolls its target clear of the sticky search bar.
  'section,nav{scroll-margin-top:64px}',
  '.to-index{font-size:12px}',
  'h3.name{font-size:14px;margin:16px 0 4px}',
  'code{font-family:"Roboto Mono",monospace;background:#f1f3f4;padding:0 3px;unicode-bidi:isolate}',
  '.details{color:#5f6368}section.function{border-bottom:1px solid #e0e0e0;padding-bottom:8px}',
  '.beyond{margin:12px 16px;padding:8px 12px;background:#f8f9fa;border-radius:4px}.beyond summary{cursor:pointer;font-weight:500}',
  '[hidden]{display:none!important}',
].join('');

/**
 * "Data too big for a sheet?": where the SQL is (the wizard's first step
 * writes it for the columns mapped), and the way back to a sheet with
 * Connected Sheets. Text only: the add-on makes no call to BigQuery.
 */
function beyondOneSheet(t: (key: MessageKey) => string): string {
  const steps = (['sql.step1', 'sql.step2', 'sql.step3', 'help.sqlFormulas'] as const).map(
    (key) => `<li>${t(key)}</li>`,
  );
  return (
    `<details id="beyond" class="beyond"><summary>${t('sql.summary')}</summary>` +
    `<p>${t('help.sqlIntro')}</p><ol>${steps.join('')}</ol></details>`
  );
}

/**
 * The dialog: a search field, an index of the functions by family, then each
 * family's functions. Every text from the catalog or the translations is
 * escaped (inserted as text); the page's own script is the constant above.
 */
export function functionHelpHtml(families: readonly CatalogFamily[], language: Language = 'en'): string {
  const t = (key: MessageKey) => escapeHtml(format(language, key));
  const index = families
    .map(
      (family) =>
        `<div class="family-index"><h3><a href="#family-${family.id}">${t(FAMILY_NAMES[family.id])}</a></h3><ul>` +
        family.functions
          .map(
            (spec) =>
              `<li data-function="${escapeHtml(spec.name)}"><a href="#${escapeHtml(spec.name)}" dir="ltr">` +
              `${escapeHtml(spec.name)}</a></li>`,
          )
          .join('') +
        '</ul></div>',
    )
    .join('');
  const sections = families.map((family) => {
    const entries = family.functions.map((spec) => {
      const text = helpTextOf(spec, language);
      const parameters = spec.parameters
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ` (${t('help.optional')})` : ''}: ` +
            `${escapeHtml(text.parameters[p.name] ?? p.description)}</li>`,
        )
        .join('');
      return (
        `<section id="${escapeHtml(spec.name)}" class="function">` +
        `<h3 class="name" data-search><code dir="ltr">${escapeHtml(syntaxOf(spec))}</code></h3>` +
        `<p class="summary" data-search>${escapeHtml(text.summary)}</p><ul class="parameters" data-search>${parameters}</ul>` +
        `<p><strong>${t('help.returns')}</strong> ${escapeHtml(text.returns)}</p>` +
        `<p class="details">${escapeHtml(text.details)}</p>` +
        `<p><strong>${t('help.example')}</strong> <code dir="ltr">${escapeHtml(spec.example)}</code></p></section>`
      );
    });
    return (
      `<section class="family" id="family-${family.id}" aria-labelledby="family-${family.id}-name">` +
      `<h2 id="family-${family.id}-name">${t(FAMILY_NAMES[family.id])}</h2>` +
      `<a class="to-index" href="#index">${t('help.toIndex')}</a>${entries.join('')}</section>`
    );
  });
  return (
    `<!DOCTYPE html><html lang="${language}" dir="${directionOf(language)}"><head><meta charset="utf-8">` +
    `<style>${STYLE}</style></head><body>` +
    `<header class="bar"><label><span class="visually-hidden">${t('help.search')}</span>` +
    `<input id="search" type="search" placeholder="${t('help.search')}" autocomplete="off" autofocus></label>` +
    `<p id="no-match" role="status" hidden>${t('help.noMatch')}</p></header>` +
    `<nav id="index" aria-labelledby="index-name"><h2 id="index-name">${t('help.index')}</h2>${index}</nav>` +
    beyondOneSheet(t) +
    `<main id="functions">${sections.join('')}</main>` +
    `<script>${SEARCH_SCRIPT}</script></body></html>`
  );
}
