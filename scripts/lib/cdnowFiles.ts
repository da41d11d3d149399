/**
 * The CDNOW reference files (../shared/data/cdnow, see its README.md): where
 * they are and their parsers, shared by the tests (test/support/referenceData.ts)
 * and the benchmark. The parsers return the files' rows as plain values and
 * refuse anything they do not recognize, so a damaged file fails loudly
 * instead of losing rows.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './paths';

/** Where the CDNOW files are expected: REFERENCE_DATA_DIR, or ../shared/data/cdnow beside the repository. */
export function referenceDataDir(): string {
  const override = process.env.REFERENCE_DATA_DIR;
  return override !== undefined && override !== '' ? resolve(override) : resolve(ROOT, '..', 'shared', 'data', 'cdnow');
}

/** The text of a reference file. */
export function readReferenceFile(dir: string, file: string): string {
  return readFileSync(resolve(dir, file), 'utf8');
}

/** A transaction of CDNOW_sample.txt. */
export interface CdnowSampleRow {
  /** The customer's id in CDNOW_master.txt. */
  readonly masterId: number;
  /** The sample's own customer id, 1..2357: the ID of the summary files. */
  readonly sampleId: number;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly cds: number;
  readonly dollars: number;
}

/** A transaction of CDNOW_master.txt. */
export interface CdnowMasterRow {
  readonly customerId: number;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly cds: number;
  readonly dollars: number;
}

/** A summary csv: its headings, and each row as numbers keyed by heading. */
export interface SummaryCsv {
  readonly headings: string[];
  readonly rows: Record<string, number>[];
}

const MASTER_HEADER = ['customer_id', 'date', 'number_of_cds', 'dollar_value'];

/** Non-empty lines, whatever the line ends (the files mix CRLF and LF). */
function linesOf(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

function fail(file: string, line: number, problem: string): never {
  throw new Error(`${file} line ${line}: ${problem}`);
}

/** A YYYYMMDD field as YYYY-MM-DD, checked to be a real calendar date. */
function isoDate(field: string, file: string, line: number): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(field);
  if (match === null) fail(file, line, `"${field}" is not a YYYYMMDD date`);
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) fail(file, line, `no date ${field}`);
  return iso;
}

function numberOf(field: string, file: string, line: number): number {
  if (!/^-?\d+(\.\d+)?$/.test(field)) fail(file, line, `"${field}" is not a number`);
  return Number(field);
}

function fieldsOf(line: string, count: number, file: string, lineNumber: number): string[] {
  const fields = line.trim().split(/\s+/);
  if (fields.length !== count) fail(file, lineNumber, `expected ${count} fields, found ${fields.length}`);
  return fields;
}

/** CDNOW_sample.txt: master id, sample id, date, CDs, dollars; no header. */
export function parseCdnowSample(text: string, file = 'CDNOW_sample.txt'): CdnowSampleRow[] {
  return linesOf(text).map((line, i) => {
    const [masterId, sampleId, date, cds, dollars] = fieldsOf(line, 5, file, i + 1);
    return {
      masterId: numberOf(masterId, file, i + 1),
      sampleId: numberOf(sampleId, file, i + 1),
      date: isoDate(date, file, i + 1),
      cds: numberOf(cds, file, i + 1),
      dollars: numberOf(dollars, file, i + 1),
    };
  });
}

/** CDNOW_master.txt: a header line, then customer id, date, CDs, dollars. */
export function parseCdnowMaster(text: string, file = 'CDNOW_master.txt'): CdnowMasterRow[] {
  const [header, ...lines] = linesOf(text);
  const headings = (header ?? '').trim().split(/\s+/);
  if (headings.join(' ') !== MASTER_HEADER.join(' ')) fail(file, 1, `unexpected header "${header}"`);
  return lines.map((line, i) => {
    const [customerId, date, cds, dollars] = fieldsOf(line, 4, file, i + 2);
    return {
      customerId: numberOf(customerId, file, i + 2),
      date: isoDate(date, file, i + 2),
      cds: numberOf(cds, file, i + 2),
      dollars: numberOf(dollars, file, i + 2),
    };
  });
}

/** cdnow_customers_summary.csv or cdnow_customers_summary_with_transactions.csv: a heading line, then numbers. */
export function parseSummaryCsv(text: string, file = 'summary csv'): SummaryCsv {
  const [header, ...lines] = linesOf(text);
  const headings = (header ?? '').split(',').map((heading) => heading.trim());
  const rows = lines.map((line, i) => {
    const fields = line.split(',').map((field) => field.trim());
    if (fields.length !== headings.length)
      fail(file, i + 2, `expected ${headings.length} fields, found ${fields.length}`);
    return Object.fromEntries(headings.map((heading, k) => [heading, numberOf(fields[k], file, i + 2)]));
  });
  return { headings, rows };
}
