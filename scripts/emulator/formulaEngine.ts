/**
 * A real spreadsheet formula engine (HyperFormula) in which the add-on's
 * custom functions evaluate through the built bundle: a formula such as
 * =NPS_SUMMARY(Responses!C:C) typed into a cell calls the bundle's top-level
 * NPS_SUMMARY with the range as Sheets passes it (a 2D array; blank cells as
 * '', date cells as Date objects in the spreadsheet's time zone, error cells
 * as their text), and a table it returns spills into the cells below and to
 * the right, as in Sheets.
 *
 * HyperFormula fixes the size of a spilled result when the formula is added,
 * so formulas must be added after the data they read (see addFormulas), and
 * the size is found by evaluating the function then.
 */

import {
  ArraySize,
  CellError,
  type ConfigParams,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  type FunctionMetadata,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  type RawCellContent,
  SimpleRangeValue,
} from 'hyperformula';
import type { FunctionSpec } from '../../src/catalog/functionSpec';
import { argumentSeparatorOf, numberFormatOf } from '../../src/input/sheetsLocales';
import type { BundleRuntime } from './appsScriptRuntime';
import { instantOfSerial, serialOfInstant } from './wallClock';

/**
 * What the plugin needs to reach the bundle; passed through HyperFormula's
 * `context` config. `execution` gives the script scope a custom-function call
 * runs in: a fresh one per call, as in Sheets, where every cell is its own
 * execution (see appsScriptRuntime.ts), or the same one throughout where a
 * benchmark measures warm calls. It may be attached after the engine is built
 * (the bundle is loaded with services that refer to the workbook).
 */
export interface EngineContext {
  execution?: () => BundleRuntime;
  readonly timeZone: string;
}

/** Sheets' text for each HyperFormula error type. */
const ERROR_TEXT: Record<string, string> = {
  [ErrorType.NA]: '#N/A',
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.ERROR]: '#ERROR!',
  [ErrorType.CYCLE]: '#REF!',
  [ErrorType.SPILL]: '#REF!',
};

type Internal = unknown;
/** HyperFormula does not export its AST and state types; these are the parts used here. */
type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
type InterpreterState = Parameters<FunctionPlugin['evaluateAst']>[1];
interface ProcedureAst {
  readonly args: Ast[];
}

/** One HyperFormula cell value as Sheets would hand it to a script. */
function toSheetsValue(value: Internal, runtime: BundleRuntime, timeZone: string): unknown {
  if (value === EmptyValue) return '';
  if (value instanceof CellError) return ERROR_TEXT[value.type] ?? '#ERROR!';
  if (typeof value === 'object' && value !== null && 'val' in value) {
    const kind = value.constructor.name;
    const serial = (value as { val: number }).val;
    // Date, date-time and time cells all reach a script as Date objects.
    if (kind === 'DateNumber' || kind === 'DateTimeNumber' || kind === 'TimeNumber') {
      return runtime.newDate(instantOfSerial(serial, timeZone));
    }
    return serial; // percent and currency cells are plain numbers
  }
  return value;
}

