/**
 * Reading an orders list (customer ids, order dates, amounts, as_of), shared
 * by the order metrics and the predictive models.
 */

import type { CallContext } from '../input/callContext';
import type { RangeArgument } from '../input/cells';
import { amountReader, dateReader, labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { isOmitted, readOptionalDate } from '../input/options';
import { column, type ColumnSpec, readTable } from '../input/readTable';
import { indexKeys, type KeyIndex } from '../metrics/keyIndex';
import { isoDateOfDay } from '../time/civilDays';
import type { ParameterSpec } from './functionSpec';

/** The two columns every order function reads, described once. */
export const CUSTOMER_IDS: ParameterSpec = {
  name: 'customer_ids',
  description: 'The customer of each order, e.g. B2:B.',
  kind: 'range',
};
export const ORDER_DATES: ParameterSpec = {
  name: 'order_dates',
  description: 'The date of each order, e.g. C2:C.',
  kind: 'range',
};

export const NO_REFUNDS = ' (a refund is not an order: leave refunds out, or use CLV, which nets them)';

export interface Orders {
  readonly customers: KeyIndex;
  readonly days: number[];
  /** Present when amounts were read. */
  readonly amounts?: number[];
  /** Present when segments were read: the segment of each order row, undefined when blank. */
  readonly segments?: (string | undefined)[];
  /** The analysis date: as_of, or the latest order date. */
  readonly asOfDay: number;
  /** "row 7": where order k is in the ranges. */
  locate(k: number): string;
}

export interface OrderArguments {
  readonly ids: RangeArgument;
  readonly dates: RangeArgument;
  /** Amounts: `required` when the function cannot do without them. */
  readonly amounts?: { readonly range: RangeArgument; readonly required: boolean };
  readonly asOf?: RangeArgument;
  /** The name as_of goes by in the function's help (BTYD_VALIDATE's holdout_end); "as_of" if not given. */
  readonly asOfName?: string;
  /** A segment per order row, parallel to the ids. */
  readonly segments?: RangeArgument;
}

/** The parameter names messages use, for functions that read orders beside other customer ids. */
export interface OrderParameterNames {
  readonly ids: string;
  readonly dates: string;
  readonly amounts: string;
}

const ORDER_PARAMETERS: OrderParameterNames = { ids: 'customer_ids', dates: 'order_dates', amounts: 'amounts' };

/** Reads customer ids, order dates and amounts (when asked for and given); as_of defaults to the latest order date. */
export function readOrders(
  context: CallContext,
  args: OrderArguments,
  names: OrderParameterNames = ORDER_PARAMETERS,
): Orders {
  const fn = context.functionName;
  const spec: Record<string, ColumnSpec<unknown>> = {};
  spec[names.ids] = column(args.ids, labelReader(context, 'customer'), 'key');
  spec[names.dates] = column(args.dates, dateReader(context), 'required');
  const withAmounts = args.amounts !== undefined && !isOmitted(args.amounts.range);
  if (args.amounts !== undefined && !withAmounts && args.amounts.required)
    throw new InputError(`${fn}: ${names.amounts} is missing; give the amount of each order, e.g. D2:D.`);
  if (args.amounts !== undefined && withAmounts) {
    const reader = amountReader(context, { allowNegative: false, refundAdvice: NO_REFUNDS });
    spec[names.amounts] = column(args.amounts.range, reader, 'required');
  }
  if (args.segments !== undefined) {
    spec.segments = column(args.segments, labelReader(context, ['segment', 'source']), 'optional');
  }
  const table = readTable(context, spec);
  const columns = table.columns as Record<string, unknown[]>;
  const customerIds = columns[names.ids] as string[];
  const days = columns[names.dates] as number[];
  const amounts = withAmounts ? (columns[names.amounts] as number[]) : undefined;
  if (days.length === 0) throw new InputError(`${fn}: no orders in ${names.ids}; expected one customer id per order.`);
  let latest = -Infinity;
  for (const day of days) latest = Math.max(latest, day);
  const asOfName = args.asOfName ?? 'as_of';
  const asOf = args.asOf === undefined ? undefined : readOptionalDate(context, asOfName, args.asOf);
  const asOfDay = asOf ?? latest;
  if (asOf !== undefined && !days.some((day) => Math.floor(day) <= Math.floor(asOf))) {
    throw new InputError(
      `${fn}: no orders on or before ${asOfName} (${isoDateOfDay(asOf)}); the first order is later.`,
    );
  }
  return {
    customers: indexKeys(customerIds),
    days,
    amounts,
    segments: columns.segments as (string | undefined)[] | undefined,
    asOfDay,
    locate: table.locate,
  };
}
