/**
 * What CLV and CLV_BY read: orders whose amounts may be negative (refunds net
 * against sales), the lifespan and the gross margin, and the check that the
 * orders span some time. Shared so that CLV_BY's overall row is CLV itself.
 */

import type { CallContext } from '../input/callContext';
import type { RangeArgument } from '../input/cells';
import { amountReader, dateReader, labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { readNumberOption } from '../input/options';
import { column, type ColumnSpec, readTable } from '../input/readTable';
import { clvInputsOf, type ClvInputs, historicalClv, type HistoricalClv } from '../metrics/historicalClv';
import { indexKeys, type KeyIndex } from '../metrics/keyIndex';
import { isoDateOfDay } from '../time/civilDays';
import type { ParameterSpec } from './functionSpec';
import { CUSTOMER_IDS, ORDER_DATES } from './readOrders';

export const CLV_PARAMETERS: readonly ParameterSpec[] = [
  CUSTOMER_IDS,
  ORDER_DATES,
  { name: 'amounts', description: 'The amount of each order, e.g. D2:D; refunds as negative amounts.', kind: 'range' },
  { name: 'lifespan_years', description: 'How many years a customer stays, e.g. 3.', kind: 'value' },
  {
    name: 'gross_margin',
    description: 'The share of revenue kept as gross profit, e.g. 0.6; 1 if blank.',
    kind: 'value',
    optional: true,
  },
];

export interface ClvSettings {
  readonly lifespanYears: number;
  readonly grossMargin: number;
}

export function readClvSettings(fn: string, lifespan: RangeArgument, margin: RangeArgument): ClvSettings {
  const lifespanYears = readNumberOption(fn, 'lifespan_years', lifespan, {
    fallback: undefined,
    min: 0,
    minInclusive: false,
    max: 200,
    maxInclusive: true,
    accepted: 'a number of years above 0, such as 3',
  });
  const grossMargin = readNumberOption(fn, 'gross_margin', margin, {
    fallback: 1,
    min: 0,
    minInclusive: false,
    max: 1,
    maxInclusive: true,
    accepted: 'a share above 0 and up to 1, such as 0.6 or 60% (leave it blank for 1)',
  });
  return { lifespanYears, grossMargin };
}

export interface ClvOrders {
  readonly customers: KeyIndex;
  readonly days: number[];
  readonly amounts: number[];
  /** Present when segments were read: the segment of each order row, undefined when blank. */
  readonly segments?: (string | undefined)[];
  locate(k: number): string;
}

export function readClvOrders(
  context: CallContext,
  ranges: {
    ids: RangeArgument;
    dates: RangeArgument;
    amounts: RangeArgument;
    segments?: RangeArgument;
    /** Orders after this day are left out. */
    asOf?: number;
  },
): ClvOrders {
  const spec: Record<string, ColumnSpec<unknown>> = {
    customer_ids: column(ranges.ids, labelReader(context, 'customer'), 'key'),
    order_dates: column(ranges.dates, dateReader(context), 'required'),
    amounts: column(ranges.amounts, amountReader(context, { allowNegative: true }), 'required'),
  };
  if (ranges.segments !== undefined) {
    spec.segments = column(ranges.segments, labelReader(context, ['segment', 'source']), 'optional');
  }
  const table = readTable(context, spec, { until: { column: 'order_dates', day: ranges.asOf } });
  if (table.size === 0) {
    const when = ranges.asOf === undefined ? '' : ' on or before as_of';
    throw new InputError(
      `${context.functionName}: no orders${when} in customer_ids; expected one customer id per order.`,
    );
  }
  const columns = table.columns as Record<string, unknown[]>;
  return {
    customers: indexKeys(columns.customer_ids as string[]),
    days: columns.order_dates as number[],
    amounts: columns.amounts as number[],
    segments: columns.segments as (string | undefined)[] | undefined,
    locate: table.locate,
  };
}

/** The historical CLV of all the orders and the formula's inputs; orders all on one day are an error. */
export function clvOfOrders(
  context: CallContext,
  orders: ClvOrders,
  settings: ClvSettings,
): { inputs: ClvInputs; result: HistoricalClv } {
  const inputs = clvInputsOf(orders.customers, orders.days, orders.amounts);
  const result = historicalClv(inputs, settings.lifespanYears, settings.grossMargin);
  if (result === null)
    throw new InputError(
      `${context.functionName}: every order falls on ${isoDateOfDay(orders.days[0])}, so purchases per year cannot be measured; it needs orders over some time.`,
    );
  return { inputs, result };
}
