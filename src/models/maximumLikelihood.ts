/** Fits parameters by maximum likelihood, with their standard errors (see optimize.ts and standardErrors.ts). */

import { minimize, type ValueAndGradient } from './optimize';
import { type Limit, limitsReached, type ModelLimits } from './parameterLimits';
import { standardErrors } from './standardErrors';

export interface MaximumLikelihoodFit {
  readonly parameters: Float64Array;
  readonly logLikelihood: number;
  /** NaN when the fit did not converge. */
  readonly standardErrors: Float64Array;
  /** False when the optimizer stopped early, or when the fit ran off to a limit of the model (see `limits`). */
  readonly converged: boolean;
  readonly iterations: number;
  /** The limits of the model the fit reached (parameterLimits.ts): then there is no maximum to report. */
  readonly limits: readonly Limit[];
}

/** A log-likelihood of positive parameters, as a model offers it to the fit. */
export interface LogLikelihood {
  readonly value: (parameters: Float64Array) => number;
  /** The log-likelihood and its gradient in the parameters from one pass, when the gradient is known in closed form. */
  readonly valueAndGradient?: (parameters: Float64Array) => ValueAndGradient;
}

export interface FitOptions {
  /** Called at least once per iteration and per point evaluated; a callback that throws stops the fit with its error. */
  readonly checkTime?: () => void;
}

/**
 * Maximises a log-likelihood of positive parameters, from a positive starting
 * point. `observations` (the number of customers) scales the objective to a
 * mean per customer, so that the tolerances mean the same for 2,000 customers
 * as for 200,000 (a total of 1e6 would drown a finite-difference gradient in
 * rounding noise).
 */
export function maximumLikelihood(
  logLikelihood: LogLikelihood,
  start: readonly number[],
  observations: number,
  model: ModelLimits,
  options: FitOptions = {},
): MaximumLikelihoodFit {
  const { checkTime } = options;
  const negative = (parameters: Float64Array) => -logLikelihood.value(parameters);
  const both = logLikelihood.valueAndGradient;
  // In log space: d(-LL/n)/d ln p = -(p / n) dLL/dp.
  const logValueAndGradient =
    both === undefined
      ? undefined
      : (logs: Float64Array): ValueAndGradient => {
          const parameters = logs.map(Math.exp);
          const { value, gradient } = both(parameters);
          return {
            value: -value / observations,
            gradient: gradient.map((g, i) => (-parameters[i] * g) / observations),
          };
        };
  const result = minimize((logs) => negative(logs.map(Math.exp)) / observations, start.map(Math.log), {
    valueAndGradient: logValueAndGradient,
    checkTime,
  });
  const parameters = result.point.map(Math.exp);
  const timed = <A, R>(fn: (a: A) => R) =>
    checkTime === undefined
      ? fn
      : (a: A) => {
          checkTime();
          return fn(a);
        };
  const negativeGradient = both === undefined ? undefined : (p: Float64Array) => both(p).gradient.map((g) => -g);
  const atFit = -result.value * observations;
  const limits = Number.isFinite(atFit)
    ? limitsReached(timed(logLikelihood.value), parameters, atFit, observations, model, result.escaped)
    : [];
  const converged = result.converged && limits.length === 0;
  return {
    parameters,
    logLikelihood: atFit,
    standardErrors: converged
      ? standardErrors(
          timed(negative),
          parameters,
          negativeGradient === undefined ? undefined : timed(negativeGradient),
        )
      : parameters.map(() => Number.NaN),
    converged,
    iterations: result.iterations,
    limits,
  };
}