function toSheetsArgument(value: Internal, runtime: BundleRuntime, timeZone: string): unknown {
  if (value instanceof SimpleRangeValue) {
    return value.data.map((row) => row.map((cell) => toSheetsValue(cell, runtime, timeZone)));
  }
  return toSheetsValue(value, runtime, timeZone);
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** The result of a custom function as an engine value; dates keep their date type. */
function fromSheetsResult(result: unknown, plugin: BundlePlugin, engine: EngineContext): Internal {
  const cell = (value: unknown): Internal => {
    if (isDate(value)) return plugin.dateNumber(serialOfInstant(value.getTime(), engine.timeZone));
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    return new CellError(ErrorType.VALUE, `custom function returned ${String(value)}, which a cell cannot show`);
  };
  if (!Array.isArray(result)) return cell(result);
  const rows = (result as unknown[][]).map((row) => row.map(cell));
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : SimpleRangeValue.onlyValues(rows as never);
}

class BundlePlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};

  private engine(): EngineContext {
    return this.config.context as EngineContext;
  }

  dateNumber(serial: number): Internal {
    return this.returnNumberWrapper(serial, 'NUMBER_DATE' as never);
  }

  /** Calls the bundle's top-level function; an Error becomes #ERROR! with its message, as in Sheets. */
  callBundle(name: string, values: Internal[]): { value: Internal; size: ArraySize } {
    const engine = this.engine();
    if (engine.execution === undefined) {
      return { value: new CellError(ErrorType.NAME, `Unknown function: '${name}'.`), size: ArraySize.scalar() };
    }
    let result: unknown;
    try {
      const runtime = engine.execution();
      result = runtime.call(name, ...values.map((v) => toSheetsArgument(v, runtime, engine.timeZone)));
    } catch (error) {
      const message =
        error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
          ? String((error as { message: unknown }).message)
          : String(error);
      return { value: new CellError(ErrorType.ERROR, message), size: ArraySize.scalar() };
    }
    const value = fromSheetsResult(result, this, engine);
    const size = value instanceof SimpleRangeValue ? new ArraySize(value.width(), value.height()) : ArraySize.scalar();
    return { value, size };
  }

  evaluate(name: string, ast: ProcedureAst, state: InterpreterState): Internal {
    return this.callBundle(
      name,
      ast.args.map((arg) => this.evaluateAst(arg, state)),
    ).value;
  }

  size(name: string, ast: ProcedureAst, state: InterpreterState): ArraySize {
    return this.callBundle(
      name,
      ast.args.map((arg) => this.evaluateAst(arg, state)),
    ).size;
  }
}

/**
 * Registers every catalog function as a HyperFormula function backed by the
 * bundle, once per process, in HyperFormula's global registry (an engine
 * given its own plugin list would lose the built-in functions). Each engine
 * finds its bundle through its `context` config.
 */
function registerCatalog(catalog: readonly FunctionSpec[]): void {
  const registered = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  const missing = catalog.filter((spec) => !registered.has(spec.name));
  if (missing.length === 0) return;
  const plugin = pluginFor(missing);
  const names = Object.fromEntries(missing.map((spec) => [spec.name, spec.name]));
  HyperFormula.registerFunctionPlugin(plugin, { enGB: names, enUS: names });
}

function pluginFor(catalog: readonly FunctionSpec[]): typeof BundlePlugin {
  class CatalogPlugin extends BundlePlugin {}
  const implemented: Record<string, FunctionMetadata> = {};
  for (const spec of catalog) {
    const method = `run_${spec.name}`;
    const sizeMethod = `size_${spec.name}`;
    Object.defineProperty(CatalogPlugin.prototype, method, {
      value(this: BundlePlugin, ast: ProcedureAst, state: InterpreterState) {
        return this.evaluate(spec.name, ast, state);
      },
    });
    Object.defineProperty(CatalogPlugin.prototype, sizeMethod, {
      value(this: BundlePlugin, ast: ProcedureAst, state: InterpreterState) {
        return this.size(spec.name, ast, state);
      },
    });
    implemented[spec.name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      parameters: spec.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: p.optional === true,
      })),
      vectorizationForbidden: true,
    };
  }
  CatalogPlugin.implementedFunctions = implemented;
  return CatalogPlugin;
}

export type SheetsData = Record<string, RawCellContent[][]>;

export interface FormulaEngine {
  readonly hf: HyperFormula;
  /** Adds formulas (A1 address -> formula text) to a sheet, after its data. */
  addFormulas(sheet: string, formulas: Record<string, string>): void;
  /** The value of a cell: number, text, boolean, a Date for date cells, '' for blank, or { error, message }. */
  value(address: string): unknown;
  /** The values of a range as rows. */
  values(range: string): unknown[][];
}

export interface FormulaEngineOptions {
  readonly timeZone: string;
  readonly catalog: readonly FunctionSpec[];
  /** The spreadsheet's locale ("de_DE"), which decides the formula syntax; en_US if not given. */
  readonly locale?: string;
  readonly config?: Partial<ConfigParams>;
}

