/**
 * A customer list from a known shifted-beta-geometric process, to check that
 * RETENTION_MODEL recovers the parameters it was generated with.
 *
 * Each customer starts on a day drawn uniformly over `cohortMonths` monthly
 * cohorts (the 1st to the 28th of the month, so that every renewal date exists
 * in every month), draws a churn probability θ ~ Beta(α, β), and renews every
 * month with probability 1 - θ: they pay T ~ Geometric(θ) months and their end
 * date is the renewal date of month T + 1 (the first day no longer a
 * customer). Customers whose end date is after `asOf` are still active then
 * and get a blank end date.
 */

import { daysFromCivil } from '../../src/time/civilDays';
import { randomVariates } from './btydSimulation';

export interface SimulatedSubscriptions {
  /** Days since 1970-01-01. */
  readonly starts: number[];
  readonly ends: (number | undefined)[];
  readonly asOfDay: number;
}

export function simulateSubscriptions(
  truth: { readonly alpha: number; readonly beta: number },
  options: { customers: number; firstYear: number; cohortMonths: number; asOf: [number, number, number]; seed: number },
): SimulatedSubscriptions {
  const { random, uniform, betaVariate } = randomVariates(options.seed);
  const asOfDay = daysFromCivil(...options.asOf);
  const starts: number[] = [];
  const ends: (number | undefined)[] = [];
  for (let i = 0; i < options.customers; i++) {
    const cohort = Math.floor(random() * options.cohortMonths);
    const year = options.firstYear + Math.floor(cohort / 12);
    const month = (cohort % 12) + 1;
    const day = 1 + Math.floor(random() * 28);
    const theta = betaVariate(truth.alpha, truth.beta);
    // Geometric on 1, 2, ...: the first period whose end the customer does not renew at.
    const paid = Math.max(1, Math.ceil(Math.log(uniform()) / Math.log1p(-theta)));
    const endMonth = cohort + paid;
    const end = Number.isFinite(paid)
      ? daysFromCivil(options.firstYear + Math.floor(endMonth / 12), (endMonth % 12) + 1, day)
      : Infinity;
    starts.push(daysFromCivil(year, month, day));
    ends.push(end <= asOfDay ? end : undefined);
  }
  return { starts, ends, asOfDay };
}
