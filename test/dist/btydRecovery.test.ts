/**
 * Parameter recovery: about a million orders of 200,000 customers simulated
 * from a BG/NBD process with Gamma-Gamma spend of known parameters
 * (scripts/lib/btydSimulation.ts), passed to BTYD_FIT in the built dist/
 * bundle as a sheet's three columns. The fit must find the parameters the
 * orders came from, each within 5%.
 *
 * The rates are chosen so that two purchases rarely fall on one day (the
 * models count purchase days, the simulation a continuous-time process), and
 * 200,000 customers make the sampling error of each estimate about 1-2%.
 */

import { loadBundle } from '../../scripts/emulator/appsScriptRuntime';
import { simulateBtydOrders } from '../../scripts/lib/btydSimulation';
import { appsScriptStubs } from '../support/appsScriptStubs';
import { fromScript } from '../support/crossRealm';

const TRUTH = { r: 1.2, alpha: 30, a: 1.2, b: 4, p: 6, q: 4, gamma: 15 };
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2020, 0, 1);

describe('BTYD_FIT on 200,000 simulated customers, through dist/', () => {
  let table: unknown[][];
  let orders: number;

  beforeAll(() => {
    const simulated = simulateBtydOrders(TRUTH, { customers: 200_000, cohortWeeks: 104, endWeek: 312, seed: 11 });
    orders = simulated.customerIds.length;
    const runtime = loadBundle(appsScriptStubs('UTC').services);
    const ids = [['Customer'], ...simulated.customerIds.map((id) => [id])];
    const dates = [['Date'], ...simulated.days.map((day) => [runtime.newDate(FIRST_DAY + day * DAY_MS)])];
    const amounts = [['Amount'], ...simulated.amounts.map((amount) => [amount])];
    const asOf = runtime.newDate(FIRST_DAY + simulated.endDay * DAY_MS);
    table = fromScript(runtime.call('BTYD_FIT', ids, dates, amounts, asOf)) as unknown[][];
  }, 60_000);

  it('reads about a million orders', () => {
    expect(orders).toBeGreaterThan(900_000);
    expect(table.find((row) => row[0] === 'Customers')?.[1]).toBe(200_000);
  });

  it.each(Object.entries(TRUTH))('recovers %s = %p within 5%', (name, truth) => {
    const estimate = table.find((row) => row[0] === name)?.[1] as number;
    expect(Math.abs(estimate - truth) / truth).toBeLessThan(0.05);
  });
});
