/**
 * What the wizard learns from the person's rows before it lays out a
 * dashboard: the span of the dates, the NPS trend's period, what a subscriber
 * pays, and the calibration period of the model check. Each is a default the
 * person sees (in Options or on the dashboard's settings) and can change; none
 * changes a number's definition. Pure: the server reads the sheets and hands
 * the columns here.
 */

import { amountReader, type CellReader, dateReader, labelReader, type ReaderContext } from '../input/cellReaders';
import { type CellValue, isBlank } from '../input/cells';
import type { ColumnRole } from '../input/headings';
import { periodOf, type PeriodUnit } from '../time/periods';
import { DATE_ROLES } from './proposeRoles';
import { metricAvailability, type MetricId } from './wizardMetrics';
import type { SheetMapping } from './wizardSettings';

/** A column of a sheet from its first data row down, as getValues() gives it. */
export type Column = readonly CellValue[];

/** Each readable date of the columns, as a day number; cells that are not dates are the data check's business. */
export function daysIn(columns: readonly Column[], context: ReaderContext): number[] {
  const reader: CellReader<number> = dateReader(context);
  const days: number[] = [];
  for (const column of columns)
    for (const cell of column) {
      if (isBlank(cell)) continue;
      try {
        const day = reader.read(cell as Exclude<CellValue, null | undefined>);
        if (day !== undefined) days.push(Math.floor(day));
      } catch {
        // Not a date: reported by the data check.
      }
    }
  return days;
}

export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

export function spanOf(days: readonly number[]): DaySpan | undefined {
  if (days.length === 0) return undefined;
  let first = days[0];
  let last = days[0];
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return { first, last };
}

/**
 * A period needs this many answers for its NPS to be read: below it, the 95%
 * interval of an NPS is wider than about ±35 points (NPS_TREND notes such
 * periods as too few to read).
 */
export const MIN_ANSWERS_PER_PERIOD = 30;
const NPS_PERIODS: readonly PeriodUnit[] = ['week', 'month', 'quarter', 'year'];

/**
 * The NPS trend's period: the shortest whose typical period has at least 30
 * answers; a year when none has. The typical period is the median over every
 * period from the first answer's to the last's, empty ones included, but the
 * first and the last left out when there are more than two: those two are
 * usually cut short by where the data starts and ends.
 */
