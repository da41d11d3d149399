/**
 * The catalog: one typed entry per custom function. It is the single source
 * of truth for the JSDoc wrappers Sheets reads autocomplete from (generated
 * into dist/ by scripts/build.ts), the README's function reference, the
 * in-sheet "Function help" dialog, and the offline formula engine.
 */

import type { CallContext } from '../input/callContext';
import type { CellResult, RangeArgument } from '../input/cells';
import type { FunctionQueryName } from '../sql';

export interface ParameterSpec {
  /** snake_case, as autocomplete shows it. */
  readonly name: string;
  readonly description: string;
  /** A range of cells (read as a column of values), or a single option value. */
  readonly kind: 'range' | 'value';
  readonly optional?: boolean;
}

/**
 * What a table function writes besides data, in English: its heading row and
 * its own words in cells (row labels, segment names, notes). The catalog
 * gives every function with an output a last parameter, `language`, that
 * writes these in another language (src/catalog/tableLanguage.ts); data
 * (customer ids, dates, numbers, a person's segment names) is never changed.
 */
export interface TableOutput {
  /** The heading row, in order; "Period {n}" stands for Period 0, Period 1, ... */
  readonly columns?: readonly string[];
  /**
   * Columns of `columns` that only some inputs write (CLV_PREDICT from a table of patterns has Customers instead
   * of Customer, and no spend columns without amounts): the heading row is `columns` with some of these left out.
   */
  readonly optionalColumns?: readonly string[];
  /** The heading rows of further tables stacked below the first (BTYD_VALIDATE's tracking table). */
  readonly moreColumns?: readonly (readonly string[])[];
  /** The function's own words in cells; "{n}" stands for a number, "{text}" for other words that vary. */
  readonly labels?: readonly string[];
}

export interface FunctionSpec {
  /** The formula name, UPPER_SNAKE_CASE. */
  readonly name: string;
  /** One line, shown by autocomplete. */
  readonly summary: string;
  /** The definition used, its source, and the edge cases: for help and the README. */
  readonly details: string;
  readonly parameters: readonly ParameterSpec[];
  /** What the function returns, in one sentence. */
  readonly returns: string;
  /** For a function that returns a table: its headings and own words (see TableOutput). */
  readonly output?: TableOutput;
  /** A formula as a user would type it. */
  readonly example: string;
  /**
   * What to do instead when the result is too large for one custom function
   * (see src/addon/customFunctions.ts): a sentence, such as "Give max_rows
   * to return only the first rows." Defaults to asking for a smaller range.
   */
  readonly largeResultAdvice?: string;
  /**
   * The same metric as a warehouse query (src/sql, `npm run sql`): the name of
   * its definition, the function's name in lower case. A type-only reference,
   * so the query text stays out of the Apps Script bundle.
   */
  readonly sql?: FunctionQueryName;
  /** Sheets values in, a value or table for the cell out; bad input throws InputError. */
  readonly compute: (args: readonly RangeArgument[], context: CallContext) => CellResult;
}
