/**
 * Fits that run off to an edge of the models (src/models/parameterLimits.ts):
 * BTYD_FIT must report them as not converged, naming the parameters that ran
 * away and the limiting model the data look like, never with numbers that
 * look fitted; CLV_PREDICT must give the same error, never a NaN. The orders
 * are in test/support/edgeFixtures.ts, each built so that its best fit is at
 * the edge (shown there).
 */

import type { OutputCell } from '../../src/input/cells';
import { callFunction } from '../support/callFunction';
import {
  coffeeShopOrders,
  lastDayOrders,
  type OrderColumns,
  sameDropOutOrders,
  sameMeanSpendOrders,
} from '../support/edgeFixtures';
import { BTYD_AMOUNTS, BTYD_DATES, BTYD_IDS } from '../support/predictiveFixtures';

const MODELS = [
  ['bgnbd', 'BG/NBD'],
  ['mbgnbd', 'MBG/NBD'],
  ['pnbd', 'Pareto/NBD'],
] as const;

/** BTYD_FIT's and CLV_PREDICT's errors on the orders with the model, or the table BTYD_FIT gave. */
function outcomes(orders: OrderColumns, model: string) {
  const attempt = (name: string, args: unknown[]) => {
    try {
      return { table: callFunction(name, [orders.ids, orders.dates, orders.amounts, ...args]) as OutputCell[][] };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  return { fit: attempt('BTYD_FIT', ['', model]), predict: attempt('CLV_PREDICT', [12, 0.1, '', model]) };
}

function expectEdge(orders: OrderColumns, model: string, title: string, where: RegExp) {
  const { fit, predict } = outcomes(orders, model);
  expect(fit.table).toBeUndefined();
  const start = `BTYD_FIT: the ${title.replace('/', '\\/')} fit did not converge: it runs off to the edge of the model, where `;
  expect(fit.error).toMatch(new RegExp(`^${start}`));
  expect(fit.error).toMatch(where);
  expect(fit.error).toMatch(/No finite parameters fit these customers best, so there are none to report\./);
  expect(predict.error).toBe(fit.error?.replace(/^BTYD_FIT/, 'CLV_PREDICT'));
}

describe('purchase models at the edge', () => {
  const coffeeShop = coffeeShopOrders();
  const lastDay = lastDayOrders();
  const sameDropOut = sameDropOutOrders();

  it.each(MODELS)(
    'the coffee shop (deliveries on a schedule) runs %s to the Poisson limit, and says so',
    (model, title) => {
      expectEdge(
        coffeeShop,
        model,
        title,
        /r and alpha grow without bound together \(r = [\d.]+e\+\d+, alpha = [\d.]+e\+\d+ when the fit stopped\): purchase rates do not vary across customers, the limiting Poisson case/,
      );
    },
  );

  it.each(MODELS)('everyone buying on the last day runs %s to the limit without drop-out', (model, title) => {
    const parameter =
      model === 'pnbd' ? '(beta grows without bound|s goes to 0)' : '(b grows without bound|a goes to 0)';
    expectEdge(lastDay, model, title, new RegExp(`${parameter} \\(.*\\): .*the limiting NBD model`));
  });

  it.each(MODELS)(
    'one drop-out probability for everyone runs %s to the limit without spread in drop-out',
    (model, title) => {
      const where =
        model === 'pnbd'
          ? /s and beta grow without bound together .*: drop-out rates do not vary across customers/
          : /a and b grow without bound together .*: the chance of dropping out after a purchase does not vary across customers: every customer drops out with the same probability, 0\.\d+/;
      expectEdge(sameDropOut, model, title, where);
    },
  );
});

describe('the spend model at the edge', () => {
  it('one mean spend for everyone runs Gamma-Gamma to the limit without spread in mean spend', () => {
    const { fit, predict } = outcomes(sameMeanSpendOrders(), 'bgnbd');
    expect(fit.error).toMatch(
      /^BTYD_FIT: the Gamma-Gamma spend model fit did not converge: it runs off to the edge of the model, where q and gamma grow without bound together .*: mean spend does not vary across customers/,
    );
    expect(predict.error).toBe(fit.error?.replace(/^BTYD_FIT/, 'CLV_PREDICT'));
  });
});

describe('CLV_PREDICT', () => {
  it.each(MODELS)('gives only finite numbers where %s converges', (model) => {
    const table = callFunction('CLV_PREDICT', [
      BTYD_IDS,
      BTYD_DATES,
      BTYD_AMOUNTS,
      12,
      0.1,
      '',
      model,
    ]) as OutputCell[][];
    const bad = table
      .slice(1)
      .filter((row) => row.slice(1).some((cell) => !(typeof cell === 'number' && Number.isFinite(cell))));
    expect(bad).toEqual([]);
  });
});
