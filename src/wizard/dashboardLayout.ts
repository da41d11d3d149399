/**
 * Where everything goes on the dashboard sheet, and what each cell holds: a
 * pure function of the dashboard's blocks (dashboardBlocks.ts) and their
 * results.
 *
 * The first screen (what Sheets shows at 100% in a 1400 x 900 window): the
 * key numbers down columns A to C (label, value, change against the previous
 * complete period; a benchmark in D when the person compares), the settings
 * they use below them, and the three charts of highest priority stacked to
 * their right, each 620 px wide. The detail tables follow below the settings,
 * one under another, each followed by the rows it may grow into as rows are
 * added (a period a row), so that no live table spills into the next; the
 * tables that grow a row per customer go side by side at the right, past the
 * widest table and its chart. Charts beyond the first three sit beside their
 * tables.
 *
 * A live dashboard holds formulas (open ranges over the person's sheets); a
 * snapshot holds their values. Both come from the same calls. Columns of the
 * tables are found by the names the functions give them, in the dashboard's
 * language, never by position.
 */

import { CATALOG } from '../catalog';
import type { Language } from '../i18n/language';
import { translateWord } from '../i18n/tableWords/tableWords';
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
  TableCell,
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
  readonly type: 'LINE' | 'BAR' | 'COLUMN' | 'COMBO';
  /** The data ranges, each one column with its heading in the first row, the domain first. */
  readonly ranges: readonly Area[];
  /** Options passed to EmbeddedChartBuilder.setOption, name by name. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly row: number;
  readonly column: number;
  readonly offsetX: number;
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

/** A key number or table that could not be computed: the function's message, and what to change. */
export interface Failure {
  readonly label: string;
  readonly message: string;
  readonly advice?: string;
}

export interface DashboardSheet {
  /** Cell contents, written block by block with setValues, in order; formulas are "=..." text. */
  readonly blocks: readonly (Area & { readonly values: readonly (readonly SheetCell[])[] })[];
  readonly formats: readonly (Area & { readonly format: string })[];
  readonly bold: readonly Area[];
  readonly muted: readonly Area[];
  readonly errors: readonly Area[];
  readonly heatmaps: readonly Area[];
  readonly charts: readonly ChartLayout[];
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  /** Where the key numbers are (their value cells), for the first-screen check. */
  readonly keyCells: readonly Area[];
  /** Each detail table with the rows and columns it may grow into: no two meet, and no chart lies on one. */
  readonly tableAreas: readonly Area[];
  readonly headline: readonly Headline[];
  readonly failures: readonly Failure[];
  readonly rightToLeft: boolean;
}

export interface LayoutTexts {
  readonly title: string;
  readonly note: string;
  readonly asOf: string;
  readonly keyNumbers: string;
  readonly value: string;
  readonly change: string;
  readonly benchmark: string;
  readonly benchmarkCaveat: string;
  readonly settings: string;
  readonly bandLabel: string;
  readonly intervalWidth: string;
}

export interface LayoutInput {
  readonly blocks: DashboardBlocks;
  readonly result: (call: FunctionCall) => CallResult;
  readonly mode: DashboardMode;
  readonly language: Language;
  readonly currency: CurrencyCode;
  readonly zone: TimeZone;
  /** How the spreadsheet separates formula arguments (src/addon/formulaSyntax.ts). */
  readonly argumentSeparator?: ArgumentSeparator;
  /** The texts of the sheet, in the person's language. */
  readonly text: LayoutTexts;
  /** The benchmark shown beside a key number when the person compares (undefined: not comparable). */
  readonly benchmarkOf?: (kpi: KpiBlock) => string | undefined;
}

const KPI_HEADER_ROW = 5;
/**
 * The first screen's charts: 620 px wide, 11 rows (of 21 px) apart, so that
 * three fit beside the key numbers in the 740-odd pixels of grid a 900 px
 * window shows; the third, last on the screen, may be taller (280 px), which
 * gives a bar chart of a dozen RFM segments room to name every bar.
 */
