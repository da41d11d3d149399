/**
 * The DuckDB queries (npm run sql -- --dialect duckdb) on the whole CDNOW
 * master file (69,659 orders of 23,570 customers), loaded as
 * orders(customer_id, order_date, amount, product, order_id), against the
 * add-on's functions through dist/ on the same rows. CDNOW has no products
 * or order ids: product is the number of CDs as text, and the order id joins
 * the customer and the day, so a customer's lines of one day are one order.
 *
 * Counts, dates and labels must agree exactly; floating-point results to a
 * relative 1e-12 (SQL sums amounts in another order than the sheet's rows).
 */

import { createHash } from 'node:crypto';
import { CATALOG } from '../../src/catalog';
import { DIALECTS } from '../../src/sql/dialect';
import { generateQueries, type GeneratedQuery } from '../../src/sql';
import type { BundleRuntime } from '../../scripts/emulator/appsScriptRuntime';
import { type Database, openDatabase } from '../support/duckdb';
import {
  type CdnowMasterRow,
  describeWithReferenceData,
  parseCdnowMaster,
  readReferenceFile,
} from '../support/referenceData';
import { callBundle, dateCell, differences, rangeOf, rowsOf, sortedRows, spreadsheetBundle } from '../support/sqlTwins';
import { compareTwin, orderCases } from '../support/twinCases';

const AS_OF = '1997-09-30';

