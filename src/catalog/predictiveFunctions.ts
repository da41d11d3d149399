/**
 * Predictive customer value: the "buy 'til you die" models fitted on the
 * sheet's own orders, or on a summary of them (readSummaryTable.ts).
 * BTYD_FIT shows the fitted models; CLV_PREDICT applies them to every
 * customer (or to every pattern of a pattern table). The models live in
 * src/models.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell, type RangeArgument } from '../input/cells';
import { InputError } from '../input/inputError';
import { isOmitted, readChoice, readMaxRows, readNumberOption } from '../input/options';
import { customerSummary } from '../metrics/customerSummary';
import { fingerprint } from '../models/fitCache';
import { GammaGamma, toSpendPatterns } from '../models/gammaGamma';
import { toPatterns } from '../models/patterns';
import { monthlyRate, purchaseSchedule } from '../models/predictedClv';
import type { PurchaseModel, PurchaseModelName } from '../models/purchaseModel';
import type { FunctionSpec, ParameterSpec } from './functionSpec';
import {
  type Fitted,
  fitFromJson,
  fitOptionsOf,
  fitPurchaseModel,
  fitToJson,
  fitted,
  notConverged,
  otherPurchaseModelsAdvice,
  PURCHASE_MODEL_NAMES,
  PURCHASE_MODEL_TITLES,
  purchaseModelOf,
  purchaseTimeAdvice,
  storedFit,
} from './modelFit';
import { readOrders } from './readOrders';
import { readSummaryTable, SUMMARY_HEADINGS, SUMMARY_HEADINGS_TEXT, summaryKindOf } from './readSummaryTable';

/** Fewer repeat buyers than this cannot tell the models how often and for how long customers buy. */
const MIN_REPEAT_BUYERS = 10;
const DAYS_PER_WEEK = 7;
const MODELS = PURCHASE_MODEL_NAMES;
const MODEL_TITLES = PURCHASE_MODEL_TITLES;

/** The customers' histories in weeks, as the models take them: from order rows, or from a summary table. */
interface Histories {
  /** Customer ids, row by row; none for a pattern table, whose rows are patterns. */
  readonly keys?: readonly string[];
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** Customers per row: 1, but for a pattern table. */
  readonly weight: Float64Array;
  /** Mean repeat spend per row; none when the input has no spend (a pattern table, a summary without it). */
  readonly meanSpend?: Float64Array;
  /** Why there is no spend, for BTYD_FIT's table. */
  readonly noSpend?: string;
  readonly customers: number;
  readonly repeatBuyers: number;
  /** Weeks from the first order in the data to as_of: the largest T. */
  readonly weeks: number;
}

function fromOrders(
  context: CallContext,
  ids: RangeArgument,
  dates: RangeArgument,
  amounts: RangeArgument,
  asOf: RangeArgument,
): Histories {
  const orders = readOrders(context, { ids, dates, amounts: { range: amounts, required: true }, asOf });
  const summary = customerSummary(orders.customers, orders.days, orders.amounts, orders.asOfDay, DAYS_PER_WEEK);
  const present: number[] = [];
  for (let c = 0; c < summary.present.length; c++) if (summary.present[c]) present.push(c);
  const pick = (values: Float64Array) => {
    const picked = new Float64Array(present.length);
    for (let i = 0; i < present.length; i++) picked[i] = values[present[i]];
    return picked;
  };
  const x = pick(summary.frequency);
  const T = pick(summary.age);
  return {
    keys: present.map((c) => orders.customers.keys[c]),
    x,
    tx: pick(summary.recency),
    T,
    weight: new Float64Array(present.length).fill(1),
    meanSpend: pick(summary.monetary),
    customers: present.length,
    repeatBuyers: countAbove0(x),
    weeks: largest(T),
  };
}

function fromSummary(context: CallContext, ids: RangeArgument, asOf: RangeArgument): Histories {
  const fn = context.functionName;
  const table = readSummaryTable(context, ids, 'customer_ids');
  if (!isOmitted(asOf)) {
    throw new InputError(
      `${fn}: as_of is given, but customer_ids is a summary table, which is already as of the day it was made; ` +
        'leave as_of blank (or summarise the orders up to as_of).',
    );
  }
  let customers = 0;
  let repeatBuyers = 0;
  for (let i = 0; i < table.x.length; i++) {
    customers += table.weight[i];
    if (table.x[i] > 0) repeatBuyers += table.weight[i];
  }
  return {
    keys: table.keys,
    x: table.x,
    tx: table.tx,
    T: table.T,
    weight: table.weight,
    meanSpend: table.meanSpend,
    noSpend:
      table.meanSpend !== undefined
        ? undefined
        : table.kind === 'patterns'
          ? 'a table of patterns has no spend'
          : 'the summary has no Monetary value',
    customers,
    repeatBuyers,
    weeks: largest(table.T),
  };
}

