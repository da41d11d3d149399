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
  /** Its Hessian in the parameters, when known in closed form (for the standard errors). */
  readonly hessian?: (parameters: Float64Array) => Float64Array[];
}

export interface FitOptions {
  /** Called at least once per iteration and per point evaluated; a callback that throws stops the fit with its error. */
  readonly checkTime?: () => void;
}

/** The same log-likelihood on a sample of the data, to start from (see maximumLikelihood). */
export interface WarmStart {
  readonly logLikelihood: LogLikelihood;
  readonly observations: number;
}

/**
 * Maximises a log-likelihood of positive parameters, from a positive starting
 * point. `observations` (the number of customers) scales the objective to a
 * mean per customer, so that the tolerances mean the same for 2,000 customers
 * as for 200,000 (a total of 1e6 would drown a finite-difference gradient in
 * rounding noise).
 *
 * With a warm start (the same model on a sample of the data, as a mean per
 * customer too), the sample is fitted first, and the full fit starts from its
 * optimum with its estimate of the inverse Hessian: a few iterations instead
 * of twenty or more, as BFGS need not learn the curvature again.
 *
 * Then the limits of the model (parameterLimits.ts) are probed, unless every
 * parameter is known to within its own size (a standard error below the
 * estimate, so that a hundredfold move costs at least (ln 100)² / 2 = 10.6, far
 * beyond the probe's tolerance): a fit that reached one did not converge.
 */
export function maximumLikelihood(
  logLikelihood: LogLikelihood,
  start: readonly number[],
  observations: number,
  model: ModelLimits,
  options: FitOptions = {},
  warmStart?: WarmStart,
): MaximumLikelihoodFit {
  const { checkTime } = options;
  const meanObjective = (likelihood: LogLikelihood, count: number) => {
    const both = likelihood.valueAndGradient;
    return {
      value: (logs: Float64Array) => -likelihood.value(logs.map(Math.exp)) / count,
      // In log space: d(-LL/n)/d ln p = -(p / n) dLL/dp.
      valueAndGradient:
        both === undefined
          ? undefined
          : (logs: Float64Array): ValueAndGradient => {
              const parameters = logs.map(Math.exp);
              const { value, gradient } = both(parameters);
              return { value: -value / count, gradient: gradient.map((g, i) => (-parameters[i] * g) / count) };
            },
    };
  };
  let from: Float64Array = Float64Array.from(start, Math.log);
  let initialInverseHessian: readonly Float64Array[] | undefined;
  if (warmStart !== undefined) {
    const sample = meanObjective(warmStart.logLikelihood, warmStart.observations);
    const first = minimize(sample.value, from, { valueAndGradient: sample.valueAndGradient, checkTime });
    if (first.converged) ({ point: from, inverseHessian: initialInverseHessian } = first);
  }
  const full = meanObjective(logLikelihood, observations);
  const result = minimize(full.value, from, {
    valueAndGradient: full.valueAndGradient,
    checkTime,
    initialInverseHessian,
  });
  const parameters = result.point.map(Math.exp);
  const timed = <A, R>(fn: (a: A) => R) =>
    checkTime === undefined
      ? fn
      : (a: A) => {
          checkTime();
          return fn(a);
        };
  const negative = (p: Float64Array) => -logLikelihood.value(p);
  const both = logLikelihood.valueAndGradient;
  const negativeGradient = both === undefined ? undefined : (p: Float64Array) => both(p).gradient.map((g) => -g);
  const atFit = -result.value * observations;
  const hessian = logLikelihood.hessian;
  const negativeHessian =
    hessian === undefined ? undefined : (p: Float64Array) => hessian(p).map((row) => row.map((v) => -v));
  const errors =
    result.converged && Number.isFinite(atFit)
      ? standardErrors(
          timed(negative),
          parameters,
          negativeGradient === undefined ? undefined : timed(negativeGradient),
          negativeHessian === undefined ? undefined : timed(negativeHessian),
        )
      : parameters.map(() => Number.NaN);
  const wellInside = errors.every((error, i) => error <= parameters[i]);
  const limits =
    Number.isFinite(atFit) && !wellInside
      ? limitsReached(timed(logLikelihood.value), parameters, atFit, observations, model, result.escaped)
      : [];
  const converged = result.converged && limits.length === 0;
  return {
    parameters,
    logLikelihood: atFit,
    standardErrors: converged ? errors : parameters.map(() => Number.NaN),
    converged,
    iterations: result.iterations,
    limits,
  };
}