const CHART = { width: 620, height: 230, rowsApart: 11, offsetX: 16, lastHeight: 280 };
const WIDTHS = { label: 250, value: 100, change: 160, benchmark: 190, table: 110 };
/** Rows a live table may grow into, by the period it grows a row per. */
const ROOM: Readonly<Record<string, number>> = { day: 366, week: 104, month: 36, quarter: 12, year: 5 };
/** Room for a fixed table (a row per segment or group) to gain rows. */
const ROOM_FIXED = 10;
/** Room for a table that grows a column per period too (cohorts). */
const ROOM_COLUMNS = 12;
/** Rows a per-customer table may grow into. */
const ROOM_CUSTOMERS = 5000;
const BLUE = '#1a73e8';
const GREY = '#5f6368';
const LINE_COLORS = ['#1a73e8', '#e37400', '#188038', '#a142f4', '#d01884', '#12b5cb'];

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
 * The format of a change: the kind's format with its sign (a rate's change in points of the same format; money
 * with cents even in a currency without them, so that a change under one unit never shows as "-NT$0").
 */
export function changeFormatOf(kind: ValueKind, currency: CurrencyCode): string | undefined {
  const format = kind === 'money' ? moneyFormat(currency, 2) : numberFormatOf(kind, currency);
  if (format === undefined || kind === 'date') return undefined;
  return `+${format};-${format};${format}`;
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
  return `=${callText(call, settingCell, separator)}`;
}

function callText(call: FunctionCall, settingCell: (id: SettingId) => string, separator: ArgumentSeparator): string {
  const text = (arg: CallArgument): string => {
    if (arg.kind === 'column') return openColumnRange(arg.sheet, arg.column, arg.firstRow);
    if (arg.kind === 'setting') return settingCell(arg.setting);
    if (typeof arg.value === 'number') {
      if (!Number.isInteger(arg.value)) throw new Error(`${call.fn}: a fraction in a formula depends on the locale`);
      return String(arg.value);
    }
    return `"${arg.value.replace(/"/g, '""')}"`;
  };
  return `${call.fn}(${meaningfulArguments(call).map(text).join(`${separator} `)})`;
}

