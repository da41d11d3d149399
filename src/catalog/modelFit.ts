/**
 * The fitting every model function shares: the purchase models by name, the
 * time budget passed into the fit, and what a fit that does not converge says
 * (why, when it ran off to an edge of the model, and what to try instead).
 * BTYD_FIT, CLV_PREDICT, BTYD_VALIDATE and the retention functions all word
 * it the same way.
 */

import type { CallContext } from '../input/callContext';
import { InputError } from '../input/inputError';
import { BgNbd } from '../models/bgNbd';
import type { FitOptions, MaximumLikelihoodFit } from '../models/maximumLikelihood';
import { MbgNbd } from '../models/mbgNbd';
import { cached } from '../models/fitCache';
import { describeLimit } from '../models/parameterLimits';
import { ParetoNbd } from '../models/paretoNbd';
import type { Patterns } from '../models/patterns';
import type { PurchaseModel, PurchaseModelName } from '../models/purchaseModel';

export const PURCHASE_MODEL_NAMES = ['bgnbd', 'mbgnbd', 'pnbd'] as const satisfies readonly PurchaseModelName[];
export const PURCHASE_MODEL_TITLES: Readonly<Record<PurchaseModelName, string>> = {
  bgnbd: 'BG/NBD',
  mbgnbd: 'MBG/NBD',
  pnbd: 'Pareto/NBD',
};

export interface Fitted<M> {
  readonly model: M;
  readonly fit: MaximumLikelihoodFit;
}

export function fitPurchaseModel(
  name: PurchaseModelName,
  patterns: Patterns,
  options: FitOptions,
): Fitted<PurchaseModel> {
  if (name === 'pnbd') return ParetoNbd.fit(patterns, undefined, options);
  if (name === 'mbgnbd') return MbgNbd.fit(patterns, undefined, options);
  return BgNbd.fit(patterns, undefined, options);
}

/** The call's time budget, checked inside the fit, with what to do when it runs out. */
export function fitOptionsOf(context: CallContext, advice: string): FitOptions {
  return { checkTime: () => context.checkTime(advice) };
}

/** What to do when a purchase-model fit runs out of time. */
export function purchaseTimeAdvice(name: PurchaseModelName): string {
  const fewer = 'give fewer rows (or an earlier as_of, or a summary table of patterns)';
  return name === 'pnbd' ? `${fewer}, or use "bgnbd" instead of "pnbd": BG/NBD fits several times faster` : fewer;
}

/** The advice of a purchase model that does not fit: the other models, and for subscriptions the retention model. */
export function otherPurchaseModelsAdvice(name: PurchaseModelName): string {
  const others = PURCHASE_MODEL_NAMES.filter((other) => other !== name).map((other) => `"${other}"`);
  return (
    `These customers may not follow the model: try another model (${others.join(' or ')}); for subscriptions, ` +
    'whose cancellations you see, use RETENTION_MODEL and SUBSCRIPTION_CLV.'
  );
}

/** The InputError for a fit that did not converge: why, when it ran off to an edge of the model. */
export function notConverged(
  fn: string,
  title: string,
  fitted: Fitted<{ readonly parameterNames: readonly string[] }>,
  advice: string,
  who = 'these customers',
): InputError {
  const { fit, model } = fitted;
  if (fit.limits.length > 0) {
    const where = fit.limits.map((limit) => describeLimit(limit, model.parameterNames, fit.parameters));
    return new InputError(
      `${fn}: the ${title} fit did not converge: it runs off to the edge of the model, where ${where.join('; and ')}. ` +
        `No finite parameters fit ${who} best, so there are none to report.${advice === '' ? '' : ` ${advice}`}`,
    );
  }
  return new InputError(
    `${fn}: the ${title} fit did not converge (${fit.iterations} iterations, log-likelihood ` +
      `${fit.logLikelihood.toFixed(2)}). ${advice}`,
  );
}

/** Whether a fit gives parameters to report and predict from. */
export function fitted(fit: MaximumLikelihoodFit): boolean {
  return fit.converged && Number.isFinite(fit.logLikelihood);
}

/** The purchase model of a name with given parameters (a fit read back from the store). */
export function purchaseModelOf(name: PurchaseModelName, parameters: Float64Array): PurchaseModel {
  if (name === 'pnbd') return new ParetoNbd(parameters);
  if (name === 'mbgnbd') return new MbgNbd(parameters);
  return new BgNbd(parameters);
}

// Fits kept between calls ----------------------------------------------------------------------------------

/**
 * Bumped whenever a fit's numbers may change (a model, the optimizer, the
 * readers), so that no cell reads a fit the code would no longer make.
 */
const STORE_VERSION = 1;

/** A converged fit as JSON: parameters, log-likelihood, standard errors (null for none), iterations. */
export interface StoredFitJson {
  readonly p: readonly number[];
  readonly ll: number;
  readonly se: readonly (number | null)[];
  readonly it: number;
}

export function fitToJson(fit: MaximumLikelihoodFit): StoredFitJson {
  return {
    p: Array.from(fit.parameters),
    ll: fit.logLikelihood,
    se: Array.from(fit.standardErrors, (se) => (Number.isFinite(se) ? se : null)),
    it: fit.iterations,
  };
}

/** The fit back from its JSON, or undefined when the JSON is not one (a value from another version, say). */
export function fitFromJson(json: unknown, parameters: number): MaximumLikelihoodFit | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { p, ll, se, it } = json as Partial<StoredFitJson>;
  const numbers = (values: unknown): values is number[] =>
    Array.isArray(values) &&
    values.length === parameters &&
    values.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!numbers(p) || typeof ll !== 'number' || typeof it !== 'number' || !Array.isArray(se) || se.length !== parameters)
    return undefined;
  return {
    parameters: Float64Array.from(p),
    logLikelihood: ll,
    standardErrors: Float64Array.from(se, (v) => (typeof v === 'number' ? v : Number.NaN)),
    converged: true,
    iterations: it,
    limits: [],
  };
}

export interface FitCodec<T> {
  readonly encode: (value: T) => unknown;
  /** The value back, or undefined when the stored JSON is not one. */
  readonly decode: (json: unknown) => T | undefined;
}

/**
 * A fit computed once for the same input: within the execution (fitCache.ts),
 * and across executions through the call's store, the document cache, for six
 * hours. In Sheets every cell runs in its own execution, so a dashboard with
 * BTYD_FIT, CLV_PREDICT and BTYD_VALIDATE over the same orders fits each model
 * once rather than once a cell. Only fits that succeeded are stored; a fit
 * that fails fails again in each cell, with its message. The key must fit in
 * the cache's 250 characters (fingerprints are 16 hex digits and a few lengths).
 */
export function storedFit<T>(context: CallContext, key: string, compute: () => T, codec: FitCodec<T>): T {
  return cached(key, () => {
    const store = context.store;
    const storeKey = `fit${STORE_VERSION}|${key}`;
    const stored = store?.get(storeKey) ?? null;
    if (stored !== null) {
      try {
        const value = codec.decode(JSON.parse(stored));
        if (value !== undefined) return value;
      } catch {
        // Not JSON: fit again and store it afresh.
      }
    }
    const value = compute();
    try {
      store?.put(storeKey, JSON.stringify(codec.encode(value)));
    } catch {
      // Over the cache's limits (or its quota): the fit is kept for this execution only.
    }
    return value;
  });
}
