/**
 * Reading a customer list (start dates, end dates blank while the customer
 * stays, and for some functions customer ids and a revenue column), shared by
 * the churn metrics and the retention models.
 */

import type { CallContext } from '../input/callContext';
import type { RangeArgument } from '../input/cells';
import { amountReader, dateReader, labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { column, readTable } from '../input/readTable';
import { isoDateOfDay } from '../time/civilDays';
import type { ParameterSpec } from './functionSpec';

export const START_DATES: ParameterSpec = {
  name: 'start_dates',
  description: 'The date each customer started (signed up, subscribed), e.g. C2:C.',
  kind: 'range',
};
export const END_DATES: ParameterSpec = {
  name: 'end_dates',
  description: 'The date each customer left (cancelled), blank while still a customer, e.g. D2:D.',
  kind: 'range',
};

export interface CustomerList {
  readonly starts: number[];
  readonly ends: (number | undefined)[];
  /** Present when customer ids were read. */
  readonly ids?: string[];
  /** Present when a revenue column was read. */
  readonly revenue?: number[];
  /** "row 7": where customer k is in the ranges. */
  locate(k: number): string;
}

export interface CustomerListColumns {
  /** Customer ids: then the id is the row's key and the start date is required. */
  readonly ids?: RangeArgument;
  /** A column of amounts parallel to the customers (zero or more), under this parameter name. */
  readonly revenue?: { readonly range: RangeArgument; readonly parameter: string };
}

/** Reads a customer list; an end before its start is an error naming the row. */
export function readCustomerList(
  context: CallContext,
  starts: RangeArgument,
  ends: RangeArgument,
  extra: CustomerListColumns = {},
): CustomerList {
  const dates = dateReader(context);
  const list = extra.ids === undefined ? readDatesOnly() : readWithIds(extra.ids);
  for (let k = 0; k < list.starts.length; k++) {
    const end = list.ends[k];
    if (end !== undefined && Math.floor(end) < Math.floor(list.starts[k])) {
      throw new InputError(
        `${context.functionName}: ${list.locate(k)} ends on ${isoDateOfDay(end)}, before it starts on ${isoDateOfDay(list.starts[k])}; ` +
          'an end date must be on or after the start date.',
      );
    }
  }
  if (list.starts.length === 0)
    throw new InputError(`${context.functionName}: no customers in start_dates; expected one start date per customer.`);
  return list;

  function readDatesOnly(): CustomerList {
    const table = readTable(context, {
      start_dates: column(starts, dates, 'key'),
      end_dates: column(ends, dates, 'optional'),
    });
    return { starts: table.columns.start_dates, ends: table.columns.end_dates, locate: table.locate };
  }

  function readWithIds(ids: RangeArgument): CustomerList {
    const idColumn = column(ids, labelReader(context, 'customer'), 'key');
    if (extra.revenue === undefined) {
      const table = readTable(context, {
        customer_ids: idColumn,
        start_dates: column(starts, dates, 'required'),
        end_dates: column(ends, dates, 'optional'),
      });
      const { customer_ids, start_dates, end_dates } = table.columns;
      return { ids: customer_ids, starts: start_dates, ends: end_dates, locate: table.locate };
    }
    const table = readTable(context, {
      customer_ids: idColumn,
      start_dates: column(starts, dates, 'required'),
      end_dates: column(ends, dates, 'optional'),
      [extra.revenue.parameter]: column(
        extra.revenue.range,
        amountReader(context, { allowNegative: false }),
        'required',
      ),
    });
    const columns = table.columns as Record<string, unknown[]>;
    return {
      ids: columns.customer_ids as string[],
      starts: columns.start_dates as number[],
      ends: columns.end_dates as (number | undefined)[],
      revenue: columns[extra.revenue.parameter] as number[],
      locate: table.locate,
    };
  }
}
