/**
 * The store that outlives one execution: the document cache (CacheService),
 * shared by every cell and every person of the spreadsheet, which custom
 * functions may use (https://developers.google.com/apps-script/guides/sheets/functions,
 * "Using Apps Script services": Cache is available). Values expire after six
 * hours, the longest the service keeps them
 * (https://developers.google.com/apps-script/reference/cache/cache, put(key,
 * value, expirationInSeconds): "The maximum is 21600 (6 hours)").
 */

import type { KeyValueStore } from '../input/callContext';
import { appsScript } from './appsScriptApi';

const SIX_HOURS = 21_600;

/** The document cache as a store, or undefined where there is none (a script not bound to a document). */
export function documentStore(): KeyValueStore | undefined {
  const cache = appsScript.cacheService().getDocumentCache();
  if (cache === null) return undefined;
  return {
    get: (key) => cache.get(key),
    put: (key, value) => cache.put(key, value, SIX_HOURS),
  };
}
