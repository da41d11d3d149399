/**
 * Subscription forecasting: the shifted-beta-geometric (sBG) and
 * beta-discrete-Weibull (BdW) retention models fitted to a customer list (or
 * to one cohort's survivor counts), their survival projections, and the
 * residual value of every active subscriber. The models live in src/models.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell, type RangeArgument } from '../input/cells';
import { countReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { isOmitted, readChoice, readNumberOption, readOptionalDate } from '../input/options';
import { column, readTable } from '../input/readTable';
import { latestDay, subscriptionTenures } from '../metrics/subscriptionTenure';
import { BetaDiscreteWeibull } from '../models/betaDiscreteWeibull';
import { discountedLifetimeOfNewCustomer, discountedResidualLifetimes } from '../models/discountedLifetime';
import { fingerprint } from '../models/fitCache';
import type { MaximumLikelihoodFit } from '../models/maximumLikelihood';
import { type RetentionModel, type RetentionModelName, retentionRate, survival } from '../models/retentionModel';
import { ShiftedBetaGeometric } from '../models/shiftedBetaGeometric';
import {
  churnedIn,
  customersIn,
  observedSurvival,
  type Tenures,
  tenuresFromSurvivors,
  toTenures,
} from '../models/tenures';
import { isoDateOfDay } from '../time/civilDays';
import { BILLING_PERIODS, type BillingPeriod } from '../time/wholePeriods';
import type { FunctionSpec, ParameterSpec } from './functionSpec';
import { fitFromJson, fitOptionsOf, fitToJson, notConverged, storedFit } from './modelFit';
import { END_DATES, readCustomerList, START_DATES } from './readCustomerList';

const MODELS = ['sbg', 'bdw'] as const;
const MODEL_TITLES: Record<RetentionModelName, string> = { sbg: 'sBG', bdw: 'BdW' };
/** Parameters beyond these bounds mean the likelihood kept improving towards an edge of the model. */
const LARGEST_PARAMETER = 1e7;
const SMALLEST_PARAMETER = 1e-6;
/** Periods in a year, for the per-period discount rate. */
const PERIODS_PER_YEAR: Record<BillingPeriod, number> = { week: 52, month: 12, quarter: 4, year: 1 };

const SUBSCRIPTION_STARTS: ParameterSpec = {
  name: 'start_dates',
  description:
    "The date each customer started, e.g. C2:C; or, with end_dates left out, one cohort's survivor counts (the customers still subscribed at the start of each period, the cohort size first).",
  kind: 'range',
};
const OPTIONAL_END_DATES: ParameterSpec = {
  ...END_DATES,
  description:
    'The date each customer left (the first day no longer a customer), blank while still subscribed, e.g. D2:D; leave it out when start_dates holds survivor counts.',
  optional: true,
};
const LIST_END_DATES: ParameterSpec = {
  ...END_DATES,
  description:
    'The date each customer left (the first day no longer a customer), blank while still subscribed, e.g. D2:D.',
};
const PERIOD: ParameterSpec = {
  name: 'period',
  description: 'The billing period: "month", "week", "quarter" or "year"; "month" if blank.',
  kind: 'value',
  optional: true,
};
const AS_OF: ParameterSpec = {
  name: 'as_of',
  description:
    'The date of the analysis: later starts and ends are not yet known; the latest date in the data if blank.',
  kind: 'value',
  optional: true,
};
const MODEL: ParameterSpec = {
  name: 'model',
  description: '"sbg" (shifted-beta-geometric) or "bdw" (beta-discrete-Weibull); "sbg" if blank.',
  kind: 'value',
  optional: true,
};

/** What the models learn from, and what the tables report about it. */
interface RetentionData {
  readonly tenures: Tenures;
  /** Per customer of a list (absent for survivor counts): status and periods paid at as_of. */
  readonly list?: {
    readonly ids?: string[];
    readonly revenue?: number[];
    readonly tenures: ReturnType<typeof subscriptionTenures>;
  };
}

