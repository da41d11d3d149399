/**
 * A DuckDB database in memory (the @duckdb/node-api package: the engine
 * embedded, no server) with tables loaded from plain rows, and the generated
 * queries run on it with their named parameters, for the SQL tests.
 */

import { DuckDBDateValue, DuckDBInstance, type DuckDBConnection, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import type { GeneratedQuery } from '../../src/sql';

export type ColumnType = 'VARCHAR' | 'DATE' | 'DOUBLE' | 'BIGINT';

/** A cell: text, a number, a date as YYYY-MM-DD (in a DATE column), or null. */
export type Cell = string | number | null;

export interface TableData {
  readonly columns: readonly { readonly name: string; readonly type: ColumnType }[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A query's result: one object per row, BIGINTs as numbers, DATEs as YYYY-MM-DD. */
export type ResultRow = Record<string, string | number | boolean | null>;

export interface Database {
  readonly connection: DuckDBConnection;
  /** Loads rows into a new table `name` (schema.table allowed). */
  load(name: string, table: TableData): Promise<void>;
  /** Runs a statement without results (CREATE VIEW ...). */
  exec(sql: string): Promise<void>;
  /**
   * Runs a generated query with exactly its parameters: each one the query
   * uses must be given (null for the default), and no other.
   */
  run(query: GeneratedQuery, parameters?: Record<string, Cell | readonly string[]>): Promise<ResultRow[]>;
  close(): void;
}

const MS_PER_DAY = 86_400_000;

function dayNumber(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${iso}`);
  return ms / MS_PER_DAY;
}

function plain(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER))
      throw new Error(`integer too large: ${value}`);
    return Number(value);
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  throw new Error(`unexpected value ${String(value)}`);
}

export async function openDatabase(path = ':memory:'): Promise<Database> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  return {
    connection,
    async load(name, table) {
      const columns = table.columns.map((c) => `${c.name} ${c.type}`).join(', ');
      await connection.run(`CREATE TABLE ${name} (${columns})`);
      const [schema, tableName] = name.includes('.') ? name.split('.') : [undefined, name];
      const appender = await connection.createAppender(tableName, schema);
      for (const row of table.rows) {
        table.columns.forEach((column, i) => {
          const value = row[i];
          if (value === null) appender.appendNull();
          else if (column.type === 'VARCHAR') appender.appendVarchar(String(value));
          else if (column.type === 'DATE') appender.appendDate(new DuckDBDateValue(dayNumber(String(value))));
          else if (column.type === 'DOUBLE') appender.appendDouble(Number(value));
          else appender.appendBigInt(BigInt(value));
        });
        appender.endRow();
      }
      appender.closeSync();
    },
    async exec(sql) {
      await connection.run(sql);
    },
    async run(query, parameters = {}) {
      const wanted = query.parameters.map((p) => p.name);
      const extra = Object.keys(parameters).filter((name) => !wanted.includes(name));
      const missing = wanted.filter((name) => !(name in parameters));
      if (extra.length > 0 || missing.length > 0)
        throw new Error(`${query.file}: parameters ${JSON.stringify({ extra, missing })}`);
      const prepared = await connection.prepare(query.text);
      const values: Record<string, unknown> = {};
      const types: Record<string, ReturnType<typeof LIST> | undefined> = {};
      for (const { name, type } of query.parameters) {
        const value = parameters[name];
        if (type === 'text list' && value !== null) {
          values[name] = listValue([...(value as readonly string[])]);
          types[name] = LIST(VARCHAR);
        } else values[name] = value;
      }
      prepared.bind(values as never, types);
      const reader = await prepared.runAndReadAll();
      return reader
        .getRowObjectsJS()
        .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
