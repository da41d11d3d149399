/**
 * The parts every metric query shares, written once: reading the input
 * tables with the add-on's input rules as far as a typed table has them
 * (README, "Data conventions"), the options with their defaults, as_of, and
 * calendar periods. Each returns SQL text for a QueryContext.
 *
 * - A row whose key (the customer id, the score, the start date...) is NULL,
 *   or text that is blank once trimmed, is left out, as a blank row is.
 * - A row with a key but a required companion missing stops the query with a
 *   message, as the function stops with an error naming the row.
 * - Customer ids, products, order ids and segments are compared as trimmed
 *   text (1001 and '1001' are one customer; case matters).
 */

import type { DateUnit } from './dialect';
import { sqlText } from './dialect';
import type { QueryContext } from './query';

/** NULLIF(TRIM(CAST(column AS text)), ''): a label as the add-on compares it, NULL when blank. */
export function label(q: QueryContext, column: string): string {
  return `NULLIF(TRIM(${q.cast(column, 'text')}), '')`;
}

/** A number as a float literal (DuckDB reads 0.75 as DECIMAL, 0.75e0 as DOUBLE; BigQuery both as FLOAT64). */
export function float(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? text : `${text}e0`;
}

/** An output column name, quoted (some, such as "new", are reserved words in BigQuery). */
export function column(q: QueryContext, name: string): string {
  return q.dialect.name === 'bigquery' ? `\`${name}\`` : `"${name}"`;
}

export interface OrderColumns {
  readonly day?: boolean;
  /** 'non-negative': a negative amount stops the query (a refund is not an order); 'any': refunds net. */
  readonly amount?: 'non-negative' | 'any';
  readonly product?: boolean;
}

/**
 * The CTE order_rows: one row per order with a customer id: customer (trimmed
 * text) and the columns asked for (day, amount, product). Amounts are
 * decimals (9 places), so that a sum is exact and does not depend on the
 * order in which the engine adds the rows, and two customers whose orders
 * add up to the same total have the same total (RFM scores them alike); a
 * query casts a sum to a float before dividing it.
 */
export function orderRows(q: QueryContext, wanted: OrderColumns): string {
  const customer = label(q, 'customer_id');
  const present = `${customer} IS NOT NULL`;
  const id = q.cast('customer_id', 'text');
  const columns = [`${customer} AS customer`];
  if (wanted.day) {
    columns.push(
      `CASE WHEN ${present} AND order_date IS NULL THEN ${q.fail('an order of customer ', id, sqlText(' has no order_date; every order needs one.'))} ELSE order_date END AS day`,
    );
  }
  if (wanted.amount !== undefined) {
    const negative =
      wanted.amount === 'non-negative'
        ? ` WHEN ${present} AND amount < 0 THEN ${q.fail('an order of customer ', id, sqlText(' has a negative amount; amounts must be zero or more (a refund is not an order: leave refunds out, or use CLV, which nets them).'))}`
        : '';
    columns.push(
      `CASE WHEN ${present} AND amount IS NULL THEN ${q.fail('an order of customer ', id, sqlText(' has no amount; every order needs one.'))}${negative} ELSE ${q.cast('amount', 'decimal')} END AS amount`,
    );
  }
  if (wanted.product) {
    columns.push(
      `CASE WHEN ${present} AND ${label(q, 'product')} IS NULL THEN ${q.fail('an order of customer ', id, sqlText(' has no product; every order needs one.'))} ELSE ${label(q, 'product')} END AS product`,
    );
  }
  return `order_rows AS (
  SELECT
    ${columns.join(',\n    ')}
  FROM ${q.table('orders')}
  WHERE ${present}
)`;
}

/**
 * The CTEs as_of (one row: day, the as_of parameter or the latest order
 * date) and kept (the order_rows up to as_of). No order at all, or none on
 * or before as_of, stops the query, as the function does.
 */