describeWithReferenceData(
  'the DuckDB queries on the CDNOW master file agree with the functions through dist/',
  (dir) => {
    let db: Database;
    let runtime: BundleRuntime;
    let ranges: Record<string, unknown[][]>;
    let queries: Map<string, GeneratedQuery>;
    let withoutIds: GeneratedQuery;
    let rows: CdnowMasterRow[];

    beforeAll(async () => {
      rows = parseCdnowMaster(readReferenceFile(dir, 'CDNOW_master.txt'));
      queries = new Map(generateQueries(CATALOG, DIALECTS.duckdb).map((q) => [q.name, q]));
      const found = generateQueries(CATALOG, DIALECTS.duckdb, 'no_ids.').find((q) => q.name === 'avg_order_value');
      if (found === undefined) throw new Error('no avg_order_value query');
      withoutIds = found;
      db = await openDatabase();
      await db.load('orders', {
        columns: [
          { name: 'customer_id', type: 'BIGINT' },
          { name: 'order_date', type: 'DATE' },
          { name: 'amount', type: 'DOUBLE' },
          { name: 'product', type: 'VARCHAR' },
          { name: 'order_id', type: 'VARCHAR' },
        ],
        rows: rows.map((row) => [
          row.customerId,
          row.date,
          row.dollars,
          String(row.cds),
          `${row.customerId}-${row.date}`,
        ]),
      });
      await db.exec('CREATE SCHEMA no_ids');
      await db.exec(
        'CREATE VIEW no_ids.orders AS SELECT customer_id, order_date, amount, product, NULL AS order_id FROM main.orders',
      );
      runtime = spreadsheetBundle();
      ranges = {
        customer_id: rangeOf(
          runtime,
          'Customer',
          rows.map((row) => row.customerId),
        ),
        order_date: rangeOf(
          runtime,
          'Date',
          rows.map((row) => row.date),
          true,
        ),
        amount: rangeOf(
          runtime,
          'Amount',
          rows.map((row) => row.dollars),
        ),
        product: rangeOf(
          runtime,
          'Product',
          rows.map((row) => String(row.cds)),
        ),
        order_id: rangeOf(
          runtime,
          'Order',
          rows.map((row) => `${row.customerId}-${row.date}`),
        ),
      };
    }, 60_000);

    afterAll(() => db?.close());

    const query = (name: string): GeneratedQuery => {
      const found = queries.get(name);
      if (found === undefined) throw new Error(`no query ${name}`);
      return found;
    };

    it.each(orderCases(AS_OF).map((twin) => [twin.title, twin] as const))('%s', async (_, twin) => {
      const generated = query(twin.query);
      const sql = await db.run(generated, twin.parameters);
      const sheet = twin.call(ranges, runtime);
      expect(sql.length).toBeGreaterThan(0);
      expect(compareTwin(twin, generated, sql, sheet).slice(0, 10)).toEqual([]);
    });

    it('average order value without order ids: each line is an order', async () => {
      const sql = await db.run(withoutIds, {});
      expect(differences(rowsOf(withoutIds, sql), [[callBundle(runtime, 'AVG_ORDER_VALUE', ranges.amount)]])).toEqual(
        [],
      );
    });

    it(`btyd_patterns as of ${AS_OF} are CUSTOMER_SUMMARY's weeks collapsed, with their counts`, async () => {
      const generated = query('btyd_patterns');
      const sql = rowsOf(generated, await db.run(generated, { as_of: AS_OF }));
      const summary = callBundle(
        runtime,
        'CUSTOMER_SUMMARY',
        ranges.customer_id,
        ranges.order_date,
        ranges.amount,
        dateCell(runtime, AS_OF),
        'week',
      ) as unknown[][];
      expect(summary[0]).toEqual(['Customer', 'Frequency', 'Recency', 'T', 'Monetary value']);
      const counts = new Map<string, number>();
      for (const [, x, tx, T] of summary.slice(1)) {
        const key = JSON.stringify([x, tx, T]);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const expected = [...counts].map(([key, n]) => [...(JSON.parse(key) as number[]), n]);
      // Weeks are whole days / 7 in both, so the patterns agree exactly, not just within the tolerance.
      expect(sortedRows(sql, 3)).toEqual(sortedRows(expected, 3));
      expect(sql.reduce((sum, row) => sum + (row[3] as number), 0)).toBe(summary.length - 1);
      // CDNOW's customers all made their first purchase in the first quarter of 1997.
      expect(summary.length - 1).toBe(23_570);
      expect(sql.length).toBeLessThan(summary.length / 2);
    });

    it(`BTYD_FIT on btyd_patterns (as of ${AS_OF}) fits the purchase model BTYD_FIT fits on the order rows`, async () => {
      const generated = query('btyd_patterns');
      const patterns = rowsOf(generated, await db.run(generated, { as_of: AS_OF }));
      // The query's result pasted under its heading, the other ranges left blank.
      const fromPatterns = callBundle(runtime, 'BTYD_FIT', [
        ['frequency', 'recency', 'T', 'customers'],
        ...patterns,
      ]) as unknown[][];
      const fromOrders = callBundle(
        runtime,
        'BTYD_FIT',
        ranges.customer_id,
        ranges.order_date,
        ranges.amount,
        dateCell(runtime, AS_OF),
      ) as unknown[][];
      const rowOf = (table: unknown[][], name: string) => table.find((row) => row[0] === name);
      for (const name of ['r', 'alpha', 'a', 'b', 'Log-likelihood', 'Customers', 'Repeat customers'])
        expect({ name, row: rowOf(fromPatterns, name) }).toEqual({ name, row: rowOf(fromOrders, name) });
      expect(rowOf(fromPatterns, 'Gamma-Gamma')?.slice(0, 2)).toEqual([
        'Gamma-Gamma',
        'not fitted: a table of patterns has no spend',
      ]);
    });

    it("btyd_spend_sample draws the repeat customers with the smallest MD5 of '<seed>:<customer>'", async () => {
      const generated = query('btyd_spend_sample');
      const summary = callBundle(
        runtime,
        'CUSTOMER_SUMMARY',
        ranges.customer_id,
        ranges.order_date,
        ranges.amount,
        dateCell(runtime, AS_OF),
        'week',
      ) as unknown[][];
      const repeat = summary.slice(1).filter((row) => (row[1] as number) > 0);
      const md5 = (text: string) => createHash('md5').update(text).digest('hex');
      for (const [seed, size] of [
        [7, 500],
        [null, null],
      ] as const) {
        const sql = rowsOf(generated, await db.run(generated, { as_of: AS_OF, seed, sample_size: size }));
        const key = (row: unknown[]) => `${md5(`${seed ?? 1}:${String(row[0])}`)}|${String(row[0])}`;
        const expected = [...repeat]
          .sort((a, b) => (key(a) < key(b) ? -1 : 1))
          .slice(0, size ?? 10_000)
          .map((row) => [String(row[0]), row[1], row[4]]);
        expect(sql).toHaveLength(Math.min(size ?? 10_000, repeat.length));
        expect(differences(sql, expected).slice(0, 10)).toEqual([]);
      }
      await expect(db.run(generated, { as_of: AS_OF, seed: 1, sample_size: 0 })).rejects.toThrow(
        'BTYD_SPEND_SAMPLE: sample_size is 0',
      );
    });
  },
);