/** Reads a customer list, or survivor counts when end_dates is left out. */
function readRetentionData(
  context: CallContext,
  starts: RangeArgument,
  ends: RangeArgument,
  unit: BillingPeriod,
  asOf: RangeArgument,
): RetentionData {
  if (isOmitted(ends)) {
    if (!isOmitted(asOf)) {
      throw new InputError(
        `${context.functionName}: as_of applies to a customer list; with end_dates left out, start_dates holds survivor counts, which have no dates.`,
      );
    }
    return { tenures: readSurvivorCounts(context, starts) };
  }
  const list = readCustomerList(context, { starts, ends });
  return fromCustomerList(context, list.starts, list.ends, unit, asOf);
}

function fromCustomerList(
  context: CallContext,
  starts: number[],
  ends: (number | undefined)[],
  unit: BillingPeriod,
  asOf: RangeArgument,
  extra: { ids?: string[]; revenue?: number[] } = {},
): RetentionData {
  const asOfDay = readOptionalDate(context, 'as_of', asOf) ?? latestDay(starts, ends);
  const tenures = subscriptionTenures(starts, ends, asOfDay, unit);
  const lostAfter: number[] = [];
  const activeAfter: number[] = [];
  tenures.status.forEach((status, k) => {
    if (status === 'left') lostAfter.push(tenures.periodsPaid[k]);
    else if (status === 'active') activeAfter.push(tenures.periodsPaid[k] - 1);
  });
  if (lostAfter.length + activeAfter.length === 0) {
    throw new InputError(
      `${context.functionName}: no customer started on or before as_of (${isoDateOfDay(asOfDay)}); the first start is later.`,
    );
  }
  return { tenures: toTenures(lostAfter, activeAfter), list: { ...extra, tenures } };
}

/** One cohort's survivor counts: whole numbers, the cohort size first, never rising. */
function readSurvivorCounts(context: CallContext, starts: RangeArgument): Tenures {
  const fn = context.functionName;
  const table = readTable(context, { start_dates: column(starts, countReader(context), 'key') });
  const counts = table.columns.start_dates;
  if (counts.length < 2) {
    throw new InputError(
      `${fn}: start_dates holds ${counts.length} survivor count${counts.length === 1 ? '' : 's'}; give the cohort size and the customers still subscribed at the start of at least one later period (or a customer list with its end_dates).`,
    );
  }
  if (counts[0] === 0) throw new InputError(`${fn}: the cohort size (${table.locate(0)} of start_dates) is 0.`);
  for (let k = 1; k < counts.length; k++) {
    if (counts[k] > counts[k - 1]) {
      throw new InputError(
        `${fn}: ${table.locate(k)} of start_dates holds ${counts[k]}, more than the ${counts[k - 1]} before it; survivor counts can only stay level or fall.`,
      );
    }
  }
  return tenuresFromSurvivors(counts);
}

interface FittedRetention {
  readonly model: RetentionModel;
  readonly fit: MaximumLikelihoodFit;
}

/** Fits the model, once per input; explains what cannot be fitted. */
function fitRetention(context: CallContext, tenures: Tenures, name: RetentionModelName): FittedRetention {
  const fn = context.functionName;
  if (churnedIn(tenures) === 0) {
    throw new InputError(
      `${fn}: no customer has left (by as_of); the model learns how customers leave from those who did, so it needs at least one end date.`,
    );
  }
  const key = `retention|${name}|${fingerprint(tenures.lostAt, tenures.lost, tenures.survivedTo, tenures.survived)}`;
  const compute = (): FittedRetention => {
    const options = fitOptionsOf(
      context,
      'give fewer customers or an earlier as_of, or a table of survivor counts by period',
    );
    const sbg = checked(fn, MODEL_TITLES.sbg, ShiftedBetaGeometric.fit(tenures, undefined, options));
    if (name === 'sbg') return sbg;
    return checked(fn, MODEL_TITLES.bdw, BetaDiscreteWeibull.fit(tenures, [...sbg.model.parameters, 1], options));
  };
  return storedFit(context, key, compute, {
    encode: ({ fit }) => fitToJson(fit),
    decode: (json) => {
      const fit = fitFromJson(json, name === 'sbg' ? 2 : 3);
      if (fit === undefined) return undefined;
      const model = name === 'sbg' ? new ShiftedBetaGeometric(fit.parameters) : new BetaDiscreteWeibull(fit.parameters);
      return { model, fit };
    },
  });
}

