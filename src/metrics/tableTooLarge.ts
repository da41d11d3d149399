/**
 * Thrown by a kernel whose table would be larger than anything a sheet can
 * show, before it allocates it; the catalog turns it into the same message as
 * any result too large for a cell (src/catalog/resultSize.ts).
 */
export class TableTooLarge extends Error {
  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    super(`a table of ${rows} rows by ${columns} columns`);
    this.name = 'TableTooLarge';
  }
}
