/**
 * The Apps Script services other than SpreadsheetApp, as the add-on uses
 * them, for one offline document: its HTML files are the built dist/*.html,
 * its properties, lock and cache live in memory.
 */

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  AppsScriptServices,
  CacheApi,
  CacheServiceApi,
  ChartsApi,
  HtmlServiceApi,
  LockApi,
  LockServiceApi,
  PropertiesApi,
  PropertiesServiceApi,
  SessionApi,
  UtilitiesApi,
} from '../../src/addon/appsScriptApi';
import { DIST } from '../lib/paths';
import { EmulatedHtmlOutput, EmulatedSpreadsheetApp, type UiRecorder } from './spreadsheetApp';
import { utcOffsetMs } from './wallClock';
import type { Workbook } from './workbook';

export class EmulatedHtmlService implements HtmlServiceApi {
  createHtmlOutput(html: string): EmulatedHtmlOutput {
    return new EmulatedHtmlOutput(html);
  }
  /** Reads an HTML file of the script project: dist/<name>.html, as clasp pushed it. */
  createHtmlOutputFromFile(filename: string): EmulatedHtmlOutput {
    const path = resolve(DIST, `${filename.replace(/\.html$/, '')}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${filename} was found.`);
    return new EmulatedHtmlOutput(readFileSync(path, 'utf8'));
  }
}

export class EmulatedProperties implements PropertiesApi {
  private readonly entries = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.entries);
  }
  setProperty(key: string, value: string): EmulatedProperties {
    // Properties are stored as text, whatever was passed.
    this.entries.set(key, String(value));
    return this;
  }
  setProperties(properties: { [key: string]: string }): EmulatedProperties {
    for (const [key, value] of Object.entries(properties)) this.setProperty(key, value);
    return this;
  }
  deleteProperty(key: string): EmulatedProperties {
    this.entries.delete(key);
    return this;
  }
}

export class EmulatedPropertiesService implements PropertiesServiceApi {
  readonly document = new EmulatedProperties();
  readonly user = new EmulatedProperties();

  getDocumentProperties(): EmulatedProperties {
    return this.document;
  }
  getUserProperties(): EmulatedProperties {
    return this.user;
  }
}

/**
 * The document lock. Executions here run one at a time, so a lock is only
 * ever contended within one execution; the emulation counts acquisitions so a
 * test can see that writes took the lock.
 */
export class EmulatedLock implements LockApi {
  private held = false;
  acquisitions = 0;

  tryLock(_timeoutInMillis: number): boolean {
    if (this.held) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    // Apps Script's message when the lock cannot be had in time.
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}

export class EmulatedLockService implements LockServiceApi {
  readonly documentLock = new EmulatedLock();

  getDocumentLock(): EmulatedLock {
    return this.documentLock;
  }
}

/**
 * A cache with Apps Script's limits (https://developers.google.com/apps-script/reference/cache/cache):
 * keys of at most 250 characters, values of at most 100 KB, entries kept at
 * most 21,600 s (6 hours, 600 s when not given), at most 1,000 entries (past
 * that the 900 farthest from expiring are kept). A put beyond a limit fails,
 * as it does there; a get may always miss, so the add-on must not depend on
 * a hit.
 */
export class EmulatedCache implements CacheApi {
  static readonly MAX_KEY_LENGTH = 250;
  static readonly MAX_VALUE_BYTES = 100 * 1024;
  static readonly MAX_SECONDS = 21_600;
  static readonly MAX_ENTRIES = 1000;
  private readonly entries = new Map<string, { value: string; expires: number }>();
  puts = 0;
  hits = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): string | null {
    const entry = this.entries.get(String(key));
    if (entry === undefined || entry.expires <= this.now()) return null;
    this.hits++;
    return entry.value;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    const text = String(value);
    if (String(key).length > EmulatedCache.MAX_KEY_LENGTH) throw new Error('Argument too large: key');
    if (Buffer.byteLength(text, 'utf8') > EmulatedCache.MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    if (!(expirationInSeconds >= 1 && expirationInSeconds <= EmulatedCache.MAX_SECONDS))
      throw new Error(`Invalid argument: expirationInSeconds (${expirationInSeconds})`);
    this.puts++;
    this.entries.set(String(key), { value: text, expires: this.now() + expirationInSeconds * 1000 });
    if (this.entries.size > EmulatedCache.MAX_ENTRIES) {
      const kept = [...this.entries].sort((a, b) => b[1].expires - a[1].expires).slice(0, 900);
      this.entries.clear();
      for (const [k, entry] of kept) this.entries.set(k, entry);
    }
  }
  remove(key: string): void {
    this.entries.delete(String(key));
  }
}

export class EmulatedCacheService implements CacheServiceApi {
  readonly cache = new EmulatedCache();