function checked(fn: string, title: string, fitted: FittedRetention): FittedRetention {
  const { model, fit } = fitted;
  const names = model.parameterNames;
  const edge = Array.from(model.parameters).findIndex((p) => !(p < LARGEST_PARAMETER && p > SMALLEST_PARAMETER));
  if (fit.limits.length > 0) throw notConverged(fn, title, fitted, '', 'these tenures');
  if (!fit.converged || !Number.isFinite(fit.logLikelihood) || edge >= 0) {
    const why =
      edge >= 0
        ? `${names[edge]} ran to ${model.parameters[edge].toPrecision(3)}: the likelihood keeps improving towards an edge of the model, ` +
          'as when (nearly) every customer leaves at the same tenure or none leaves after the first period'
        : `${fit.iterations} iterations, log-likelihood ${fit.logLikelihood.toFixed(2)}`;
    throw new InputError(`${fn}: the ${title} fit did not converge (${why}); these tenures may not follow the model.`);
  }
  return fitted;
}

const cellOf = (value: number): OutputCell => (Number.isFinite(value) ? value : EMPTY);

/** E[T], or the words saying it is unbounded. */
function lifetimeCell(model: RetentionModel): OutputCell {
  const lifetime = model.expectedLifetime();
  return Number.isFinite(lifetime) ? lifetime : `unbounded (${model.unboundedWhen})`;
}

function readPeriod(fn: string, period: RangeArgument): BillingPeriod {
  return readChoice(fn, 'period', period, BILLING_PERIODS, 'month');
}

function readModel(fn: string, model: RangeArgument): RetentionModelName {
  return readChoice(fn, 'model', model, MODELS, 'sbg');
}

