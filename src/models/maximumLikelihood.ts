/** Fits parameters by maximum likelihood, with their standard errors (see optimize.ts and standardErrors.ts). */

import { minimize } from './optimize';
import { standardErrors } from './standardErrors';

export interface MaximumLikelihoodFit {
  readonly parameters: Float64Array;
  readonly logLikelihood: number;
  readonly standardErrors: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * Maximises a log-likelihood of positive parameters, from a positive starting
 * point. `observations` (the number of customers) scales the objective to a
 * mean per customer, so that the tolerances mean the same for 2,000 customers
 * as for 200,000 (a total of 1e6 would drown a finite-difference gradient in
 * rounding noise).
 */
export function maximumLikelihood(
  logLikelihood: (parameters: Float64Array) => number,
  start: readonly number[],
  observations: number,
  /** The gradient of the log-likelihood in the parameters, when known in closed form. */
  gradient?: (parameters: Float64Array) => Float64Array,
): MaximumLikelihoodFit {
  const negative = (parameters: Float64Array) => -logLikelihood(parameters);
  // In log space: d(-LL/n)/d ln p = -(p / n) dLL/dp.
  const logGradient =
    gradient === undefined
      ? undefined
      : (logs: Float64Array) => {
          const parameters = logs.map(Math.exp);
          return gradient(parameters).map((g, i) => (-parameters[i] * g) / observations);
        };
  const result = minimize((logs) => negative(logs.map(Math.exp)) / observations, start.map(Math.log), {
    gradient: logGradient,
  });
  const parameters = result.point.map(Math.exp);
  const negativeGradient = gradient === undefined ? undefined : (p: Float64Array) => gradient(p).map((g) => -g);
  return {
    parameters,
    logLikelihood: -result.value * observations,
    standardErrors: standardErrors(negative, parameters, negativeGradient),
    converged: result.converged,
    iterations: result.iterations,
  };
}
