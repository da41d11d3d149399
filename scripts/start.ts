/**
 * npm start: the add-on at work on the example workbook, with no Google
 * account. Loads the built dist/ as Apps Script would, evaluates the example's
 * formulas in a real formula engine through it, and prints the sheets.
 */

import { coffeeShopWorkbook } from '../examples/coffeeShop';
import { CATALOG } from '../src/catalog';
import { loadBundle } from './emulator/appsScriptRuntime';
import { createFormulaEngine } from './emulator/formulaEngine';

const TIME_ZONE = 'Europe/Amsterdam';
const PREVIEW_ROWS = 6;

function show(value: unknown): string {
  if (value === '' || value === null || value === undefined) return '';
  if (value instanceof Date) return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(value);
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) < 1 ? 4 : 2);
  if (typeof value === 'object' && 'error' in value) {
    const { error, message } = value as { error: string; message?: string };
    return `${error} ${message ?? ''}`.trim();
  }
  return String(value);
}

function printTable(title: string, rows: unknown[][], totalRows: number): void {
  const cells = rows.map((row) => row.map(show));
  const widths = cells[0].map((_, c) => Math.min(34, Math.max(...cells.map((row) => (row[c] ?? '').length))));
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);
  for (const row of cells)
    console.log(
      row
        .map((cell, c) => cell.slice(0, 34).padEnd(widths[c]))
        .join(' | ')
        .trimEnd(),
    );
  if (totalRows > rows.length) console.log(`... ${totalRows - rows.length} more rows`);
}

const workbook = coffeeShopWorkbook();
const runtime = loadBundle({
  SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => TIME_ZONE }) },
  Session: { getScriptTimeZone: () => TIME_ZONE },
});
const engine = createFormulaEngine(runtime, workbook.sheets, { timeZone: TIME_ZONE, catalog: CATALOG });
for (const [sheet, formulas] of Object.entries(workbook.formulas)) engine.addFormulas(sheet, formulas);

console.log(
  `Example workbook "Bean There" (spreadsheet time zone ${TIME_ZONE}), computed by dist/ in a formula engine.`,
);
for (const sheet of Object.keys(workbook.sheets)) {
  const id = engine.hf.getSheetId(sheet) as number;
  const { height, width } = engine.hf.getSheetDimensions(id);
  if (height === 0) continue;
  const shown = sheet === 'Summary' ? height : Math.min(height, PREVIEW_ROWS);
  const end = engine.hf.simpleCellAddressToString(
    { sheet: id, row: shown - 1, col: width - 1 },
    { includeSheetName: false },
  );
  printTable(sheet, engine.values(`'${sheet}'!A1:${end}`), height);
}