/** A value as a snapshot cell: text that Sheets would take for a formula is quoted. */
function asCell(value: OutputCell): SheetCell {
  return typeof value === 'string' && /^[=+\-@']/.test(value) ? `'${value}` : value;
}

const rowsOf = (value: CellResult): SheetCell[][] =>
  Array.isArray(value) ? value.map((row) => row.map(asCell)) : [[asCell(value)]];

const OUTPUTS = new Map(CATALOG.map((spec) => [spec.name, spec.output]));

/** Whether a cell of a heading row (or a row label) is the named one, in the dashboard's language. */
function namedBy(name: string, language: Language): (cell: unknown) => boolean {
  const translated = translateWord(name, language) ?? name;
  if (!/\{(n|text)\}/.test(translated)) return (cell) => cell === translated;
  const pattern = new RegExp(
    `^${translated
      .split(/\{(?:n|text)\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );
  return (cell) => typeof cell === 'string' && pattern.test(cell);
}

/** The table as the sheet will show it: its rows when computed, else the heading row the function declares. */
function tableRows(table: TableBlock, result: CallResult, language: Language): OutputCell[][] {
  if (result.ok && Array.isArray(result.value)) return result.value;
  const output = OUTPUTS.get(table.call.fn);
  const optional = new Set(output?.optionalColumns ?? []);
  const columns = (output?.columns ?? []).filter((c) => !optional.has(c) || c === 'Customer' || c === 'Predicted CLV');
  return [columns.map((c) => translateWord(c, language) ?? c)];
}

interface PlacedTable {
  readonly table: TableBlock;
  readonly result: CallResult;
  readonly rows: readonly OutputCell[][];
  readonly row: number;
  readonly column: number;
  /** Rows above the table's own: its title, and its note when it has one. */
  readonly headingRows: number;
  /** Columns of the table as computed now (at least its declared heading), its band column included. */
  readonly width: number;
  /** Rows and columns a live table may grow into, which its formats and chart cover. */
  readonly room: number;
  readonly roomColumns: number;
}

export function layoutDashboard(input: LayoutInput): DashboardSheet {
  const { blocks, mode, currency, zone, language, text } = input;
  const live = mode === 'live';
  const separator = input.argumentSeparator ?? ',';
  const compare = input.benchmarkOf !== undefined;
  const blocksOut: (Area & { values: SheetCell[][] })[] = [];
  const formats: (Area & { format: string })[] = [];
  const bold: Area[] = [];
  const muted: Area[] = [];
  const errors: Area[] = [];
  const heatmaps: Area[] = [];
  const failures: Failure[] = [];
  const keyCells: Area[] = [];
  const formatArea = (area: Area, format: string | undefined) => {
    if (format !== undefined) formats.push({ ...area, format });
  };
  const cell = (row: number, column: number): Area => ({ row, column, rows: 1, columns: 1 });

  // The left column: title, key numbers, settings.
  const kpiColumns = compare ? 4 : 3;
  const firstKpiRow = KPI_HEADER_ROW + 1;
  const caveatRows = compare ? 1 : 0;
  const settingsHeaderRow = firstKpiRow + blocks.kpis.length + 1 + caveatRows;
  const settingRow = new Map<SettingId, number>();
  blocks.settings.forEach((s, i) => settingRow.set(s.id, settingsHeaderRow + 1 + i));
  const settingCell = (id: SettingId) => absoluteCell(settingRow.get(id) as number, 2);

  // Tables: where each goes (the key numbers may refer to them), then what each holds.
  const results = blocks.tables.map((table) => input.result(table.call));
  const placed = placeTables(blocks.tables, results, settingsHeaderRow + blocks.settings.length + 3, input);

  const headline: Headline[] = [];
  const left: SheetCell[][] = [
    [text.title],
    [text.note],
    [text.asOf],
    [],
    [text.keyNumbers, text.value, text.change, ...(compare ? [text.benchmark] : [])],
  ];
  blocks.kpis.forEach((kpi, i) => {
    const row = firstKpiRow + i;
    const shown = kpiCell(kpi, row);
    left.push([kpi.label, shown.value, shown.change, ...(compare ? [input.benchmarkOf?.(kpi) ?? null] : [])]);
    headline.push({ label: kpi.label, kind: kpi.kind, value: shown.number, error: shown.error });
    if (shown.error !== undefined) failures.push({ label: kpi.label, message: shown.error });
    formatArea(cell(row, 2), numberFormatOf(kpi.kind, currency));
    formatArea(cell(row, 3), changeFormatOf(kpi.kind, currency));
    keyCells.push(cell(row, 2));
    if (!live && shown.error !== undefined) errors.push(cell(row, 2));
  });
  if (compare) left.push([], [text.benchmarkCaveat]);
  else left.push([]);
  if (blocks.settings.length > 0) {
    left.push([text.settings]);
    for (const s of blocks.settings) {
      left.push([s.label, s.kind === 'date' ? zone.dateOfLocalDay(s.value) : s.value]);
      formatArea(cell(settingRow.get(s.id) as number, 2), numberFormatOf(s.kind, currency));
    }
  }
  blocksOut.push({
    row: 1,
    column: 1,
    rows: left.length,
    columns: kpiColumns,
    values: left.map((row) => [...row, ...Array<SheetCell>(kpiColumns - row.length).fill(null)]),
  });
  bold.push(cell(1, 1), { row: KPI_HEADER_ROW, column: 1, rows: 1, columns: kpiColumns });
  muted.push(cell(2, 1), cell(3, 1), {
    row: firstKpiRow,
    column: 3,
    rows: Math.max(1, blocks.kpis.length),
    columns: 1,
  });
  if (compare) muted.push({ row: firstKpiRow, column: 4, rows: blocks.kpis.length + 2, columns: 1 });
  if (blocks.settings.length > 0) bold.push(cell(settingsHeaderRow, 1));

  // The detail tables, and their charts.
  const charts: { chart: ChartLayout; priority: number }[] = [];
  for (const place of placed) {
    const { table, result, rows, row, column, width, headingRows, room, roomColumns } = place;
    const heading = [table.title, ...(table.note === undefined ? [] : [table.note])];
    const body: SheetCell[][] = live
      ? [[formulaOf(table.call, settingCell, separator)]]
      : result.ok
        ? rowsOf(result.value)
        : [[result.message]];
    const values = [...heading.map((h) => [h]), ...body];
    blocksOut.push({
      row,
      column,
      rows: values.length,
      columns: width,
      values: values.map((r) => [...r, ...Array<SheetCell>(width - r.length).fill(null)]),
    });
    bold.push(cell(row, column));
    if (table.note !== undefined) muted.push(cell(row + 1, column));
    const top = row + headingRows;
    if (!result.ok) {
      failures.push({ label: table.title, message: result.message });
      if (!live) {
        errors.push(cell(top, column));
        continue;
      }
    }
    const header = rows[0] ?? [];
    if (!table.byRow) bold.push({ row: top, column, rows: 1, columns: width });
    const bodyRows = Math.max(1, rows.length - 1) + room;
    const bodyColumns = width + roomColumns;
    // Formats by column name (or by row label for a table of labels and values).
    if (table.byRow) {
      rows.forEach((r, i) => {
        const kind = kindOfName(table.kinds, r[0], language);
        formatArea(cell(top + i, column + 1), kind === undefined ? undefined : numberFormatOf(kind, currency));
      });
    } else {
      for (let c = 0; c < bodyColumns; c++) {
        const name = c < header.length ? header[c] : header[header.length - 1];
        const kind = kindOfName(table.kinds, name, language);
        if (kind !== undefined)
          formatArea({ row: top + 1, column: column + c, rows: bodyRows, columns: 1 }, numberFormatOf(kind, currency));
      }
    }
    if (table.heatmap !== undefined) {
      const first = header.findIndex(namedBy(table.heatmap, language));
      if (first >= 0)
        heatmaps.push({ row: top + 1, column: column + first, rows: bodyRows, columns: bodyColumns - first });
    }
    const spec = table.chart;
    if (spec === undefined) continue;
    const indexOf = (name: string) => header.findIndex(namedBy(name, language));
    const columnArea = (c: number): Area => ({ row: top, column: column + c, rows: bodyRows + 1, columns: 1 });
    if (spec.band !== undefined) {
      // The band's helper column, right of the table: the interval's width, stacked on its lower end in the chart.
      const low = columnLetters(column + indexOf(spec.band.low));
      const high = columnLetters(column + indexOf(spec.band.high));
      const band = column + width - 1;
      const widths: SheetCell[][] = [[text.intervalWidth]];
      for (let r = 1; r <= bodyRows; r++) {
        if (live)
          widths.push([
            `=IF(ISNUMBER(${high}${top + r})${separator} ${high}${top + r}-${low}${top + r}${separator} "")`,
          ]);
        else {
          const source = rows[r];
          const [l, h] = [source?.[indexOf(spec.band.low)], source?.[indexOf(spec.band.high)]];
          widths.push([typeof l === 'number' && typeof h === 'number' ? h - l : null]);
        }
      }
      blocksOut.push({ row: top, column: band, rows: widths.length, columns: 1, values: widths });
      muted.push({ row: top, column: band, rows: widths.length, columns: 1 });
      formatArea({ row: top + 1, column: band, rows: bodyRows, columns: 1 }, '0');
    }
    charts.push({ chart: chartOf(place, indexOf, columnArea, bodyColumns), priority: spec.priority });
  }

  // The charts of the first screen: the three of highest priority, stacked right of the key numbers.
  charts.sort((a, b) => a.priority - b.priority);
  const laidOut = charts.map(({ chart }, i) =>
    i < 3
      ? {
          ...chart,
          row: 1 + i * CHART.rowsApart,
          column: kpiColumns + 1,
          offsetX: CHART.offsetX,
          height: i === 2 ? CHART.lastHeight : CHART.height,
        }
      : chart,
  );

  const widest = Math.max(
    kpiColumns,
    ...placed.map((p) => p.column + p.width + p.roomColumns - 1),
    ...laidOut.map((c) => c.column + Math.ceil(c.width / WIDTHS.table)),
  );
  const columnWidths = [
    { column: 1, width: WIDTHS.label },
    { column: 2, width: WIDTHS.value },
    { column: 3, width: WIDTHS.change },
    ...(compare ? [{ column: 4, width: WIDTHS.benchmark }] : []),
    ...Array.from({ length: Math.max(0, widest - kpiColumns) }, (_, c) => ({
      column: kpiColumns + 1 + c,
      width: WIDTHS.table,
    })),
  ];
  return {
    blocks: blocksOut,
    formats,
    bold,
    muted,
    errors,
    heatmaps,
    charts: laidOut,
    columnWidths,
    keyCells,
    tableAreas: placed.map((p) => ({
      row: p.row,
      column: p.column,
      rows: p.headingRows + Math.max(1, p.rows.length) + p.room,
      columns: p.width + p.roomColumns,
    })),
    headline,
    failures,
    rightToLeft: language === 'fa',
  };

  /** A key number's cells: its value (formula or number), its change, and for the sidebar the number or the error. */
  function kpiCell(
    kpi: KpiBlock,
    row: number,
  ): { value: SheetCell; change: SheetCell; number: number | null; error?: string } {
    if (!('fn' in kpi.value)) return fromTable(kpi.value);
    const result = input.result(kpi.value);
    const number = result.ok && typeof result.value === 'number' ? result.value : null;
    const error = result.ok ? undefined : result.message;
    const previous = kpi.previous === undefined ? undefined : input.result(kpi.previous);
    const before = previous?.ok && typeof previous.value === 'number' ? previous.value : null;
    if (live) {
      // The change only where the previous period has a number (a first period has none to compare with).
      const change =
        kpi.previous === undefined || before === null || number === null
          ? null
          : `=${absoluteCell(row, 2)}-${callText(kpi.previous, settingCell, separator)}`;
      return { value: formulaOf(kpi.value, settingCell, separator), change, number, error };
    }
    return {
      value: number ?? error ?? null,
      change: number !== null && before !== null ? number - before : null,
      number,
      error,
    };
  }

  /** A key number that is a cell of one of the tables: a labelled row's value, or a column's mean. */
  function fromTable(ref: TableCell): { value: SheetCell; change: SheetCell; number: number | null; error?: string } {
    const place = placed.find((p) => p.table.id === ref.table);
    if (place === undefined) return { value: null, change: null, number: null };
    const header = place.rows[0] ?? [];
    const columnIndex = header.findIndex(namedBy(ref.column, language));
    const top = place.row + place.headingRows;
    const letters = columnLetters(place.column + Math.max(0, columnIndex));
    const error = place.result.ok ? undefined : place.result.message;
    if ('mean' in ref) {
      let sum = 0;
      let count = 0;
      for (const r of place.rows.slice(1)) {
        const v = r[columnIndex];
        if (typeof v === 'number') {
          sum += v;
          count++;
        }
      }
      const mean = count === 0 ? null : sum / count;
      const formula = `=AVERAGE(${letters}${top + 1}:${letters})`;
      return { value: live ? formula : (mean ?? error ?? null), change: null, number: mean, error };
    }
    const isRow = namedBy(ref.row, language);
    const found = place.rows.find((r) => isRow(r[0]));
    const number =
      found !== undefined && typeof found[columnIndex] === 'number' ? (found[columnIndex] as number) : null;
    const label = translateWord(ref.row, language) ?? ref.row;
    // The labelled row wherever it ends up as the live table grows.
    const range = `${columnLetters(place.column)}${top}:${columnLetters(place.column + place.width - 1)}`;
    const formula = `=VLOOKUP("${label.replace(/"/g, '""')}"${separator} ${range}${separator} ${columnIndex + 1}${separator} 0)`;
    return { value: live ? formula : (number ?? error ?? null), change: null, number, error };
  }

  function chartOf(
    place: PlacedTable,
    indexOf: (name: string) => number,
    columnArea: (c: number) => Area,
    bodyColumns: number,
  ): ChartLayout {
    const spec = place.table.chart as NonNullable<TableBlock['chart']>;
    const domain = indexOf(spec.domain);
    const series =
      spec.series[0] === '*'
        ? Array.from({ length: bodyColumns - domain - 1 }, (_, k) => domain + 1 + k)
        : spec.series.map(indexOf);
    const percent = spec.axisFormat === 'percent';
    const valueAxis = percent ? { format: '0%', viewWindow: { min: 0 } } : {};
    const base = {
      title: spec.titleText,
      row: place.row,
      column: place.column + place.width + place.roomColumns + 1,
      offsetX: 0,
      width: CHART.width,
      height: CHART.height,
    };
    if (spec.band !== undefined) {
      // The line, then the interval as a band: its lower end as an invisible area, its width stacked on it.
      return {
        ...base,
        type: 'COMBO',
        ranges: [
          columnArea(domain),
          ...series.map(columnArea),
          columnArea(indexOf(spec.band.low)),
          columnArea(place.width - 1),
        ],
        options: {
          isStacked: true,
          legend: { position: 'bottom' },
          hAxis: { format: 'MMM yyyy' },
          vAxes: { 0: { viewWindow: { min: -100, max: 100 } } },
          pointSize: 4,
          series: {
            0: { type: 'line', color: BLUE, lineWidth: 2 },
            1: { type: 'area', color: BLUE, areaOpacity: 0, lineWidth: 0, visibleInLegend: false },
            2: { type: 'area', color: BLUE, areaOpacity: 0.2, lineWidth: 0, labelInLegend: text.bandLabel },
          },
        },
      };
    }
    if (spec.interval !== undefined) {
      // Bars, and each bar's interval as its two ends drawn as points.
      return {
        ...base,
        type: 'COMBO',
        ranges: [
          columnArea(domain),
          ...series.map(columnArea),
          columnArea(indexOf(spec.interval.low)),
          columnArea(indexOf(spec.interval.high)),
        ],
        options: {
          seriesType: 'bars',
          legend: { position: 'bottom' },
          vAxes: { 0: valueAxis },
          series: {
            0: { type: 'bars', color: BLUE },
            1: { type: 'line', color: GREY, lineWidth: 0, pointSize: 7, labelInLegend: text.bandLabel },
            2: { type: 'line', color: GREY, lineWidth: 0, pointSize: 7, visibleInLegend: false },
          },
        },
      };
    }
    const bars = spec.type === 'BAR' || spec.type === 'COLUMN';
    return {
      ...base,
      type: spec.type,
      ranges: [columnArea(domain), ...series.map(columnArea)],
      options: {
        legend: { position: bars ? 'none' : 'bottom' },
        colors: bars ? [BLUE] : LINE_COLORS,
        ...(spec.type === 'BAR' ? { hAxis: valueAxis } : { vAxes: { 0: valueAxis } }),
      },
    };
  }
}

/**
 * The detail tables one under another from `firstRow`, each followed by the
 * rows it may grow into (a live table) and at least as tall as its chart; the
 * per-customer tables side by side to the right of everything else, where they
 * can grow down without meeting anything.
 */
function placeTables(
  tables: readonly TableBlock[],
  results: readonly CallResult[],
  firstRow: number,
  input: LayoutInput,
): PlacedTable[] {
  const live = input.mode === 'live';
  const placed: PlacedTable[] = [];
  const shaped = tables.map((table, i) => {
    const rows = tableRows(table, results[i], input.language);
    const width = Math.max(1, ...rows.map((r) => r.length)) + (table.chart?.band !== undefined ? 1 : 0);
    const headingRows = 1 + (table.note === undefined ? 0 : 1);
    return { table, result: results[i], rows, width, headingRows };
  });
  let row = firstRow;
  for (const shape of shaped) {
    if (shape.table.grows === 'customers') continue;
    const { table } = shape;
    const room = !live ? 0 : table.grows === 'fixed' ? ROOM_FIXED : (ROOM[periodOf(table)] ?? ROOM.month);
    const roomColumns = live && table.grows === 'periodsAndColumns' ? ROOM_COLUMNS : 0;
    placed.push({ ...shape, row, column: 1, room, roomColumns });
    const chartRows = table.chart === undefined ? 0 : CHART.rowsApart;
    row += Math.max(shape.headingRows + shape.rows.length + room, chartRows) + 2;
  }
  const chartColumns = Math.ceil(CHART.width / WIDTHS.table) + 1;
  let column =
    Math.max(1, ...placed.map((p) => p.column + p.width + p.roomColumns + (p.table.chart ? chartColumns : 0))) + 1;
  for (const shape of shaped) {
    if (shape.table.grows !== 'customers') continue;
    placed.push({ ...shape, row: firstRow, column, room: live ? ROOM_CUSTOMERS : 0, roomColumns: 0 });
    column += shape.width + 1;
  }
  return placed;
}

/** The period a trend table grows by (its period argument), for the rows it may grow into. */
function periodOf(table: TableBlock): string {
  for (const arg of table.call.args)
    if (arg.kind === 'literal' && typeof arg.value === 'string' && arg.value in ROOM) return arg.value;
  return 'month';
}

/** The kind of the column (or row) of that name, the names being the function's English ones. */
function kindOfName(
  kinds: Readonly<Record<string, ValueKind>>,
  name: unknown,
  language: Language,
): ValueKind | undefined {
  for (const [english, kind] of Object.entries(kinds)) if (namedBy(english, language)(name)) return kind;
  return undefined;
}
