/**
 * Parameter recovery through the built dist/ bundle: 8,000 subscriptions over
 * 36 monthly cohorts with tenures drawn from an sBG of known alpha and beta
 * (scripts/lib/subscriptionSimulation.ts), the customers still subscribed at
 * as_of censored there, passed to RETENTION_MODEL as a sheet's two date
 * columns. Each estimate must lie within two of its standard errors of the
 * truth (with this seed both are within one), and the standard errors must be
 * small enough to mean something.
 */

import { loadBundle } from '../../scripts/emulator/appsScriptRuntime';
import { simulateSubscriptions } from '../../scripts/lib/subscriptionSimulation';
import { appsScriptStubs } from '../support/appsScriptStubs';
import { fromScript } from '../support/crossRealm';

const TRUTH = { alpha: 1.2, beta: 6 };
const DAY_MS = 86_400_000;

describe('RETENTION_MODEL on 8,000 simulated subscriptions, through dist/', () => {
  let table: unknown[][];
  let active: number;

  beforeAll(() => {
    const simulated = simulateSubscriptions(TRUTH, {
      customers: 8000,
      firstYear: 2021,
      cohortMonths: 36,
      asOf: [2024, 6, 30],
      seed: 7,
    });
    active = simulated.ends.filter((end) => end === undefined).length;
    const runtime = loadBundle(appsScriptStubs('UTC').services);
    const date = (day: number) => runtime.newDate(day * DAY_MS);
    const starts = [['Start date'], ...simulated.starts.map((day) => [date(day)])];
    const ends = [['End date'], ...simulated.ends.map((day) => [day === undefined ? '' : date(day)])];
    table = fromScript(runtime.call('RETENTION_MODEL', starts, ends, 'month', date(simulated.asOfDay))) as unknown[][];
  }, 60_000);

  it('reads every customer, a good share of them still active', () => {
    const row = (name: string) => table.find((r) => r[0] === name)?.[1];
    expect(row('Customers')).toBe(8000);
    expect(row('Still active')).toBe(active);
    expect(active).toBeGreaterThan(1000);
  });

  it.each(Object.entries(TRUTH))('recovers %s = %p within two standard errors', (name, truth) => {
    const [, estimate, standardError] = table.find((row) => row[0] === name) as [string, number, number];
    expect(standardError).toBeGreaterThan(0);
    expect(standardError).toBeLessThan(0.2 * truth);
    expect(Math.abs(estimate - truth)).toBeLessThan(2 * standardError);
  });
});
