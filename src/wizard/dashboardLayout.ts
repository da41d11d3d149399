/**
 * Where everything goes on the dashboard sheet, and what each cell holds:
 * key numbers and the settings they use down columns A:B with the charts
 * below them; each table in its own band of columns from D on, side by side,
 * so that a live table growing downwards (a new month, a new cohort) never
 * runs into another. The cohort table, which also grows to the right, comes
 * last.
 *
 * A live dashboard holds formulas (open ranges over the person's sheets); a
 * snapshot holds their values. Both come from the same calls.
 */

import type { CellResult, OutputCell } from '../input/cells';
import type { ArgumentSeparator } from '../input/sheetsLocales';
import type { TimeZone } from '../time/timeZone';
import { absoluteCell, columnLetters, openColumnRange } from './a1';
import { type CurrencyCode, moneyFormat } from './currencies';
import type {
  CallArgument,
  DashboardBlocks,
  FunctionCall,
  KpiBlock,
  SettingId,
  TableBlock,
  ValueKind,
} from './dashboardBlocks';
import { type CallResult, meaningfulArguments } from './evaluateCall';
import type { DashboardMode } from './wizardSettings';

export type SheetCell = string | number | boolean | Date | null;

/** A block of cells, 1-based. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface ChartLayout {
  readonly title: string;
  readonly type: 'LINE' | 'BAR';
  readonly ranges: readonly Area[];
  readonly transpose: boolean;
  readonly colors: readonly string[];
  readonly row: number;
  readonly column: number;
  readonly width: number;
  readonly height: number;
}

export interface Headline {
  readonly label: string;
  readonly kind: ValueKind;
  readonly value: number | null;
  /** Why there is no value: the function's own message. */
  readonly error?: string;
}

/**
 * A key number or table that could not be computed. (Interim on the sidebar
 * branch, the shape the lead's layout gives it; the lead's file replaces this
 * at merge.)
 */
export interface Failure {
  readonly label: string;
  readonly message: string;
  readonly advice?: string;
}

export interface DashboardSheet {
  /** Cell contents, written block by block with setValues; formulas are "=..." text. */
  readonly blocks: readonly (Area & { readonly values: readonly (readonly SheetCell[])[] })[];
  readonly formats: readonly (Area & { readonly format: string })[];
  readonly bold: readonly Area[];
  readonly muted: readonly Area[];
  readonly errors: readonly Area[];
  readonly heatmaps: readonly Area[];
  readonly charts: readonly ChartLayout[];
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  readonly frozenRows: number;
  readonly headline: readonly Headline[];
}

export interface LayoutInput {
  readonly blocks: DashboardBlocks;
  readonly result: (call: FunctionCall) => CallResult;
  readonly mode: DashboardMode;
  readonly title: string;
  readonly note: string;
  readonly keyNumbersHeading: string;
  readonly settingsHeading: string;
  readonly currency: CurrencyCode;
  readonly zone: TimeZone;
  /** How the spreadsheet separates formula arguments (src/addon/formulaSyntax.ts). */
  readonly argumentSeparator?: ArgumentSeparator;
}

const FIRST_KPI_ROW = 5;
const FIRST_TABLE_COLUMN = 4;
const TABLE_ROW = 5;
/** Rows and columns a live table may grow into that its formats, heatmap and chart already cover. */
const LIVE_ROWS_ROOM = 200;
const LIVE_COLUMNS_ROOM = 12;
const CHART = { width: 340, height: 230, rowsApart: 13 };

export function numberFormatOf(kind: ValueKind, currency: CurrencyCode): string | undefined {
  switch (kind) {
    case 'percent':
      return '0.0%';
    case 'nps':
      return '0';
    case 'money':
      return moneyFormat(currency);
    case 'decimal':
      return '0.00';
    case 'count':
      return '0';
    case 'date':
      return 'yyyy-mm-dd';
    case 'text':
      return undefined;
  }
}

/**
 * A formula as the person would type it in their locale: =NPS(Responses!D2:D),
 * =NPS_TREND(A2:A; D2:D; "month") where ";" separates arguments. Numbers
 * written into formulas are whole numbers only, whose text is the same in
 * every locale; fractions (rates, margins) live in the setting cells.
 */
