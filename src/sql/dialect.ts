/**
 * The SQL dialects the metric queries are written for, and everything in
 * which they differ, in one table. The queries themselves (src/sql/queries)
 * are written once against this table, so the DuckDB and BigQuery text come
 * from the same definition.
 *
 * References: BigQuery GoogleSQL (DATE_TRUNC with WEEK(MONDAY), DATE_DIFF,
 * DATE_ADD, DIV, SAFE_DIVIDE, ERROR, GENERATE_ARRAY, TO_HEX(MD5()), named
 * parameters @name); DuckDB (date_trunc('week') truncates to Monday,
 * date_diff('day', start, end), integer division //, error(),
 * generate_series, md5() as hex text, named parameters $name).
 */

export const DIALECT_NAMES = ['duckdb', 'bigquery'] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];

/** Calendar units the queries truncate dates to. Weeks start on Monday, as everywhere in the add-on. */
export type DateUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The types a query casts to. */
/** `decimal` holds amounts: 38 digits, 9 after the point (BigQuery's NUMERIC), so sums are exact whatever their order. */
export type SqlType = 'text' | 'date' | 'float' | 'integer' | 'decimal' | 'text list';

export interface Dialect {
  readonly name: DialectName;
  /** A named query parameter. */
  readonly parameter: (name: string) => string;
  /** A table name, with the prefix (project.dataset. or schema.) given on the command line. */
  readonly table: (prefix: string, name: string) => string;
  readonly types: Readonly<Record<SqlType, string>>;
  /** The first day of the calendar unit containing a DATE, as a DATE. */
  readonly truncate: (date: string, unit: DateUnit) => string;
  /** Whole days from one DATE to another (to - from). */
  readonly daysBetween: (from: string, to: string) => string;
  /** A DATE plus a whole number of days, or of months. */
  readonly addDays: (date: string, days: string) => string;
  readonly addMonths: (date: string, months: string) => string;
  /** a / b as a float, NULL when b is 0. */
  readonly divide: (a: string, b: string) => string;
  /** Integer division of non-negative integers. */
  readonly integerDivide: (a: string, b: string) => string;
  /** Stops the query with a message (the typed table's "clear error, never a wrong number"). */
  readonly fail: (message: string) => string;
  /** A FROM item: one row per integer from `from` to `to` (both included), in column `alias`. */
  readonly series: (from: string, to: string, alias: string) => string;
  /** A FROM item: one row per element of a list, in column `alias`. */
  readonly unnest: (list: string, alias: string) => string;
  /** A list literal of text values. */
  readonly textList: (values: readonly string[]) => string;
  /** The MD5 digest of a text as 32 lower-case hex digits (the same in both engines). */
  readonly md5Hex: (text: string) => string;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = {
  duckdb: {
    name: 'duckdb',
    parameter: (name) => `$${name}`,
    table: (prefix, name) => `${prefix}${name}`,
    types: {
      text: 'VARCHAR',
      date: 'DATE',
      float: 'DOUBLE',
      integer: 'BIGINT',
      decimal: 'DECIMAL(38, 9)',
      'text list': 'VARCHAR[]',
    },
    truncate: (date, unit) => (unit === 'day' ? date : `CAST(date_trunc('${unit}', ${date}) AS DATE)`),
    daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
    addDays: (date, days) => `CAST(${date} + INTERVAL (${days}) DAY AS DATE)`,
    addMonths: (date, months) => `CAST(${date} + INTERVAL (${months}) MONTH AS DATE)`,
    divide: (a, b) => `CAST(${a} AS DOUBLE) / NULLIF(${b}, 0)`,
    integerDivide: (a, b) => `(${a}) // (${b})`,
    fail: (message) => `error(${message})`,
    series: (from, to, alias) => `generate_series(${from}, ${to}) AS ${alias}_series(${alias})`,
    unnest: (list, alias) => `unnest(${list}) AS ${alias}_list(${alias})`,
    textList: (values) => `[${values.map(quote).join(', ')}]`,
    md5Hex: (text) => `md5(${text})`,
  },
  bigquery: {
    name: 'bigquery',
    parameter: (name) => `@${name}`,
    table: (prefix, name) => `\`${prefix}${name}\``,
    types: {
      text: 'STRING',
      date: 'DATE',
      float: 'FLOAT64',
      integer: 'INT64',
      decimal: 'NUMERIC',
      'text list': 'ARRAY<STRING>',
    },
    truncate: (date, unit) =>
      unit === 'day' ? date : `DATE_TRUNC(${date}, ${unit === 'week' ? 'WEEK(MONDAY)' : unit.toUpperCase()})`,
    daysBetween: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
    addDays: (date, days) => `DATE_ADD(${date}, INTERVAL ${days} DAY)`,
    addMonths: (date, months) => `DATE_ADD(${date}, INTERVAL ${months} MONTH)`,
    divide: (a, b) => `SAFE_DIVIDE(${a}, ${b})`,
    integerDivide: (a, b) => `DIV(${a}, ${b})`,
    fail: (message) => `ERROR(${message})`,
    series: (from, to, alias) => `UNNEST(GENERATE_ARRAY(${from}, ${to})) AS ${alias}`,
    unnest: (list, alias) => `UNNEST(${list}) AS ${alias}`,
    textList: (values) => `[${values.map(quote).join(', ')}]`,
    md5Hex: (text) => `TO_HEX(MD5(${text}))`,
  },
};

export { quote as sqlText };