/** The histories from the order ranges, or from a summary table in customer_ids when the order ranges are blank. */
function readHistories(
  context: CallContext,
  ids: RangeArgument,
  dates: RangeArgument,
  amounts: RangeArgument,
  asOf: RangeArgument,
): Histories {
  if (isOmitted(dates) && isOmitted(amounts)) return fromSummary(context, ids, asOf);
  const kind = summaryKindOf(ids);
  if (kind !== undefined) {
    throw new InputError(
      `${context.functionName}: customer_ids is a summary table (its first row is the heading ` +
        `${SUMMARY_HEADINGS[kind].join(', ')}), but order_dates or amounts is given; leave them blank to fit on the ` +
        'summary, or give customer ids, order dates and amounts, one order per row.',
    );
  }
  return fromOrders(context, ids, dates, amounts, asOf);
}

function countAbove0(values: Float64Array): number {
  let count = 0;
  for (const value of values) if (value > 0) count++;
  return count;
}

function largest(values: Float64Array): number {
  let max = 0;
  for (const value of values) max = Math.max(max, value);
  return max;
}

interface FittedModels {
  readonly purchase: Fitted<PurchaseModel>;
  /** None when the input has no spend. */
  readonly spend?: Fitted<GammaGamma>;
}

/** Fits the purchase model and the Gamma-Gamma spend model, once per input; explains what cannot be fitted. */
function fitModels(context: CallContext, histories: Histories, name: PurchaseModelName): FittedModels {
  const fn = context.functionName;
  if (histories.repeatBuyers < MIN_REPEAT_BUYERS) {
    throw new InputError(
      `${fn}: only ${histories.repeatBuyers} of ${histories.customers} customers bought again on a later day; the ` +
        `models need at least ${MIN_REPEAT_BUYERS} repeat buyers to learn how often and for how long customers buy.`,
    );
  }
  const spendPatterns =
    histories.meanSpend === undefined ? undefined : toSpendPatterns(histories.x, histories.meanSpend);
  if (spendPatterns !== undefined) {
    const spenders = sum(spendPatterns.weight);
    if (spenders < MIN_REPEAT_BUYERS) {
      throw new InputError(
        `${fn}: only ${spenders} repeat buyers spent more than 0 on their repeat purchases; the spend model needs at ` +
          `least ${MIN_REPEAT_BUYERS}.`,
      );
    }
  }
  const options = fitOptionsOf(context, purchaseTimeAdvice(name));
  const { x, tx, T, weight, meanSpend } = histories;
  const key = `${name}|${fingerprint(x, tx, T, weight, meanSpend ?? [])}`;
  const compute = (): FittedModels => {
    const purchase = fitPurchaseModel(name, toPatterns(x, tx, T, weight), options);
    if (!fitted(purchase.fit)) throw notConverged(fn, MODEL_TITLES[name], purchase, otherPurchaseModelsAdvice(name));
    if (spendPatterns === undefined) return { purchase };
    const spend = GammaGamma.fit(spendPatterns, undefined, options);
    if (!spend.fit.converged) {
      throw notConverged(fn, 'Gamma-Gamma spend model', spend, 'These amounts may not follow the spend model.');
    }
    return { purchase, spend };
  };
  return storedFit(context, key, compute, {
    encode: ({ purchase, spend }) => ({ purchase: fitToJson(purchase.fit), spend: spend && fitToJson(spend.fit) }),
    decode: (json) => {
      const { purchase, spend } = (json ?? {}) as { purchase?: unknown; spend?: unknown };
      const purchaseFit = fitFromJson(purchase, 4);
      if (purchaseFit === undefined) return undefined;
      const models: FittedModels = {
        purchase: { model: purchaseModelOf(name, purchaseFit.parameters), fit: purchaseFit },
      };
      if (spendPatterns === undefined) return spend === undefined ? models : undefined;
      const spendFit = fitFromJson(spend, 3);
      return spendFit === undefined
        ? undefined
        : { ...models, spend: { model: new GammaGamma(spendFit.parameters), fit: spendFit } };
    },
  });
}

const sum = (values: ArrayLike<number>) => {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
};

const cellOf = (value: number): OutputCell => (Number.isFinite(value) ? value : EMPTY);

const SUMMARY_RANGE =
  `or a summary table with its heading row: ${SUMMARY_HEADINGS_TEXT}, the order ranges then left blank ` +
  '(see details)';
