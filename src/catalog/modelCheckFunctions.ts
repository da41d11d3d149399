/**
 * Honest model checks: BTYD_VALIDATE fits a purchase model on the orders up
 * to a calibration date and compares its predictions with what the customers
 * then bought (the calibration-versus-holdout check of Fader, Hardie & Lee
 * 2005 and lifetimes). The kernels are src/metrics/calibrationHoldout.ts and
 * src/models/holdoutCheck.ts.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell } from '../input/cells';
import { InputError } from '../input/inputError';
import { readChoice, readRequiredDate } from '../input/options';
import { calibrationHoldout } from '../metrics/calibrationHoldout';
import { fingerprint } from '../models/fitCache';
import { holdoutCheck, TOP_BUCKET, trackingCurve } from '../models/holdoutCheck';
import { toPatterns } from '../models/patterns';
import type { PurchaseModel, PurchaseModelName } from '../models/purchaseModel';
import { isoDateOfDay } from '../time/civilDays';
import type { FunctionSpec } from './functionSpec';
import {
  fitOptionsOf,
  fitPurchaseModel,
  fitted,
  notConverged,
  otherPurchaseModelsAdvice,
  PURCHASE_MODEL_TITLES,
  purchaseModelOf,
  purchaseTimeAdvice,
  storedFit,
} from './modelFit';
import { CUSTOMER_IDS, ORDER_DATES, readOrders } from './readOrders';

const MODELS = ['bgnbd', 'mbgnbd', 'pnbd'] as const;
/** As BTYD_FIT: fewer repeat buyers cannot tell a model how often and for how long customers buy. */
const MIN_REPEAT_BUYERS = 10;

/** Fits the purchase model on the calibration histories, once per input. */
function fitCalibration(
  context: CallContext,
  name: PurchaseModelName,
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
): PurchaseModel {
  const fn = context.functionName;
  let repeatBuyers = 0;
  for (const value of x) if (value > 0) repeatBuyers++;
  if (repeatBuyers < MIN_REPEAT_BUYERS) {
    throw new InputError(
      `${fn}: only ${repeatBuyers} of ${x.length} customers bought again on a later day by calibration_end; the model needs at least ` +
        `${MIN_REPEAT_BUYERS} repeat buyers in the calibration period.`,
    );
  }
  const key = `calibration|${name}|${fingerprint(x, tx, T)}`;
  const compute = () => {
    const purchase = fitPurchaseModel(name, toPatterns(x, tx, T), fitOptionsOf(context, purchaseTimeAdvice(name)));
    if (!fitted(purchase.fit)) {
      throw notConverged(
        fn,
        PURCHASE_MODEL_TITLES[name],
        purchase,
        otherPurchaseModelsAdvice(name),
        'the orders up to calibration_end',
      );
    }
    return purchase.model;
  };
  return storedFit(context, key, compute, {
    encode: (model) => Array.from(model.parameters),
    decode: (json) =>
      Array.isArray(json) &&
      json.length === 4 &&
      json.every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0)
        ? purchaseModelOf(name, Float64Array.from(json as number[]))
        : undefined,
  });
}