export function npsPeriodOf(answerDays: readonly number[]): PeriodUnit {
  const span = spanOf(answerDays);
  if (span === undefined) return 'month';
  for (const unit of NPS_PERIODS) {
    const first = periodOf(span.first, unit);
    const counts = new Array<number>(periodOf(span.last, unit) - first + 1).fill(0);
    for (const day of answerDays) counts[periodOf(day, unit) - first]++;
    const typical = counts.length > 2 ? counts.slice(1, -1) : counts;
    if (median(typical) >= MIN_ANSWERS_PER_PERIOD) return unit;
  }
  return 'year';
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const DAYS_PER_MONTH = 365.2425 / 12;
/** The window the subscription revenue is measured over: the last year of the data. */
const REVENUE_WINDOW_DAYS = 365;

export interface Subscriber {
  readonly id: string;
  readonly start: number;
  /** The end day, or undefined while the subscription runs. */
  readonly end?: number;
}

export interface Purchase {
  readonly id: string;
  readonly day: number;
  readonly amount: number;
}

/**
 * What a subscriber pays a month, from the orders of the customers on the
 * list: their revenue in the last year up to `asOf`, divided by the months
 * they were subscribed in that year (each customer's days between start and
 * end, or `asOf`, inside the window). Undefined when no subscriber ordered in
 * the window, so the person is asked for the figure instead.
 */
export function revenuePerSubscriberMonth(
  subscribers: readonly Subscriber[],
  purchases: readonly Purchase[],
  asOf: number,
): number | undefined {
  const from = asOf - REVENUE_WINDOW_DAYS + 1;
  const onList = new Set(subscribers.map((s) => s.id));
  let revenue = 0;
  for (const { id, day, amount } of purchases) if (onList.has(id) && day >= from && day <= asOf) revenue += amount;
  let subscribedDays = 0;
  for (const { start, end } of subscribers) {
    const overlap = Math.min(end ?? asOf, asOf) - Math.max(start, from) + 1;
    if (overlap > 0) subscribedDays += overlap;
  }
  if (revenue <= 0 || subscribedDays === 0) return undefined;
  return revenue / (subscribedDays / DAYS_PER_MONTH);
}

/** The longest holdout the model check uses, and the shortest worth showing (weeks). */
const MAX_HOLDOUT_WEEKS = 26;
const MIN_HOLDOUT_WEEKS = 8;

/**
 * The end of the calibration period of BTYD_VALIDATE: the holdout is a third
 * of the orders' history, at most half a year, so that the calibration is at
 * least twice the holdout; undefined when the history is too short to hold out
 * eight weeks.
 */
export function calibrationEndOf(orders: DaySpan): number | undefined {
  const weeks = Math.min(MAX_HOLDOUT_WEEKS, Math.floor((orders.last - orders.first) / 7 / 3));
  return weeks < MIN_HOLDOUT_WEEKS ? undefined : orders.last - weeks * 7;
}

// The facts of one mapping ---------------------------------------------------------------------------------

/** The cells of a sheet's column mapped to a role, from its first data row down; undefined when not mapped. */
export type RoleColumn = (source: SheetMapping, role: ColumnRole) => Column | undefined;

export interface WizardFacts {
  /** The latest day among a sheet's mapped date columns. */
  readonly latestDay: (sheet: string) => number | undefined;
  /** The first and last day among the mapped date columns of every sheet. */
  readonly span?: DaySpan;
  /** The NPS trend's period (npsPeriodOf), from the answers' dates. */
  readonly npsPeriod: PeriodUnit;
  /** What a subscriber pays a month, from the orders of the customers on the list, when they tell. */
  readonly subscriptionRevenue?: number;
  /** The calibration end of the model check, when the orders' history allows a holdout. */
  readonly calibrationEnd?: number;
}

/** Labels (customer ids) as the functions read them; a cell that is no label is left out here. */
function labelsIn(column: Column, context: ReaderContext): (string | undefined)[] {
  const reader = labelReader(context, 'customer');
  return column.map((cell) => {
    if (isBlank(cell)) return undefined;
    try {
      return reader.read(cell as Exclude<CellValue, null | undefined>);
    } catch {
      return undefined;
    }
  });
}

/** One day per row (undefined where the cell is no date). */
function dayPerRow(column: Column, context: ReaderContext): (number | undefined)[] {
  const reader = dateReader(context);
  return column.map((cell) => {
    if (isBlank(cell)) return undefined;
    try {
      const day = reader.read(cell as Exclude<CellValue, null | undefined>);
      return day === undefined ? undefined : Math.floor(day);
    } catch {
      return undefined;
    }
  });
}

function amountPerRow(column: Column, context: ReaderContext): (number | undefined)[] {
  const reader = amountReader(context, { allowNegative: true });
  return column.map((cell) => {
    if (isBlank(cell)) return undefined;
    try {
      return reader.read(cell as Exclude<CellValue, null | undefined>);
    } catch {
      return undefined;
    }
  });
}

/**
 * What the dashboard's defaults follow from, for the person's mapping:
 * `fixedAsOf` is their as-of day, if they gave one (the subscription revenue
 * is measured in the year up to it).
 */
export function factsOf(
  sources: readonly SheetMapping[],
  column: RoleColumn,
  context: ReaderContext,
  fixedAsOf?: number,
): WizardFacts {
  const latest = new Map<string, number>();
  const allDays: number[] = [];
  for (const source of sources) {
    const days = daysIn(
      DATE_ROLES.map((role) => column(source, role) ?? []),
      context,
    );
    const span = spanOf(days);
    if (span === undefined) continue;
    latest.set(source.sheet, span.last);
    allDays.push(span.first, span.last);
  }
  const availability = new Map(
    metricAvailability(
      sources.map((s) => ({ sheet: s.sheet, roles: new Set(Object.keys(s.roles) as ColumnRole[]) })),
    ).map((a) => [a.id, a]),
  );
  const sourceOf = (metric: MetricId) => sources.find((s) => s.sheet === availability.get(metric)?.sheet);

  const survey = sourceOf('npsTrend');
  const answers = survey === undefined ? [] : daysIn([column(survey, 'responseDate') ?? []], context);

  let subscriptionRevenue: number | undefined;
  const list = sourceOf('subscriptionValue');
  const shop = sourceOf('clv');
  if (list !== undefined && shop !== undefined) {
    const ids = labelsIn(column(list, 'customer') ?? [], context);
    const starts = dayPerRow(column(list, 'startDate') ?? [], context);
    const ends = dayPerRow(column(list, 'endDate') ?? [], context);
    const subscribers: Subscriber[] = [];
    ids.forEach((id, i) => {
      const start = starts[i];
      if (id !== undefined && start !== undefined) subscribers.push({ id, start, end: ends[i] });
    });
    const buyers = labelsIn(column(shop, 'customer') ?? [], context);
    const days = dayPerRow(column(shop, 'orderDate') ?? [], context);
    const amounts = amountPerRow(column(shop, 'amount') ?? [], context);
    const purchases: Purchase[] = [];
    buyers.forEach((id, i) => {
      const day = days[i];
      const amount = amounts[i];
      if (id !== undefined && day !== undefined && amount !== undefined) purchases.push({ id, day, amount });
    });
    const asOf = fixedAsOf ?? Math.max(latest.get(list.sheet) ?? -Infinity, latest.get(shop.sheet) ?? -Infinity);
    if (Number.isFinite(asOf)) subscriptionRevenue = revenuePerSubscriberMonth(subscribers, purchases, asOf);
  }

  const modelled = sourceOf('predictedClv');
  const orderSpan = modelled === undefined ? undefined : spanOf(daysIn([column(modelled, 'orderDate') ?? []], context));
  const until = fixedAsOf === undefined || orderSpan === undefined ? orderSpan : { ...orderSpan, last: fixedAsOf };

  return {
    latestDay: (sheet) => latest.get(sheet),
    span: spanOf(allDays),
    npsPeriod: npsPeriodOf(answers),
    subscriptionRevenue,
    calibrationEnd: until === undefined ? undefined : calibrationEndOf(until),
  };
}

/**
 * How many of the customers in `ids` (each once) are also in `others`, read as
 * the functions read customer ids: "Does loyalty pay?" says how many of the
 * respondents it can follow into the orders.
 */
export function matchedCustomers(ids: Column, others: Column, context: ReaderContext): { found: number; of: number } {
  const known = new Set(labelsIn(others, context).filter((id) => id !== undefined));
  const respondents = new Set(labelsIn(ids, context).filter((id) => id !== undefined));
  let found = 0;
  for (const id of respondents) if (known.has(id)) found++;
  return { found, of: respondents.size };
}