  getDocumentCache(): EmulatedCache {
    return this.cache;
  }
}

export class EmulatedSession implements SessionApi {
  constructor(
    private readonly userLocale: string,
    private readonly scriptTimeZone: string,
  ) {}

  getActiveUserLocale(): string {
    return this.userLocale;
  }
  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
}

/**
 * Utilities.formatDate for the patterns the add-on uses (SimpleDateFormat
 * letters: yyyy MM dd HH mm ss and Z, which prints the offset as +0700).
 * Offsets come from the harness's own Intl reading (wallClock.ts), not from
 * src/time, so the add-on's fallback is checked against something else.
 */
export class EmulatedUtilities implements UtilitiesApi {
  formatDate(date: Date, timeZone: string, format: string): string {
    const ms = date.getTime();
    const offset = utcOffsetMs(timeZone, ms);
    const wall = new Date(ms + offset);
    const two = (n: number) => String(n).padStart(2, '0');
    const sign = offset < 0 ? '-' : '+';
    const minutes = Math.abs(Math.round(offset / 60_000));
    const fields: Record<string, string> = {
      yyyy: String(wall.getUTCFullYear()).padStart(4, '0'),
      MM: two(wall.getUTCMonth() + 1),
      dd: two(wall.getUTCDate()),
      HH: two(wall.getUTCHours()),
      mm: two(wall.getUTCMinutes()),
      ss: two(wall.getUTCSeconds()),
      Z: `${sign}${two(Math.floor(minutes / 60))}${two(minutes % 60)}`,
    };
    return format.replace(/yyyy|MM|dd|HH|mm|ss|Z|[A-Za-z]/g, (token) => {
      const value = fields[token];
      if (value === undefined)
        throw new Error(`The emulation's Utilities.formatDate does not know the pattern letter ${token}.`);
      return value;
    });
  }
}

const CHART_TYPES = ['AREA', 'BAR', 'COLUMN', 'COMBO', 'HISTOGRAM', 'LINE', 'PIE', 'SCATTER', 'TABLE'];

/** Charts.ChartType: enum objects print as their names in Apps Script; here they are the names. */
export const EMULATED_CHARTS: ChartsApi = {
  ChartType: Object.fromEntries(
    CHART_TYPES.map((name) => [name, name]),
  ) as unknown as typeof GoogleAppsScript.Charts.ChartType,
};

export interface EmulatedServices extends AppsScriptServices {
  readonly SpreadsheetApp: EmulatedSpreadsheetApp;
  readonly CacheService: EmulatedCacheService;
  readonly PropertiesService: EmulatedPropertiesService;
  readonly LockService: EmulatedLockService;
}

export interface ServiceOptions {
  /** The user's locale, as Session.getActiveUserLocale() returns it ("en", "th", "fa", "zh_TW"). */
  readonly userLocale: string;
  /** The script project's time zone (appsscript.json), not the spreadsheet's. */
  readonly scriptTimeZone: string;
}

export function createServices(workbook: Workbook, ui: UiRecorder, options: ServiceOptions): EmulatedServices {
  return {
    SpreadsheetApp: new EmulatedSpreadsheetApp(workbook, ui),
    Charts: EMULATED_CHARTS,
    HtmlService: new EmulatedHtmlService(),
    PropertiesService: new EmulatedPropertiesService(),
    Session: new EmulatedSession(options.userLocale, options.scriptTimeZone),
    LockService: new EmulatedLockService(),
    CacheService: new EmulatedCacheService(),
    Utilities: new EmulatedUtilities(),
  };
}