export const MODEL_CHECK_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'BTYD_VALIDATE',
    summary:
      'Fits a purchase model on the orders up to a calibration date and compares its predicted holdout purchases with the actual ones.',
    details:
      'The purchase model (as BTYD_FIT) is fitted on the orders up to calibration_end; each customer first seen by then gets E[Y(t) | x, t_x, T], the repeat purchases the model expects ' +
      'in the t weeks from calibration_end to holdout_end, against the repeat purchases made (distinct days, as in CUSTOMER_SUMMARY). Customers whose first purchase is after calibration_end ' +
      'are not in the calibration, so they are left out of both tables and counted in the row "Left out: first purchase after calibration_end"; orders after holdout_end are ignored. ' +
      'Rows: a heading (Repeat purchases in calibration, Customers, Actual, Predicted), one row per number of calibration repeat purchases 0 to 6 and "7+" with the mean actual and mean ' +
      'predicted holdout repeat purchases per customer; Total (customers and the sums of actual and predicted); Mean absolute error per customer; Holdout weeks; Left out. Then, after a blank ' +
      'row, the tracking table with its own heading (Week ending, Actual cumulative, Predicted cumulative): repeat purchases of those customers added up week by week across calibration and ' +
      'holdout, the model expecting E[X(t)] from each customer t weeks after their first purchase. Chart those three columns as lines.',
    parameters: [
      CUSTOMER_IDS,
      ORDER_DATES,
      {
        name: 'amounts',
        description: 'The amount of each order, e.g. D2:D (zero or more), read and checked as in BTYD_FIT.',
        kind: 'range',
      },
      {
        name: 'calibration_end',
        description: 'The last day of the calibration period the model learns from, e.g. DATE(1997,9,30).',
        kind: 'value',
      },
      {
        name: 'holdout_end',
        description:
          'The last day of the holdout period the predictions are checked on; the latest order date if blank.',
        kind: 'value',
        optional: true,
      },
      {
        name: 'model',
        description: '"bgnbd" (BG/NBD), "mbgnbd" (MBG/NBD) or "pnbd" (Pareto/NBD); "bgnbd" if blank.',
        kind: 'value',
        optional: true,
      },
    ],
    returns:
      'Two tables, one below the other: Repeat purchases in calibration, Customers, Actual, Predicted; then Week ending, Actual cumulative, Predicted cumulative.',
    output: {
      columns: ['Repeat purchases in calibration', 'Customers', 'Actual', 'Predicted'],
      moreColumns: [['Week ending', 'Actual cumulative', 'Predicted cumulative']],
      labels: [
        '7+',
        'Total',
        'Mean absolute error per customer',
        'Holdout weeks',
        'Left out: first purchase after calibration_end',
      ],
    },
    example: '=BTYD_VALIDATE(Orders!B2:B, Orders!C2:C, Orders!D2:D, DATE(1997,9,30), DATE(1998,6,30))',
    compute([ids, dates, amounts, calibrationEnd, holdoutEnd, model], context) {
      const fn = context.functionName;
      const name = readChoice(fn, 'model', model, MODELS, 'bgnbd');
      const calibrationDay = Math.floor(readRequiredDate(context, 'calibration_end', calibrationEnd));
      const orders = readOrders(context, {
        ids,
        dates,
        amounts: { range: amounts, required: true },
        asOf: holdoutEnd,
        asOfName: 'holdout_end',
      });
      const holdoutDay = Math.floor(orders.asOfDay);
      if (holdoutDay <= calibrationDay) {
        throw new InputError(
          `${fn}: holdout_end (${isoDateOfDay(holdoutDay)}) is not after calibration_end (${isoDateOfDay(calibrationDay)}); ` +
            'the holdout period runs from the day after calibration_end to holdout_end.',
        );
      }
      const split = calibrationHoldout(orders.customers, orders.days, calibrationDay, holdoutDay);
      const present: number[] = [];
      split.calibration.present.forEach((isPresent, c) => {
        if (isPresent) present.push(c);
      });
      if (present.length === 0) {
        throw new InputError(`${fn}: no orders on or before calibration_end (${isoDateOfDay(calibrationDay)}).`);
      }
      const pick = (values: ArrayLike<number>) => Float64Array.from(present, (c) => values[c]);
      const x = pick(split.calibration.frequency);
      const tx = pick(split.calibration.recency);
      const T = pick(split.calibration.age);
      const fitted = fitCalibration(context, name, x, tx, T);
      const holdoutWeeks = (holdoutDay - calibrationDay) / 7;
      const check = holdoutCheck(fitted, x, tx, T, pick(split.holdout), holdoutWeeks);
      const rows: OutputCell[][] = [['Repeat purchases in calibration', 'Customers', 'Actual', 'Predicted']];
      check.buckets.forEach((bucket, k) => {
        const label = k === TOP_BUCKET ? `${TOP_BUCKET}+` : k;
        const mean = (total: number) => (bucket.customers > 0 ? total / bucket.customers : EMPTY);
        rows.push([label, bucket.customers, mean(bucket.actual), mean(bucket.predicted)]);
      });
      rows.push(
        ['Total', check.customers, check.actual, check.predicted],
        ['Mean absolute error per customer', check.meanAbsoluteError, EMPTY, EMPTY],
        ['Holdout weeks', holdoutWeeks, EMPTY, EMPTY],
        ['Left out: first purchase after calibration_end', split.laterCustomers, EMPTY, EMPTY],
        [EMPTY, EMPTY, EMPTY, EMPTY],
        ['Week ending', 'Actual cumulative', 'Predicted cumulative', EMPTY],
      );
      const firstDays = pick(split.firstDay);
      let startDay = Infinity;
      for (const day of firstDays) startDay = Math.min(startDay, day);
      const zone = context.timeZone();
      for (const week of trackingCurve(fitted, firstDays, split.repeatDays, startDay, holdoutDay)) {
        rows.push([zone.dateOfLocalDay(week.endDay), week.actual, week.predicted, EMPTY]);
      }
      return rows;
    },
  },
];
