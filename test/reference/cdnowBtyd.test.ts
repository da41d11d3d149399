/**
 * BTYD_FIT and CLV_PREDICT on the CDNOW sample against the published
 * estimates (CDNOW README: Fader, Hardie & Lee 2005 for BG/NBD, Pareto/NBD and
 * Gamma-Gamma): the 6,919 transactions go through the built dist/ bundle as a
 * sheet passes them (customer id, date cell, amount under headings), with
 * as_of 1997-09-30, and every parameter must be within 0.5% of the paper's.
 */

import { type BundleRuntime, loadBundle } from '../../scripts/emulator/appsScriptRuntime';
import { instantOfSerial } from '../../scripts/emulator/wallClock';
import { appsScriptStubs } from '../support/appsScriptStubs';
import { fromScript } from '../support/crossRealm';
import {
  type CdnowSampleRow,
  describeWithReferenceData,
  parseCdnowSample,
  parseSummaryCsv,
  readReferenceFile,
} from '../support/referenceData';

const ZONE = 'UTC';
const AS_OF = '1997-09-30';
const WITHIN = 0.005;
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

const PUBLISHED = {
  bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  pnbd: { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.66 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
};

function dateCell(runtime: BundleRuntime, iso: string): Date {
  return runtime.newDate(instantOfSerial((Date.parse(`${iso}T00:00:00Z`) - SHEETS_EPOCH_MS) / MS_PER_DAY, ZONE));
}

/** Relative distance of a number from the published value. */
const offBy = (value: unknown, published: number) => Math.abs((value as number) - published) / published;

describeWithReferenceData('BTYD_FIT and CLV_PREDICT on the CDNOW sample, through dist/', (dir) => {
  let runtime: BundleRuntime;
  let columns: unknown[][][];
  let call: (name: string, ...rest: unknown[]) => unknown[][];

  beforeAll(() => {
    const transactions: CdnowSampleRow[] = parseCdnowSample(readReferenceFile(dir, 'CDNOW_sample.txt'));
    runtime = loadBundle(appsScriptStubs(ZONE).services);
    columns = [
      [['Customer ID'], ...transactions.map((row) => [row.sampleId])],
      [['Order date'], ...transactions.map((row) => [dateCell(runtime, row.date)])],
      [['Amount'], ...transactions.map((row) => [row.dollars])],
    ];
    call = (name, ...rest) => fromScript(runtime.call(name, ...columns, ...rest)) as unknown[][];
  });

  const parametersOf = (table: unknown[][]) => Object.fromEntries(table.map((row) => [row[0], row]));

  it('reproduces the published BG/NBD and Gamma-Gamma estimates within 0.5%', () => {
    const table = parametersOf(call('BTYD_FIT', dateCell(runtime, AS_OF)));
    for (const [name, published] of [...Object.entries(PUBLISHED.bgnbd), ...Object.entries(PUBLISHED.gammaGamma)]) {
      expect(offBy(table[name][1], published)).toBeLessThan(WITHIN);
      // A standard error for every parameter, smaller than the estimate on this much data.
      expect(table[name][2]).toBeGreaterThan(0);
      expect(table[name][2]).toBeLessThan(table[name][1]);
    }
    // Published to one decimal: -9582.4.
    expect(Math.abs((table['Log-likelihood'][1] as number) + 9582.4)).toBeLessThan(0.05);
    expect(table.Customers[1]).toBe(2357);
    // The Gamma-Gamma paper fits spend on 946 repeat buyers.
    expect(table['Repeat customers'][1]).toBe(946);
    // 1997-01-01 to 1997-09-30.
    expect(table['Weeks of data'][1]).toBeCloseTo(272 / 7, 12);
  });

  it('reproduces the published Pareto/NBD estimates within 0.5%, with standard errors', () => {
    const table = parametersOf(call('BTYD_FIT', dateCell(runtime, AS_OF), 'pnbd'));
    for (const [name, published] of Object.entries(PUBLISHED.pnbd)) {
      expect(offBy(table[name][1], published)).toBeLessThan(WITHIN);
      expect(table[name][2]).toBeGreaterThan(0);
    }
    // "About -9595.0".
    expect(Math.abs((table['Log-likelihood'][1] as number) + 9595.0)).toBeLessThan(0.1);
  });

  it("predicts the paper's worked example: 1.226 purchases in the next 39 weeks for x = 2, t_x = 30.43, T = 38.86", () => {
    // Fader, Hardie & Lee 2005, section 4: customer 1 of the sample. Nine months of 52/12 weeks are 39 weeks.
    const rows = call('CLV_PREDICT', 9, 0.1, dateCell(runtime, AS_OF));
    const customer = rows.find((row) => row[0] === '1') as unknown[];
    expect(customer.slice(1, 4).map((value) => Math.round((value as number) * 100) / 100)).toEqual([2, 30.43, 38.86]);
    expect(offBy(customer[5], 1.226)).toBeLessThan(WITHIN);
  });

  it('predicts spend per purchase as the Gamma-Gamma posterior mean at the published estimates, within 0.5%', () => {
    // FHL 2005 ("RFM and CLV"), equation 5, with each customer's x and mean repeat spend zbar from the published summary.
    const { p, q, gamma } = PUBLISHED.gammaGamma;
    const summary = parseSummaryCsv(
      readReferenceFile(dir, 'cdnow_customers_summary_with_transactions.csv'),
      'cdnow_customers_summary_with_transactions.csv',
    );
    const rows = new Map(call('CLV_PREDICT', 12, 0.1, dateCell(runtime, AS_OF)).map((row) => [row[0], row]));
    expect(rows.size).toBe(1 + 2357);
    const off = summary.rows.filter(({ ID, x, zbar }) => {
      const expected = (p * (gamma + x * zbar)) / (p * x + q - 1);
      return !(offBy(rows.get(String(ID))?.[6], expected) < WITHIN);
    });
    expect(off).toEqual([]);
  });
});
