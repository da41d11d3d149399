/**
 * The "computed on" time as a person reads it: their language, the
 * spreadsheet's time zone (never the machine's: these tests run under two
 * machine zones), the Gregorian calendar, and a plain wall-clock form when
 * Intl is missing or does not know the zone.
 */

import { formatDateTime, localeFor, wallClockText } from '../../src/i18n/formatTime';
import { TimeZone } from '../../src/time/timeZone';

/** 1 December 2026, 14:10 UTC: 15:10 in Amsterdam, 19:55 in Kathmandu. */
const INSTANT = Date.UTC(2026, 11, 1, 14, 10);
const AMSTERDAM = new TimeZone('Europe/Amsterdam');
const KATHMANDU = new TimeZone('Asia/Kathmandu');
/** Intl writes spaces before "PM" and in some languages as no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDateTime', () => {
  it('writes the date and time of day on the spreadsheet’s wall clock, in the person’s own English', () => {
    expect(formatDateTime(INSTANT, 'en', AMSTERDAM, 'en_GB')).toBe('1 Dec 2026, 15:10');
    expect(plain(formatDateTime(INSTANT, 'en', AMSTERDAM, 'en_US'))).toBe('Dec 1, 2026, 3:10 PM');
    expect(formatDateTime(INSTANT, 'en', KATHMANDU, 'en_GB')).toBe('1 Dec 2026, 19:55');
    // The same instant is another day east of the date line.
    expect(formatDateTime(Date.UTC(2026, 11, 1, 23, 30), 'en', new TimeZone('Pacific/Auckland'), 'en_GB')).toBe(
      '2 Dec 2026, 12:30',
    );
  });

  it('follows daylight saving time in the zone', () => {
    // Amsterdam is UTC+2 in summer, UTC+1 in winter.
    expect(formatDateTime(Date.UTC(2026, 6, 1, 8, 0), 'en', AMSTERDAM, 'en_GB')).toBe('1 Jul 2026, 10:00');
    expect(formatDateTime(Date.UTC(2026, 0, 1, 8, 0), 'en', AMSTERDAM, 'en_GB')).toBe('1 Jan 2026, 09:00');
  });

  it('writes each language in its own words and digits, on the Gregorian calendar as the sheet’s dates are', () => {
    const thai = formatDateTime(INSTANT, 'th', AMSTERDAM, 'th');
    expect(thai).toContain('ธ.ค.');
    expect(thai).toContain('2026');
    expect(thai).not.toContain('2569'); // not the Buddhist era
    const persian = formatDateTime(INSTANT, 'fa', AMSTERDAM, 'fa_IR');
    expect(persian).toContain('دسامبر');
    expect(persian).toContain('۲۰۲۶');
    expect(persian).toContain('۱۵:۱۰');
    expect(persian).not.toContain('۱۴۰۵'); // not the Solar Hijri year
    expect(plain(formatDateTime(INSTANT, 'zh-TW', AMSTERDAM, 'zh_TW'))).toMatch(/^2026年12月1日 .*3:10$/);
  });

  it('writes the shown language in its usual locale when the person’s locale is of another language', () => {
    expect(localeFor('en', 'th')).toBe('en-GB');
    expect(localeFor('en', 'en_AU')).toBe('en-AU');
    expect(localeFor('fa', undefined)).toBe('fa-IR');
    expect(localeFor('zh-TW', 'zh_HK')).toBe('zh-HK');
    expect(formatDateTime(INSTANT, 'en', AMSTERDAM, 'th')).toBe('1 Dec 2026, 15:10');
  });

  it('falls back on "yyyy-mm-dd hh:mm" on the wall clock when Intl knows neither the zone nor is there', () => {
    // A zone Intl has never heard of, with its offsets from elsewhere (Utilities.formatDate in Apps Script).
    const custom = new TimeZone('Offline/Plus0545', () => (5 * 60 + 45) * 60_000);
    expect(formatDateTime(INSTANT, 'en', custom, 'en_GB')).toBe('2026-12-01 19:55');
    const intl = globalThis.Intl;
    try {
      (globalThis as { Intl?: typeof Intl }).Intl = undefined;
      expect(formatDateTime(INSTANT, 'fa', custom, 'fa_IR')).toBe('2026-12-01 19:55');
    } finally {
      globalThis.Intl = intl;
    }
    expect(wallClockText(INSTANT, AMSTERDAM)).toBe('2026-12-01 15:10');
    expect(wallClockText(Date.UTC(2026, 11, 31, 23, 59, 59), new TimeZone('UTC'))).toBe('2026-12-31 23:59');
  });
});
