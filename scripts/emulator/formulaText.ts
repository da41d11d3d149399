/**
 * Formula text as the engine needs it. Sheets reads an open-ended range such
 * as Responses!C2:C as "from row 2 to the last row"; HyperFormula has whole
 * columns (C:C) but not that form, so such ranges are closed at the
 * referenced sheet's current last row before the formula reaches the engine.
 * The workbook keeps the formula as written (what getFormulas returns and the
 * playground shows) and re-closes it whenever that sheet grows.
 */

import { splitSheetName } from './a1Notation';

/**
 * An open range: an optional sheet prefix (plain or quoted), a start cell, and
 * an end column with no row. Not preceded by a letter, digit or dot (so
 * function names and longer references are left alone).
 */
const OPEN_RANGE =
  /(?<![A-Za-z0-9_.$])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?(\d+)):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_$(!])/g;

/** Sheet names a formula refers to ('' for references without a sheet name). */
export function referencedSheets(formula: string): Set<string> {
  const names = new Set<string>();
  outsideStrings(formula, (code) => {
    for (const match of code.matchAll(
      /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?(?![A-Za-z0-9_(])/g,
    )) {
      names.add(match[1] === undefined ? '' : (splitSheetName(`${match[1]}A1`).sheetName ?? ''));
    }
    return code;
  });
  return names;
}

/** True when the formula holds an open-ended range such as C2:C. */
export function hasOpenRange(formula: string): boolean {
  let found = false;
  outsideStrings(formula, (code) => {
    OPEN_RANGE.lastIndex = 0;
    found ||= OPEN_RANGE.test(code);
    return code;
  });
  return found;
}

/**
 * Closes open-ended ranges at the last row of the sheet they refer to
 * (`lastRow('')` is the formula's own sheet), never above the start row.
 */
export function closeOpenRanges(formula: string, lastRow: (sheetName: string) => number): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      OPEN_RANGE,
      (_match, prefix: string | undefined, start: string, startRow: string, endColumn: string) => {
        const sheet = prefix === undefined ? '' : (splitSheetName(`${prefix}A1`).sheetName ?? '');
        const end = Math.max(Number(startRow), lastRow(sheet));
        return `${prefix ?? ''}${start}:${endColumn}${end}`;
      },
    ),
  );
}

/** Applies a rewrite to the parts of a formula outside string literals ("..." with "" as an escaped quote). */
function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join('');
}

/**
 * A formula written in en_US syntax, as a person in the locale would type it:
 * where ";" separates arguments, "," becomes ";" and the decimal point the
 * locale's decimal mark ("=ROUND(A1, 0.5)" is "=ROUND(A1; 0,5)" in de_DE).
 * For fixtures (the example workbook in another locale); text in quotes is
 * left alone.
 */
export function localizeFormula(formula: string, separator: ',' | ';', decimal: '.' | ','): string {
  if (separator === ',') return formula;
  return outsideStrings(formula, (code) =>
    code.replace(/,/g, ';').replace(/(\d)\.(\d)/g, (_match, a: string, b: string) => `${a}${decimal}${b}`),
  );
}
