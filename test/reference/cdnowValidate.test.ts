/**
 * BTYD_VALIDATE on the CDNOW sample through the built dist/ bundle:
 * calibration to 1997-09-30, holdout to 1998-06-30 (39 weeks, as in Fader,
 * Hardie & Lee 2005). Every number is computed again here, directly from the
 * transactions and the BG/NBD parameters BTYD_FIT reports for the same
 * calibration: the actual holdout repeat purchases per bucket (distinct days),
 * the conditional expectations of the paper's equation (10), E[X(t)] of its
 * equation (9) for the tracking curve, each with its own Gauss hypergeometric
 * series written out below.
 */

import { type BundleRuntime, loadBundle } from '../../scripts/emulator/appsScriptRuntime';
import { instantOfSerial } from '../../scripts/emulator/wallClock';
import { appsScriptStubs } from '../support/appsScriptStubs';
import { fromScript } from '../support/crossRealm';
import {
  type CdnowSampleRow,
  describeWithReferenceData,
  parseCdnowSample,
  readReferenceFile,
} from '../support/referenceData';

const ZONE = 'UTC';
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const CALIBRATION_END = dayOf('1997-09-30');
const HOLDOUT_END = dayOf('1998-06-30');

/** 2F1(a, b; c; z) by its power series, for 0 <= z < 1. */
function hypergeometric(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 100_000; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (Math.abs(term) < 1e-15 * sum) return sum;
  }
  throw new Error('2F1 did not converge');
}

describeWithReferenceData('BTYD_VALIDATE on the CDNOW sample, through dist/', (dir) => {
  let runtime: BundleRuntime;
  let result: unknown[][];
  let parameters: Record<string, number>;
  let customers: { x: number; tx: number; T: number; holdout: number; first: number; repeats: number[] }[];

  const dateCell = (iso: string) =>
    runtime.newDate(instantOfSerial((Date.parse(`${iso}T00:00:00Z`) - SHEETS_EPOCH_MS) / MS_PER_DAY, ZONE));

  beforeAll(() => {
    const transactions: CdnowSampleRow[] = parseCdnowSample(readReferenceFile(dir, 'CDNOW_sample.txt'));
    runtime = loadBundle(appsScriptStubs(ZONE).services);
    const columns = [
      [['Customer ID'], ...transactions.map((row) => [row.sampleId])],
      [['Order date'], ...transactions.map((row) => [dateCell(row.date)])],
      [['Amount'], ...transactions.map((row) => [row.dollars])],
    ];
    result = fromScript(
      runtime.call('BTYD_VALIDATE', ...columns, dateCell('1997-09-30'), dateCell('1998-06-30')),
    ) as unknown[][];
    const fit = fromScript(runtime.call('BTYD_FIT', ...columns, dateCell('1997-09-30'))) as unknown[][];
    parameters = Object.fromEntries(fit.map((row) => [row[0], row[1] as number]));

    const days = new Map<number, Set<number>>();
    for (const row of transactions) {
      if (!days.has(row.sampleId)) days.set(row.sampleId, new Set());
      days.get(row.sampleId)?.add(dayOf(row.date));
    }
    customers = [...days.values()].map((set) => {
      const sorted = [...set].sort((a, b) => a - b);
      const calibration = sorted.filter((day) => day <= CALIBRATION_END);
      const first = sorted[0];
      return {
        x: calibration.length - 1,
        tx: (calibration[calibration.length - 1] - first) / 7,
        T: (CALIBRATION_END - first) / 7,
        holdout: sorted.filter((day) => day > CALIBRATION_END && day <= HOLDOUT_END).length,
        first,
        repeats: sorted.slice(1).filter((day) => day <= HOLDOUT_END),
      };
    });
  }, 60_000);

  /** Equation (10): E[Y(t) | x, t_x, T]. */
  const conditional = (t: number, x: number, tx: number, T: number) => {
    const { r, alpha, a, b } = parameters;
    const z = t / (alpha + T + t);
    const expectation =
      ((a + b + x - 1) / (a - 1)) *
      (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hypergeometric(r + x, b + x, a + b + x - 1, z));
    const odds = x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0;
    return expectation / (1 + odds);
  };
  /** Equation (9): E[X(t)]. */
  const unconditional = (t: number) => {
    const { r, alpha, a, b } = parameters;
    return (
      ((a + b - 1) / (a - 1)) *
      (1 - Math.pow(alpha / (alpha + t), r) * hypergeometric(r, b, a + b - 1, t / (alpha + t)))
    );
  };

  it('has the bucket table: customers, actual and predicted means for 0 ... 6 and 7+ calibration repeat purchases', () => {
    expect(result[0]).toEqual(['Repeat purchases in calibration', 'Customers', 'Actual', 'Predicted']);
    const labels = result.slice(1, 9).map((row) => row[0]);
    expect(labels).toEqual([0, 1, 2, 3, 4, 5, 6, '7+']);
    for (let k = 0; k <= 7; k++) {
      const bucket = customers.filter((c) => (k === 7 ? c.x >= 7 : c.x === k));
      const [, count, actual, predicted] = result[1 + k] as [unknown, number, number, number];
      expect(count).toBe(bucket.length);
      expect(actual).toBeCloseTo(bucket.reduce((s, c) => s + c.holdout, 0) / bucket.length, 12);
      const direct = bucket.reduce((s, c) => s + conditional(39, c.x, c.tx, c.T), 0) / bucket.length;
      expect(Math.abs(predicted - direct) / direct).toBeLessThan(1e-9);
    }
  });

  it('has the totals, the mean absolute error, the holdout length and no customer left out', () => {
    const row = (label: string) => result.find((r) => r[0] === label) as unknown[];
    expect(row('Total')[1]).toBe(2357);
    expect(row('Total')[2]).toBe(customers.reduce((s, c) => s + c.holdout, 0));
    const predicted = customers.map((c) => conditional(39, c.x, c.tx, c.T));
    expect(row('Total')[3]).toBeCloseTo(
      predicted.reduce((s, v) => s + v, 0),
      6,
    );
    const mae = customers.reduce((s, c, i) => s + Math.abs(c.holdout - predicted[i]), 0) / customers.length;
    expect(row('Mean absolute error per customer')[1]).toBeCloseTo(mae, 9);
    expect(row('Holdout weeks')[1]).toBe(39);
    expect(row('Left out: first purchase after calibration_end')[1]).toBe(0);
  });

  it('has the weekly tracking table below a blank row: 78 weeks from 1997-01-07 to 1998-06-30', () => {
    const heading = result.findIndex((row) => row[0] === 'Week ending');
    expect(result[heading - 1]).toEqual(['', '', '', '']);
    expect(result[heading]).toEqual(['Week ending', 'Actual cumulative', 'Predicted cumulative', '']);
    const weeks = result.slice(heading + 1);
    expect(weeks).toHaveLength(78);
    expect(result.length).toBe(heading + 79);
    const start = dayOf('1997-01-01');
    weeks.forEach((week, k) => {
      const end = start + 7 * (k + 1) - 1;
      expect((week[0] as Date).toISOString().slice(0, 10)).toBe(new Date(end * MS_PER_DAY).toISOString().slice(0, 10));
      expect(week[1]).toBe(customers.reduce((s, c) => s + c.repeats.filter((day) => day <= end).length, 0));
      if (k % 13 === 12) {
        const direct = customers.reduce((s, c) => s + (c.first <= end ? unconditional((end - c.first) / 7) : 0), 0);
        expect(Math.abs((week[2] as number) - direct) / direct).toBeLessThan(1e-9);
      }
    });
  });
});
