/**
 * A range argument as a sequence of cells read row by row, with the position
 * of each cell described the way the user sees it in their range.
 */

import type { CellValue, RangeArgument } from './cells';

export class CellRange {
  readonly height: number;
  readonly width: number;
  readonly length: number;
  private readonly rows: readonly (readonly CellValue[])[];

  constructor(argument: RangeArgument) {
    this.rows = Array.isArray(argument) ? (argument as readonly (readonly CellValue[])[]) : [[argument as CellValue]];
    this.height = this.rows.length;
    this.width = this.height === 0 ? 0 : this.rows[0].length;
    this.length = this.height * this.width;
  }

  /** The cell at a position in reading order (row by row). */
  at(index: number): CellValue {
    if (this.width === 1) return this.rows[index][0];
    return this.rows[Math.floor(index / this.width)][index % this.width];
  }

  /** Position of a cell, 1-based within the range: "row 7", "column 3" or "row 7, column 2". */
  locate(index: number): string {
    const row = Math.floor(index / this.width) + 1;
    const column = (index % this.width) + 1;
    if (this.width === 1) return `row ${row}`;
    if (this.height === 1) return `column ${column}`;
    return `row ${row}, column ${column}`;
  }

  /** Describes the size for a mismatch message: "120 rows", "1 row by 5 columns". */
  describeSize(): string {
    if (this.width === 1) return `${this.height} ${this.height === 1 ? 'row' : 'rows'}`;
    if (this.height === 1) return `${this.width} columns`;
    return `${this.height} rows by ${this.width} columns (${this.length} cells)`;
  }
}
