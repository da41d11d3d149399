/**
 * Orders whose best fit lies at an edge of the BTYD models (see
 * src/models/parameterLimits.ts), as a sheet's three columns:
 *
 * - the example coffee shop: deliveries on a schedule, every customer buying
 *   at the same rate (the Poisson limit of the purchase process);
 * - everyone's last purchase on the last day: nobody has dropped out (the
 *   NBD limit). The BG/NBD likelihood of a customer whose last purchase is at
 *   T is that of having survived the first x - 1 purchases, largest when the
 *   drop-out probability is 0, so the best fit has none, for any data;
 * - one drop-out probability for every customer (a and b of the simulation's
 *   beta in the millions): the data cannot show a spread that is not there,
 *   and on about half of the seeds the best fit has none, as on seed 3 here
 *   for all three models;
 * - one mean spend for every customer (spend Gamma(4) x $7.50 for all): the
 *   same for the Gamma-Gamma's spread of mean spend, on seed 2 (seven of the first ten seeds).
 */

import { coffeeShopWorkbook } from '../../examples/coffeeShop';
import { simulateBtydOrders } from '../../scripts/lib/btydSimulation';
import { seededRandom } from '../../scripts/lib/seededRandom';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);

export interface OrderColumns {
  readonly ids: unknown[][];
  readonly dates: unknown[][];
  readonly amounts: unknown[][];
}

function columns(ids: readonly number[], days: readonly number[], amounts: readonly number[]): OrderColumns {
  return {
    ids: [['Customer'], ...ids.map((id) => [id])],
    dates: [['Order date'], ...days.map((day) => [new Date(FIRST_DAY + day * DAY_MS)])],
    amounts: [['Amount'], ...amounts.map((amount) => [amount])],
  };
}

/** The example workbook's Orders sheet. */
export function coffeeShopOrders(): OrderColumns {
  const rows = coffeeShopWorkbook().sheets.Orders.slice(1);
  const column = (i: number) => rows.map((row) => [row[i] ?? '']);
  return { ids: column(1), dates: column(2), amounts: column(3) };
}

/** 300 customers buying at rates that vary (exponential gaps, mean 30 days / a gamma(1) factor), all on day 728. */
export function lastDayOrders(): OrderColumns {
  const random = seededRandom(1);
  const END = 728;
  const ids: number[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  const buy = (customer: number, day: number) => {
    ids.push(customer);
    days.push(day);
    amounts.push(20 + Math.round(random() * 2000) / 100);
  };
  for (let customer = 0; customer < 300; customer++) {
    const rate = -Math.log(random()) / 30;
    let day = Math.floor(random() * 500);
    buy(customer, day);
    for (;;) {
      day += Math.max(1, Math.round(-Math.log(random()) / rate));
      if (day >= END) break;
      buy(customer, day);
    }
    buy(customer, END);
  }
  return columns(ids, days, amounts);
}

/** 1,500 customers from a BG/NBD process whose drop-out probability is 0.2 for everyone. */
export function sameDropOutOrders(): OrderColumns {
  const simulated = simulateBtydOrders(
    { r: 1, alpha: 10, a: 2e6, b: 8e6, p: 6, q: 4, gamma: 15 },
    { customers: 1500, cohortWeeks: 40, endWeek: 104, seed: 3 },
  );
  return columns(simulated.customerIds, simulated.days, simulated.amounts);
}

/** 800 customers from an ordinary BG/NBD process, every purchase's spend Gamma(4) x $7.50 whoever buys. */
export function sameMeanSpendOrders(): OrderColumns {
  const simulated = simulateBtydOrders(
    { r: 1, alpha: 10, a: 1, b: 3, p: 6, q: 4, gamma: 15 },
    { customers: 800, cohortWeeks: 40, endWeek: 104, seed: 2 },
  );
  const random = seededRandom(2);
  // Gamma(4) as the sum of four exponentials.
  const spend = () => {
    let total = 0;
    for (let k = 0; k < 4; k++) total -= Math.log(random());
    return Math.round(total * 7.5 * 100) / 100;
  };
  return columns(
    simulated.customerIds,
    simulated.days,
    simulated.amounts.map(() => spend()),
  );
}
