/**
 * CUSTOMER_SUMMARY against the published CDNOW calibration summary: the 1/10
 * sample's 6,919 transactions go through the built dist/ bundle as Sheets
 * would pass them (one-column ranges under a heading, date cells as Dates of
 * the script's realm at midnight in the spreadsheet's zone), and every one of
 * the 2,357 customers must match cdnow_customers_summary_with_transactions.csv
 * (x, t_x, T, zbar in weeks, as of 1997-09-30) and cdnow_customers_summary.csv.
 * The expected numbers are the files', never the add-on's.
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
  type SummaryCsv,
} from '../support/referenceData';

/** The end of the calibration period of the published summaries (CDNOW README). */
const AS_OF = '1997-09-30';
/**
 * The summary files round to two decimals, so the exact value is within half a hundredth of theirs. Mean spends
 * such as 32.635 sit exactly on that half (the file rounds them up), and the double nearest 32.635 - 32.64 is a hair
 * over 0.005: the 1e-9 absorbs that representation error, not any real difference.
 */
const TOLERANCE = 0.005 + 1e-9;
const MS_PER_DAY = 86_400_000;
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Sheets' serial number of a YYYY-MM-DD date (days since 1899-12-30). */
function serialOf(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - SHEETS_EPOCH_MS) / MS_PER_DAY;
}

/** A date cell as Sheets hands it to a script: the instant of its local midnight, as a Date of the script's realm. */
function dateCell(runtime: BundleRuntime, iso: string, zone: string): Date {
  return runtime.newDate(instantOfSerial(serialOf(iso), zone));
}

/** CUSTOMER_SUMMARY(ids, dates, amounts, as_of, "week") through the bundle, for a spreadsheet in `zone`. */
function summaryThroughBundle(transactions: readonly CdnowSampleRow[], zone: string): unknown[][] {
  const runtime = loadBundle(appsScriptStubs(zone).services);
  const ids = [['Customer ID'], ...transactions.map((row) => [row.sampleId])];
  const dates = [['Order date'], ...transactions.map((row) => [dateCell(runtime, row.date, zone)])];
  const amounts = [['Amount'], ...transactions.map((row) => [row.dollars])];
  const result = runtime.call('CUSTOMER_SUMMARY', ids, dates, amounts, dateCell(runtime, AS_OF, zone), 'week');
  return fromScript(result) as unknown[][];
}

interface Mismatch {
  readonly customer: number;
  readonly column: string;
  readonly expected: number;
  readonly got: unknown;
}

/**
 * Compares the bundle's rows with a summary file, column by column, and lists
 * every disagreement (customer, expected, got) so a failure says exactly where.
 */
function mismatches(
  got: ReadonlyMap<string, readonly unknown[]>,
  reference: SummaryCsv,
  columns: Record<string, { index: number; exact: boolean }>,
): Mismatch[] {
  const found: Mismatch[] = [];
  for (const row of reference.rows) {
    const ours = got.get(String(row.ID));
    for (const [column, { index, exact }] of Object.entries(columns)) {
      const expected = row[column];
      const value = ours?.[index];
      const agrees =
        typeof value === 'number' && (exact ? value === expected : Math.abs(value - expected) <= TOLERANCE);
      if (!agrees) found.push({ customer: row.ID, column, expected, got: value });
    }
  }
  return found;
}

describeWithReferenceData('CUSTOMER_SUMMARY on the CDNOW sample, through dist/', (dir) => {
  let transactions: CdnowSampleRow[];
  let withTransactions: SummaryCsv;
  let summary: SummaryCsv;
  let utcRows: unknown[][];
  let newYorkRows: unknown[][];
  /** The bundle's rows (UTC spreadsheet) by customer id as the table shows it. */
  let byCustomer: Map<string, unknown[]>;

  beforeAll(() => {
    transactions = parseCdnowSample(readReferenceFile(dir, 'CDNOW_sample.txt'));
    withTransactions = parseSummaryCsv(
      readReferenceFile(dir, 'cdnow_customers_summary_with_transactions.csv'),
      'cdnow_customers_summary_with_transactions.csv',
    );
    summary = parseSummaryCsv(readReferenceFile(dir, 'cdnow_customers_summary.csv'), 'cdnow_customers_summary.csv');
    utcRows = summaryThroughBundle(transactions, 'UTC');
    newYorkRows = summaryThroughBundle(transactions, 'America/New_York');
    byCustomer = new Map(utcRows.slice(1).map((row) => [String(row[0]), row]));
  }, 30_000);

  it('reads the files the CDNOW README describes', () => {
    expect(transactions).toHaveLength(6919);
    expect(new Set(transactions.map((row) => row.sampleId)).size).toBe(2357);
    expect(withTransactions.headings).toEqual(['ID', 'x', 't_x', 'T', 'zbar']);
    expect(withTransactions.rows).toHaveLength(2357);
    expect(summary.headings).toEqual(['ID', 'frequency', 'recency', 'T']);
    expect(summary.rows).toHaveLength(2357);
  });

  it('has the documented column headings', () => {
    expect(utcRows[0]).toEqual(['Customer', 'Frequency', 'Recency', 'T', 'Monetary value']);
  });

  it('has one row for each of the 2,357 customers, and no other', () => {
    expect(utcRows).toHaveLength(1 + 2357);
    expect([...byCustomer.keys()].sort()).toEqual(withTransactions.rows.map((row) => String(row.ID)).sort());
  });

  it("matches x exactly and t_x, T and zbar to the file's two decimals", () => {
    const columns = {
      x: { index: 1, exact: true },
      t_x: { index: 2, exact: false },
      T: { index: 3, exact: false },
      zbar: { index: 4, exact: false },
    };
    expect(mismatches(byCustomer, withTransactions, columns)).toEqual([]);
  });

  it('agrees with cdnow_customers_summary.csv (frequency, recency, T)', () => {
    const columns = {
      frequency: { index: 1, exact: true },
      recency: { index: 2, exact: false },
      T: { index: 3, exact: false },
    };
    expect(mismatches(byCustomer, summary, columns)).toEqual([]);
  });

  it('gives the same table for a spreadsheet in New York', () => {
    // The dates are the same wall-clock days, handed over as other instants (New York midnight is 05:00 UTC in
    // winter, 04:00 in summer): only the spreadsheet's zone may turn them back into days.
    const runtime = loadBundle(appsScriptStubs('America/New_York').services);
    expect(dateCell(runtime, '1997-01-01', 'America/New_York').toISOString()).toBe('1997-01-01T05:00:00.000Z');
    expect(dateCell(runtime, AS_OF, 'America/New_York').toISOString()).toBe('1997-09-30T04:00:00.000Z');
    expect(newYorkRows).toEqual(utcRows);
  });
});
