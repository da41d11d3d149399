/**
 * Every table function's last parameter, `language`: the table's headings
 * and the function's own words in the person's language, so that a Thai,
 * Persian or Chinese dashboard, live or snapshot, reads in that language. The
 * function computes in English as always; its declared words (TableOutput) are
 * then replaced, cell by cell, by their translation (src/i18n/tableWords).
 * Data is never touched: only the heading rows, and cells that hold one of
 * the function's own words.
 */

import { LANGUAGES, type Language } from '../i18n/language';
import { translateWord } from '../i18n/tableWords/tableWords';
import type { CellResult, OutputCell } from '../input/cells';
import { readChoice } from '../input/options';
import type { FunctionSpec, ParameterSpec, TableOutput } from './functionSpec';

export const LANGUAGE_PARAMETER: ParameterSpec = {
  name: 'language',
  description: 'The language of the headings and labels: "en" (English), "th", "fa" or "zh-TW"; "en" if blank.',
  kind: 'value',
  optional: true,
};

const CHOICES = LANGUAGES.map((language) => language.toLowerCase());

/** The function with its `language` parameter, when it returns a table. */
export function withLanguage(spec: FunctionSpec): FunctionSpec {
  const output = spec.output;
  if (output === undefined) return spec;
  const count = spec.parameters.length;
  return {
    ...spec,
    parameters: [...spec.parameters, LANGUAGE_PARAMETER],
    compute(args, context) {
      const choice = readChoice(context.functionName, 'language', args[count], CHOICES, 'en');
      const language = LANGUAGES[CHOICES.indexOf(choice)];
      const result = spec.compute(args.slice(0, count), context);
      return language === 'en' ? result : translateTable(result, output, language);
    },
  };
}

/** A result with its heading rows and its own words in the language (English where no translation exists). */
export function translateTable(result: CellResult, output: TableOutput, language: Language): CellResult {
  if (!Array.isArray(result)) return result;
  const isLabel = labelTest(output.labels ?? []);
  const isHeadingRow = (row: readonly OutputCell[], r: number) =>
    (r === 0 && output.columns !== undefined) ||
    (output.moreColumns ?? []).some((columns) => columns.every((heading, c) => row[c] === heading));
  const word = (cell: OutputCell) => (typeof cell === 'string' ? (translateWord(cell, language) ?? cell) : cell);
  return result.map((row, r) =>
    isHeadingRow(row, r)
      ? row.map(word)
      : row.map((cell) => (typeof cell === 'string' && cell !== '' && isLabel(cell) ? word(cell) : cell)),
  );
}

/** Whether a cell holds one of the labels, a templated one ("{n} segments tested: ...") filled in included. */
function labelTest(labels: readonly string[]): (text: string) => boolean {
  const exact = new Set(labels.filter((label) => !label.includes('{')));
  const templates = labels
    .filter((label) => label.includes('{'))
    .map(
      (label) =>
        new RegExp(
          `^${label
            .split(/\{(?:n|text)\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('(.+?)')}$`,
        ),
    );
  return (text) => exact.has(text) || templates.some((template) => template.test(text));
}
