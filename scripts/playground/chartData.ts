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

export function chartViewOf(workbook: Workbook, chart: ChartSpec): ChartView {
  const options = chartOptionsOf(chart.options as Record<string, unknown>);
  const shown = (cell: Cell | undefined) =>
    cell === undefined ? '' : formatCellValue(cell.value, cell.format, workbook.timeZone).replace(/ 00:00:00$/, '');
  const rows = cellsOf(workbook, chart);
  const domainColumns = options.useFirstColumnAsDomain ? 1 : 0;
  const headerRows =
    chart.numHeaders >= 0
      ? chart.numHeaders
      : rows.length > 1 &&
          rows[0].slice(domainColumns).some((cell) => typeof cell.value === 'string' && cell.value !== '')
        ? 1
        : 0;
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

  const seriesCount = Math.max(0, ...data.map((row) => row.length - domainColumns), header.length - domainColumns);
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
