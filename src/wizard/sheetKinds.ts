/**
 * Whether a sheet looks like data the wizard should start from: rows of
 * values under a heading, as an export or a list kept by hand is. A sheet of
 * results is not: one whose formulas call the add-on's functions (a summary,
 * a sheet of metrics; their spilled tables are values without formulas, so
 * the formulas themselves say it), one where formulas fill much of it, one
 * without a heading that holds formulas, a heading with nothing under it, an
 * empty sheet. The wizard lists such sheets unticked, so that a newcomer
 * whose spreadsheet opens on a summary does not map "Survey" as a customer id.
 */

import { type CellValue, isBlank } from '../input/cells';
import { detectHeaderRow } from './detectHeaderRow';

/** Data rows the decision needs below the heading (or from row 1 without one). */
const MIN_DATA_ROWS = 3;
/** A data row has at least this many filled cells. */
const MIN_FILLED_CELLS = 2;
/**
 * More than this share of the filled cells below the heading being formulas
 * makes a sheet of results: a summary of a label and a formula per row is
 * half formulas; a list kept by hand with one computed column in four is data.
 */
const MAX_FORMULA_SHARE = 0.25;

/**
 * `values` and `formulas` are the sheet's first rows as getValues() and
 * getFormulas() return them (a formula cell's text starts with "=", others
 * are ""); a few dozen rows are enough. `functionNames` are the add-on's
 * custom functions.
 */
export function looksLikeData(
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly string[])[],
  functionNames: ReadonlySet<string>,
): boolean {
  const calls = /([A-Z][A-Z0-9_]*)\s*\(/g;
  for (const row of formulas)
    for (const formula of row)
      for (const [, name] of formula.toUpperCase().matchAll(calls)) if (functionNames.has(name)) return false;
  const header = detectHeaderRow(values);
  let dataRows = 0;
  let filled = 0;
  let formulaCells = 0;
  for (let r = header + 1; r < values.length; r++) {
    let inRow = 0;
    values[r].forEach((cell, c) => {
      const formula = formulas[r]?.[c] ?? '';
      if (isBlank(cell) && formula === '') return;
      inRow++;
      if (formula !== '') formulaCells++;
    });
    filled += inRow;
    if (inRow >= MIN_FILLED_CELLS) dataRows++;
  }
  if (header === -1 && formulaCells > 0) return false;
  return dataRows >= MIN_DATA_ROWS && formulaCells <= MAX_FORMULA_SHARE * filled;
}
