/**
 * What a table function declares it writes (TableOutput) is what it writes,
 * every word of it has a translation in each language, and the `language`
 * parameter translates headings and labels while leaving data alone.
 */

import { CATALOG } from '../../src/catalog';
import type { FunctionSpec } from '../../src/catalog/functionSpec';
import { translateWord } from '../../src/i18n/tableWords/tableWords';
import { callFunction } from '../support/callFunction';
import { BENCHMARK_CALLS } from '../support/benchmarkFixtures';
import { ORDER_CALLS } from '../support/orderFixtures';
import { PREDICTIVE_CALLS } from '../support/predictiveFixtures';
import { SEGMENT_CALLS } from '../support/segmentFixtures';
import { SUBSCRIPTION_CALLS } from '../support/subscriptionFixtures';
import { SURVEY_CALLS } from '../support/surveyFixtures';

const CALLS: Record<string, unknown[][]> = {
  ...SURVEY_CALLS,
  ...ORDER_CALLS,
  ...SEGMENT_CALLS,
  ...PREDICTIVE_CALLS,
  ...BENCHMARK_CALLS,
  ...SUBSCRIPTION_CALLS,
};
const LANGUAGES = ['th', 'fa', 'zh-TW'] as const;
const TABLES = CATALOG.filter((spec) => spec.output !== undefined).map((spec) => [spec.name, spec] as const);

/**
 * Whether a heading row is the declared one: fixed columns as written, and a
 * templated one ("Period {n}", "Cohort of {text}") standing for the run of
 * columns that follows, however long.
 */
function matchesHeadings(spec: FunctionSpec, row: readonly unknown[]): boolean {
  const columns = spec.output?.columns ?? [];
  const run = columns.findIndex((c) => /\{(n|text)\}/.test(c));
  const optional = new Set(spec.output?.optionalColumns ?? []);
  if (optional.size > 0) {
    // The declared columns in order, with some optional ones left out (and every required one there).
    let k = 0;
    for (const cell of row) {
      while (k < columns.length && columns[k] !== cell && optional.has(columns[k])) k++;
      if (columns[k] !== cell) return false;
      k++;
    }
    return columns.slice(k).every((c) => optional.has(c));
  }
  if (run === -1) return JSON.stringify(row) === JSON.stringify(columns);
  const template = new RegExp(
    `^${columns[run]
      .split(/\{(?:n|text)\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );
  return (
    columns.slice(0, run).every((c, i) => row[i] === c) &&
    row.slice(run).every((cell) => typeof cell === 'string' && template.test(cell))
  );
}

/** The arguments with language given, blanks for the optional parameters between. */
function inLanguage(name: string, args: readonly unknown[], language: string): unknown[] {
  const spec = CATALOG.find((s) => s.name === name) as FunctionSpec;
  return [...args, ...Array(spec.parameters.length - 1 - args.length).fill(''), language];
}

const wordsOf = (spec: FunctionSpec) => [
  ...(spec.output?.columns ?? []),
  ...(spec.output?.moreColumns ?? []).flat(),
  ...(spec.output?.labels ?? []),
];

describe.each(TABLES)('%s', (name, spec) => {
  it('writes the heading row it declares', () => {
    const calls = CALLS[name] ?? [];
    expect(calls.length).toBeGreaterThan(0);
    for (const args of calls) {
      const result = callFunction(name, args) as unknown[][];
      if (spec.output?.columns !== undefined)
        expect({ headings: result[0], ok: matchesHeadings(spec, result[0]) }).toEqual({
          headings: result[0],
          ok: true,
        });
    }
  });

  it.each(LANGUAGES)('has every word translated into %s', (language) => {
    const missing = wordsOf(spec).filter((word) => translateWord(word, language) === undefined);
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('writes its headings and labels in %s and leaves the data as it was', (language) => {
    for (const args of CALLS[name] ?? []) {
      const english = callFunction(name, args) as unknown[][];
      const translated = callFunction(name, inLanguage(name, args, language)) as unknown[][];
      expect(translated.length).toBe(english.length);
      const words = new Set(wordsOf(spec));
      english.forEach((row, r) =>
        row.forEach((cell, c) => {
          const other = translated[r][c];
          if (typeof cell === 'string' && (words.has(cell) || (r === 0 && spec.output?.columns !== undefined))) {
            expect(other).toBe(translateWord(cell, language));
          } else if (typeof cell !== 'string' || !/^(Period|fewer than|no |\d+ segments|p-value)/.test(cell)) {
            expect(other).toEqual(cell);
          }
        }),
      );
    }
  });
});

describe('the language parameter', () => {
  it('is the last parameter of every table function, and refuses a language it does not have', () => {
    for (const [, spec] of TABLES) expect(spec.parameters[spec.parameters.length - 1].name).toBe('language');
    expect(() => callFunction('NPS_TREND', inLanguage('NPS_TREND', SURVEY_CALLS.NPS_TREND[0], 'de'))).toThrow(
      'NPS_TREND: language is "de"; use one of "en", "th", "fa", "zh-tw"',
    );
  });

  it('leaves a segment named like a heading alone', () => {
    const segments = [['Plan'], ['NPS'], ['Responses'], ['NPS']];
    const scores = [['Score'], [9], [3], [10]];
    const table = callFunction('NPS_BY', inLanguage('NPS_BY', [segments, scores], 'th')) as unknown[][];
    expect(table.slice(1).map((row) => row[0])).toEqual(['NPS', 'Responses']);
  });
});

describe('translateWord', () => {
  it('keeps the words a template fills in exactly, whatever characters they hold', () => {
    for (const language of LANGUAGES) {
      expect(translateWord('Cohort of A$&B', language)).toContain('A$&B');
      expect(translateWord('Cohort of {n} {text}', language)).toContain('{n} {text}');
    }
  });
});
