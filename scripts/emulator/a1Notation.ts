/**
 * A1 notation as Sheets reads it: cells (B7), ranges (A1:C10), whole columns
 * (C:C), open-ended columns (C2:C: from row 2 to the last row of the sheet),
 * whole rows (3:5), with optional $ anchors and an optional sheet name, plain
 * (Orders!A:A) or quoted ('Loyalty dashboard'!B2, quotes inside doubled).
 */

export interface A1Range {
  /** The sheet named in the notation, unquoted; undefined when none is named. */
  readonly sheetName?: string;
  /** 1-based, inclusive. */
  readonly startRow: number;
  readonly startColumn: number;
  /** Undefined for an open end: to the last row (or column) of the sheet. */
  readonly endRow?: number;
  readonly endColumn?: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** Column letters to a 1-based column number: A -> 1, Z -> 26, AA -> 27. */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

/** A 1-based column number to letters: 28 -> AB. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Splits "Sheet!A1:B2" into the sheet name (unquoted) and the reference. */
export function splitSheetName(notation: string): { sheetName?: string; reference: string } {
  const text = notation.trim();
  if (text.startsWith("'")) {
    // A quoted name ends at the quote before "!"; a quote inside it is doubled: 'Bob''s sheet'!A1.
    let name = '';
    for (let i = 1; i < text.length; i++) {
      const char = text.charAt(i);
      if (char !== "'") {
        name += char;
      } else if (text.charAt(i + 1) === "'") {
        name += "'";
        i++;
      } else if (text.charAt(i + 1) === '!') {
        return { sheetName: name, reference: text.slice(i + 2) };
      } else {
        break;
      }
    }
    throw new Error(`Range not found: ${notation}`);
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { reference: text } : { sheetName: text.slice(0, bang), reference: text.slice(bang + 1) };
}

/** Parses A1 notation; throws "Range not found" as Sheets does for text it cannot read. */
export function parseA1(notation: string): A1Range {
  const { sheetName, reference } = splitSheetName(notation);
  const fail = (): never => {
    throw new Error('Range not found');
  };
  const [first, second, extra] = reference.split(':');
  if (extra !== undefined || first === undefined || first === '') return fail();
  const withSheet = (range: Omit<A1Range, 'sheetName'>): A1Range =>
    sheetName === undefined ? range : { sheetName, ...range };

  const startCell = CELL.exec(first);
  if (second === undefined) {
    if (startCell === null) return fail();
    const row = Number(startCell[2]);
    const column = columnNumber(startCell[1]);
    return withSheet({ startRow: row, startColumn: column, endRow: row, endColumn: column });
  }
  if (startCell !== null) {
    const endCell = CELL.exec(second);
    if (endCell !== null)
      return withSheet(
        ordered(Number(startCell[2]), columnNumber(startCell[1]), Number(endCell[2]), columnNumber(endCell[1])),
      );
    const endColumn = COLUMN.exec(second);
    if (endColumn === null) return fail();
    // C2:C and C2:E: from the start row down to the last row.
    const [left, right] = sortPair(columnNumber(startCell[1]), columnNumber(endColumn[1]));
    return withSheet({ startRow: Number(startCell[2]), startColumn: left, endColumn: right });
  }
  const startColumn = COLUMN.exec(first);
  const endColumn = COLUMN.exec(second);
  if (startColumn !== null && endColumn !== null) {
    const [left, right] = sortPair(columnNumber(startColumn[1]), columnNumber(endColumn[1]));
    return withSheet({ startRow: 1, startColumn: left, endColumn: right });
  }
  const startRow = ROW.exec(first);
  const endRow = ROW.exec(second);
  if (startRow !== null && endRow !== null) {
    const [top, bottom] = sortPair(Number(startRow[1]), Number(endRow[1]));
    return withSheet({ startRow: top, startColumn: 1, endRow: bottom });
  }
  return fail();
}

function sortPair(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

function ordered(row1: number, column1: number, row2: number, column2: number): Omit<A1Range, 'sheetName'> {
  const [startRow, endRow] = sortPair(row1, row2);
  const [startColumn, endColumn] = sortPair(column1, column2);
  return { startRow, startColumn, endRow, endColumn };
}

/** A1 notation of a block: "B2:D7", or "B2" for one cell. */
export function a1Of(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  return numRows === 1 && numColumns === 1
    ? start
    : `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A sheet name as it must be written in a reference: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
