/**
 * Reading a purchase summary in place of order rows, for BTYD_FIT and
 * CLV_PREDICT: a warehouse can compute the models' inputs in SQL and bring
 * back a small table. Two kinds, told apart by their heading row (matched
 * without regard to case or extra spaces):
 *
 * - a pattern table, `frequency, recency, T, customers`: one row per
 *   distinct history (x repeat purchase days, recency t_x, age T, in weeks)
 *   with the number of customers who have it;
 * - a customer summary, CUSTOMER_SUMMARY's `Customer, Frequency, Recency, T,
 *   Monetary value` in weeks: one row per customer, with the mean repeat
 *   spend (the Monetary value column may be left blank throughout: then no
 *   spend model).
 *
 * Every row must be a history the order rows could have given: frequency a
 * whole number, recency and T of 0 or more with recency <= T, recency 0
 * exactly when frequency is 0; a count of customers a whole number of 1 or
 * more. Anything else is an error naming the row.
 */

import type { CallContext } from '../input/callContext';
import { type CellValue, isBlank, type RangeArgument } from '../input/cells';
import { labelReader } from '../input/cellReaders';
import { describeCell } from '../input/describeCell';
import { InputError } from '../input/inputError';
import { column, readTable } from '../input/readTable';
import { nonNegativeNumberReader, wholeNumberReader } from '../input/summaryReaders';

export type SummaryKind = 'patterns' | 'customers';

/** The heading rows, as the functions' help shows them. */
export const SUMMARY_HEADINGS: Readonly<Record<SummaryKind, readonly string[]>> = {
  patterns: ['frequency', 'recency', 'T', 'customers'],
  customers: ['Customer', 'Frequency', 'Recency', 'T', 'Monetary value'],
};

/** "frequency, recency, T, customers" (a pattern table) or "Customer, ... Monetary value" (CUSTOMER_SUMMARY in weeks). */
export const SUMMARY_HEADINGS_TEXT =
  `${SUMMARY_HEADINGS.patterns.join(', ')} (one row per pattern of customers) or ` +
  `${SUMMARY_HEADINGS.customers.join(', ')} (CUSTOMER_SUMMARY in weeks)`;

export interface SummaryTable {
  readonly kind: SummaryKind;
  /** The customers, for a customer summary. */
  readonly keys?: readonly string[];
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** Customers per row: the counts of a pattern table, 1s for a customer summary. */
  readonly weight: Float64Array;
  /** Mean repeat spend per row, when the table gives it. */
  readonly meanSpend?: Float64Array;
}

const normalise = (cell: CellValue) => String(cell).trim().replace(/\s+/g, ' ').toLowerCase();

/** The rows of a range argument, and its first row with any cell filled in (its heading row), if any. */
function headingRow(range: RangeArgument): { rows: readonly (readonly CellValue[])[]; index: number } | undefined {
  if (!Array.isArray(range)) return undefined;
  const rows = range as readonly (readonly CellValue[])[];
  const index = rows.findIndex((row) => row.some((cell) => !isBlank(cell)));
  return index < 0 ? undefined : { rows, index };
}

/** The kind of summary table whose heading row the range starts with, if any. */
export function summaryKindOf(range: RangeArgument): SummaryKind | undefined {
  const found = headingRow(range);
  if (found === undefined) return undefined;
  const cells = found.rows[found.index].map(normalise);
  return (Object.keys(SUMMARY_HEADINGS) as SummaryKind[]).find((kind) => {
    const wanted = SUMMARY_HEADINGS[kind];
    return cells.length === wanted.length && wanted.every((heading, c) => cells[c] === heading.toLowerCase());
  });
}

/**
 * Reads the first range of BTYD_FIT or CLV_PREDICT as a summary table (the order ranges were left blank).
 * `parameter` is the first range's name, for the messages.
 */
