import type { TableWords } from './tableWords';

/** The table functions' words in zhTW: see tableWords.ts. */
export const ZH_TW_TABLE_WORDS: TableWords = {};
