/** A1 notation for the formulas the dashboard writes. */

/** 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as a formula refers to it: quoted unless it is a plain word, with quotes inside doubled. */
export function quotedSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** The open range of one column from a row down: Orders!C2:C, so rows added later are included. */
export function openColumnRange(sheet: string, column: number, firstRow: number): string {
  const letters = columnLetters(column);
  return `${quotedSheetName(sheet)}!${letters}${firstRow}:${letters}`;
}

/** An absolute cell reference on the same sheet: $B$7. */
export function absoluteCell(row: number, column: number): string {
  return `$${columnLetters(column)}$${row}`;
}
