/**
 * Which character separates a formula's arguments in this spreadsheet: ","
 * in 28 of Sheets' locales, ";" in the others, where "," is the decimal mark
 * and a formula written with "," does not parse (src/input/sheetsLocales.ts).
 * Rather than trust a table alone, the dashboard writer asks the spreadsheet:
 * it writes =SUM(1,2) into a cell of the sheet it has just created and reads
 * the value back after SpreadsheetApp.flush(): 3 where "," separates
 * arguments, 1.2 (or a parse error) where it is the decimal mark. When the
 * answer is anything else, the locale's known convention decides.
 */

import { type ArgumentSeparator, argumentSeparatorOf } from '../input/sheetsLocales';
import { appsScript, type SheetApi } from './appsScriptApi';

export function probeArgumentSeparator(sheet: SheetApi, locale: string): ArgumentSeparator {
  const cell = sheet.getRange(1, 1);
  try {
    cell.setFormula('=SUM(1,2)');
    appsScript.spreadsheetApp().flush();
    const value = cell.getValue();
    if (value === 3) return ',';
    if (value === 1.2 || (typeof value === 'string' && value.startsWith('#'))) return ';';
  } catch {
    // A spreadsheet that refuses the probe: the locale decides.
  } finally {
    cell.clearContent();
  }
  return argumentSeparatorOf(locale);
}
