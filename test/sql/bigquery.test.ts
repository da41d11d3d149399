/**
 * The BigQuery queries, checked offline as far as that is honest: there is
 * no BigQuery here, so they are parsed with a BigQuery-dialect SQL parser
 * (node-sql-parser, database "bigquery"), and checked to be the same
 * definitions as the DuckDB text that the other SQL tests run: the same
 * files, parameters, tables and columns, and none of DuckDB's spellings.
 * They are not run: the README says so.
 */

import { Parser } from 'node-sql-parser';
import { CATALOG } from '../../src/catalog';
import { FUNCTION_QUERIES, generateQueries } from '../../src/sql';
import { DIALECTS } from '../../src/sql/dialect';

const bigquery = generateQueries(CATALOG, DIALECTS.bigquery, 'my-project.shop.');
const duckdb = generateQueries(CATALOG, DIALECTS.duckdb);
const parser = new Parser();

/**
 * GoogleSQL's reserved keywords (BigQuery, "Lexical structure and syntax"),
 * which cannot name a table, a CTE or a column unquoted. The parser above
 * accepts some of them as names (UNBOUNDED, RANGE...), so they are checked here.
 */
const RESERVED = new Set(
  (
    'ALL AND ANY ARRAY AS ASC ASSERT_ROWS_MODIFIED AT BETWEEN BY CASE CAST COLLATE CONTAINS CREATE CROSS CUBE ' +
    'CURRENT DEFAULT DEFINE DESC DISTINCT ELSE END ENUM ESCAPE EXCEPT EXCLUDE EXISTS EXTRACT FALSE FETCH FOLLOWING ' +
    'FOR FROM FULL GROUP GROUPING GROUPS HASH HAVING IF IGNORE IN INCLUDE INNER INTERSECT INTERVAL INTO IS JOIN ' +
    'LATERAL LEFT LIKE LIMIT LOOKUP MERGE NATURAL NEW NO NOT NULL NULLS OF ON OR ORDER OUTER OVER PARTITION PIVOT ' +
    'PRECEDING PROTO QUALIFY RANGE RECURSIVE RESPECT RIGHT ROLLUP ROWS SELECT SET SOME STRUCT TABLESAMPLE THEN TO ' +
    'TREAT TRUE UNBOUNDED UNION UNNEST UNPIVOT USING WHEN WHERE WINDOW WITH WITHIN'
  ).split(' '),
);

/** The names a query gives (its keywords are written in upper case, names in lower case), outside quotes and comments. */
function namesIn(text: string): string[] {
  const bare = text
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/`[^`]*`/g, '``')
    .replace(/--[^\n]*/g, '');
  return [...new Set(bare.match(/\b[a-z_][a-z0-9_]*\b/g) ?? [])];
}

describe('the BigQuery queries', () => {
  it('are the same files as the DuckDB ones, with the same parameters, tables and columns', () => {
    expect(bigquery.map((q) => q.file)).toEqual(duckdb.map((q) => q.file));
    bigquery.forEach((query, i) => {
      expect([query.parameters, query.tables, query.columns]).toEqual([
        duckdb[i].parameters,
        duckdb[i].tables,
        duckdb[i].columns,
      ]);
    });
  });

  it('include every metric the issue asks for, and the BTYD summaries', () => {
    const names = bigquery.map((q) => q.name);
    for (const name of [
      'repeat_purchase_rate',
      'purchase_frequency',
      'avg_order_value',
      'upsell_rate',
      'clv',
      'customer_summary',
      'cohort_retention',
      'rfm',
      'rfm_summary',
      'churn_trend',
      'nps',
      'nps_trend',
      'btyd_patterns',
      'btyd_spend_sample',
    ])
      expect(names).toContain(name);
  });

  it.each(bigquery.map((q) => [q.file, q] as const))('%s parses as BigQuery SQL', (_, query) => {
    expect(() => parser.astify(query.source, { database: 'bigquery' })).not.toThrow();
    const tables = parser.tableList(query.text, { database: 'bigquery' });
    for (const table of query.tables) expect(tables.join()).toContain(`my-project.shop.${table}`);
  });

  it.each(bigquery.map((q) => [q.file, q] as const))("%s uses BigQuery's spellings only", (_, query) => {
    // Named parameters are @name; no DuckDB casts (::), parameters ($name), integer division (//) or types.
    expect(query.text).not.toMatch(/\$[a-z_]+|::|\/\/|\bVARCHAR\b|\bDOUBLE\b|\bBIGINT\b|date_trunc\('|\berror\(/);
    for (const p of query.parameters) expect(query.text).toContain(`@${p.name}`);
  });

  it.each(bigquery.map((q) => [q.file, q] as const))('%s names nothing with a reserved word', (_, query) => {
    expect(namesIn(query.text).filter((name) => RESERVED.has(name.toUpperCase()))).toEqual([]);
    // The check sees the names: the query's own CTEs are among them.
    expect(namesIn(query.text).length).toBeGreaterThan(2);
  });

  it('are rejected by the parser when they are not BigQuery (the check can fail)', () => {
    const rfm = bigquery.find((q) => q.name === 'rfm');
    expect(rfm).toBeDefined();
    expect(() => parser.astify(`${rfm?.text} GROUP BY`, { database: 'bigquery' })).toThrow();
    expect(() =>
      parser.astify('SELECT customer FROM orders QUALIFY ROW_NUMBER() OVER () = 1', { database: 'bigquery' }),
    ).toThrow();
  });
});

describe('the queries and the catalog', () => {
  it('every query that mirrors a function is named by exactly that catalog entry, in lower case', () => {
    const linked = CATALOG.filter((spec) => spec.sql !== undefined);
    for (const spec of linked) expect(spec.sql).toBe(spec.name.toLowerCase());
    expect(linked.map((spec) => spec.sql).sort()).toEqual(Object.keys(FUNCTION_QUERIES).sort());
  });

  it("uses only the function's own parameter names, and says what each means in the file's header", () => {
    for (const query of duckdb) {
      const spec = CATALOG.find((s) => s.sql === query.name);
      for (const parameter of query.parameters) {
        if (spec !== undefined) expect(spec.parameters.map((p) => p.name)).toContain(parameter.name);
        expect(query.source).toMatch(new RegExp(`^-- +\\$${parameter.name} `, 'm'));
      }
    }
  });
});
