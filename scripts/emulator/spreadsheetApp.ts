/**
 * SpreadsheetApp as the add-on sees it, over an offline Workbook. Each class
 * implements the add-on's typed subset of the real service
 * (src/addon/appsScriptApi.ts), so the compiler checks that everything the
 * add-on may call exists here with the same signature.
 *
 * Behaviour follows Sheets where the add-on depends on it: 1-based positions,
 * '' for blank cells and Date objects for date cells from getValues, Sheets'
 * messages for a wrong shape in setValues and for a taken sheet name, open
 * ranges (A2:A) reaching the sheet's last row.
 */

import type {
  DeveloperMetadataApi,
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  EmbeddedChartApi,
  EmbeddedChartBuilderApi,
  HtmlOutputApi,
  MenuApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
  SpreadsheetAppApi,
  UiApi,
} from '../../src/addon/appsScriptApi';
import type { CellValue } from '../../src/input/cells';
import { a1Of, parseA1, quoteSheetName } from './a1Notation';
import { formatCellValue } from './numberFormat';
import type { CellInput, CellStyle, ChartSpec, ConditionalRuleSpec, GradientPoint, Workbook } from './workbook';

/** Sheets' size of a new sheet; a sheet is never smaller than its data. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** What the add-on showed the user: menus, sidebars, dialogs, toasts. The playground draws these. */
export interface UiEvent {
  readonly kind: 'sidebar' | 'dialog' | 'toast';
  readonly id: number;
  readonly title: string;
  /** The page served for a sidebar or dialog. */
  readonly html?: string;
  readonly width?: number;
  readonly height?: number;
  readonly message?: string;
  /** Toasts: Spreadsheet.toast's timeoutSeconds as given (undefined or null: Sheets' 5 s; negative: until closed). */
  readonly timeoutSeconds?: number | null;
  /** When it was shown (ms since 1970, the recorder's clock). */
  readonly at: number;
}

/**
 * Spreadsheet.toast shows "a popup window in the lower right corner of the
 * spreadsheet ... that stays visible for a certain length of time";
 * timeoutSeconds: "if null, the toast defaults to 5 seconds; if negative, the
 * toast remains until dismissed" (Apps Script reference, Spreadsheet.toast).
 */
export const TOAST_DEFAULT_SECONDS = 5;

/** The milliseconds a toast shows for, or null when it stays until closed. */
export function toastDurationMs(timeoutSeconds: number | null | undefined): number | null {
  if (timeoutSeconds === undefined || timeoutSeconds === null || !Number.isFinite(timeoutSeconds))
    return TOAST_DEFAULT_SECONDS * 1000;
  return timeoutSeconds < 0 ? null : timeoutSeconds * 1000;
}

export interface MenuRecord {
  readonly items: readonly { readonly caption: string; readonly functionName: string }[];
}

export class UiRecorder {
  menu: MenuRecord | undefined;
  readonly events: UiEvent[] = [];
  private nextId = 1;
  private readonly listeners = new Set<(event: UiEvent | undefined) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  record(event: Omit<UiEvent, 'id' | 'at'>): UiEvent {
    const full = { ...event, id: this.nextId++, at: this.now() };
    this.events.push(full);
    for (const listener of this.listeners) listener(full);
    return full;
  }

  setMenu(menu: MenuRecord): void {
    this.menu = menu;
    for (const listener of this.listeners) listener(undefined);
  }

  /** The sidebar currently shown: the last one opened and not closed. */
  openSidebar(): UiEvent | undefined {
    return [...this.events].reverse().find((event) => event.kind === 'sidebar' && !this.closed.has(event.id));
  }

  /**
   * The toast on show: the last one, as Sheets shows one toast at a time (a
   * new one replaces the one before), unless it was closed or its time is up.
   */
  openToast(): UiEvent | undefined {
    const toast = [...this.events].reverse().find((event) => event.kind === 'toast');
    if (toast === undefined || this.closed.has(toast.id)) return undefined;
    const duration = toastDurationMs(toast.timeoutSeconds);
    return duration === null || this.now() < toast.at + duration ? toast : undefined;
  }

