/**
 * The `segments` argument of the by-segment functions, in its two forms:
 *
 * - one column parallel to the other ranges: the segment of each row (for a
 *   customer list, of each customer; for orders, of each order row), e.g.
 *   Customers!F2:F beside Customers!C2:C;
 * - two columns, recognised by their width: customer ids and the segment of
 *   each, joined to the orders by customer id, for a segment kept in the
 *   customers sheet (acquisition source, plan), e.g. {Customers!A2:A,
 *   Customers!E2:E} or Customers!E2:F when the two columns are side by side.
 *   A customer listed twice with two different segments is an error naming
 *   the row; a customer with orders who is not listed is in "(not listed)".
 *
 * A range two columns wide is always read as the second form (a parallel
 * range of a one-column data range has one column). Blank segments are
 * grouped under "(blank)". In the braces a comma puts columns side by side;
 * in spreadsheets whose locale writes decimals with a comma, Sheets uses a
 * backslash instead ({Customers!A2:A\Customers!E2:E}; B. Collins, "Explaining
 * syntax differences in your formulas due to your Google Sheets location",
 * benlcollins.com/spreadsheets/sheets-location). Either way the function
 * receives the same two-column array.
 */

import type { CallContext } from '../input/callContext';
import type { CellValue, RangeArgument } from '../input/cells';
import { CellRange } from '../input/cellRange';
import { labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { column, readTable } from '../input/readTable';
import type { KeyIndex } from '../metrics/keyIndex';

export const BLANK_SEGMENT = '(blank)';
export const NOT_LISTED = '(not listed)';

/** Where each row's segment comes from. */
export type Segments =
  | { readonly form: 'parallel'; readonly range: RangeArgument }
  | { readonly form: 'lookup'; readonly segmentOf: ReadonlyMap<string, string> };

/** How a wrong segment for one customer or order is explained. */
const ONE_SEGMENT_ADVICE = {
  customer:
    'a customer belongs to one segment (for a segment kept per customer, such as the acquisition source, give ' +
    'segments as two columns, the customer ids and their segment: {Customers!A2:A, Customers!E2:E})',
  order: 'the lines of one order belong to one segment',
} as const;

/** Reads `segments`: a two-column range is the lookup form when the function can join by customer id. */
export function readSegments(context: CallContext, argument: RangeArgument, lookupAllowed: boolean): Segments {
  if (lookupAllowed && new CellRange(argument).width === 2) {
    return { form: 'lookup', segmentOf: readSegmentLookup(context, argument) };
  }
  return { form: 'parallel', range: argument };
}

/** The parallel range, for the table reader to read beside the other columns; undefined for the lookup form. */
export function parallelRange(segments: Segments): RangeArgument | undefined {
  return segments.form === 'parallel' ? segments.range : undefined;
}

function readSegmentLookup(context: CallContext, argument: RangeArgument): Map<string, string> {
  const rows = argument as readonly (readonly CellValue[])[];
  const table = readTable(context, {
    'segments (column 1)': column(
      rows.map((row) => [row[0]]),
      labelReader(context, 'customer'),
      'key',
    ),
    'segments (column 2)': column(
      rows.map((row) => [row[1]]),
      labelReader(context, ['segment', 'source']),
      'optional',
    ),
  });
  const ids = table.columns['segments (column 1)'];
  const labels = table.columns['segments (column 2)'];
  const segmentOf = new Map<string, string>();
  const firstRow = new Map<string, number>();
  for (let k = 0; k < table.size; k++) {
    const label = labelOf(labels[k]);
    const known = segmentOf.get(ids[k]);
    if (known === undefined) {
      segmentOf.set(ids[k], label);
      firstRow.set(ids[k], k);
    } else if (known !== label) {
      throw new InputError(
        `${context.functionName}: ${table.locate(k)} of segments gives customer ${ids[k]} the segment "${label}", ` +
          `but ${table.locate(firstRow.get(ids[k]) ?? k)} gave "${known}"; a customer belongs to one segment.`,
      );
    }
  }
  if (table.size === 0) {
    throw new InputError(
      `${context.functionName}: segments has two columns but no customer ids in the first; expected customer ids ` +
        'and their segment, e.g. {Customers!A2:A, Customers!E2:E}.',
    );
  }
  return segmentOf;
}

/** A segment label as shown: blank ones as "(blank)". */
export function labelOf(label: string | undefined): string {
  return label === undefined || label === '' ? BLANK_SEGMENT : label;
}

/**
 * The segment of each key (customer or order) from the segments of its rows;
 * a key whose rows name two segments is an error naming the row.
 */
export function segmentOfEachKey(
  context: CallContext,
  keys: KeyIndex,
  rowSegments: readonly (string | undefined)[],
  locate: (k: number) => string,
  unit: keyof typeof ONE_SEGMENT_ADVICE,
): string[] {
  const segmentOf: (string | undefined)[] = new Array<string | undefined>(keys.keys.length);
  const firstRow = new Int32Array(keys.keys.length);
  for (let k = 0; k < keys.ofRow.length; k++) {
    const key = keys.ofRow[k];
    const label = labelOf(rowSegments[k]);
    const known = segmentOf[key];
    if (known === undefined) {
      segmentOf[key] = label;
      firstRow[key] = k;
    } else if (known !== label) {
      throw new InputError(
        `${context.functionName}: ${locate(k)} puts ${unit} ${keys.keys[key]} in segment "${label}", but ` +
          `${locate(firstRow[key])} put it in "${known}"; ${ONE_SEGMENT_ADVICE[unit]}.`,
      );
    }
  }
  return segmentOf as string[];
}

/** The segment of each customer from the lookup form; customers not listed are "(not listed)". */
export function segmentOfEachCustomer(segmentOf: ReadonlyMap<string, string>, customers: KeyIndex): string[] {
  return customers.keys.map((key) => segmentOf.get(key) ?? NOT_LISTED);
}
