import type { TableWords } from './tableWords';

/** The table functions' words in th: see tableWords.ts. */
export const TH_TABLE_WORDS: TableWords = {};