  /** Milliseconds from now: when the toast goes by itself (null: it stays until closed). */
  remainingMs(toast: UiEvent): number | null {
    const duration = toastDurationMs(toast.timeoutSeconds);
    return duration === null ? null : Math.max(0, toast.at + duration - this.now());
  }

  isClosed(id: number): boolean {
    return this.closed.has(id);
  }

  close(id: number): void {
    this.closed.add(id);
    for (const listener of this.listeners) listener(undefined);
  }

  onEvent(listener: (event: UiEvent | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly closed = new Set<number>();
}

export class EmulatedHtmlOutput implements HtmlOutputApi {
  private title = '';
  width = 300;
  height = 400;

  constructor(private readonly content: string) {}

  getContent(): string {
    return this.content;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): EmulatedHtmlOutput {
    this.title = title;
    return this;
  }
  setWidth(width: number): EmulatedHtmlOutput {
    this.width = width;
    return this;
  }
  setHeight(height: number): EmulatedHtmlOutput {
    this.height = height;
    return this;
  }
}

class EmulatedMenu implements MenuApi {
  private readonly items: { caption: string; functionName: string }[] = [];

  constructor(private readonly ui: UiRecorder) {}

  addItem(caption: string, functionName: string): EmulatedMenu {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): EmulatedMenu {
    return this;
  }
  addToUi(): void {
    this.ui.setMenu({ items: [...this.items] });
  }
}

class EmulatedUi implements UiApi {
  constructor(private readonly recorder: UiRecorder) {}

  createAddonMenu(): EmulatedMenu {
    return new EmulatedMenu(this.recorder);
  }
  showSidebar(userInterface: HtmlOutputApi): void {
    // Sheets shows sidebars 300 px wide whatever width the output asks for.
    this.recorder.record({
      kind: 'sidebar',
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
      width: 300,
    });
  }
  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    const size = userInterface instanceof EmulatedHtmlOutput ? userInterface : undefined;
    this.recorder.record({
      kind: 'dialog',
      title,
      html: userInterface.getContent(),
      width: size?.width,
      height: size?.height,
    });
  }
}

export class EmulatedRange implements RangeApi {
  constructor(
    private readonly workbook: Workbook,
    private readonly sheetId: number,
    /** 1-based, as in Apps Script. */
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  getA1Notation(): string {
    return a1Of(this.row, this.column, this.numRows, this.numColumns);
  }
  /** Sheet-qualified notation, for chart and rule specs. */
  qualifiedA1(): string {
    return `${quoteSheetName(this.workbook.sheetName(this.sheetId))}!${this.getA1Notation()}`;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getSheet(): EmulatedSheet {
    return new EmulatedSheet(this.workbook, this.sheetId);
  }
  getValue(): CellValue {
    return this.getValues()[0][0];
  }
  getValues(): CellValue[][] {
    return this.workbook.values(this.sheetId, this.row - 1, this.column - 1, this.numRows, this.numColumns);
  }
  getDisplayValues(): string[][] {
    return this.getValues().map((cells, r) =>
      cells.map((value, c) => {
        const at = this.workbook.styleAt(this.sheetId, this.row - 1 + r, this.column - 1 + c);
        return formatCellValue(value ?? '', at?.numberFormat, this.workbook.timeZone);
      }),
    );
  }
  getFormulas(): string[][] {
    return this.workbook.formulas(this.sheetId, this.row - 1, this.column - 1, this.numRows, this.numColumns);
  }
  getNumberFormats(): string[][] {
    return this.styles((style) => style?.numberFormat ?? '');
  }
  setValue(value: CellValue): EmulatedRange {
    return this.setValues(this.filled(value));
  }
  setValues(values: CellValue[][]): EmulatedRange {
    this.checkShape(values);
    this.workbook.write(
      this.sheetId,
      this.row - 1,
      this.column - 1,
      // Array.from: arrays made by the script live in its realm, which the formula engine does not recognise.
      Array.from(values, (cells) => Array.from(cells, toCellInput)),
    );
    return this;
  }
  setFormula(formula: string): EmulatedRange {
    return this.setFormulas(this.filled(formula));
  }
  setFormulas(formulas: string[][]): EmulatedRange {
    this.checkShape(formulas);
    this.workbook.write(
      this.sheetId,
      this.row - 1,
      this.column - 1,
      Array.from(formulas, (cells) => Array.from(cells, (f) => (f === '' ? null : f))),
    );
    return this;
  }
  setNumberFormat(numberFormat: string): EmulatedRange {
    return this.setNumberFormats(this.filled(numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): EmulatedRange {
    this.checkShape(numberFormats);
    return this.restyle((style, r, c) => ({ ...style, numberFormat: numberFormats[r][c] }));
  }
  setFontWeight(fontWeight: 'bold' | 'normal' | null): EmulatedRange {
    return this.restyle((style) => ({ ...style, bold: fontWeight === 'bold' }));
  }
  setFontColor(color: string | null): EmulatedRange {
    return this.restyle((style) => ({ ...style, fontColor: color ?? undefined }));
  }
  setBackground(color: string | null): EmulatedRange {
    return this.restyle((style) => ({ ...style, background: color ?? undefined }));
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): EmulatedRange {
    return this.restyle((style) => ({
      ...style,
      align: alignment === 'normal' || alignment === null ? undefined : alignment,
    }));
  }
  clearContent(): EmulatedRange {
    this.workbook.clear(this.sheetId, this.row - 1, this.column - 1, this.numRows, this.numColumns, false);
    return this;
  }
  clear(): EmulatedRange {
    this.workbook.clear(this.sheetId, this.row - 1, this.column - 1, this.numRows, this.numColumns, true);
    return this;
  }

  /** Apps Script's checks of a 2D array against the range, with its messages. */
  private checkShape(values: readonly (readonly unknown[])[]): void {
    if (!Array.isArray(values) || values.length !== this.numRows) {
      const rows = Array.isArray(values) ? values.length : 0;
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows} but the range has ${this.numRows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== this.numColumns) {
        const columns = Array.isArray(row) ? row.length : 0;
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${columns} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  private filled<T>(value: T): T[][] {
    return Array.from({ length: this.numRows }, () => Array<T>(this.numColumns).fill(value));
  }

  private styles<T>(read: (style: CellStyle | undefined) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) =>
        read(this.workbook.styleAt(this.sheetId, this.row - 1 + r, this.column - 1 + c)),
      ),
    );
  }

  private restyle(update: (style: CellStyle | undefined, r: number, c: number) => CellStyle): EmulatedRange {
    this.workbook.style(this.sheetId, this.row - 1, this.column - 1, this.numRows, this.numColumns, (style, r, c) =>
      withoutUndefined(update(style, r, c)),
    );
    return this;
  }
}

/** A value for a cell; anything Sheets cannot hold is refused as Apps Script does. */
function toCellInput(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return value as Date;
  // Apps Script's wording for an object it cannot put in a cell (not certain for every type).
  throw new Error(`Cannot convert ${String(value)} to a cell value.`);
}

function withoutUndefined(style: CellStyle): CellStyle {
  return Object.fromEntries(
    Object.entries(style).filter(([, value]) => value !== undefined && value !== false),
  ) as CellStyle;
}

class EmulatedConditionalRule implements ConditionalFormatRuleApi {
  constructor(
    readonly spec: ConditionalRuleSpec,
    private readonly ranges: readonly EmulatedRange[],
  ) {}

  getRanges(): EmulatedRange[] {
    return [...this.ranges];
  }
}

class EmulatedConditionalRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private ranges: EmulatedRange[] = [];
  private gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } = {};

  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): this {
    this.gradient = { ...this.gradient, min: { color, type: String(type), value } };
    return this;
  }
  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): this {
    this.gradient = { ...this.gradient, mid: { color, type: String(type), value } };
    return this;
  }
  setGradientMaxpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): this {
    this.gradient = { ...this.gradient, max: { color, type: String(type), value } };
    return this;
  }
  setRanges(ranges: RangeApi[]): this {
    this.ranges = ranges.map(asEmulated);
    return this;
  }
  build(): EmulatedConditionalRule {
    return new EmulatedConditionalRule(
      { ranges: this.ranges.map((r) => r.qualifiedA1()), gradient: this.gradient },
      this.ranges,
    );
  }
}

