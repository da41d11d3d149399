/**
 * The words the add-on's table functions write (headings, row labels,
 * segment names, notes), translated: one dictionary per language, from the
 * English each function declares in its catalog entry (TableOutput), shared
 * by every function that writes the same word. A key may hold "{n}" (a
 * number) or "{text}" (other words), which the translation keeps:
 * "Period {n}" -> "งวด {n}".
 */

import type { Language } from '../language';
import { FA_TABLE_WORDS } from './fa';
import { TH_TABLE_WORDS } from './th';
import { ZH_TW_TABLE_WORDS } from './zhTW';

export type TableWords = Readonly<Record<string, string>>;

export const TABLE_WORDS: Readonly<Record<Exclude<Language, 'en'>, TableWords>> = {
  th: TH_TABLE_WORDS,
  fa: FA_TABLE_WORDS,
  'zh-TW': ZH_TW_TABLE_WORDS,
};

interface Pattern {
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly translation: string;
}

const PLACEHOLDER = /\{(n|text)\}/g;
const compiled = new Map<Language, { exact: Map<string, string>; patterns: Pattern[] }>();

function dictionaryOf(language: Exclude<Language, 'en'>): { exact: Map<string, string>; patterns: Pattern[] } {
  let entry = compiled.get(language);
  if (entry === undefined) {
    const exact = new Map<string, string>();
    const patterns: Pattern[] = [];
    for (const [english, translation] of Object.entries(TABLE_WORDS[language])) {
      // A template is also its own word: "Period {n}" itself reads "งวด {n}".
      exact.set(english, translation);
      if (!PLACEHOLDER.test(english)) continue;
      PLACEHOLDER.lastIndex = 0;
      const names: string[] = [];
      const source = english
        .split(PLACEHOLDER)
        .map((part, i) => {
          if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(part);
          return part === 'n' ? '(-?\\d[\\d.,]*)' : '(.+?)';
        })
        .join('');
      patterns.push({ pattern: new RegExp(`^${source}$`), names, translation });
    }
    entry = { exact, patterns };
    compiled.set(language, entry);
  }
  return entry;
}

/** A word in the language, or undefined when the dictionary lacks it. */
export function translateWord(english: string, language: Language): string | undefined {
  if (language === 'en') return english;
  const { exact, patterns } = dictionaryOf(language);
  const found = exact.get(english);
  if (found !== undefined) return found;
  for (const { pattern, names, translation } of patterns) {
    const match = pattern.exec(english);
    if (match === null) continue;
    // One pass, each placeholder taking the next value of its name, given by a function so that a value is
    // written as it is: a string replacement would read "$&" or "$'" in it as a pattern, and a value that holds
    // "{n}" or "{text}" would be filled in again by the next placeholder.
    const values = names.map((name, i) => ({ name, value: match[i + 1] }));
    return translation.replace(/\{(n|text)\}/g, (whole, name: string) => {
      const next = values.findIndex((entry) => entry.name === name);
      return next === -1 ? whole : values.splice(next, 1)[0].value;
    });
  }
  return undefined;
}
