/**
 * Reading a customer list (start dates, end dates blank while the customer
 * stays, and, for the functions that need them, customer ids, a segment or a
 * revenue per customer) and the period a rate is measured over; shared by the
 * customer-list metrics, their by-segment forms, NPS_CHURN_IMPACT and the
 * retention models.
 */

import type { CallContext } from '../input/callContext';
import type { RangeArgument } from '../input/cells';
import { amountReader, dateReader, labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { readRequiredDate } from '../input/options';
import { column, type ColumnSpec, readTable } from '../input/readTable';
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
  /** Present when customer ids were read: the id of each kept row. */
  readonly ids?: string[];
  /** Present when segments were read: the segment of each kept row, undefined when blank. */
  readonly segments?: (string | undefined)[];
  /** Present when a revenue column was read. */
  readonly revenue?: number[];
  /** "row 7": where kept row k is in the ranges. */
  locate(k: number): string;
}

export interface CustomerListArguments {
  readonly starts: RangeArgument;
  readonly ends: RangeArgument;
  /** Customer ids, parallel to the dates; every listed customer then needs one. */
  readonly ids?: RangeArgument;
  /** A segment per customer, parallel to the dates; blank segments are kept as undefined. */
  readonly segments?: RangeArgument;
  /** A column of amounts parallel to the customers (zero or more), under this parameter name. */
  readonly revenue?: { readonly range: RangeArgument; readonly parameter: string };
}

/**
 * Reads a customer list; an end before its start is an error naming the row,
 * and so is a list without customers. With ids, the id is the key of a row
 * (a row without an id is skipped) and the start date is required.
 */
export function readCustomerList(context: CallContext, args: CustomerListArguments): CustomerList {
  const dates = dateReader(context);
  const spec: Record<string, ColumnSpec<unknown>> = {};
  if (args.ids !== undefined) spec.customer_ids = column(args.ids, labelReader(context, 'customer'), 'key');
  spec.start_dates = column(args.starts, dates, args.ids === undefined ? 'key' : 'required');
  spec.end_dates = column(args.ends, dates, 'optional');
  if (args.segments !== undefined)
    spec.segments = column(args.segments, labelReader(context, ['segment', 'source']), 'optional');
  if (args.revenue !== undefined)
    spec[args.revenue.parameter] = column(
      args.revenue.range,
      amountReader(context, { allowNegative: false }),
      'required',
    );
  const table = readTable(context, spec);
  const columns = table.columns as Record<string, unknown[]>;
  const startDays = columns.start_dates as number[];
  const endDays = columns.end_dates as (number | undefined)[];
  for (let k = 0; k < table.size; k++) {
    const end = endDays[k];
    if (end !== undefined && Math.floor(end) < Math.floor(startDays[k])) {
      throw new InputError(
        `${context.functionName}: ${table.locate(k)} ends on ${isoDateOfDay(end)}, before it starts on ${isoDateOfDay(startDays[k])}; ` +
          'an end date must be on or after the start date.',
      );
    }
  }
  if (table.size === 0) {
    const where = args.ids === undefined ? 'start_dates' : 'customer_ids';
    throw new InputError(`${context.functionName}: no customers in ${where}; expected one start date per customer.`);
  }
  return {
    starts: startDays,
    ends: endDays,
    ids: columns.customer_ids as string[] | undefined,
    segments: columns.segments as (string | undefined)[] | undefined,
    revenue: args.revenue === undefined ? undefined : (columns[args.revenue.parameter] as number[]),
    locate: table.locate,
  };
}

/** A period of whole days, both included. */
export interface Period {
  readonly first: number;
  readonly last: number;
}

/** Reads period_start and period_end; a period that ends before it starts is an error. */
export function readPeriod(context: CallContext, periodStart: RangeArgument, periodEnd: RangeArgument): Period {
  const first = readRequiredDate(context, 'period_start', periodStart);
  const last = readRequiredDate(context, 'period_end', periodEnd);
  if (Math.floor(last) < Math.floor(first)) {
    throw new InputError(
      `${context.functionName}: period_end (${isoDateOfDay(last)}) is before period_start (${isoDateOfDay(first)}); the period runs from the first to the second.`,
    );
  }
  return { first, last };
}

/** The error for a period that no customer was active at the start of. */
export function noCustomersAtStart(context: CallContext, period: Period): InputError {
  return new InputError(
    `${context.functionName}: no customer was active at the start of the period (${isoDateOfDay(period.first)}): none started before it and ` +
      'stayed until then, so the rate has nothing to measure.',
  );
}