export function asOfAndKept(q: QueryContext): string {
  const asOf = q.param('as_of', 'date');
  return `as_of AS (
  SELECT
    CASE
      WHEN COUNT(*) = 0 THEN ${q.fail('no orders; expected one customer id per order.')}
      WHEN MIN(day) > COALESCE(${asOf}, MAX(day)) THEN ${q.fail('no orders on or before as_of (', q.cast(asOf, 'text'), sqlText('); the first order is later.'))}
      ELSE COALESCE(${asOf}, MAX(day))
    END AS day
  FROM order_rows
),
kept AS (
  SELECT order_rows.* FROM order_rows CROSS JOIN as_of WHERE order_rows.day <= as_of.day
)`;
}

/**
 * A choice option: the parameter trimmed and in lower case, the fallback
 * when NULL or blank, and anything else stops the query naming the choices.
 */
export function choice(q: QueryContext, name: string, choices: readonly string[], fallback: string): string {
  const value = `NULLIF(LOWER(TRIM(${q.param(name, 'text')})), '')`;
  const list = choices.map((c) => `"${c}"`).join(', ');
  return `CASE
      WHEN ${value} IS NULL THEN ${sqlText(fallback)}
      WHEN ${value} IN (${choices.map(sqlText).join(', ')}) THEN ${value}
      ELSE ${q.fail(`${name} is `, q.param(name, 'text'), sqlText(`; use one of ${list} (or leave it blank for "${fallback}").`))}
    END`;
}

/** A number option: the fallback when NULL (undefined: it must be given), within bounds, else the query stops. */
export function numberOption(
  q: QueryContext,
  name: string,
  options: {
    readonly fallback: string | undefined;
    /** A SQL condition on `value` that must hold. */
    readonly valid: (value: string) => string;
    readonly accepted: string;
    readonly type?: 'float' | 'integer';
  },
): string {
  const value = q.param(name, options.type ?? 'float');
  const missing =
    options.fallback === undefined
      ? `WHEN ${value} IS NULL THEN ${q.fail(`${name} is missing; give ${options.accepted}.`)}`
      : `WHEN ${value} IS NULL THEN ${options.fallback}`;
  return `CASE
      ${missing}
      WHEN ${options.valid(value)} THEN ${value}
      ELSE ${q.fail(`${name} is `, q.cast(value, 'text'), sqlText(`; use ${options.accepted}.`))}
    END`;
}

/** 1970-01-01 was a Thursday; the Monday that starts its week, the epoch of week ordinals. */
const WEEK_EPOCH = "DATE '1969-12-29'";
const EPOCH = "DATE '1970-01-01'";

/**
 * The ordinal of the period containing a date, as in src/time/periods.ts:
 * consecutive periods have consecutive ordinals (only differences matter).
 */
export function periodOrdinal(q: QueryContext, date: string, unit: DateUnit): string {
  const d = q.dialect;
  switch (unit) {
    case 'day':
      return d.daysBetween(EPOCH, date);
    case 'week':
      // An exact multiple of 7 days, so integer division has nothing to round.
      return d.integerDivide(d.daysBetween(WEEK_EPOCH, q.truncate(date, 'week')), '7');
    case 'month':
      return `(EXTRACT(YEAR FROM ${date}) * 12 + EXTRACT(MONTH FROM ${date}) - 1)`;
    case 'quarter':
      return `(EXTRACT(YEAR FROM ${date}) * 4 + EXTRACT(QUARTER FROM ${date}) - 1)`;
    case 'year':
      return `EXTRACT(YEAR FROM ${date})`;
  }
}

/** The start of the period k periods after the one starting on `start`. */
export function addPeriods(q: QueryContext, start: string, k: string, unit: DateUnit): string {
  const d = q.dialect;
  switch (unit) {
    case 'day':
      return d.addDays(start, k);
    case 'week':
      return d.addDays(start, `7 * ${k}`);
    case 'month':
      return d.addMonths(start, k);
    case 'quarter':
      return d.addMonths(start, `3 * ${k}`);
    case 'year':
      return d.addMonths(start, `12 * ${k}`);
  }
}

/** CASE over the units a parameter may name: `of(unit)` for each. */
export function byUnit(unitColumn: string, units: readonly DateUnit[], of: (unit: DateUnit) => string): string {
  return `CASE ${unitColumn}${units.map((unit) => `\n      WHEN '${unit}' THEN ${of(unit)}`).join('')}\n    END`;
}
