/**
 * Which row of a sheet holds its headings. Exports put them in row 1, but some
 * sheets start with a title or a blank row, and some have no headings at all.
 */

import { type CellValue, isBlank } from '../input/cells';
import { parseIsoDateText } from '../input/isoDateText';
import { parseNumericText } from '../input/numericText';
import { rolesNamedBy } from './proposeRoles';

/** Headings sit near the top: a title and a blank line at most, in practice. */
const ROWS_SEARCHED = 10;

const isTextLabel = (cell: CellValue): boolean =>
  typeof cell === 'string' && parseIsoDateText(cell) === null && Number.isNaN(parseNumericText(cell));

const isTypedValue = (cell: CellValue): boolean => !isBlank(cell) && !isTextLabel(cell);

/**
 * The 0-based index of the heading row among `rows` (the sheet's first rows),
 * or -1 when there is none. A heading row is the first row, not a title (one
 * cell above a blank row or above wider rows), made only of text, where a heading names a
 * role or a row below it holds a number or date under one of its text cells.
 */
export function detectHeaderRow(rows: readonly (readonly CellValue[])[]): number {
  const searched = rows.slice(0, ROWS_SEARCHED);
  for (let r = 0; r < searched.length; r++) {
    const filled = searched[r].filter((cell) => !isBlank(cell));
    if (filled.length === 0) continue;
    // A single filled cell is a title when a blank row follows it or wider rows come later.
    const titleLike =
      filled.length < 2 &&
      ((searched[r + 1] ?? []).every(isBlank) ||
        searched.slice(r + 1).some((row) => row.filter((c) => !isBlank(c)).length >= 2));
    if (titleLike && r + 1 < searched.length) continue;
    if (!filled.every(isTextLabel)) return -1;
    const namesRole = filled.some((cell) => rolesNamedBy(String(cell)).length > 0);
    const typedBelow = rows
      .slice(r + 1)
      .some((row) => row.some((cell, c) => isTypedValue(cell) && isTextLabel(searched[r][c] ?? '')));
    return namesRole || typedBelow ? r : -1;
  }
  return -1;
}
