/**
 * Orders from a known BG/NBD process with Gamma-Gamma spend, to check that
 * the fits recover the parameters they were generated with (and to benchmark
 * CLV_PREDICT on a million orders).
 *
 * Each customer: λ ~ Gamma(r, α) purchases per week, p ~ Beta(a, b), ν ~
 * Gamma(q, γ). The first purchase falls uniformly in the first `cohortWeeks`;
 * after it, purchases follow a Poisson process with rate λ, and after each
 * repeat purchase the customer drops out with probability p (FHL 2005).
 * Each purchase spends Gamma(p_spend, ν). Observation ends at `endWeek`.
 */

import { seededRandom } from './seededRandom';

export interface BtydTruth {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
  /** Gamma-Gamma spend: shape p of each purchase, and the Gamma(q, γ) of the scale. */
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

export interface SimulatedOrders {
  readonly customerIds: number[];
  /** Days since the start of observation (whole days). */
  readonly days: number[];
  readonly amounts: number[];
  /** The day observation ends (as_of). */
  readonly endDay: number;
}

export interface SimulationOptions {
  readonly customers: number;
  readonly cohortWeeks: number;
  readonly endWeek: number;
  readonly seed: number;
}

export function simulateBtydOrders(truth: BtydTruth, options: SimulationOptions): SimulatedOrders {
  const { random, uniform, gammaVariate, betaVariate } = randomVariates(options.seed);

  const customerIds: number[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  const endDay = options.endWeek * 7;
  for (let customer = 0; customer < options.customers; customer++) {
    const id = 100_000 + customer;
    const rate = gammaVariate(truth.r, truth.alpha);
    const dropout = betaVariate(truth.a, truth.b);
    const spendRate = gammaVariate(truth.q, truth.gamma);
    const spend = () => Math.round(gammaVariate(truth.p, spendRate) * 100) / 100;
    let week = random() * options.cohortWeeks;
    customerIds.push(id);
    days.push(Math.floor(week * 7));
    amounts.push(spend());
    for (;;) {
      week += -Math.log(uniform()) / rate;
      if (week * 7 >= endDay) break;
      customerIds.push(id);
      days.push(Math.floor(week * 7));
      amounts.push(spend());
      if (random() < dropout) break;
    }
  }
  return { customerIds, days, amounts, endDay };
}

/** Uniform, gamma and beta variates from one seeded generator, shared by the simulations. */
export function randomVariates(seed: number) {
  const random = seededRandom(seed);
  const uniform = () => Math.max(random(), 1e-300);
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * random());
  /** Gamma(shape, rate) by Marsaglia & Tsang (2000), boosted for shapes below 1. */
  const gammaVariate = (shape: number, rate: number): number => {
    if (shape < 1) return gammaVariate(shape + 1, rate) * Math.pow(uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
    }
  };
  const betaVariate = (a: number, b: number) => {
    const x = gammaVariate(a, 1);
    return x / (x + gammaVariate(b, 1));
  };
  return { random, uniform, gammaVariate, betaVariate };
}
