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
