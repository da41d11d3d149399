/**
 * BTYD_FIT on the CDNOW sample (2,357 customers) and master file (23,570), as
 * of 1997-09-30, through the built dist/ bundle:
 *
 * - the order rows in any order give the same table, to the last bit, for
 *   every model;
 * - CUSTOMER_SUMMARY's table of those orders (in weeks), and that table
 *   collapsed into patterns with their counts (grouped here with a plain map,
 *   as a warehouse query would), give the same purchase-model parameters,
 *   standard errors and log-likelihood as the order rows. (The summary's
 *   histories are the order rows' to the last bit, so within one execution
 *   its fit is even the same cached one; the patterns' are fitted afresh.)
 */

import { type BundleRuntime, loadBundle } from '../../scripts/emulator/appsScriptRuntime';
import { instantOfSerial } from '../../scripts/emulator/wallClock';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { appsScriptStubs } from '../support/appsScriptStubs';
import { fromScript } from '../support/crossRealm';
import {
  describeWithReferenceData,
  parseCdnowMaster,
  parseCdnowSample,
  readReferenceFile,
} from '../support/referenceData';

const ZONE = 'UTC';
const AS_OF = '1997-09-30';
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const MODELS = ['bgnbd', 'mbgnbd', 'pnbd'] as const;

type Table = unknown[][];

interface Rows {
  readonly id: number;
  readonly date: string;
  readonly dollars: number;
}

describeWithReferenceData(
  'BTYD_FIT on CDNOW, from order rows in any order and from summaries, through dist/',
  (dir) => {
    let runtime: BundleRuntime;
    let asOf: Date;
    const dateCell = (iso: string) =>
      runtime.newDate(instantOfSerial((Date.parse(`${iso}T00:00:00Z`) - SHEETS_EPOCH_MS) / MS_PER_DAY, ZONE));
    const columnsOf = (rows: readonly Rows[]) => [
      [['Customer ID'], ...rows.map((row) => [row.id])],
      [['Order date'], ...rows.map((row) => [dateCell(row.date)])],
      [['Amount'], ...rows.map((row) => [row.dollars])],
    ];
    const call = (name: string, ...args: unknown[]) => fromScript(runtime.call(name, ...args)) as Table;

    const files: Record<string, () => Rows[]> = {
      sample: () =>
        parseCdnowSample(readReferenceFile(dir, 'CDNOW_sample.txt')).map((row) => ({ ...row, id: row.sampleId })),
      master: () =>
        parseCdnowMaster(readReferenceFile(dir, 'CDNOW_master.txt')).map((row) => ({ ...row, id: row.customerId })),
    };
    const orders: Record<string, Rows[]> = {};

    beforeAll(() => {
      runtime = loadBundle(appsScriptStubs(ZONE).services);
      asOf = dateCell(AS_OF);
      for (const [name, read] of Object.entries(files)) orders[name] = read();
    }, 60_000);

    it.each(MODELS)('gives the same %s table, to the last bit, for the sample rows shuffled three ways', (model) => {
      const reference = call('BTYD_FIT', ...columnsOf(orders.sample), asOf, model);
      const random = seededRandom(17);
      for (let round = 0; round < 3; round++) {
        const shuffled = [...orders.sample];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(call('BTYD_FIT', ...columnsOf(shuffled), asOf, model)).toEqual(reference);
      }
    });

    describe.each(Object.keys(files))('the %s', (file) => {
      let summary: Table;
      let patterns: Table;
      const fromOrders: Record<string, Table> = {};

      beforeAll(() => {
        const columns = columnsOf(orders[file]);
        summary = call('CUSTOMER_SUMMARY', ...columns, asOf, 'week');
        const counts = new Map<string, number[]>();
        for (const [, x, tx, T] of summary.slice(1) as number[][]) {
          const key = `${x}|${tx}|${T}`;
          const entry = counts.get(key) ?? [x, tx, T, 0];
          entry[3]++;
          counts.set(key, entry);
        }
        patterns = [['frequency', 'recency', 'T', 'customers'], ...counts.values()];
        for (const model of MODELS) fromOrders[model] = call('BTYD_FIT', ...columns, asOf, model);
      }, 120_000);

      it.each(MODELS)('gives the %s fit of the order rows from CUSTOMER_SUMMARY, spend model included', (model) => {
        expect(call('BTYD_FIT', summary, '', '', '', model)).toEqual(fromOrders[model]);
      });

      it.each(MODELS)('gives the %s purchase model of the order rows from the collapsed patterns', (model) => {
        expect(patterns.length).toBeLessThan(summary.length);
        const table = call('BTYD_FIT', patterns, '', '', '', model);
        // Parameters, standard errors, then (after the line on the spend model) log-likelihood, customers, repeat
        // customers and weeks of data.
        expect(table.slice(0, 5)).toEqual(fromOrders[model].slice(0, 5));
        expect(table[5][0]).toBe('Gamma-Gamma');
        expect(table.slice(6)).toEqual(fromOrders[model].slice(8));
      });
    });
  },
);
