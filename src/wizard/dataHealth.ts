/**
 * The data-health check the wizard shows before computing anything: for each
 * mapped column, the cells the functions would stop at or leave out, with
 * their rows. It reads cells with the same readers the functions use, so what
 * it calls a problem is exactly what a formula would complain about.
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
  | 'blankId';

/**
 * How much a problem matters: an error makes the functions that read the
 * column stop; a warning is a plausibility check on the role (the column may
 * not be what it was mapped as); a note is something left out. (Interim on
 * the sidebar branch, as the lead's dataHealth.ts will have it, with its
 * plausibility kinds; the lead's file replaces this at merge.)
 */
export type ProblemSeverity = 'error' | 'warning' | 'note';

export const PROBLEM_SEVERITY: Readonly<Record<ProblemKind, ProblemSeverity>> = {
  dateText: 'error',
  notDate: 'error',
  amountText: 'error',
  scoreRange: 'error',
  satisfactionRange: 'error',
  blankId: 'error',
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
      problems.push({ kind, severity: PROBLEM_SEVERITY[kind], sheet, column: column.name, count, rows });
  }
  return problems;
}