export function readSummaryTable(context: CallContext, range: RangeArgument, parameter: string): SummaryTable {
  const fn = context.functionName;
  const found = headingRow(range);
  const kind = summaryKindOf(range);
  if (found === undefined || kind === undefined) {
    const what =
      found === undefined
        ? `${parameter} is blank`
        : `row ${found.index + 1} of ${parameter} holds ${found.rows[found.index].map((cell) => describeCell(cell)).join(', ')}`;
    throw new InputError(
      `${fn}: order_dates is blank, so ${parameter} must be a summary table, but ${what}; give the date of each ` +
        `order in order_dates (and the amounts), or a table whose first row is the heading ${SUMMARY_HEADINGS_TEXT}.`,
    );
  }
  const { rows } = found;
  const columnOf = (c: number): CellValue[][] => rows.map((row) => [row[c]]);
  const times = (what: string) => nonNegativeNumberReader(context, `${what} must be a number of weeks`);
  let keys: string[] | undefined;
  let x: number[];
  let tx: number[];
  let T: number[];
  let weight: number[];
  let meanSpend: (number | undefined)[] | undefined;
  let locate: (k: number) => string;
  if (kind === 'patterns') {
    const table = readTable(context, {
      frequency: column(columnOf(0), wholeNumberReader(context, 'frequency', 0), 'key'),
      recency: column(columnOf(1), times('recency'), 'required'),
      T: column(columnOf(2), times('T'), 'required'),
      customers: column(columnOf(3), wholeNumberReader(context, 'customers', 1), 'required'),
    });
    ({ frequency: x, recency: tx, T, customers: weight } = table.columns);
    locate = table.locate;
  } else {
    const table = readTable(context, {
      Customer: column(columnOf(0), labelReader(context, 'customer'), 'key'),
      Frequency: column(columnOf(1), wholeNumberReader(context, 'Frequency', 0), 'required'),
      Recency: column(columnOf(2), times('Recency'), 'required'),
      T: column(columnOf(3), times('T'), 'required'),
      'Monetary value': column(
        columnOf(4),
        nonNegativeNumberReader(context, 'Monetary value must be an amount'),
        'optional',
      ),
    });
    ({ Customer: keys, Frequency: x, Recency: tx, T, 'Monetary value': meanSpend } = table.columns);
    weight = x.map(() => 1);
    locate = table.locate;
    const given = meanSpend.filter((value) => value !== undefined).length;
    if (given === 0) meanSpend = undefined;
    else if (given < meanSpend.length) {
      const k = meanSpend.indexOf(undefined);
      throw new InputError(
        `${fn}: ${locate(k)} of Monetary value is blank; give every customer's mean repeat spend (0 for one-time ` +
          'buyers), or leave the whole column blank to fit the purchase model alone.',
      );
    }
  }
  if (x.length === 0) {
    throw new InputError(`${fn}: ${parameter} has the heading row of a summary table but no rows under it.`);
  }
  const [frequencyName, recencyName] = kind === 'patterns' ? ['frequency', 'recency'] : ['Frequency', 'Recency'];
  for (let k = 0; k < x.length; k++) {
    const where = `${locate(k)} of ${parameter}`;
    if (tx[k] > T[k]) {
      throw new InputError(
        `${fn}: ${where} has ${recencyName} ${tx[k]} above T ${T[k]}; the last purchase cannot come after the end ` +
          `of the data (${recencyName} is at most T, both in weeks since the first purchase).`,
      );
    }
    if (x[k] === 0 && tx[k] !== 0) {
      throw new InputError(
        `${fn}: ${where} has ${frequencyName} 0 but ${recencyName} ${tx[k]}; a customer without repeat purchases ` +
          `has ${recencyName} 0.`,
      );
    }
    if (x[k] > 0 && tx[k] === 0) {
      throw new InputError(
        `${fn}: ${where} has ${frequencyName} ${x[k]} but ${recencyName} 0; repeat purchases come on days after ` +
          `the first, so ${recencyName} is above 0.`,
      );
    }
  }
  return {
    kind,
    keys,
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    weight: Float64Array.from(weight),
    meanSpend: meanSpend === undefined ? undefined : Float64Array.from(meanSpend as number[]),
  };
}