class EmulatedChart implements EmbeddedChartApi {
  constructor(
    readonly spec: Omit<ChartSpec, 'id'> & { readonly id?: number },
    private readonly ranges: readonly EmulatedRange[],
  ) {}

  getChartId(): number | null {
    return this.spec.id ?? null;
  }
  getRanges(): EmulatedRange[] {
    return [...this.ranges];
  }
}

class EmulatedChartBuilder implements EmbeddedChartBuilderApi {
  private type = 'LINE';
  private ranges: EmulatedRange[] = [];
  private numHeaders = -1;
  private transposed = false;
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private options: Record<string, unknown> = {};

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.type = String(type);
    return this;
  }
  addRange(range: RangeApi): this {
    this.ranges.push(asEmulated(range));
    return this;
  }
  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.transposed = transpose;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  /**
   * Records an option as Sheets keeps it: a dotted name sets a nested option
   * ('hAxis.title', 'vAxes.0.viewWindow.min', 'series.2.areaOpacity'; the
   * Apps Script reference itself sets 'animation.duration'), and an object
   * value is merged into what was set before. The value is copied as plain
   * JSON data, as a script's objects cross into Sheets. Which options are
   * drawn is the playground's business (scripts/playground/chartOptions.ts);
   * Sheets accepts any name.
   */
  setOption(option: string, value: unknown): this {
    this.options = withOption(this.options, option.split('.'), plainData(value));
    return this;
  }
  build(): EmulatedChart {
    return new EmulatedChart(
      {
        type: this.type,
        ranges: this.ranges.map((r) => r.qualifiedA1()),
        numHeaders: this.numHeaders,
        transposed: this.transposed,
        position: this.position,
        options: this.options,
      },
      this.ranges,
    );
  }
}

