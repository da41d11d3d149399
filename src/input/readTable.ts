/**
 * The one place where a custom function's range arguments become typed
 * columns. Every function reads its ranges through readTable, so every
 * function follows the same conventions:
 *
 * - parallel ranges must have the same number of cells; cells are paired in
 *   reading order (row by row);
 * - a row whose key cell (the score, the customer id) is blank is skipped;
 * - the first non-blank row is a heading, and skipped, when it holds text
 *   where numbers or dates are expected;
 * - text in the key column that is not a value is either ignored and counted
 *   (survey answers such as "N/A") or an error, as the column says;
 * - a required companion that is blank, an error cell (#N/A) anywhere, or a
 *   value no reader accepts is an InputError naming the function, the row,
 *   what was found and what is expected.
 */

import { type CellValue, isBlank, type RangeArgument } from './cells';
import { CellRange } from './cellRange';
import type { CellReader } from './cellReaders';
import { badCellError, errorCellExplanation, zoneIfAvailable } from './cellMessages';
import { describeCell } from './describeCell';
import { type ColumnRole as HeadingRole, isHeadingFor } from './headings';
import { CellProblem, InputError } from './inputError';
import { isSheetsError } from './sheetsErrors';
import type { CallContext } from './callContext';

export type ColumnRole = 'key' | 'required' | 'optional';

/** The readers look at the clock once per 65,536 rows: a few microseconds in a read of millions. */
export const TIME_CHECK_MASK = 0xffff;
export const SLOW_READ_ADVICE =
  'give it fewer rows (a range that ends at the data, such as B2:B50000, rather than whole columns of a huge sheet)';

export interface ColumnSpec<T, R extends ColumnRole = ColumnRole> {
  readonly range: RangeArgument;
  readonly reader: CellReader<T>;
  readonly role: R;
  /** Key column only: text that is not a value is ignored and counted rather than an error. */
  readonly ignoreText?: boolean;
}

/** Shorthand for a column spec with its role inferred. */
export function column<T, R extends ColumnRole>(
  range: RangeArgument,
  reader: CellReader<T>,
  role: R,
  options: { ignoreText?: boolean } = {},
): ColumnSpec<T, R> {
  return { range, reader, role, ignoreText: options.ignoreText };
}

type ColumnValues<S> = {
  [K in keyof S]: S[K] extends ColumnSpec<infer T, infer R> ? (R extends 'optional' ? (T | undefined)[] : T[]) : never;
};

export interface Table<S> {
  /** One array per column, aligned: entry k of every column comes from the same kept row. */
  readonly columns: ColumnValues<S>;
  /** Number of kept rows. */
  readonly size: number;
  /** Key cells holding text that was ignored (survey columns only). */
  readonly ignored: number;
  /** "row 7" (or "column 7", "row 7, column 2"): where kept row k is in the ranges. */
  locate(k: number): string;
}

export interface ReadOptions<S> {
  /**
   * Keeps only the rows whose date in this column is on or before the day
   * (as_of): later rows are read and checked, then left out. A row whose date
   * is blank (an optional column) is kept.
   */
  readonly until?: { readonly column: keyof S & string; readonly day: number | undefined };
}

/**
 * Reads parallel ranges into typed columns. `spec` maps each parameter name
 * (as shown in the function's help) to its column; exactly one is the key.
 */
