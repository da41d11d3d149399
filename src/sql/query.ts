/**
 * A metric query written once, dialect-neutral: its definition is a function
 * of a QueryContext, which gives it the dialect's spellings (src/sql/dialect.ts),
 * the input tables, and the named parameters, which it records, so that a
 * query declares exactly the parameters it uses.
 */

import { type DateUnit, type Dialect, type SqlType, sqlText } from './dialect';

/** The input tables of the conventions (README, "Beyond one sheet"). */
export const INPUT_TABLES = {
  orders: ['customer_id', 'order_date', 'amount', 'product', 'order_id'],
  customers: ['customer_id', 'start_date', 'end_date', 'source'],
  responses: ['response_date', 'customer_id', 'score', 'segment'],
} as const;
export type InputTable = keyof typeof INPUT_TABLES;

export interface QueryParameter {
  readonly name: string;
  readonly type: SqlType;
}

export interface QueryContext {
  readonly dialect: Dialect;
  /** The name of the catalog function (or query) in messages: "CUSTOMER_SUMMARY". */
  readonly functionName: string;
  /** A named parameter cast to its type; NULL stands for the function's default. */
  param(name: string, type: SqlType): string;
  /** An input table, with the table prefix. */
  table(name: InputTable): string;
  /** CAST(expression AS type). */
  cast(expression: string, type: SqlType): string;
  /** An expression that stops the query with "FUNCTION: message"; `parts` are SQL text expressions appended in turn. */
  fail(message: string, ...parts: string[]): string;
  truncate(date: string, unit: DateUnit): string;
}

export interface QueryDefinition {
  /** The output columns, in order. */
  readonly columns: readonly string[];
  /** Where the query's conventions differ from the function's in the sheet (a table has no row order...), for its header. */
  readonly notes?: string;
  /** The query text, from the context's spellings. */
  readonly build: (q: QueryContext) => string;
}

export interface RenderedQuery {
  readonly text: string;
  /** The parameters the query uses, in order of first use. */
  readonly parameters: readonly QueryParameter[];
  /** The input tables it reads. */
  readonly tables: readonly InputTable[];
}

export function renderQuery(
  definition: QueryDefinition,
  dialect: Dialect,
  functionName: string,
  tablePrefix = '',
): RenderedQuery {
  const parameters: QueryParameter[] = [];
  const tables: InputTable[] = [];
  const q: QueryContext = {
    dialect,
    functionName,
    param(name, type) {
      const known = parameters.find((p) => p.name === name);
      if (known === undefined) parameters.push({ name, type });
      else if (known.type !== type)
        throw new Error(`${functionName}: parameter ${name} used as ${known.type} and ${type}`);
      return `CAST(${dialect.parameter(name)} AS ${dialect.types[type]})`;
    },
    table(name) {
      if (!tables.includes(name)) tables.push(name);
      return dialect.table(tablePrefix, name);
    },
    cast: (expression, type) => `CAST(${expression} AS ${dialect.types[type]})`,
    fail: (message, ...parts) =>
      dialect.fail(
        parts.length === 0
          ? sqlText(`${functionName}: ${message}`)
          : `CONCAT(${[sqlText(`${functionName}: ${message}`), ...parts].join(', ')})`,
      ),
    truncate: (date, unit) => dialect.truncate(date, unit),
  };
  const text = definition.build(q).trim();
  return { text, parameters, tables };
}