/**
 * The formula syntax of a locale. Where Sheets separates arguments with ";"
 * (every locale outside the 28 listed in src/input/sheetsLocales.ts), the
 * engine accepts only ";", with the locale's decimal mark: there =SUM(1,2)
 * is the number 1.2 (de_DE) or a parse error (fa_IR), never 3, as in Sheets'
 * formula bar. Sheets corrects ";" to "," in the comma locales; the engine
 * does not, which is stricter (the add-on probes rather than relies on it).
 */
export function formulaSyntaxConfig(locale: string): Partial<ConfigParams> {
  if (argumentSeparatorOf(locale) === ',') return {};
  const decimal = numberFormatOf(locale).decimal;
  return {
    functionArgSeparator: ';',
    decimalSeparator: decimal,
    thousandSeparator: decimal === ',' ? ' ' : ',',
    arrayColumnSeparator: ';',
    arrayRowSeparator: '|',
  } as Partial<ConfigParams>;
}

/** HyperFormula's configuration for a workbook whose custom functions run in the bundle. */
export function engineConfig(
  context: EngineContext,
  catalog: readonly FunctionSpec[],
  locale = 'en_US',
): Partial<ConfigParams> {
  registerCatalog(catalog);
  return {
    licenseKey: 'gpl-v3',
    dateFormats: ['YYYY-MM-DD', 'YYYY/MM/DD'],
    timeFormats: ['hh:mm', 'hh:mm:ss'],
    maxRows: 2_000_000,
    // Cells keep full double precision, as in Sheets (HyperFormula rounds output by default).
    smartRounding: false,
    ...formulaSyntaxConfig(locale),
    context,
  } as Partial<ConfigParams>;
}

/**
 * Builds an engine over the sheets' data (formulas among the data are fine;
 * formulas calling the add-on go through addFormulas, after the data).
 * `execution` is the script scope of each custom-function call: a function
 * that loads the bundle anew (one execution per cell, as in Sheets), or one
 * loaded runtime that every call shares (warm calls, for the benchmark).
 */
export function createFormulaEngine(
  execution: BundleRuntime | (() => BundleRuntime),
  sheets: SheetsData,
  options: FormulaEngineOptions,
): FormulaEngine {
  const executionOf = typeof execution === 'function' ? execution : () => execution;
  const hf = HyperFormula.buildFromSheets(sheets, {
    ...engineConfig({ execution: executionOf, timeZone: options.timeZone }, options.catalog, options.locale),
    ...options.config,
  });

  const addressOf = (address: string) => {
    const parsed = hf.simpleCellAddressFromString(address, 0);
    if (parsed === undefined) throw new Error(`not a cell address: ${address}`);
    return parsed;
  };
  const readable = (cell: { sheet: number; row: number; col: number }): unknown => {
    const value = hf.getCellValue(cell);
    if (value === null) return '';
    if (typeof value === 'object') return { error: value.value, message: value.message };
    if (typeof value === 'number' && hf.getCellValueDetailedType(cell).startsWith('NUMBER_DATE')) {
      return new Date(instantOfSerial(value, options.timeZone));
    }
    return value;
  };

  return {
    hf,
    addFormulas(sheet, formulas) {
      const sheetId = hf.getSheetId(sheet);
      if (sheetId === undefined) throw new Error(`no sheet named ${sheet}`);
      hf.batch(() => {
        for (const [address, formula] of Object.entries(formulas)) {
          const cell = addressOf(`'${sheet}'!${address}`);
          hf.setCellContents(cell, formula);
        }
      });
    },
    value: (address) => readable(addressOf(address)),
    values(range) {
      const parsed = hf.simpleCellRangeFromString(range, 0);
      if (parsed === undefined) throw new Error(`not a range: ${range}`);
      const rows: unknown[][] = [];
      for (let row = parsed.start.row; row <= parsed.end.row; row++) {
        const cells: unknown[] = [];
        for (let col = parsed.start.col; col <= parsed.end.col; col++)
          cells.push(readable({ sheet: parsed.start.sheet, row, col }));
        rows.push(cells);
      }
      return rows;
    },
  };
}