export function formulaOf(
  call: FunctionCall,
  settingCell: (id: SettingId) => string,
  separator: ArgumentSeparator = ',',
): string {
  const text = (arg: CallArgument): string => {
    if (arg.kind === 'column') return openColumnRange(arg.sheet, arg.column, arg.firstRow);
    if (arg.kind === 'setting') return settingCell(arg.setting);
    if (typeof arg.value === 'number') {
      if (!Number.isInteger(arg.value)) throw new Error(`${call.fn}: a fraction in a formula depends on the locale`);
      return String(arg.value);
    }
    return `"${arg.value.replace(/"/g, '""')}"`;
  };
  return `=${call.fn}(${meaningfulArguments(call).map(text).join(`${separator} `)})`;
}

/** A value as a snapshot cell: text that Sheets would take for a formula is quoted. */
function asCell(value: OutputCell): SheetCell {
  return typeof value === 'string' && /^[=+\-@']/.test(value) ? `'${value}` : value;
}

const rowsOf = (value: CellResult): SheetCell[][] =>
  Array.isArray(value) ? value.map((row) => row.map(asCell)) : [[asCell(value)]];

function meanOfColumn(result: CallResult, column: number): number | null {
  if (!result.ok || !Array.isArray(result.value)) return null;
  let sum = 0;
  let count = 0;
  for (const row of result.value.slice(1)) {
    const cell = row[column];
    if (typeof cell === 'number') {
      sum += cell;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

export function layoutDashboard(input: LayoutInput): DashboardSheet {
  const { blocks, mode, currency, zone } = input;
  const live = mode === 'live';
  const blocksOut: (Area & { values: SheetCell[][] })[] = [];
  const formats: (Area & { format: string })[] = [];
  const bold: Area[] = [];
  const errors: Area[] = [];
  const heatmaps: Area[] = [];
  const charts: ChartLayout[] = [];
  const formatArea = (area: Area, kind: ValueKind) => {
    const format = numberFormatOf(kind, currency);
    if (format !== undefined) formats.push({ ...area, format });
  };

  // Tables first: the key numbers may refer to a table's column.
  const tablePlaces = new Map<string, { column: number; result: CallResult }>();
  let nextColumn = FIRST_TABLE_COLUMN;
  const tableAreas: { table: TableBlock; column: number; rows: number; columns: number; ok: boolean }[] = [];
  for (const table of blocks.tables) {
    const result = input.result(table.call);
    const values = result.ok ? rowsOf(result.value) : [[result.message]];
    // A live table's room does not depend on whether its data had a problem today: fixed later, it spills in full.
    const columns = result.ok || live ? Math.max(table.columns, ...values.map((row) => row.length)) : 1;
    tablePlaces.set(table.id, { column: nextColumn, result });
    tableAreas.push({ table, column: nextColumn, rows: values.length, columns, ok: result.ok });
    nextColumn += columns + (live && table.id === 'cohorts' ? LIVE_COLUMNS_ROOM : 0) + 1;
  }

  // Key numbers and settings.
  const settingRow = new Map<SettingId, number>();
  const firstSettingRow = FIRST_KPI_ROW + blocks.kpis.length + 2;
  blocks.settings.forEach((s, i) => settingRow.set(s.id, firstSettingRow + i));
  const settingCell = (id: SettingId) => absoluteCell(settingRow.get(id) as number, 2);

  const headline: Headline[] = [];
  const kpiValue = (kpi: KpiBlock): { cell: SheetCell; value: number | null; error?: string } => {
    if ('meanOf' in kpi.value) {
      const place = tablePlaces.get(kpi.value.meanOf);
      if (place === undefined) return { cell: null, value: null };
      const mean = meanOfColumn(place.result, kpi.value.column);
      const letters = columnLetters(place.column + kpi.value.column);
      const error = place.result.ok ? undefined : place.result.message;
      const formula = `=AVERAGE(${letters}${TABLE_ROW + 1}:${letters})`;
      return { cell: live ? formula : (mean ?? error ?? null), value: mean, error };
    }
    const result = input.result(kpi.value);
    const value = result.ok && typeof result.value === 'number' ? result.value : null;
    const error = result.ok ? undefined : result.message;
    return {
      cell: live ? formulaOf(kpi.value, settingCell, input.argumentSeparator) : (value ?? error ?? null),
      value,
      error,
    };
  };

  const left: SheetCell[][] = [
    [input.title, null],
    [input.note, null],
    [null, null],
    [input.keyNumbersHeading, null],
  ];
  blocks.kpis.forEach((kpi, i) => {
    const { cell, value, error } = kpiValue(kpi);
    left.push([kpi.label, cell]);
    headline.push({ label: kpi.label, kind: kpi.kind, value, error });
    const area = { row: FIRST_KPI_ROW + i, column: 2, rows: 1, columns: 1 };
    formatArea(area, kpi.kind);
    if (!live && error !== undefined) errors.push(area);
  });
  if (blocks.settings.length > 0) {
    left.push([null, null], [input.settingsHeading, null]);
    for (const s of blocks.settings) {
      left.push([s.label, s.kind === 'date' ? zone.dateOfLocalDay(s.value) : s.value]);
      formatArea({ row: settingRow.get(s.id) as number, column: 2, rows: 1, columns: 1 }, s.kind);
    }
  }
  blocksOut.push({ row: 1, column: 1, rows: left.length, columns: 2, values: left });
  bold.push({ row: 1, column: 1, rows: 1, columns: 1 }, { row: 4, column: 1, rows: 1, columns: 1 });
  if (blocks.settings.length > 0) bold.push({ row: firstSettingRow - 1, column: 1, rows: 1, columns: 1 });

  // Tables, each with a title above it.
  let chartRow = left.length + 2;
  for (const { table, column, rows, columns, ok } of tableAreas) {
    const place = tablePlaces.get(table.id) as { result: CallResult };
    const values = live
      ? [[table.title], [formulaOf(table.call, settingCell, input.argumentSeparator)]]
      : [[table.title], ...(place.result.ok ? rowsOf(place.result.value) : [[place.result.message]])];
    const width = Math.max(...values.map((row) => row.length));
    blocksOut.push({
      row: TABLE_ROW - 1,
      column,
      rows: values.length,
      columns: width,
      values: values.map((row) => [...row, ...Array<SheetCell>(width - row.length).fill(null)]),
    });
    const headed = table.rowKinds === undefined;
    bold.push({ row: TABLE_ROW - 1, column, rows: 1, columns: 1 });
    if (headed) bold.push({ row: TABLE_ROW, column, rows: 1, columns });
    if (!ok && !live) {
      errors.push({ row: TABLE_ROW, column, rows: 1, columns: 1 });
      continue;
    }
    const bodyRows = Math.max(1, rows - 1) + (live ? LIVE_ROWS_ROOM : 0);
    const bodyColumns = columns + (live && table.id === 'cohorts' ? LIVE_COLUMNS_ROOM : 0);
    for (let c = 0; c < bodyColumns; c++) {
      const kind = table.columnKinds[Math.min(c, table.columnKinds.length - 1)];
      if (table.rowKinds !== undefined && c === columns - 1) {
        table.rowKinds.forEach((rowKind, r) =>
          formatArea({ row: TABLE_ROW + r, column: column + c, rows: 1, columns: 1 }, rowKind),
        );
      } else formatArea({ row: TABLE_ROW + 1, column: column + c, rows: bodyRows, columns: 1 }, kind);
    }
    if (table.heatmapFrom !== undefined)
      heatmaps.push({
        row: TABLE_ROW + 1,
        column: column + table.heatmapFrom,
        rows: bodyRows,
        columns: bodyColumns - table.heatmapFrom,
      });
    if (table.chart !== undefined) {
      const plotted = table.chart.columns.flatMap((c, i, all) =>
        c === -1 ? Array.from({ length: bodyColumns - all[i - 1] - 1 }, (_, k) => all[i - 1] + 1 + k) : [c],
      );
      charts.push({
        title: table.chart.title,
        type: table.chart.type,
        ranges: contiguousRuns(plotted).map(([first, count]) => ({
          row: TABLE_ROW,
          column: column + first,
          rows: bodyRows + 1,
          columns: count,
        })),
        transpose: table.chart.transpose,
        colors: table.chart.colors,
        row: chartRow,
        column: 1,
        width: CHART.width,
        height: CHART.height,
      });
      chartRow += CHART.rowsApart;
    }
  }

  const columnWidths = [
    { column: 1, width: 230 },
    { column: 2, width: 110 },
    { column: 3, width: 24 },
    ...tableAreas.flatMap(({ column, columns }) => [
      { column, width: 120 },
      ...Array.from({ length: columns - 1 }, (_, c) => ({ column: column + 1 + c, width: 90 })),
    ]),
  ];
  return {
    blocks: blocksOut,
    formats,
    bold,
    muted: [{ row: 2, column: 1, rows: 1, columns: 1 }],
    errors,
    heatmaps,
    charts,
    columnWidths,
    frozenRows: 0,
    headline,
  };
}

/** [first, count] of each run of consecutive numbers. */
function contiguousRuns(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}
