/**
 * A sheet as the server read it (every cell, once, with getValues()), and
 * what the wizard takes from it: one column from a row down, the heading of a
 * column, a saved mapping with its columns found again when they have moved.
 * Pure, so the server stays a thin layer of reads and writes.
 */

import type { CellValue } from '../input/cells';
import { WizardError } from './wizardError';
import type { SheetMapping } from './wizardSettings';

/** Rows 1 to the last row, columns 1 to the last column. */
export type SheetValues = readonly (readonly CellValue[])[];

/** One column's cells from a 1-based row down, as a one-column range argument. */
export function columnCells(values: SheetValues, column: number, firstRow: number): CellValue[][] {
  const cells: CellValue[][] = [];
  for (let r = firstRow - 1; r < values.length; r++) cells.push([values[r][column - 1] ?? '']);
  return cells;
}

export function headingAt(values: SheetValues, headerRow: number, column: number): string {
  return headerRow === 0 ? '' : String(values[headerRow - 1]?.[column - 1] ?? '').trim();
}

/**
 * The mapping with each column found again by its heading when columns have
 * moved since it was saved; a heading that is gone is an error naming it.
 */
export function relocate(mapping: SheetMapping, values: SheetValues): SheetMapping {
  if (mapping.headerRow === 0) return mapping;
  const headings = (values[mapping.headerRow - 1] ?? []).map((cell) => String(cell ?? '').trim());
  const roles: SheetMapping['roles'] = Object.fromEntries(
    Object.entries(mapping.roles).map(([role, ref]) => {
      if (ref.heading === '' || headings[ref.column - 1] === ref.heading) return [role, ref];
      const moved = headings.indexOf(ref.heading);
      if (moved === -1) throw new WizardError('error.columnMissing', { column: ref.heading, sheet: mapping.sheet });
      return [role, { column: moved + 1, heading: ref.heading }];
    }),
  );
  return { ...mapping, roles };
}
