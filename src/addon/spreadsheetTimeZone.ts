/**
 * The spreadsheet's time zone and locale, which custom functions may read
 * (SpreadsheetApp.getActive().getSpreadsheetTimeZone() and
 * getSpreadsheetLocale()); dates in the sheet are wall-clock dates in that
 * zone, numbers typed as text follow that locale. Falls back to the script's
 * zone and en_US when no spreadsheet is active (a script run from the editor).
 *
 * Offsets come from Intl when its data has the zone and agrees with Apps
 * Script's own clock (Utilities.formatDate(date, zone, "Z"), checked once per
 * execution at the current instant); otherwise from Utilities.formatDate, so
 * that a runtime without Intl time-zone data still buckets dates correctly.
 */

import { numberFormatOf, type NumberFormat } from '../input/sheetsLocales';
import { intlOffsetSource, type OffsetSource, TimeZone, timeZoneNamed } from '../time/timeZone';
import { appsScript } from './appsScriptApi';

export function spreadsheetTimeZone(): TimeZone {
  const spreadsheet = appsScript.spreadsheetApp().getActive();
  const name = spreadsheet ? spreadsheet.getSpreadsheetTimeZone() : appsScript.session().getScriptTimeZone();
  return timeZoneNamed(name, makeZone);
}

export function spreadsheetNumberFormat(): NumberFormat {
  const spreadsheet = appsScript.spreadsheetApp().getActive();
  return numberFormatOf(spreadsheet ? spreadsheet.getSpreadsheetLocale() : 'en_US');
}

/** The zone with Intl's offsets when they agree with Utilities.formatDate now, else with Utilities' own. */
function makeZone(name: string): TimeZone {
  const utilities = utilitiesOffsetSource(name);
  const now = Math.floor(Date.now() / 1000) * 1000;
  try {
    const intl = intlOffsetSource(name);
    if (intl(now) === utilities(now)) return new TimeZone(name, intl);
  } catch {
    // No Intl, or no data for this zone: Utilities below.
  }
  return new TimeZone(name, utilities);
}

/** Offsets from Utilities.formatDate(date, zone, "Z"), which prints them as +0700 or -0330. */
export function utilitiesOffsetSource(name: string): OffsetSource {
  const utilities = appsScript.utilities();
  return (wholeSecond) => {
    const text = utilities.formatDate(new Date(wholeSecond), name, 'Z');
    const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
    if (match === null) throw new Error(`Utilities.formatDate gave the offset "${text}" for ${name}`);
    const sign = match[1] === '-' ? -1 : 1;
    return sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
  };
}
