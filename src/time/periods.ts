/**
 * Calendar periods (day, week, month, quarter, year) as consecutive integers,
 * so grouping dates by period is an array index and "every period from the
 * first to the last" is a plain integer range.
 *
 * Periods are calendar periods of the spreadsheet's wall clock: input days are
 * local day numbers (see TimeZone.localDayOf). Weeks start on Monday (ISO 8601).
 */

import { civilFromDays, daysFromCivil } from './civilDays';

export const PERIOD_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** 1970-01-01 was a Thursday, so the Monday that starts its week is day -3. */
const FIRST_MONDAY_OFFSET = 3;

/** The ordinal of the period that contains a local day. Consecutive periods have consecutive ordinals. */
export function periodOf(localDay: number, unit: PeriodUnit): number {
  const day = Math.floor(localDay);
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day + FIRST_MONDAY_OFFSET) / 7);
    default: {
      const { year, month } = civilFromDays(day);
      if (unit === 'month') return year * 12 + (month - 1);
      if (unit === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
      return year;
    }
  }
}

/** The local day on which a period (an ordinal from periodOf) starts. */
export function periodStartDay(ordinal: number, unit: PeriodUnit): number {
  switch (unit) {
    case 'day':
      return ordinal;
    case 'week':
      return ordinal * 7 - FIRST_MONDAY_OFFSET;
    case 'month':
      return daysFromCivil(Math.floor(ordinal / 12), (((ordinal % 12) + 12) % 12) + 1, 1);
    case 'quarter':
      return daysFromCivil(Math.floor(ordinal / 4), (((ordinal % 4) + 4) % 4) * 3 + 1, 1);
    default:
      return daysFromCivil(ordinal, 1, 1);
  }
}