export function readTable<const S extends Record<string, ColumnSpec<unknown>>>(
  context: CallContext,
  spec: S,
  options: ReadOptions<S> = {},
): Table<S> {
  const fn = context.functionName;
  const names = Object.keys(spec);
  const specs = names.map((name) => spec[name]);
  const ranges = specs.map((s) => new CellRange(s.range));
  const keyIndex = specs.findIndex((s) => s.role === 'key');
  if (keyIndex < 0 || specs.some((s, i) => s.role === 'key' && i !== keyIndex)) {
    throw new Error(`${fn}: readTable needs exactly one key column`);
  }
  checkSameSize(fn, names, ranges);

  const several = names.length > 1;
  const where = (column: number, index: number): string =>
    several ? `${ranges[column].locate(index)} of ${names[column]}` : ranges[column].locate(index);
  const fail = (column: number, index: number, cell: CellValue, explanation: string): never => {
    throw badCellError(context, where(column, index), cell, explanation);
  };
  /** Reads one non-blank cell, turning problems into located InputErrors. */
  const readCell = (column: number, index: number, cell: Exclude<CellValue, null | undefined>): unknown => {
    if (typeof cell === 'string' && isSheetsError(cell)) {
      fail(column, index, cell, errorCellExplanation(specs[column].reader.expected));
    }
    try {
      return specs[column].reader.read(cell);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      return fail(column, index, cell, error.explanation ?? specs[column].reader.expected);
    }
  };

  const outputs: unknown[][] = specs.map(() => []);
  const untilColumn = options.until?.day === undefined ? -1 : names.indexOf(options.until.column);
  const untilDay = Math.floor(options.until?.day ?? Infinity);
  const keptIndices: number[] = [];
  const keyRange = ranges[keyIndex];
  const keyColumn = specs[keyIndex];
  let headerDecided = false;
  let ignored = 0;

  for (let index = 0; index < keyRange.length; index++) {
    if ((index & TIME_CHECK_MASK) === TIME_CHECK_MASK) context.checkTime(SLOW_READ_ADVICE);
    const keyCell = keyRange.at(index);
    if (isBlank(keyCell)) continue;

    const keyValue = readCell(keyIndex, index, keyCell);
    if (!headerDecided) {
      headerDecided = true;
      if (isHeaderRow(keyValue, keyCell, index)) continue;
    } else if (keyValue === undefined) {
      if (keyColumn.ignoreText) {
        ignored++;
        continue;
      }
      fail(keyIndex, index, keyCell, keyColumn.reader.expected);
    }

    // Every cell of the row is read before anything is kept: a bad cell throws.
    const row: unknown[] = [];
    for (let c = 0; c < specs.length; c++) {
      if (c === keyIndex) {
        row.push(keyValue);
        continue;
      }
      const cell = ranges[c].at(index);
      if (isBlank(cell)) {
        if (specs[c].role === 'required') {
          throw new InputError(
            `${fn}: ${where(c, index)} is blank, but ${where(keyIndex, index)} holds ` +
              `${describeCell(keyCell, zoneIfAvailable(context))}; fill in ${names[c]} for that row or clear the row.`,
          );
        }
        row.push(undefined);
        continue;
      }
      const value = readCell(c, index, cell);
      if (value === undefined) fail(c, index, cell, specs[c].reader.expected);
      row.push(value);
    }
    // A row dated after the analysis date is read (and checked) but not kept.
    if (untilColumn >= 0 && typeof row[untilColumn] === 'number' && Math.floor(row[untilColumn]) > untilDay) continue;
    for (let c = 0; c < specs.length; c++) outputs[c].push(row[c]);
    keptIndices.push(index);
  }

  /**
   * The first non-blank row is a heading when a column that expects numbers
   * or dates holds text there. When every column takes free text (ids,
   * sources), it is a heading when each column holds a heading for its kind
   * ("Customer ID", "Source") that occurs nowhere else in the column.
   */
  function isHeaderRow(keyValue: unknown, keyCell: CellValue, index: number): boolean {
    let typedColumns = 0;
    for (let c = 0; c < specs.length; c++) {
      if (specs[c].reader.headingRole !== undefined) continue;
      typedColumns++;
      if (c === keyIndex) {
        if (keyValue === undefined && typeof keyCell === 'string') return true;
        continue;
      }
      const cell = ranges[c].at(index);
      if (typeof cell === 'string' && !isBlank(cell) && readCell(c, index, cell) === undefined) return true;
    }
    if (typedColumns > 0) return false;
    return specs.every((spec, c) => {
      const cell = ranges[c].at(index);
      const roles = spec.reader.headingRole as HeadingRole | readonly HeadingRole[];
      const named = (Array.isArray(roles) ? roles : [roles]).some((role) => isHeadingFor(String(cell), role));
      return typeof cell === 'string' && named && !occursAgain(ranges[c], index, cell);
    });
  }

  const columns = {} as Record<string, unknown[]>;
  names.forEach((name, c) => {
    columns[name] = outputs[c];
  });
  return {
    columns: columns as ColumnValues<S>,
    size: keptIndices.length,
    ignored,
    locate: (k) => keyRange.locate(keptIndices[k]),
  };
}

/** True when the text occurs in the range after the given cell (compared trimmed). */
function occursAgain(range: CellRange, index: number, text: string): boolean {
  const wanted = text.trim();
  for (let i = index + 1; i < range.length; i++) {
    const cell = range.at(i);
    if (typeof cell === 'string' && cell.trim() === wanted) return true;
  }
  return false;
}

function checkSameSize(fn: string, names: string[], ranges: CellRange[]): void {
  for (let c = 1; c < ranges.length; c++) {
    if (ranges[c].length !== ranges[0].length) {
      throw new InputError(
        `${fn}: ${names[0]} has ${ranges[0].describeSize()} but ${names[c]} has ${ranges[c].describeSize()}; ` +
          'the ranges must be the same size (for example B2:B and C2:C).',
      );
    }
  }
}
