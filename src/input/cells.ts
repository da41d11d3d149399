/**
 * Cell values as Apps Script hands them to a custom function.
 *
 * A range argument arrives as a 2D array, row-major; a single cell as a bare
 * value. Blank cells arrive as '' (Sheets), null or undefined (an omitted or
 * empty argument). Date cells arrive as Date objects, numbers as numbers,
 * checkboxes as booleans, everything else as text.
 */

export type CellValue = string | number | boolean | Date | null | undefined;

/** A custom-function argument: a range (rows of cells) or a single cell. */
export type RangeArgument = CellValue | readonly (readonly CellValue[])[];

/** What a custom function may return: plain data Sheets can show. */
export type OutputCell = string | number | boolean | Date;
export type CellResult = OutputCell | OutputCell[][];

/** The empty cell in a returned table. */
export const EMPTY = '';

/** Blank: '', null, undefined, or text made only of spaces. */
export function isBlank(cell: CellValue): cell is '' | null | undefined {
  if (cell === '' || cell === null || cell === undefined) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

/**
 * True for a Date. Tested by its internal tag rather than `instanceof` so a
 * Date made in another JavaScript realm (the test harness, HyperFormula)
 * counts too.
 */
export function isDate(cell: unknown): cell is Date {
  return typeof cell === 'object' && cell !== null && Object.prototype.toString.call(cell) === '[object Date]';
}