export const SUBSCRIPTION_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'RETENTION_MODEL',
    summary:
      'Fits the shifted-beta-geometric (or beta-discrete-Weibull) retention model to subscriptions: parameters and standard errors.',
    details:
      "Each customer cancels at the end of a period with their own probability, constant over time, which varies between customers as a beta distribution (the sBG of Fader & Hardie 2007, 'How to project customer retention'); " +
      'model "bdw" lets that probability change with tenure (Fader, Hardie, Liu, Davin & Steenburgh 2018). ' +
      "From a customer list, tenure is counted in whole periods in the spreadsheet's time zone: a customer who left paid for every period begun before the end date (at least 1) and " +
      'contributes P(T = t); one still subscribed at as_of has begun n = whole periods to as_of + 1 and contributes S(n - 1), right-censored, whatever the cohort. ' +
      "With end_dates left out, start_dates is one cohort's survivor counts, e.g. {1000;869;743;653;593;551;517;491}. " +
      'Maximum likelihood; rows: alpha, beta (and c for "bdw") with standard errors from the Hessian, then Log-likelihood, Customers, Churned, Still active and ' +
      'Expected lifetime (periods), the mean number of periods a new customer pays for, unbounded when alpha <= 1 (c x alpha <= 1 for "bdw").',
    parameters: [SUBSCRIPTION_STARTS, OPTIONAL_END_DATES, PERIOD, AS_OF, MODEL],
    returns: 'A table: Parameter, Estimate, Std. error.',
    output: {
      columns: ['Parameter', 'Estimate', 'Std. error'],
      labels: [
        'Log-likelihood',
        'Customers',
        'Churned',
        'Still active',
        'Expected lifetime (periods)',
        'unbounded (alpha <= 1)',
        'unbounded (c x alpha <= 1)',
      ],
    },
    example: '=RETENTION_MODEL(Customers!C2:C, Customers!D2:D, "month")',
    compute([starts, ends, period, asOf, model], context) {
      const fn = context.functionName;
      const unit = readPeriod(fn, period);
      const name = readModel(fn, model);
      const data = readRetentionData(context, starts, ends, unit, asOf);
      const { model: fitted, fit } = fitRetention(context, data.tenures, name);
      const customers = customersIn(data.tenures);
      const churned = churnedIn(data.tenures);
      const rows: OutputCell[][] = [['Parameter', 'Estimate', 'Std. error']];
      fitted.parameterNames.forEach((parameter, i) => {
        rows.push([parameter, fitted.parameters[i], cellOf(fit.standardErrors[i])]);
      });
      rows.push(
        ['Log-likelihood', fit.logLikelihood, EMPTY],
        ['Customers', customers, EMPTY],
        ['Churned', churned, EMPTY],
        ['Still active', customers - churned, EMPTY],
        ['Expected lifetime (periods)', lifetimeCell(fitted), EMPTY],
      );
      return rows;
    },
  },
  {
    name: 'RETENTION_FORECAST',
    summary:
      'Projects the share of customers still subscribed and the retention rate, period by period, from the fitted retention model.',
    details:
      'Fits the model as RETENTION_MODEL, then one row per period t = 0 ... horizon: Period, Survival S(t) (the share of a cohort still subscribed after t periods, 1 at 0), ' +
      'Retention rate r(t) = S(t) / S(t - 1) (the share of those who paid t periods who renew; it rises with t in the sBG because the customers likeliest to cancel leave first), ' +
      'and Actual survival where the data shows it: the share still subscribed for survivor counts, and for a customer list the Kaplan-Meier estimate over all cohorts together; blank beyond the data.',
    parameters: [
      SUBSCRIPTION_STARTS,
      OPTIONAL_END_DATES,
      {
        name: 'horizon',
        description: 'The last period to project, a whole number; 24 if blank.',
        kind: 'value',
        optional: true,
      },
      PERIOD,
      AS_OF,
      MODEL,
    ],
    returns: 'A table: Period, Survival, Retention rate, Actual survival.',
    output: { columns: ['Period', 'Survival', 'Retention rate', 'Actual survival'] },
    example: '=RETENTION_FORECAST({1000;869;743;653;593;551;517;491}, , 12)',
    compute([starts, ends, horizon, period, asOf, model], context) {
      const fn = context.functionName;
      const last = readNumberOption(fn, 'horizon', horizon, {
        fallback: 24,
        min: 1,
        minInclusive: true,
        max: 1200,
        maxInclusive: true,
        integer: true,
        accepted: 'a whole number of periods from 1 to 1200 (leave it blank for 24)',
      });
      const unit = readPeriod(fn, period);
      const name = readModel(fn, model);
      const data = readRetentionData(context, starts, ends, unit, asOf);
      const { model: fitted } = fitRetention(context, data.tenures, name);
      const actual = observedSurvival(data.tenures);
      const rows: OutputCell[][] = [['Period', 'Survival', 'Retention rate', 'Actual survival']];
      for (let t = 0; t <= last; t++) {
        rows.push([
          t,
          survival(fitted, t),
          t === 0 ? EMPTY : retentionRate(fitted, t),
          t < actual.length ? (actual[t] as number) : EMPTY,
        ]);
      }
      return rows;
    },
  },
  {
    name: 'SUBSCRIPTION_CLV',
    summary:
      'Per active subscriber: periods paid, the probability of renewing, the discounted expected residual lifetime and the residual value.',
    details:
      'Fits the model as RETENTION_MODEL on the customer list, then one row per customer still subscribed at as_of, in list order: Customer, Periods paid (n), ' +
      'Probability of renewing next = S(n) / S(n - 1), DERL = the sum over t >= n of [S(t) / S(n - 1)] / (1 + d)^(t - n) (the discounted expected residual lifetime of Fader & Hardie 2010: ' +
      'the payments from the next renewal on, discounted to that renewal), and Residual value = revenue_per_period x DERL. d is the per-period rate, (1 + annual_discount_rate)^(1/12) - 1 for months ' +
      '(^(1/52) for weeks, ^(1/4) for quarters). Below, after a blank row: New customer, the same sum from t = 0 with the first payment (Periods paid 0; its value at the mean revenue of the active customers), ' +
      'and Active base, the sums of DERL and of residual value over the active customers.',
    parameters: [
      { name: 'customer_ids', description: 'The customer of each row, e.g. A2:A.', kind: 'range' },
      START_DATES,
      LIST_END_DATES,
      {
        name: 'revenue_per_period',
        description:
          'What a customer pays each period: one amount for all, or a range parallel to the customers, e.g. E2:E.',
        kind: 'range',
      },
      {
        name: 'annual_discount_rate',
        description: 'The yearly rate future payments are discounted by, e.g. 0.1 for 10%; 0.10 if blank.',
        kind: 'value',
        optional: true,
      },
      PERIOD,
      AS_OF,
      MODEL,
    ],
    returns: 'A table: Customer, Periods paid, Probability of renewing next, DERL, Residual value.',
    output: {
      columns: ['Customer', 'Periods paid', 'Probability of renewing next', 'DERL', 'Residual value'],
      labels: ['New customer', 'Active base'],
    },
    example: '=SUBSCRIPTION_CLV(Customers!A2:A, Customers!C2:C, Customers!D2:D, 20, 0.1)',
    compute([ids, starts, ends, revenue, discount, period, asOf, model], context) {
      const fn = context.functionName;
      const annualRate = readNumberOption(fn, 'annual_discount_rate', discount, {
        fallback: 0.1,
        min: 0,
        minInclusive: true,
        max: 10,
        maxInclusive: true,
        accepted: 'a yearly rate from 0 upwards, such as 0.1 or 10% (leave it blank for 0.10)',
      });
      const unit = readPeriod(fn, period);
      const name = readModel(fn, model);
      const perCustomer = Array.isArray(revenue) && (revenue as readonly unknown[][]).flat().length > 1;
      const flatRevenue = perCustomer
        ? undefined
        : readNumberOption(fn, 'revenue_per_period', revenue, {
            fallback: undefined,
            min: 0,
            minInclusive: true,
            max: 1e15,
            maxInclusive: true,
            accepted: 'an amount of 0 or more, or a range with one amount per customer',
          });
      const list = readCustomerList(context, {
        starts,
        ends,
        ids,
        revenue: perCustomer ? { range: revenue, parameter: 'revenue_per_period' } : undefined,
      });
      const data = fromCustomerList(context, list.starts, list.ends, unit, asOf);
      const { model: fitted } = fitRetention(context, data.tenures, name);
      const z = 1 / Math.pow(1 + annualRate, 1 / PERIODS_PER_YEAR[unit]);
      if (z === 1 && !(fitted.tailExponent > 1)) {
        throw new InputError(
          `${fn}: with annual_discount_rate 0 the expected residual lifetime is unbounded, as ${fitted.unboundedWhen} here; give a discount rate above 0.`,
        );
      }
      const { status, periodsPaid } = (data.list as NonNullable<RetentionData['list']>).tenures;
      const revenueOf = (k: number) => (list.revenue === undefined ? (flatRevenue as number) : list.revenue[k]);
      let longest = 1;
      status.forEach((s, k) => {
        if (s === 'active') longest = Math.max(longest, periodsPaid[k]);
      });
      const derl = discountedResidualLifetimes(fitted, longest, z);
      const rows: OutputCell[][] = [
        ['Customer', 'Periods paid', 'Probability of renewing next', 'DERL', 'Residual value'],
      ];
      let active = 0;
      let activeRevenue = 0;
      let totalLifetime = 0;
      let total = 0;
      status.forEach((s, k) => {
        if (s !== 'active') return;
        const n = periodsPaid[k];
        const value = revenueOf(k) * derl[n - 1];
        active++;
        activeRevenue += revenueOf(k);
        totalLifetime += derl[n - 1];
        total += value;
        rows.push([(list.ids as string[])[k], n, retentionRate(fitted, n), derl[n - 1], value]);
      });
      let meanRevenue = active > 0 ? activeRevenue / active : 0;
      if (active === 0) {
        for (let k = 0; k < status.length; k++) meanRevenue += revenueOf(k) / status.length;
      }
      const newLifetime = discountedLifetimeOfNewCustomer(fitted, z);
      rows.push(
        [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY],
        ['New customer', 0, EMPTY, newLifetime, meanRevenue * newLifetime],
        ['Active base', EMPTY, EMPTY, totalLifetime, total],
      );
      return rows;
    },
  },
];
