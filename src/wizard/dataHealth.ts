/**
 * The data-health check the wizard shows before computing anything: for each
 * mapped column, the cells the functions would stop at or leave out, with
 * their rows. It reads cells with the same readers the functions use, so what
 * it calls a problem is exactly what a formula would complain about.
 *
 * Then the plausibility of the roles: a column can be read without error and
 * still be the wrong one (an amount mapped as the customer id gives "8
 * customers with 447 orders each"). Those are warnings, with the column.
 */

import { amountReader, type CellReader, dateReader, type ReaderContext, scoreReader } from '../input/cellReaders';
import { type CellValue, isBlank } from '../input/cells';
import type { ColumnRole } from '../input/headings';
import { CellProblem } from '../input/inputError';
import { DATE_ROLES } from './proposeRoles';

export type ProblemKind =
  | 'dateText'
  | 'notDate'
  | 'amountText'
  | 'negativeAmount'
  | 'scoreRange'
  | 'scoreText'
  | 'satisfactionRange'
  | 'blankId'
  | 'idDecimals'
  | 'fewCustomers'
  | 'scoreScale';

/**
 * What a problem means for the person: an error stops the functions that read
 * the column (the wizard asks before going on), a warning says the role may be
 * the wrong one, a note says what the functions leave out.
 */
export type ProblemSeverity = 'error' | 'warning' | 'note';

export const SEVERITY: Readonly<Record<ProblemKind, ProblemSeverity>> = {
  dateText: 'error',
  notDate: 'error',
  amountText: 'error',
  scoreRange: 'error',
  satisfactionRange: 'error',
  blankId: 'error',
  idDecimals: 'warning',
  fewCustomers: 'warning',
  scoreScale: 'warning',
  scoreText: 'note',
  negativeAmount: 'note',
};

export interface DataProblem {
  readonly kind: ProblemKind;
  readonly severity: ProblemSeverity;
  readonly sheet: string;
  /** The column's heading, or its letter when it has none. */
  readonly column: string;
  readonly count: number;
  /** The first few sheet row numbers, for the person to look at. */
  readonly rows: readonly number[];
  /** For a warning about a whole column: the rows with data it looked at. */
  readonly total?: number;
}

export interface MappedColumn {
  readonly role: ColumnRole;
  readonly name: string;
  readonly cells: readonly CellValue[];
}

const ROWS_SHOWN = 5;

/** What a reader's verdict on one cell means for a role: undefined is "unreadable text", a throw is "wrong value". */
interface Verdicts {
  readonly reader: CellReader<number>;
  readonly unreadable: ProblemKind;
  readonly invalid: ProblemKind;
  readonly negative?: ProblemKind;
}

function verdictsFor(role: ColumnRole, context: ReaderContext): Verdicts | undefined {
  if (DATE_ROLES.includes(role)) return { reader: dateReader(context), unreadable: 'dateText', invalid: 'notDate' };
  if (role === 'amount')
    return {
      reader: amountReader(context, { allowNegative: true }),
      unreadable: 'amountText',
      invalid: 'amountText',
      negative: 'negativeAmount',
    };
  if (role === 'score') return { reader: scoreReader(context, 0, 10), unreadable: 'scoreText', invalid: 'scoreRange' };
  if (role === 'satisfaction')
    return { reader: scoreReader(context, 1, 5), unreadable: 'scoreText', invalid: 'satisfactionRange' };
  return undefined;
}

/**
 * Problems in the mapped columns of one sheet. `firstRow` is the sheet row
 * number of cells[0]; a row counts as data when any mapped cell in it is filled,
 * so a blank customer id is a problem only in a row that has other data.
 */
