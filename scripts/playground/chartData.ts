/**
 * A chart's data as Sheets reads it from its ranges: side-by-side ranges add
 * columns to the same rows; "transpose" (setTransposeRowsAndColumns) makes
 * rows the series; the first column is the domain (useFirstColumnAsDomain,
 * true unless set false) and each further column a series; a header row
 * names the series (setNumHeaders, or, when not set, a first row holding text
 * above the series). Labels are the cells as the sheet shows them, through
 * their number formats.
 */

import { parseA1 } from '../emulator/a1Notation';
import { formatCellValue } from '../emulator/numberFormat';
import { serialOfInstant } from '../emulator/wallClock';
import type { ChartSpec, SheetsValue, Workbook } from '../emulator/workbook';
import { chartOptionsOf } from './chartOptions';
import type { ChartDomain, ChartSeries, ChartView } from './protocol';

/** Sheets' size for a new embedded chart when the add-on sets no width and height (Unverified: 600 x 371 in the editor). */
export const DEFAULT_CHART_SIZE = { width: 600, height: 371 };

interface Cell {
  readonly value: SheetsValue;
  readonly format: string | undefined;
}

const BLANK: Cell = { value: '', format: undefined };
const isBlank = (cell: Cell | undefined) => cell === undefined || cell.value === '';
const isDate = (value: SheetsValue): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** Resolves a sheet-qualified A1 range to its sheet and 0-based block. */
export function blockOf(workbook: Workbook, a1: string) {
  const range = parseA1(a1);
  const sheetId = range.sheetName === undefined ? workbook.activeSheet : workbook.sheetIdByName(range.sheetName);
  if (sheetId === undefined) return undefined;
  const endRow = range.endRow ?? Math.max(range.startRow, workbook.lastRow(sheetId));
  const endColumn = range.endColumn ?? Math.max(range.startColumn, workbook.lastColumn(sheetId));
  return {
    sheetId,
    row: range.startRow - 1,
    column: range.startColumn - 1,
    rows: endRow - range.startRow + 1,
    columns: endColumn - range.startColumn + 1,
  };
}

function cellsOf(workbook: Workbook, chart: ChartSpec): Cell[][] {
  const rows: Cell[][] = [];
  for (const a1 of chart.ranges) {
    const at = blockOf(workbook, a1);
    if (at === undefined) continue;
    const values = workbook.values(at.sheetId, at.row, at.column, at.rows, at.columns);
    values.forEach((cells, r) => {
      const row = cells.map((value, c) => ({
        value,
        format: workbook.styleAt(at.sheetId, at.row + r, at.column + c)?.numberFormat,
      }));
      rows[r] = [...(rows[r] ?? []), ...row];
    });
  }
  if (!chart.transposed) return rows;
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? BLANK));
}

/** The one format all the cells share, if they do. */
function sharedFormat(cells: readonly Cell[]): string | undefined {
  const formats = new Set(cells.filter((cell) => !isBlank(cell)).map((cell) => cell.format ?? ''));
  const [only] = formats;
  return formats.size === 1 && only !== '' ? only : undefined;
}

type Kind = 'text' | 'number' | 'date' | 'boolean';
const kindOf = (value: SheetsValue): Kind =>
  isDate(value) ? 'date' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text';

/**
 * Without setNumHeaders, the first row is taken for a header when some column
 * changes kind below it: "Customers" above numbers, a cohort's date above its
 * shares (a transposed table). Text above text ("Segment" above the segments)
 * is no clue, but the columns beside it are. (Sheets' own guess is not
 * documented; Unverified.)
 */
function guessedHeaderRows(rows: readonly (readonly Cell[])[]): number {
  if (rows.length < 2) return 0;
  const width = Math.max(...rows.map((row) => row.length));
  for (let c = 0; c < width; c++) {
    const first = rows[0][c];
    if (first === undefined || isBlank(first)) continue;
    const below = rows
      .slice(1)
      .map((row) => row[c])
      .filter((cell): cell is Cell => cell !== undefined && !isBlank(cell));
    const kind = kindOf(first.value);
    const differs = (cell: Cell) => kindOf(cell.value) !== kind;
    // Text above numbers or dates (some text among them is data gone wrong, a gap), or a date above numbers.
    if (
      kind === 'text' ? below.some((cell) => kindOf(cell.value) !== 'text') : below.length > 0 && below.every(differs)
    )
      return 1;
  }
  return 0;
}

export function chartViewOf(workbook: Workbook, chart: ChartSpec): ChartView {
  const options = chartOptionsOf(chart.options as Record<string, unknown>);
  const shown = (cell: Cell | undefined) =>
    cell === undefined ? '' : formatCellValue(cell.value, cell.format, workbook.timeZone).replace(/ 00:00:00$/, '');
  const rows = cellsOf(workbook, chart);
  const domainColumns = options.useFirstColumnAsDomain ? 1 : 0;
  const headerRows = chart.numHeaders >= 0 ? chart.numHeaders : guessedHeaderRows(rows);
  const header = headerRows > 0 ? rows[headerRows - 1] : [];
  let data = rows.slice(headerRows).filter((row) => row.some((cell) => !isBlank(cell)));

  const domainCells = data.map((row) => (domainColumns === 1 ? (row[0] ?? BLANK) : BLANK));
  const present = domainCells.filter((cell) => !isBlank(cell));
  const kind: ChartDomain['kind'] =
    domainColumns === 0 || present.length === 0
      ? 'text'
      : present.every((cell) => isDate(cell.value))
        ? 'date'
        : present.every((cell) => typeof cell.value === 'number')
          ? 'number'
          : 'text';
  // On a continuous axis a row without a domain value has no place.
  if (kind !== 'text') data = data.filter((_, i) => !isBlank(domainCells[i]));
  const domainOf = (row: readonly Cell[]) => (domainColumns === 1 ? (row[0] ?? BLANK) : BLANK);
  const domain: ChartDomain = {
    kind,
    values: data.map((row, i) => {
      const value = domainOf(row).value;
      if (kind === 'date') return serialOfInstant((value as Date).getTime(), workbook.timeZone);
      return kind === 'number' ? (value as number) : i;
    }),
    labels: data.map((row, i) => (domainColumns === 1 ? shown(domainOf(row)) : String(i + 1))),
    format: sharedFormat(data.map(domainOf)),
  };

  let seriesCount = Math.max(0, ...data.map((row) => row.length - domainColumns), header.length - domainColumns);
  // Blank columns at the end of the ranges (an open range, a table that may grow) are no series.
  const blankColumn = (i: number) =>
    isBlank(header[i + domainColumns]) && data.every((row) => isBlank(row[i + domainColumns]));
  while (seriesCount > 0 && blankColumn(seriesCount - 1)) seriesCount--;
  const series: ChartSeries[] = Array.from({ length: seriesCount }, (_, i) => {
    const column = data.map((row) => row[i + domainColumns] ?? BLANK);
    const name = shown(header[i + domainColumns]);
    return {
      name: name === '' ? `Series ${i + 1}` : name,
      values: column.map((cell) => (typeof cell.value === 'number' && Number.isFinite(cell.value) ? cell.value : null)),
      format: sharedFormat(column),
    };
  });

  return {
    id: chart.id,
    type: chart.type,
    row: chart.position.row - 1,
    column: chart.position.column - 1,
    offsetX: chart.position.offsetX,
    offsetY: chart.position.offsetY,
    width: positive(chart.options.width) ?? DEFAULT_CHART_SIZE.width,
    height: positive(chart.options.height) ?? DEFAULT_CHART_SIZE.height,
    domain,
    series,
    options,
  };
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
