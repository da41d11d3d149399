/**
 * An offline spreadsheet: the state a Google Sheets document holds, with its
 * formulas evaluated by HyperFormula and the add-on's custom functions by the
 * built bundle (see formulaEngine.ts). The emulated SpreadsheetApp
 * (spreadsheetApp.ts) is a view of this model; the playground draws it.
 *
 * Cells are addressed 0-based here (row, column); the Apps Script views
 * translate from Sheets' 1-based positions.
 *
 * Recalculation is lazy, as in Sheets: writes suspend evaluation, and the
 * next read (or flush) recalculates once. Before it does, formulas whose
 * size depends on data (the add-on's spilled tables, open ranges such as C2:C)
 * are entered again, because HyperFormula fixes a spilled result's size and
 * an open range's end when a formula is entered.
 */

import { type CellValue as EngineCellValue, DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import type { FunctionSpec } from '../../src/catalog/functionSpec';
import { quoteSheetName, splitSheetName } from './a1Notation';
import type { BundleRuntime } from './appsScriptRuntime';
import { closeOpenRanges, hasOpenRange, referencedSheets } from './formulaText';
import { type EngineContext, engineConfig } from './formulaEngine';
import { isDatePattern } from './numberFormat';
import { instantOfSerial, serialOfInstant } from './wallClock';

/** A cell value as Apps Script's getValues returns it. */
export type SheetsValue = string | number | boolean | Date;

/** What can be written into a cell: a value, a formula text (starting with '='), or null for blank. */
export type CellInput = string | number | boolean | Date | null;

export interface CellStyle {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly fontColor?: string;
  readonly background?: string;
  readonly align?: 'left' | 'center' | 'right';
}

export interface GradientPoint {
  readonly color: string;
  /** NUMBER, PERCENT, PERCENTILE, MIN or MAX. */
  readonly type: string;
  readonly value: string;
}

export interface ConditionalRuleSpec {
  /** A1 notation of each range, qualified with the sheet name. */
  readonly ranges: readonly string[];
  readonly gradient: { readonly min?: GradientPoint; readonly mid?: GradientPoint; readonly max?: GradientPoint };
}

export interface ChartSpec {
  readonly id: number;
  /** LINE, COLUMN, BAR, AREA, PIE, SCATTER... */
  readonly type: string;
  /** A1 notation of each data range, qualified with the sheet name. */
  readonly ranges: readonly string[];
  readonly numHeaders: number;
  /** Rows are series (setTransposeRowsAndColumns): each row of the data is one line or bar series. */
  readonly transposed: boolean;
  /** Anchor cell (1-based) and pixel offsets. */
  readonly position: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly options: Readonly<Record<string, unknown>>;
}

interface SheetState {
  formulas: Map<string, string>;
  styles: Map<string, CellStyle>;
  charts: ChartSpec[];
  rules: ConditionalRuleSpec[];
  /** Developer metadata on the sheet (key, value), as Sheet.addDeveloperMetadata keeps it. */
  metadata: { readonly key: string; readonly value: string }[];
  rightToLeft: boolean;
  frozenRows: number;
  columnWidths: Map<number, number>;
  /** Rows and columns added with insertRowsAfter / insertColumnsAfter beyond a new sheet's grid. */
  addedRows: number;
  addedColumns: number;
}

export interface WorkbookOptions {
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly catalog: readonly FunctionSpec[];
}

const key = (row: number, column: number) => `${row},${column}`;

/** Sheets' text for the error of an array result that has no room: Sheets shows #REF!, HyperFormula #SPILL!. */
const SPILL_ERROR = '#REF!';

export class Workbook {
  readonly hf: HyperFormula;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  /** Increases with every change, so viewers know when to redraw. */
  version = 0;
  private readonly context: EngineContext;
  private readonly states = new Map<number, SheetState>();
  private readonly sizedFunction: RegExp;
  private activeSheetId: number;
  /** HyperFormula keeps sheets in creation order; the order of the tabs is kept here. */
  private tabOrder: number[] = [];
  private nextChartId = 1;
  /** Sheets written to since the last recalculation (undefined: nothing pending). */
  private pending: Set<number> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(sheets: Record<string, readonly (readonly CellInput[])[]>, options: WorkbookOptions) {
    this.name = options.name;
    this.timeZone = options.timeZone;
    this.locale = options.locale;
    this.context = { timeZone: options.timeZone };
    const names = options.catalog.map((spec) => spec.name).join('|');
    this.sizedFunction = new RegExp(`(?<![A-Za-z0-9_.])(${names})\\s*\\(`, 'i');
    this.hf = HyperFormula.buildEmpty(engineConfig(this.context, options.catalog, options.locale));
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name, rows);
    const first = this.hf.getSheetId(Object.keys(sheets)[0] ?? '');
    if (first === undefined) throw new Error('a workbook needs at least one sheet');
    this.activeSheetId = first;
  }

  /**
   * Connects the bundle that evaluates the custom functions: `execution`
   * loads it, with this workbook's custom-function services, into the scope
   * of one call (a fresh one each time, as in Sheets).
   */
  attachRuntime(execution: () => BundleRuntime): void {
    this.context.execution = execution;
    this.hf.suspendEvaluation();
    this.pending = new Set(this.sheetIds());
    this.flush();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // Sheets ------------------------------------------------------------------

  sheetIds(): number[] {
    return this.hf.getSheetNames().map((name) => this.hf.getSheetId(name) as number);
  }

  sheetName(sheetId: number): string {
    const name = this.hf.getSheetName(sheetId);
    if (name === undefined) throw new Error('This sheet has been deleted.');
    return name;
  }

  /** The sheet with that name, compared without regard to case as Sheets does. */
  sheetIdByName(name: string): number | undefined {
    return this.hf.doesSheetExist(name) ? this.hf.getSheetId(name) : undefined;
  }

  get activeSheet(): number {
    return this.activeSheetId;
  }

  activate(sheetId: number): void {
    this.sheetName(sheetId);
    this.activeSheetId = sheetId;
    this.changed();
  }

  /** Adds a sheet (with data) at the end, or at a 0-based position. */
  addSheet(name: string, rows: readonly (readonly CellInput[])[] = [], position?: number): number {
    if (this.sheetIdByName(name) !== undefined) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.suspend();
    this.hf.addSheet(name);
    const sheetId = this.hf.getSheetId(name) as number;
    this.states.set(sheetId, {
      formulas: new Map(),
      styles: new Map(),
      charts: [],
      rules: [],
      metadata: [],
      rightToLeft: false,
      frozenRows: 0,
      columnWidths: new Map(),
      addedRows: 0,
      addedColumns: 0,
    });
    this.tabOrder.push(sheetId);
    if (position !== undefined) this.moveSheet(sheetId, position);
    if (rows.length > 0) this.write(sheetId, 0, 0, rows);
    this.markPending(sheetId);
    this.changed();
    return sheetId;
  }

  removeSheet(sheetId: number): void {
    if (this.sheetIds().length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.suspend();
    this.hf.removeSheet(sheetId);
    this.states.delete(sheetId);
    this.tabOrder = this.tabOrder.filter((id) => id !== sheetId);
    this.pending?.delete(sheetId);
    if (this.activeSheetId === sheetId) this.activeSheetId = this.tabOrder[0];
    for (const id of this.sheetIds()) this.markPending(id);
    this.changed();
  }

  renameSheet(sheetId: number, name: string): void {
    const existing = this.sheetIdByName(name);
    if (existing !== undefined && existing !== sheetId) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.suspend();
    const oldName = this.sheetName(sheetId);
    this.hf.renameSheet(sheetId, name);
    // Charts and rules follow the sheet, as in Sheets: their ranges are rewritten to the new name.
    const renamed = (a1: string): string => {
      const { sheetName, reference } = splitSheetName(a1);
      return sheetName === oldName ? `${quoteSheetName(name)}!${reference}` : a1;
    };
    for (const state of this.states.values()) {
      state.charts = state.charts.map((chart) => ({ ...chart, ranges: chart.ranges.map(renamed) }));
      state.rules = state.rules.map((rule) => ({ ...rule, ranges: rule.ranges.map(renamed) }));
    }
    for (const id of this.sheetIds()) this.markPending(id);
    this.changed();
  }

  /** Moves a sheet to a 0-based position among the tabs. */
  moveSheet(sheetId: number, position: number): void {
    const order = this.tabOrder.filter((id) => id !== sheetId);
    order.splice(Math.max(0, Math.min(position, order.length)), 0, sheetId);
    this.tabOrder = order;
    this.changed();
  }

  /** Sheet ids in the order of the tabs. */
  orderedSheetIds(): number[] {
    return [...this.tabOrder];
  }

  state(sheetId: number): SheetState {
    const state = this.states.get(sheetId);
    if (state === undefined) throw new Error('This sheet has been deleted.');
    return state;
  }

  // Size --------------------------------------------------------------------

  /** 1-based number of the last row holding a value or formula (0 for an empty sheet). */
  lastRow(sheetId: number): number {
    this.flush();
    const values = this.hf.getSheetValues(sheetId);
    for (let row = values.length - 1; row >= 0; row--) {
      if (values[row].some((value) => value !== null && value !== '')) return row + 1;
    }
    return 0;
  }

  lastColumn(sheetId: number): number {
    this.flush();
    let last = 0;
    for (const row of this.hf.getSheetValues(sheetId)) {
      for (let column = row.length - 1; column >= last; column--) {
        if (row[column] !== null && row[column] !== '') {
          last = column + 1;
          break;
        }
      }
    }
    return last;
  }

  // Values ------------------------------------------------------------------

  /** Values as Apps Script's getValues returns them: '' for blank, Date for date cells, error text for errors. */
  values(sheetId: number, row: number, column: number, numRows: number, numColumns: number): SheetsValue[][] {
    this.flush();
    const styles = this.state(sheetId).styles;
    const out: SheetsValue[][] = [];
    for (let r = row; r < row + numRows; r++) {
      const cells: SheetsValue[] = [];
      for (let c = column; c < column + numColumns; c++) {
        cells.push(this.toSheetsValue(sheetId, r, c, this.hf.getCellValue({ sheet: sheetId, row: r, col: c }), styles));
      }
      out.push(cells);
    }
    return out;
  }

  /** All values of a sheet (up to its last row and column), as values() gives them. */
  sheetValues(sheetId: number): SheetsValue[][] {
    this.flush();
    const styles = this.state(sheetId).styles;
    return this.hf
      .getSheetValues(sheetId)
      .map((cells, row) => cells.map((value, column) => this.toSheetsValue(sheetId, row, column, value, styles)));
  }

  /** The error behind an error cell, with its message (Sheets shows it on hover), or undefined. */
  errorAt(sheetId: number, row: number, column: number): { error: string; message: string } | undefined {
    this.flush();
    const value = this.hf.getCellValue({ sheet: sheetId, row, col: column });
    if (!(value instanceof DetailedCellError)) return undefined;
    if (value.type === 'SPILL') {
      return { error: SPILL_ERROR, message: 'Array result was not expanded because it would overwrite data.' };
    }
    return { error: value.value, message: value.message };
  }

  private toSheetsValue(
    sheetId: number,
    row: number,
    column: number,
    value: EngineCellValue,
    styles: Map<string, CellStyle>,
  ): SheetsValue {
    if (value === null) return '';
    if (value instanceof DetailedCellError) return value.type === 'SPILL' ? SPILL_ERROR : value.value;
    if (typeof value === 'number' && this.isDateCell(sheetId, row, column, styles)) {
      return new Date(instantOfSerial(value, this.timeZone));
    }
    return value;
  }

  /** A number is a date when the engine typed it so (entered as a date, or a date result) or its format shows a date. */
  private isDateCell(sheetId: number, row: number, column: number, styles: Map<string, CellStyle>): boolean {
    const format = styles.get(key(row, column))?.numberFormat;
    if (format !== undefined && format !== '') return isDatePattern(format);
    return this.hf.getCellValueDetailedType({ sheet: sheetId, row, col: column }).startsWith('NUMBER_DATE');
  }

  /** The formula of each cell as written ('' where there is none). */
  formulas(sheetId: number, row: number, column: number, numRows: number, numColumns: number): string[][] {
    const formulas = this.state(sheetId).formulas;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => formulas.get(key(row + r, column + c)) ?? ''),
    );
  }

  /**
   * Writes a block of cells: values, formulas ('=...'), Dates (stored as date
   * serials with a date format, as Sheets does) or null to clear.
   */
  write(sheetId: number, row: number, column: number, block: readonly (readonly CellInput[])[]): void {
    const state = this.state(sheetId);
    this.suspend();
    const contents: RawCellContent[][] = block.map((cells, r) =>
      cells.map((cell, c) => {
        const at = key(row + r, column + c);
        state.formulas.delete(at);
        if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
          const style = state.styles.get(at);
          if (!isDatePattern(style?.numberFormat)) state.styles.set(at, { ...style, numberFormat: 'yyyy-mm-dd' });
          return serialOfInstant((cell as Date).getTime(), this.timeZone);
        }
        if (typeof cell === 'string' && cell.startsWith('=') && cell.length > 1) {
          state.formulas.set(at, cell);
          return this.engineFormula(sheetId, cell);
        }
        return cell === '' ? null : (cell as RawCellContent);
      }),
    );
    this.hf.setCellContents({ sheet: sheetId, row, col: column }, contents);
    this.markPending(sheetId);
    this.changed();
  }

  /** Clears contents (and, with formats, styles) of a block. */
  clear(sheetId: number, row: number, column: number, numRows: number, numColumns: number, formats: boolean): void {
    this.write(
      sheetId,
      row,
      column,
      Array.from({ length: numRows }, () => Array<CellInput>(numColumns).fill(null)),
    );
    if (formats) this.style(sheetId, row, column, numRows, numColumns, () => undefined);
  }

  /** Clears a whole sheet: contents, formats, charts and rules. */
  clearSheet(sheetId: number): void {
    const state = this.state(sheetId);
    this.suspend();
    this.hf.clearSheet(sheetId);
    state.formulas.clear();
    state.styles.clear();
    state.charts = [];
    state.rules = [];
    this.markPending(sheetId);
    this.changed();
  }

  // Styles, charts and rules ----------------------------------------------------

  styleAt(sheetId: number, row: number, column: number): CellStyle | undefined {
    return this.state(sheetId).styles.get(key(row, column));
  }

  /** Updates the style of every cell of a block; `update` returns the new style, or undefined for none. */
  style(
    sheetId: number,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    update: (style: CellStyle | undefined, r: number, c: number) => CellStyle | undefined,
  ): void {
    const styles = this.state(sheetId).styles;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        const at = key(row + r, column + c);
        const next = update(styles.get(at), r, c);
        if (next === undefined || Object.keys(next).length === 0) styles.delete(at);
        else styles.set(at, next);
      }
    }
    this.changed();
  }

  setFrozenRows(sheetId: number, rows: number): void {
    this.state(sheetId).frozenRows = rows;
    this.changed();
  }

  setColumnWidth(sheetId: number, column: number, width: number): void {
    this.state(sheetId).columnWidths.set(column, width);
    this.changed();
  }

  setRules(sheetId: number, rules: readonly ConditionalRuleSpec[]): void {
    this.state(sheetId).rules = [...rules];
    this.changed();
  }

  addChart(sheetId: number, chart: Omit<ChartSpec, 'id'>): ChartSpec {
    const spec = { ...chart, id: this.nextChartId++ };
    this.state(sheetId).charts.push(spec);
    this.changed();
    return spec;
  }

  removeChart(sheetId: number, chartId: number): void {
    const state = this.state(sheetId);
    state.charts = state.charts.filter((chart) => chart.id !== chartId);
    this.changed();
  }

  // Recalculation -------------------------------------------------------------

  /** Recalculates what the writes since the last flush affect (SpreadsheetApp.flush). */
  flush(): void {
    if (this.pending === undefined) return;
    const changedNames = new Set(
      [...this.pending]
        .filter((id) => this.hf.getSheetName(id) !== undefined)
        .map((id) => this.sheetName(id).toLowerCase()),
    );
    this.pending = undefined;
    if (this.context.execution !== undefined) {
      // Re-enter the formulas whose size or range end depends on data that changed.
      for (const sheetId of this.sheetIds()) {
        const state = this.state(sheetId);
        const ownName = this.sheetName(sheetId).toLowerCase();
        for (const [at, formula] of state.formulas) {
          if (!this.sizedFunction.test(formula) && !hasOpenRange(formula)) continue;
          const sheets = [...referencedSheets(formula)].map((name) => (name === '' ? ownName : name.toLowerCase()));
          if (!sheets.some((name) => changedNames.has(name))) continue;
          const [row, column] = at.split(',').map(Number);
          this.hf.setCellContents({ sheet: sheetId, row, col: column }, this.engineFormula(sheetId, formula));
        }
      }
    }
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
  }

  private engineFormula(sheetId: number, formula: string): string {
    return closeOpenRanges(formula, (sheet) => {
      const target = sheet === '' ? sheetId : this.sheetIdByName(sheet);
      return target === undefined ? 1 : this.hf.getSheetDimensions(target).height;
    });
  }

  private suspend(): void {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  private markPending(sheetId: number): void {
    (this.pending ??= new Set()).add(sheetId);
  }

  /** A change that no other method records (developer metadata, sheet direction): redraw. */
  touch(): void {
    this.changed();
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