export function checkDataHealth(
  sheet: string,
  columns: readonly MappedColumn[],
  firstRow: number,
  context: ReaderContext,
): DataProblem[] {
  const rowCount = Math.max(0, ...columns.map((c) => c.cells.length));
  const problems: DataProblem[] = [];
  for (const column of columns) {
    const found = new Map<ProblemKind, { count: number; rows: number[] }>();
    const note = (kind: ProblemKind, index: number) => {
      const entry = found.get(kind) ?? { count: 0, rows: [] };
      entry.count++;
      if (entry.rows.length < ROWS_SHOWN) entry.rows.push(firstRow + index);
      found.set(kind, entry);
    };
    const verdicts = verdictsFor(column.role, context);
    for (let i = 0; i < rowCount; i++) {
      const cell = column.cells[i];
      if (isBlank(cell)) {
        if (column.role === 'customer' && columns.some((other) => !isBlank(other.cells[i]))) note('blankId', i);
        continue;
      }
      if (verdicts === undefined) continue;
      // An error cell (#N/A) stops every function; it reads as text here and is reported as such.
      try {
        const value = verdicts.reader.read(cell);
        if (value === undefined) note(verdicts.unreadable, i);
        else if (value < 0 && verdicts.negative !== undefined) note(verdicts.negative, i);
      } catch (error) {
        if (!(error instanceof CellProblem)) throw error;
        // Text written like a value but not readable (03/04/2024, "1,5" in en_US) is "stored as text".
        note(error.unreadableText ? verdicts.unreadable : verdicts.invalid, i);
      }
    }
    for (const [kind, { count, rows }] of found)
      problems.push({ kind, severity: SEVERITY[kind], sheet, column: column.name, count, rows });
    const implausible = plausibility(column, firstRow, context);
    if (implausible !== undefined)
      problems.push({ ...implausible, severity: SEVERITY[implausible.kind], sheet, column: column.name });
  }
  const rank = { error: 0, warning: 1, note: 2 };
  return problems.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** A column needs this many rows before its values can look implausible as a whole. */
const MIN_ROWS_JUDGED = 20;
/** Customer ids: at most this many distinct ones for at least FEW_CUSTOMERS_RATIO rows each is a handful. */
const FEW_CUSTOMERS = 12;
const FEW_CUSTOMERS_RATIO = 20;

/**
 * Whether a column that reads without error looks like another role's:
 * customer ids that are mostly decimal numbers (amounts), a handful of
 * distinct customer ids over many rows (a plan, a product or an amount), a
 * 0-10 score column whose answers all lie in 1-5 (a satisfaction scale).
 */
function plausibility(
  column: MappedColumn,
  firstRow: number,
  context: ReaderContext,
): Omit<DataProblem, 'severity' | 'sheet' | 'column'> | undefined {
  const filled: { value: CellValue; row: number }[] = [];
  column.cells.forEach((value, i) => {
    if (!isBlank(value)) filled.push({ value, row: firstRow + i });
  });
  if (filled.length < MIN_ROWS_JUDGED) return undefined;
  const rowsOf = (cells: readonly { row: number }[]) => cells.slice(0, ROWS_SHOWN).map((c) => c.row);
  if (column.role === 'customer') {
    const decimals = filled.filter(({ value }) => typeof value === 'number' && !Number.isInteger(value));
    if (decimals.length > filled.length / 2)
      return { kind: 'idDecimals', count: decimals.length, rows: rowsOf(decimals), total: filled.length };
    const distinct = new Set(filled.map(({ value }) => String(value).trim()));
    if (distinct.size <= FEW_CUSTOMERS && filled.length >= FEW_CUSTOMERS_RATIO * distinct.size)
      return { kind: 'fewCustomers', count: distinct.size, rows: [], total: filled.length };
  }
  if (column.role === 'score') {
    const reader = scoreReader(context, 0, 10);
    const scores: number[] = [];
    for (const { value } of filled) {
      try {
        const score = reader.read(value as Exclude<CellValue, null | undefined>);
        if (score !== undefined) scores.push(score);
      } catch {
        // Out of range: an error reported above.
      }
    }
    if (scores.length >= MIN_ROWS_JUDGED && scores.every((score) => score >= 1 && score <= 5))
      return { kind: 'scoreScale', count: scores.length, rows: [], total: scores.length };
  }
  return undefined;
}
