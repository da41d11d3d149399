/**
 * The spreadsheet's time zone, which custom functions may read
 * (SpreadsheetApp.getActive().getSpreadsheetTimeZone()); dates in the sheet
 * are wall-clock dates in that zone. Falls back to the script's zone when no
 * spreadsheet is active (a script run from the editor).
 */

import { type TimeZone, timeZoneNamed } from '../time/timeZone';
import { appsScript } from './appsScriptApi';

export function spreadsheetTimeZone(): TimeZone {
  const spreadsheet = appsScript.spreadsheetApp().getActive();
  const name = spreadsheet ? spreadsheet.getSpreadsheetTimeZone() : appsScript.session().getScriptTimeZone();
  return timeZoneNamed(name);
}