type OptionTree = Record<string, unknown>;

const isTree = (value: unknown): value is OptionTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of the tree with the value set at the path; objects merge into the objects already there. */
function withOption(tree: OptionTree, path: readonly string[], value: unknown): OptionTree {
  const [head, ...rest] = path;
  const current = tree[head];
  let next: unknown;
  if (rest.length > 0) next = withOption(isTree(current) ? current : {}, rest, value);
  else if (isTree(value) && isTree(current)) {
    next = Object.entries(value).reduce<OptionTree>((merged, [key, v]) => withOption(merged, [key], v), current);
  } else next = value;
  return { ...tree, [head]: next };
}

/** The value as JSON data (the script's objects live in another realm; functions and the like are dropped). */
function plainData(value: unknown): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function asEmulated(range: RangeApi): EmulatedRange {
  if (!(range instanceof EmulatedRange)) throw new Error('Expected a Range of this spreadsheet.');
  return range;
}

export class EmulatedSheet implements SheetApi {
  constructor(
    private readonly workbook: Workbook,
    readonly sheetId: number,
  ) {}

  getName(): string {
    return this.workbook.sheetName(this.sheetId);
  }
  setName(name: string): EmulatedSheet {
    this.workbook.renameSheet(this.sheetId, name);
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.workbook.orderedSheetIds().indexOf(this.sheetId) + 1;
  }
  getParent(): EmulatedSpreadsheet {
    return new EmulatedSpreadsheet(this.workbook);
  }
  getRange(a1Notation: string): EmulatedRange;
  getRange(row: number, column: number): EmulatedRange;
  getRange(row: number, column: number, numRows: number): EmulatedRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): EmulatedRange;
  getRange(first: string | number, column?: number, numRows = 1, numColumns = 1): EmulatedRange {
    if (typeof first === 'string') {
      const a1 = parseA1(first);
      const endRow = a1.endRow ?? this.getMaxRows();
      const endColumn = a1.endColumn ?? this.getMaxColumns();
      return new EmulatedRange(
        this.workbook,
        this.sheetId,
        a1.startRow,
        a1.startColumn,
        endRow - a1.startRow + 1,
        endColumn - a1.startColumn + 1,
      );
    }
    if (
      column === undefined ||
      first < 1 ||
      column < 1 ||
      numRows < 1 ||
      numColumns < 1 ||
      !Number.isInteger(first + column + numRows + numColumns)
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new EmulatedRange(this.workbook, this.sheetId, first, column, numRows, numColumns);
  }
  getDataRange(): EmulatedRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getLastRow(): number {
    return this.workbook.lastRow(this.sheetId);
  }
  getLastColumn(): number {
    return this.workbook.lastColumn(this.sheetId);
  }
  getMaxRows(): number {
    return Math.max(DEFAULT_ROWS + this.workbook.state(this.sheetId).addedRows, this.getLastRow());
  }
  getMaxColumns(): number {
    return Math.max(DEFAULT_COLUMNS + this.workbook.state(this.sheetId).addedColumns, this.getLastColumn());
  }
  insertRowsAfter(afterPosition: number, howMany: number): EmulatedSheet {
    // Only growing the grid at its end is emulated: the dashboard writer's use.
    if (afterPosition !== this.getMaxRows()) throw new Error('The emulation inserts rows only after the last row.');
    this.workbook.state(this.sheetId).addedRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): EmulatedSheet {
    if (afterPosition !== this.getMaxColumns())
      throw new Error('The emulation inserts columns only after the last column.');
    this.workbook.state(this.sheetId).addedColumns += howMany;
    return this;
  }
  activate(): EmulatedSheet {
    this.workbook.activate(this.sheetId);
    return this;
  }
  clear(): EmulatedSheet {
    this.workbook.clearSheet(this.sheetId);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.workbook.setFrozenRows(this.sheetId, rows);
  }
  setColumnWidth(columnPosition: number, width: number): EmulatedSheet {
    this.workbook.setColumnWidth(this.sheetId, columnPosition, width);
    return this;
  }
  getConditionalFormatRules(): EmulatedConditionalRule[] {
    return this.workbook.state(this.sheetId).rules.map(
      (spec) =>
        new EmulatedConditionalRule(
          spec,
          spec.ranges.map((a1) => this.getParent().getRange(a1)),
        ),
    );
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.workbook.setRules(
      this.sheetId,
      rules.map((rule) => {
        if (!(rule instanceof EmulatedConditionalRule))
          throw new Error('Expected a rule built by SpreadsheetApp.newConditionalFormatRule().');
        return rule.spec;
      }),
    );
  }
  newChart(): EmulatedChartBuilder {
    return new EmulatedChartBuilder();
  }
  insertChart(chart: EmbeddedChartApi): void {
    if (!(chart instanceof EmulatedChart)) throw new Error('Expected a chart built by Sheet.newChart().');
    this.workbook.addChart(this.sheetId, chart.spec);
  }
  getCharts(): EmulatedChart[] {
    return this.workbook.state(this.sheetId).charts.map(
      (spec) =>
        new EmulatedChart(
          spec,
          spec.ranges.map((a1) => this.getParent().getRange(a1)),
        ),
    );
  }
  removeChart(chart: EmbeddedChartApi): void {
    const id = chart.getChartId();
    if (id !== null) this.workbook.removeChart(this.sheetId, id);
  }
  addDeveloperMetadata(key: string, value: string): EmulatedSheet {
    // Keys are at most 256 characters in Sheets; the add-on's are short.
    if (key.length === 0 || key.length > 256) throw new Error('Invalid argument: key');
    this.workbook.state(this.sheetId).metadata.push({ key, value: String(value) });
    this.workbook.touch();
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataApi[] {
    return this.workbook.state(this.sheetId).metadata.map(({ key, value }) => ({
      getKey: () => key,
      getValue: () => value,
    }));
  }
  setRightToLeft(rightToLeft: boolean): EmulatedSheet {
    this.workbook.state(this.sheetId).rightToLeft = rightToLeft;
    this.workbook.touch();
    return this;
  }
}

export class EmulatedSpreadsheet implements SpreadsheetApi {
  constructor(
    private readonly workbook: Workbook,
    private readonly ui?: UiRecorder,
  ) {}

  getId(): string {
    return 'offline-workbook';
  }
  getName(): string {
    return this.workbook.name;
  }
  getUrl(): string {
    return 'http://localhost/offline-workbook';
  }
  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.workbook.locale;
  }
  getSheets(): EmulatedSheet[] {
    return this.workbook.orderedSheetIds().map((id) => new EmulatedSheet(this.workbook, id));
  }
  getSheetByName(name: string): EmulatedSheet | null {
    const id = this.workbook.sheetIdByName(name);
    return id === undefined ? null : new EmulatedSheet(this.workbook, id);
  }
  getActiveSheet(): EmulatedSheet {
    return new EmulatedSheet(this.workbook, this.workbook.activeSheet);
  }
  setActiveSheet(sheet: SheetApi): EmulatedSheet {
    this.workbook.activate(sheet.getSheetId());
    return this.getActiveSheet();
  }
  insertSheet(sheetName: string, sheetIndex?: number): EmulatedSheet {
    // Sheets inserts at a 0-based index, or after the active sheet when none is given.
    const position = sheetIndex ?? this.workbook.orderedSheetIds().indexOf(this.workbook.activeSheet) + 1;
    const id = this.workbook.addSheet(sheetName, [], position);
    this.workbook.activate(id);
    return new EmulatedSheet(this.workbook, id);
  }
  deleteSheet(sheet: SheetApi): void {
    this.workbook.removeSheet(sheet.getSheetId());
  }
  getRange(a1Notation: string): EmulatedRange {
    const sheetName = parseA1(a1Notation).sheetName;
    const sheet = sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (sheet === null) throw new Error('Range not found');
    return sheet.getRange(a1Notation);
  }
  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this.ui?.record({ kind: 'toast', title: String(title ?? ''), message: String(message), timeoutSeconds });
  }
}

/** Sheets' enum objects print as their names; the emulation uses the names. */
const INTERPOLATION_TYPE = {
  NUMBER: 'NUMBER',
  PERCENT: 'PERCENT',
  PERCENTILE: 'PERCENTILE',
  MIN: 'MIN',
  MAX: 'MAX',
} as unknown as typeof GoogleAppsScript.Spreadsheet.InterpolationType;

export class EmulatedSpreadsheetApp implements SpreadsheetAppApi {
  readonly InterpolationType = INTERPOLATION_TYPE;

  constructor(
    private readonly workbook: Workbook,
    private readonly ui: UiRecorder,
  ) {}

  getActive(): EmulatedSpreadsheet {
    return new EmulatedSpreadsheet(this.workbook, this.ui);
  }
  getActiveSpreadsheet(): EmulatedSpreadsheet {
    return this.getActive();
  }
  getUi(): EmulatedUi {
    return new EmulatedUi(this.ui);
  }
  flush(): void {
    this.workbook.flush();
  }
  newConditionalFormatRule(): EmulatedConditionalRuleBuilder {
    return new EmulatedConditionalRuleBuilder();
  }
}
