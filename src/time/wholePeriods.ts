/**
 * Whole billing periods between two days, counted as a subscription renews:
 * a monthly subscription started on the 15th renews on the 15th of every
 * month, one started on the 31st on the last day of shorter months (the 28th
 * or 29th of February, the 30th of April), as billing systems do; quarters
 * are three months and years twelve; weeks are seven days. Days are local day
 * numbers (see TimeZone.localDayOf); their time of day is dropped.
 */

import { civilFromDays, daysInMonth } from './civilDays';

export const BILLING_PERIODS = ['month', 'week', 'quarter', 'year'] as const;
export type BillingPeriod = (typeof BILLING_PERIODS)[number];

/**
 * The number of whole periods from `startDay` to `day`: the renewals due after
 * the start, on or before `day`; -1 for a day before the start.
 */
export function wholePeriodsBetween(startDay: number, day: number, unit: BillingPeriod): number {
  const from = Math.floor(startDay);
  const to = Math.floor(day);
  if (to < from) return -1;
  if (unit === 'week') return Math.floor((to - from) / 7);
  const months = wholeMonthsBetween(from, to);
  if (unit === 'month') return months;
  return Math.floor(months / (unit === 'quarter' ? 3 : 12));
}

function wholeMonthsBetween(from: number, to: number): number {
  const start = civilFromDays(from);
  const end = civilFromDays(to);
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  // The renewal in the end date's month falls on the start's day of the month, or on that month's last day.
  const renewalDay = Math.min(start.day, daysInMonth(end.year, end.month));
  return end.day >= renewalDay ? months : months - 1;
}
