/**
 * Does loyalty pay? What promoters, passives and detractors did after they
 * answered: per category, how many bought again in the window, their orders
 * and revenue per respondent; then promoters against detractors: the
 * difference in the share who bought again (Newcombe interval, z test), the
 * difference in revenue per respondent (Welch) and its ratio. The window and
 * the choice of answer are the caller's (latestCompleteAnswers.ts,
 * purchasesInWindow.ts).
 */

import { type Moments, momentsOf } from '../stats/moments';
import { welchTTest, type WelchResult } from '../stats/welchTTest';
import type { NpsCategory } from './npsTally';
import { shareDifference, type ShareDifference } from './shareDifference';

export interface ImpactGroup {
  readonly respondents: number;
  /** Respondents with at least one order in the window. */
  readonly boughtAgain: number;
  /** Orders per respondent. */
  readonly orders: Moments;
  /** Revenue per respondent. */
  readonly revenue: Moments;
}

export interface NpsImpact {
  readonly groups: Readonly<Record<NpsCategory, ImpactGroup>>;
  /** Promoters' share who bought again minus detractors'. */
  readonly boughtAgain: ShareDifference;
  /** Promoters' orders per respondent minus detractors'; null when a group is empty. */
  readonly ordersDifference: number | null;
  /** Promoters' revenue per respondent minus detractors'; null when a group is empty. */
  readonly revenueDifference: number | null;
  /** Welch's test of that difference, with its interval; null below two in a group. */
  readonly revenue: WelchResult | null;
  /** Promoters' revenue per respondent / detractors'; null when a group is empty or the detractors' is 0. */
  readonly revenueRatio: number | null;
}

export const NPS_CATEGORIES: readonly NpsCategory[] = ['promoter', 'passive', 'detractor'];

/** Aligned per respondent: their category, orders and revenue in the window. */
export function npsImpact(
  categories: readonly NpsCategory[],
  orders: ArrayLike<number>,
  revenue: ArrayLike<number>,
  confidence: number,
): NpsImpact {
  const groups = {} as Record<NpsCategory, ImpactGroup>;
  for (const category of NPS_CATEGORIES) {
    const ordersOf: number[] = [];
    const revenueOf: number[] = [];
    let boughtAgain = 0;
    categories.forEach((c, i) => {
      if (c !== category) return;
      ordersOf.push(orders[i]);
      revenueOf.push(revenue[i]);
      if (orders[i] > 0) boughtAgain++;
    });
    groups[category] = {
      respondents: ordersOf.length,
      boughtAgain,
      orders: momentsOf(ordersOf),
      revenue: momentsOf(revenueOf),
    };
  }
  const promoters = groups.promoter;
  const detractors = groups.detractor;
  const bothPresent = promoters.respondents > 0 && detractors.respondents > 0;
  return {
    groups,
    boughtAgain: shareDifference(
      { successes: promoters.boughtAgain, n: promoters.respondents },
      { successes: detractors.boughtAgain, n: detractors.respondents },
      confidence,
    ),
    ordersDifference: bothPresent ? promoters.orders.mean - detractors.orders.mean : null,
    revenueDifference: bothPresent ? promoters.revenue.mean - detractors.revenue.mean : null,
    revenue: welchTTest(promoters.revenue, detractors.revenue, confidence),
    revenueRatio: bothPresent && detractors.revenue.mean > 0 ? promoters.revenue.mean / detractors.revenue.mean : null,
  };
}
