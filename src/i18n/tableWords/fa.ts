import type { TableWords } from './tableWords';

/** The table functions' words in fa: see tableWords.ts. */
export const FA_TABLE_WORDS: TableWords = {};
