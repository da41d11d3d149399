/**
 * Reading an orders list (customer ids, order dates, amounts, as_of), shared
 * by the order metrics and the predictive models.
 */

import type { CallContext } from '../input/callContext';
import type { RangeArgument } from '../input/cells';
import { amountReader, dateReader, labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { isOmitted, readOptionalDate } from '../input/options';
import { column, readTable } from '../input/readTable';
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
  /** The analysis date: as_of, or the latest order date. */
  readonly asOfDay: number;
}

export interface OrderArguments {
  readonly ids: RangeArgument;
  readonly dates: RangeArgument;
  /** Amounts: `required` when the function cannot do without them. */
  readonly amounts?: { readonly range: RangeArgument; readonly required: boolean };
  readonly asOf?: RangeArgument;
  /** The name as_of goes by in the function's help (BTYD_VALIDATE's holdout_end); "as_of" if not given. */
  readonly asOfName?: string;
}

/** Reads customer ids, order dates and amounts (when asked for and given); as_of defaults to the latest order date. */
export function readOrders(context: CallContext, args: OrderArguments): Orders {
  const fn = context.functionName;
  const ids = column(args.ids, labelReader(context, 'customer'), 'key');
  const dates = column(args.dates, dateReader(context), 'required');
  let amounts: number[] | undefined;
  let days: number[];
  let customerIds: string[];
  if (args.amounts === undefined || isOmitted(args.amounts.range)) {
    if (args.amounts?.required)
      throw new InputError(`${fn}: amounts is missing; give the amount of each order, e.g. D2:D.`);
    const table = readTable(context, { customer_ids: ids, order_dates: dates });
    ({ customer_ids: customerIds, order_dates: days } = table.columns);
  } else {
    const reader = amountReader(context, { allowNegative: false, refundAdvice: NO_REFUNDS });
    const table = readTable(context, {
      customer_ids: ids,
      order_dates: dates,
      amounts: column(args.amounts.range, reader, 'required'),
    });
    ({ customer_ids: customerIds, order_dates: days, amounts } = table.columns);
  }
  if (days.length === 0) throw new InputError(`${fn}: no orders in customer_ids; expected one customer id per order.`);
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
  return { customers: indexKeys(customerIds), days, amounts, asOfDay };
}
