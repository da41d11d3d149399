/**
 * The warm start of fits on many patterns (src/models/patternFit.ts): the
 * sample spans the patterns, and the fit that starts from the sample's
 * optimum and curvature ends where the fit from the usual start ends, in far
 * fewer iterations over all the patterns.
 */

import { simulateBtydOrders } from '../../scripts/lib/btydSimulation';
import { customerSummary } from '../../src/metrics/customerSummary';
import { indexKeys } from '../../src/metrics/keyIndex';
import { betaGeometricLogLikelihood } from '../../src/models/betaGeometricLikelihood';
import { BgNbd, meanT } from '../../src/models/bgNbd';
import { maximumLikelihood } from '../../src/models/maximumLikelihood';
import { samplePatterns } from '../../src/models/patternFit';
import { customersIn, toPatterns } from '../../src/models/patterns';

// 40,000 customers over six years, on whole days: about 37,000 distinct patterns.
const simulated = simulateBtydOrders(
  { r: 1.2, alpha: 30, a: 1.2, b: 4, p: 6, q: 4, gamma: 15 },
  { customers: 40_000, cohortWeeks: 104, endWeek: 312, seed: 23 },
);
const summary = customerSummary(
  indexKeys(simulated.customerIds.map(String)),
  simulated.days,
  undefined,
  simulated.endDay,
  7,
);
const patterns = toPatterns(summary.frequency, summary.recency, summary.age);

describe('samplePatterns', () => {
  it('takes every k-th pattern, with its customers, when there are 20,000 or more', () => {
    expect(patterns.size).toBeGreaterThan(20_000);
    const sample = samplePatterns(patterns);
    expect(sample).toBeDefined();
    const every = Math.ceil(patterns.size / 10_000);
    expect(sample?.size).toBe(Math.ceil(patterns.size / every));
    // Sorted patterns: the sample runs from the first x to the last.
    expect(sample?.x[0]).toBe(patterns.x[0]);
    expect(sample?.distinctX.length).toBeGreaterThan(0.5 * patterns.distinctX.length);
    expect(customersIn(sample as never)).toBeLessThan(customersIn(patterns));
  });

  it('takes none of fewer patterns', () => {
    expect(samplePatterns(toPatterns([1, 2, 3], [1, 2, 3], [4, 5, 6]))).toBeUndefined();
  });
});

describe('a BG/NBD fit on many patterns', () => {
  const likelihood = {
    value: (parameters: Float64Array) => betaGeometricLogLikelihood(parameters, patterns, 0, false).value,
    valueAndGradient: (parameters: Float64Array) => betaGeometricLogLikelihood(parameters, patterns, 0, true),
  };
  const model = { parameterNames: ['r', 'alpha', 'a', 'b'], limits: [] };

  it('ends where the fit from the usual start ends, in a few full iterations', () => {
    const warm = BgNbd.fit(patterns).fit;
    const cold = maximumLikelihood(likelihood, [1, meanT(patterns) / 4, 1, 1], customersIn(patterns), model);
    expect(warm.converged).toBe(true);
    expect(cold.converged).toBe(true);
    Array.from(warm.parameters).forEach((value, i) =>
      expect(Math.abs(value / cold.parameters[i] - 1)).toBeLessThan(2e-5),
    );
    expect(Math.abs(warm.logLikelihood - cold.logLikelihood)).toBeLessThan(1e-6 * Math.abs(cold.logLikelihood));
    expect(warm.iterations).toBeLessThanOrEqual(8);
    expect(cold.iterations).toBeGreaterThan(2 * warm.iterations);
  });
});
