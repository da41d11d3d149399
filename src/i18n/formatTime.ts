/**
 * A moment written for a person: a date and time of day in their language,
 * on the spreadsheet's wall clock (its time zone, File > Settings), such as
 * "1 Dec 2026, 15:10" (en_GB), "Dec 1, 2026, 3:10 PM" (en_US),
 * "1 ธ.ค. 2026 15:10" or "2026年12月1日 15:10".
 *
 * Words, digits and order come from Intl.DateTimeFormat in the person's own
 * locale when it is of the language shown (en_GB for English), else in the
 * language's usual one. The calendar is the Gregorian one in every language,
 * as the dates in the sheet are (Intl would write Thai dates in the Buddhist
 * era and Persian ones in the Solar Hijri calendar). Where Intl is missing,
 * or knows neither the locale nor the zone, the time is written
 * "2026-12-01 15:10" on the zone's wall clock, which reads the same in every
 * language (the zone then needs an offset source of its own, as
 * src/addon/spreadsheetTimeZone.ts gives one from Utilities.formatDate).
 */

import { civilFromDays } from '../time/civilDays';
import type { TimeZone } from '../time/timeZone';
import { type Language, languageOfLocale } from './language';

/** The locale each language is written in when the person's own locale is of another language. */
const LOCALE_OF_LANGUAGE: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  th: 'th-TH',
  fa: 'fa-IR',
  'zh-TW': 'zh-TW',
};

/** "en_GB" (Apps Script's form, Session.getActiveUserLocale) as "en-GB" (BCP 47, Intl's form). */
function bcp47(locale: string): string {
  return locale.trim().replace(/_/g, '-');
}

/** The locale to write in: the person's when it is of the language shown, else the language's own. */
export function localeFor(language: Language, userLocale?: string): string {
  return userLocale !== undefined && userLocale.trim() !== '' && languageOfLocale(userLocale) === language
    ? bcp47(userLocale)
    : LOCALE_OF_LANGUAGE[language];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant on the zone's wall clock as "yyyy-mm-dd hh:mm", without Intl. */
export function wallClockText(instantMs: number, zone: TimeZone): string {
  const localDay = zone.localDayOf(instantMs);
  const { year, month, day } = civilFromDays(localDay);
  const minutes = Math.floor(Math.round((localDay - Math.floor(localDay)) * 1440 * 60) / 60);
  return `${year}-${pad(month)}-${pad(day)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A date and time of day (to the minute) of the instant, for a person reading the language, in the zone. */
export function formatDateTime(instantMs: number, language: Language, zone: TimeZone, userLocale?: string): string {
  if (typeof Intl === 'object' && Intl !== null && typeof Intl.DateTimeFormat === 'function') {
    try {
      return new Intl.DateTimeFormat(`${localeFor(language, userLocale)}-u-ca-gregory`, {
        timeZone: zone.name,
        // The locale's own medium date and short time: "1 Dec 2026, 09:05" in en-GB, "Dec 1, 2026, 9:05 AM" in en-US.
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(instantMs);
    } catch {
      // A locale or zone Intl does not know: the wall-clock form below.
    }
  }
  return wallClockText(instantMs, zone);
}
