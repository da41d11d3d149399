/**
 * Predictive customer value: the "buy 'til you die" models fitted on the
 * sheet's own orders. BTYD_FIT shows the fitted models; CLV_PREDICT applies
 * them to every customer. The models live in src/models.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell, type RangeArgument } from '../input/cells';
import { InputError } from '../input/inputError';
import { readChoice, readNumberOption } from '../input/options';
import { customerSummary } from '../metrics/customerSummary';
import { BgNbd } from '../models/bgNbd';
import { cached, fingerprint } from '../models/fitCache';
import { GammaGamma, type SpendPatterns, toSpendPatterns } from '../models/gammaGamma';
import type { MaximumLikelihoodFit } from '../models/maximumLikelihood';
import { MbgNbd } from '../models/mbgNbd';
import { ParetoNbd } from '../models/paretoNbd';
import { type Patterns, toPatterns } from '../models/patterns';
import { monthlyRate, purchaseSchedule } from '../models/predictedClv';
import type { PurchaseModel, PurchaseModelName } from '../models/purchaseModel';
import type { FunctionSpec, ParameterSpec } from './functionSpec';
import { CUSTOMER_IDS, ORDER_DATES, readOrders } from './readOrders';

/** Fewer repeat buyers than this cannot tell the models how often and for how long customers buy. */
const MIN_REPEAT_BUYERS = 10;
const DAYS_PER_WEEK = 7;
const MODELS = ['bgnbd', 'mbgnbd', 'pnbd'] as const;
const MODEL_TITLES: Record<PurchaseModelName, string> = { bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD', pnbd: 'Pareto/NBD' };

/** The customers' histories in weeks, as the models take them. */
interface CustomerBase {
  readonly keys: string[];
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly meanSpend: Float64Array;
  readonly repeatBuyers: number;
  /** Weeks from the first order in the data to as_of. */
  readonly weeks: number;
}

function readCustomerBase(
  context: CallContext,
  ids: RangeArgument,
  dates: RangeArgument,
  amounts: RangeArgument,
  asOf: RangeArgument,
): CustomerBase {
  const orders = readOrders(context, { ids, dates, amounts: { range: amounts, required: true }, asOf });
  const summary = customerSummary(orders.customers, orders.days, orders.amounts, orders.asOfDay, DAYS_PER_WEEK);
  const present: number[] = [];
  summary.present.forEach((isPresent, c) => {
    if (isPresent) present.push(c);
  });
  const pick = (values: Float64Array) => Float64Array.from(present, (c) => values[c]);
  let firstDay = Infinity;
  for (const day of orders.days)
    if (Math.floor(day) <= Math.floor(orders.asOfDay)) firstDay = Math.min(firstDay, Math.floor(day));
  const x = pick(summary.frequency);
  let repeatBuyers = 0;
  for (const value of x) if (value > 0) repeatBuyers++;
  return {
    keys: present.map((c) => orders.customers.keys[c]),
    x,
    tx: pick(summary.recency),
    T: pick(summary.age),
    meanSpend: pick(summary.monetary),
    repeatBuyers,
    weeks: (Math.floor(orders.asOfDay) - firstDay) / DAYS_PER_WEEK,
  };
}

interface Fitted<M> {
  readonly model: M;
  readonly fit: MaximumLikelihoodFit;
}

interface FittedModels {
  readonly purchase: Fitted<PurchaseModel>;
  readonly spend: Fitted<GammaGamma>;
}

function fitPurchaseModel(name: PurchaseModelName, patterns: Patterns): Fitted<PurchaseModel> {
  if (name === 'pnbd') return ParetoNbd.fit(patterns);
  if (name === 'mbgnbd') return MbgNbd.fit(patterns);
  return BgNbd.fit(patterns);
}

/** Fits the purchase model and the Gamma-Gamma spend model, once per input; explains what cannot be fitted. */
function fitModels(context: CallContext, base: CustomerBase, name: PurchaseModelName): FittedModels {
  const fn = context.functionName;
  const customers = base.keys.length;
  if (base.repeatBuyers < MIN_REPEAT_BUYERS) {
    throw new InputError(
      `${fn}: only ${base.repeatBuyers} of ${customers} customers bought again on a later day; the models need at least ` +
        `${MIN_REPEAT_BUYERS} repeat buyers to learn how often and for how long customers buy.`,
    );
  }
  const spendPatterns: SpendPatterns = toSpendPatterns(base.x, base.meanSpend);
  if (spendPatterns.size === 0 || sum(spendPatterns.weight) < MIN_REPEAT_BUYERS) {
    throw new InputError(
      `${fn}: only ${sum(spendPatterns.weight)} repeat buyers spent more than 0 on their repeat purchases; the spend ` +
        `model needs at least ${MIN_REPEAT_BUYERS}.`,
    );
  }
  const key = `${name}|${fingerprint(base.x, base.tx, base.T, base.meanSpend)}`;
  return cached(key, () => {
    const purchase = fitPurchaseModel(name, toPatterns(base.x, base.tx, base.T));
    if (!purchase.fit.converged || !Number.isFinite(purchase.fit.logLikelihood)) {
      throw new InputError(
        `${fn}: the ${MODEL_TITLES[name]} fit did not converge (${purchase.fit.iterations} iterations, log-likelihood ` +
          `${purchase.fit.logLikelihood.toFixed(2)}); these orders may not follow the model: try another model.`,
      );
    }
    const spend = GammaGamma.fit(spendPatterns);
    if (!spend.fit.converged) {
      throw new InputError(`${fn}: the Gamma-Gamma spend model did not converge (${spend.fit.iterations} iterations).`);
    }
    return { purchase, spend };
  });
}

const sum = (values: ArrayLike<number>) => {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
};

const cellOf = (value: number): OutputCell => (Number.isFinite(value) ? value : EMPTY);

const AMOUNTS: ParameterSpec = {
  name: 'amounts',
  description: 'The amount of each order, e.g. D2:D (zero or more).',
  kind: 'range',
};
const AS_OF: ParameterSpec = {
  name: 'as_of',
  description:
    'The end of the data the models learn from: later orders are left out (to test predictions on them); the latest order date if blank.',
  kind: 'value',
  optional: true,
};
const MODEL: ParameterSpec = {
  name: 'model',
  description: '"bgnbd" (BG/NBD), "mbgnbd" (MBG/NBD) or "pnbd" (Pareto/NBD); "bgnbd" if blank.',
  kind: 'value',
  optional: true,
};

export const PREDICTIVE_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'BTYD_FIT',
    summary:
      'Fits a buy-till-you-die purchase model and the Gamma-Gamma spend model to the orders: parameters and standard errors.',
    details:
      "Maximum likelihood on each customer's history in weeks (CUSTOMER_SUMMARY: repeat purchase days x, recency t_x, " +
      "age T, mean repeat spend). Rows: the purchase model's parameters as in the papers (r, alpha, a, b for BG/NBD and " +
      'MBG/NBD; r, alpha, s, beta for Pareto/NBD), then the Gamma-Gamma p, q, gamma, each with its standard error ' +
      "(from the Hessian of the log-likelihood at the optimum), then the purchase model's log-likelihood, the number " +
      'of customers and of repeat customers, and the weeks of data. Needs at least 10 repeat buyers; a fit that does ' +
      'not converge says so.',
    parameters: [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, AS_OF, MODEL],
    returns: 'A table: Parameter, Estimate, Std. error.',
    example: '=BTYD_FIT(Orders!B2:B, Orders!C2:C, Orders!D2:D)',
    compute([ids, dates, amounts, asOf, model], context) {
      const name = readChoice(context.functionName, 'model', model, MODELS, 'bgnbd');
      const base = readCustomerBase(context, ids, dates, amounts, asOf);
      const { purchase, spend } = fitModels(context, base, name);
      const rows: OutputCell[][] = [['Parameter', 'Estimate', 'Std. error']];
      purchase.model.parameterNames.forEach((parameter, i) => {
        rows.push([parameter, purchase.model.parameters[i], cellOf(purchase.fit.standardErrors[i])]);
      });
      spend.model.parameterNames.forEach((parameter, i) => {
        rows.push([parameter, spend.model.parameters[i], cellOf(spend.fit.standardErrors[i])]);
      });
      rows.push(
        ['Log-likelihood', purchase.fit.logLikelihood, EMPTY],
        ['Customers', base.keys.length, EMPTY],
        ['Repeat customers', base.repeatBuyers, EMPTY],
        ['Weeks of data', base.weeks, EMPTY],
      );
      return rows;
    },
  },
  {
    name: 'CLV_PREDICT',
    summary:
      'Per customer: probability still active, expected purchases and spend, and predicted lifetime value over a horizon.',
    details:
      'Fits the purchase model (BG/NBD by default) and the Gamma-Gamma spend model on the orders (as BTYD_FIT), then, ' +
      'per customer in order of first appearance: Frequency, Recency and T in weeks; P(alive), the probability the ' +
      'customer is still buying; Expected purchases over the next horizon_months (a month is 52/12 weeks); Expected ' +
      'spend per purchase; and Predicted CLV = the sum over months k of gross_margin x expected spend x the expected ' +
      'purchases of month k, discounted by (1 + monthly rate)^k, the monthly rate being (1 + annual_discount_rate)^(1/12) - 1. ' +
      'For non-contractual buying (a customer can leave without telling you); not for subscriptions, whose churn you ' +
      'observe (use CHURN_RATE).',
    parameters: [
      CUSTOMER_IDS,
      ORDER_DATES,
      AMOUNTS,
      {
        name: 'horizon_months',
        description: 'How many months ahead to predict; 12 if blank.',
        kind: 'value',
        optional: true,
      },
      {
        name: 'annual_discount_rate',
        description: 'The yearly rate future value is discounted by, e.g. 0.1 for 10%; 0.10 if blank.',
        kind: 'value',
        optional: true,
      },
      AS_OF,
      MODEL,
      {
        name: 'gross_margin',
        description: 'The share of revenue kept as gross profit, e.g. 0.6; 1 if blank.',
        kind: 'value',
        optional: true,
      },
    ],
    returns:
      'A table: Customer, Frequency, Recency, T, P(alive), Expected purchases, Expected spend per purchase, Predicted CLV.',
    example: '=CLV_PREDICT(Orders!B2:B, Orders!C2:C, Orders!D2:D, 12, 0.1)',
    compute([ids, dates, amounts, horizon, discount, asOf, model, margin], context) {
      const fn = context.functionName;
      const months = readNumberOption(fn, 'horizon_months', horizon, {
        fallback: 12,
        min: 1,
        minInclusive: true,
        max: 1200,
        maxInclusive: true,
        integer: true,
        accepted: 'a whole number of months from 1 to 1200 (leave it blank for 12)',
      });
      const annualRate = readNumberOption(fn, 'annual_discount_rate', discount, {
        fallback: 0.1,
        min: 0,
        minInclusive: true,
        max: 10,
        maxInclusive: true,
        accepted: 'a yearly rate from 0 upwards, such as 0.1 or 10% (leave it blank for 0.10)',
      });
      const grossMargin = readNumberOption(fn, 'gross_margin', margin, {
        fallback: 1,
        min: 0,
        minInclusive: false,
        max: 1,
        maxInclusive: true,
        accepted: 'a share above 0 and up to 1, such as 0.6 or 60% (leave it blank for 1)',
      });
      const name = readChoice(fn, 'model', model, MODELS, 'bgnbd');
      const base = readCustomerBase(context, ids, dates, amounts, asOf);
      const { purchase, spend } = fitModels(context, base, name);
      if (!spend.model.hasFiniteMean) {
        throw new InputError(
          `${fn}: the spend model found q = ${spend.model.parameters[1].toFixed(3)}, at most 1: spend per purchase then has no ` +
            'finite average, so spend cannot be predicted (a few extreme amounts can cause this).',
        );
      }
      const rate = monthlyRate(annualRate);
      // Customers with the same history share their purchase schedule.
      const schedules = new Map<string, ReturnType<typeof purchaseSchedule>>();
      const rows: OutputCell[][] = [
        [
          'Customer',
          'Frequency',
          'Recency',
          'T',
          'P(alive)',
          'Expected purchases',
          'Expected spend per purchase',
          'Predicted CLV',
        ],
      ];
      for (let i = 0; i < base.keys.length; i++) {
        const x = base.x[i];
        const tx = base.tx[i];
        const T = base.T[i];
        const key = `${x}|${tx}|${T}`;
        let schedule = schedules.get(key);
        if (schedule === undefined) {
          schedule = purchaseSchedule(purchase.model, x, tx, T, months, rate);
          schedules.set(key, schedule);
        }
        const spendPerPurchase = spend.model.expectedSpend(x, base.meanSpend[i]) as number;
        rows.push([
          base.keys[i],
          x,
          tx,
          T,
          purchase.model.probabilityAlive(x, tx, T),
          schedule.expectedPurchases,
          spendPerPurchase,
          grossMargin * spendPerPurchase * schedule.discountedPurchases,
        ]);
      }
      return rows;
    },
  },
];