const CUSTOMER_IDS: ParameterSpec = {
  name: 'customer_ids',
  description: `The customer of each order, e.g. B2:B; ${SUMMARY_RANGE}.`,
  kind: 'range',
};
const ORDER_DATES: ParameterSpec = {
  name: 'order_dates',
  description: 'The date of each order, e.g. C2:C; blank when customer_ids is a summary table.',
  kind: 'range',
  optional: true,
};
const AMOUNTS: ParameterSpec = {
  name: 'amounts',
  description: 'The amount of each order, e.g. D2:D (zero or more); blank when customer_ids is a summary table.',
  kind: 'range',
  optional: true,
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
const FROM_A_SUMMARY =
  'Instead of order rows, customer_ids may be a summary table (order_dates, amounts and as_of left blank), with the ' +
  'heading row frequency, recency, T, customers (one row per pattern: customers with the same history in weeks ' +
  "collapsed into one row with their count, as a warehouse query can bring back) or CUSTOMER_SUMMARY's Customer, " +
  'Frequency, Recency, T, Monetary value in weeks; headings in any case. Frequency must be a whole number, recency ' +
  'and T 0 or more with recency at most T and 0 exactly when frequency is 0, customers a whole number of 1 or more: ' +
  'anything else is an error naming the row.';

/** A column of CLV_PREDICT's table: its heading, when it is shown, and its value for a row. */
interface PredictionColumn {
  readonly heading: string;
  readonly shown: (histories: Histories, withSpend: boolean) => boolean;
  readonly value: (row: PredictionRow) => OutputCell;
}

interface PredictionRow {
  readonly key?: string;
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly customers: number;
  readonly alive: number;
  readonly expectedPurchases: number;
  readonly spendPerPurchase?: number;
  readonly clv?: number;
}

const always = () => true;
const PREDICTION_COLUMNS: readonly PredictionColumn[] = [
  { heading: 'Customer', shown: (h) => h.keys !== undefined, value: (row) => row.key as string },
  { heading: 'Frequency', shown: always, value: (row) => row.x },
  { heading: 'Recency', shown: always, value: (row) => row.tx },
  { heading: 'T', shown: always, value: (row) => row.T },
  { heading: 'Customers', shown: (h) => h.keys === undefined, value: (row) => row.customers },
  { heading: 'P(alive)', shown: always, value: (row) => row.alive },
  { heading: 'Expected purchases', shown: always, value: (row) => row.expectedPurchases },
  {
    heading: 'Expected spend per purchase',
    shown: (_, withSpend) => withSpend,
    value: (row) => row.spendPerPurchase as number,
  },
  { heading: 'Predicted CLV', shown: (_, withSpend) => withSpend, value: (row) => row.clv as number },
];

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
      'of customers and of repeat customers, and the weeks of data. Needs at least 10 repeat buyers. A fit that does ' +
      'not converge says so, and says why when the parameters run off to an edge of the model (for example r and ' +
      'alpha without bound: every customer buying at the same rate, as subscriptions do). ' +
      `${FROM_A_SUMMARY} A table of patterns, or a summary without Monetary value, fits the purchase model alone: the ` +
      'Gamma-Gamma rows are then one row, Gamma-Gamma, saying why it is not fitted.',
    parameters: [CUSTOMER_IDS, ORDER_DATES, AMOUNTS, AS_OF, MODEL],
    returns: 'A table: Parameter, Estimate, Std. error.',
    output: {
      columns: ['Parameter', 'Estimate', 'Std. error'],
      labels: [
        'Gamma-Gamma',
        'not fitted: a table of patterns has no spend',
        'not fitted: the summary has no Monetary value',
        'Log-likelihood',
        'Customers',
        'Repeat customers',
        'Weeks of data',
      ],
    },
    example: '=BTYD_FIT(Orders!B2:B, Orders!C2:C, Orders!D2:D)',
    compute([ids, dates, amounts, asOf, model], context) {
      const name = readChoice(context.functionName, 'model', model, MODELS, 'bgnbd');
      const histories = readHistories(context, ids, dates, amounts, asOf);
      const { purchase, spend } = fitModels(context, histories, name);
      const rows: OutputCell[][] = [['Parameter', 'Estimate', 'Std. error']];
      purchase.model.parameterNames.forEach((parameter, i) => {
        rows.push([parameter, purchase.model.parameters[i], cellOf(purchase.fit.standardErrors[i])]);
      });
      if (spend === undefined) rows.push(['Gamma-Gamma', `not fitted: ${histories.noSpend}`, EMPTY]);
      else {
        spend.model.parameterNames.forEach((parameter, i) => {
          rows.push([parameter, spend.model.parameters[i], cellOf(spend.fit.standardErrors[i])]);
        });
      }
      rows.push(
        ['Log-likelihood', purchase.fit.logLikelihood, EMPTY],
        ['Customers', histories.customers, EMPTY],
        ['Repeat customers', histories.repeatBuyers, EMPTY],
        ['Weeks of data', histories.weeks, EMPTY],
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
      `observe (use CHURN_RATE). ${FROM_A_SUMMARY} From a CUSTOMER_SUMMARY table the result is the table above, per ` +
      'customer in its order; from a table of patterns it is one row per row of the table: Frequency, Recency, T, ' +
      'Customers, P(alive) and Expected purchases (per customer of that pattern), without the spend and CLV columns, ' +
      'which need amounts (as from a summary without Monetary value).',
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
      {
        name: 'max_rows',
        description:
          'Return only this many rows: those of highest Predicted CLV (of most expected purchases without amounts), ' +
          'highest first; every row, in the order of the input, if blank.',
        kind: 'value',
        optional: true,
      },
    ],
    returns:
      'A table: Customer, Frequency, Recency, T, P(alive), Expected purchases, Expected spend per purchase, Predicted CLV ' +
      '(from a table of patterns: Frequency, Recency, T, Customers, P(alive), Expected purchases).',
    output: {
      columns: [
        'Customer',
        'Frequency',
        'Recency',
        'T',
        'Customers',
        'P(alive)',
        'Expected purchases',
        'Expected spend per purchase',
        'Predicted CLV',
      ],
      optionalColumns: ['Customer', 'Customers', 'Expected spend per purchase', 'Predicted CLV'],
    },
    example: '=CLV_PREDICT(Orders!B2:B, Orders!C2:C, Orders!D2:D, 12, 0.1)',
    largeResultAdvice:
      'Give max_rows (for example 1000) to return only the customers of highest predicted value, or fit on a summary ' +
      'table of patterns (see "Beyond one sheet" in the add-on\'s README)',
    compute([ids, dates, amounts, horizon, discount, asOf, model, margin, maxRows], context) {
      const fn = context.functionName;
      const limit = readMaxRows(fn, maxRows);
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
      const histories = readHistories(context, ids, dates, amounts, asOf);
      const { purchase, spend } = fitModels(context, histories, name);
      if (spend !== undefined && !spend.model.hasFiniteMean) {
        throw new InputError(
          `${fn}: the spend model found q = ${spend.model.parameters[1].toFixed(3)}, at most 1: spend per purchase then has no ` +
            'finite average, so spend cannot be predicted (a few extreme amounts can cause this).',
        );
      }
      const rate = monthlyRate(annualRate);
      const columns = PREDICTION_COLUMNS.filter((column) => column.shown(histories, spend !== undefined));
      const rows: OutputCell[][] = [columns.map((column) => column.heading)];
      // Customers with the same history share their purchase schedule.
      const schedules = new Map<string, { alive: number; expected: number; discounted: number }>();
      const advice = purchaseTimeAdvice(name);
      for (let i = 0; i < histories.x.length; i++) {
        if (i % 1024 === 0) context.checkTime(advice);
        const x = histories.x[i];
        const tx = histories.tx[i];
        const T = histories.T[i];
        const key = `${x}|${tx}|${T}`;
        let schedule = schedules.get(key);
        if (schedule === undefined) {
          const { alive, expectedPurchases, discountedPurchases } = purchaseSchedule(
            purchase.model,
            x,
            tx,
            T,
            months,
            rate,
          );
          schedule = { alive, expected: expectedPurchases, discounted: discountedPurchases };
          schedules.set(key, schedule);
        }
        const spendPerPurchase =
          spend === undefined || histories.meanSpend === undefined
            ? undefined
            : (spend.model.expectedSpend(x, histories.meanSpend[i]) as number);
        const row: PredictionRow = {
          key: histories.keys?.[i],
          x,
          tx,
          T,
          customers: histories.weight[i],
          alive: schedule.alive,
          expectedPurchases: schedule.expected,
          spendPerPurchase,
          clv: spendPerPurchase === undefined ? undefined : grossMargin * spendPerPurchase * schedule.discounted,
        };
        const cells = columns.map((column) => column.value(row));
        if (cells.some((cell) => typeof cell === 'number' && !Number.isFinite(cell))) {
          const who = row.key === undefined ? 'the pattern' : `customer ${row.key}`;
          throw new InputError(
            `${fn}: the ${MODEL_TITLES[name]} model gives no finite prediction for ${who} (frequency ${x}, recency ` +
              `${tx}, T ${T}): the fitted parameters are too extreme for its formulas; try another model.`,
          );
        }
        rows.push(cells);
      }
      if (limit >= rows.length - 1) return rows;
      // The rows of highest value first: the last column is Predicted CLV, or Expected purchases without spend.
      const value = columns.length - 1;
      const body = rows.slice(1).map((row, i) => ({ row, i }));
      body.sort((a, b) => (b.row[value] as number) - (a.row[value] as number) || a.i - b.i);
      return [rows[0], ...body.slice(0, limit).map(({ row }) => row)];
    },
  },
];
