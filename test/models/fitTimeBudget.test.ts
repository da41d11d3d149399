/**
 * The time budget hook: a checkTime callback passed to a model's fit is
 * called at least once per iteration and per point evaluated, so one that
 * throws (the add-on's 25-second budget running out) ends the fit at once,
 * with its error, for every model.
 */

import { BgNbd } from '../../src/models/bgNbd';
import { GammaGamma, toSpendPatterns } from '../../src/models/gammaGamma';
import type { FitOptions } from '../../src/models/maximumLikelihood';
import { MbgNbd } from '../../src/models/mbgNbd';
import { ParetoNbd } from '../../src/models/paretoNbd';
import { toPatterns } from '../../src/models/patterns';
import { simulateBtydOrders } from '../../scripts/lib/btydSimulation';
import { customerSummary } from '../../src/metrics/customerSummary';
import { indexKeys } from '../../src/metrics/keyIndex';

// 400 customers from a BG/NBD process with Gamma-Gamma spend, summarised in weeks.
const simulated = simulateBtydOrders(
  { r: 1.2, alpha: 8, a: 0.8, b: 3, p: 6, q: 4, gamma: 15 },
  { customers: 400, cohortWeeks: 12, endWeek: 40, seed: 5 },
);
const summary = customerSummary(
  indexKeys(simulated.customerIds.map(String)),
  simulated.days,
  simulated.amounts,
  simulated.endDay,
  7,
);
const { frequency: x, recency: tx, age: T, monetary: spend } = summary;
const patterns = toPatterns(x, tx, T);
const spendPatterns = toSpendPatterns(x, spend);

const FITS: [string, (options: FitOptions) => unknown][] = [
  ['BG/NBD', (options) => BgNbd.fit(patterns, undefined, options)],
  ['MBG/NBD', (options) => MbgNbd.fit(patterns, undefined, options)],
  ['Pareto/NBD', (options) => ParetoNbd.fit(patterns, undefined, options)],
  ['Gamma-Gamma', (options) => GammaGamma.fit(spendPatterns, undefined, options)],
];

describe.each(FITS)('%s fit', (_, fit) => {
  it('calls checkTime throughout: at least once per iteration', () => {
    let calls = 0;
    const result = fit({ checkTime: () => calls++ }) as { fit: { iterations: number; converged: boolean } };
    expect(result.fit.converged).toBe(true);
    expect(calls).toBeGreaterThan(result.fit.iterations);
  });

  it.each([1, 5, 12])('ends with the error of a checkTime that throws on its call number %p', (n) => {
    let calls = 0;
    const checkTime = () => {
      if (++calls === n) throw new Error(`out of time at call ${n}`);
    };
    expect(() => fit({ checkTime })).toThrow(`out of time at call ${n}`);
    // Nothing ran on after the throw.
    expect(calls).toBe(n);
  });
});
