/**
 * Customer-list metrics: churn and retention of a period, their trend, and
 * the referral rate. A customer list has one row per customer (or
 * subscription) with a start date and an end date left blank while the
 * customer stays. The arithmetic lives in src/metrics.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell, type RangeArgument } from '../input/cells';
import { dateReader, labelReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { errorValueIn, isOmitted, readChoice, readOptionalDate } from '../input/options';
import { isSheetsError } from '../input/sheetsErrors';
import { column, type ColumnSpec, readTable } from '../input/readTable';
import { churnByPeriod } from '../metrics/churnByPeriod';
import { churnRate } from '../metrics/churnRate';
import { retentionRate } from '../metrics/retentionRate';
import { countSubscriptions, type SubscriptionCounts } from '../metrics/subscriptionCounts';
import { PERIOD_UNITS } from '../time/periods';
import type { FunctionSpec, ParameterSpec } from './functionSpec';
import {
  type CustomerList,
  END_DATES,
  noCustomersAtStart,
  readCustomerList,
  readPeriod,
  START_DATES,
} from './readCustomerList';

const PERIOD_START = {
  name: 'period_start',
  description: 'The first day of the period, e.g. DATE(2024,1,1).',
  kind: 'value',
} as const;
const PERIOD_END = {
  name: 'period_end',
  description: 'The last day of the period (included), e.g. DATE(2024,1,31).',
  kind: 'value',
} as const;

/** Reads period_start and period_end and counts the period. */
function countPeriod(
  context: CallContext,
  [starts, ends, periodStart, periodEnd]: readonly RangeArgument[],
): SubscriptionCounts {
  const list = readCustomerList(context, { starts, ends });
  const period = readPeriod(context, periodStart, periodEnd);
  const counts = countSubscriptions(list.starts, list.ends, period.first, period.last);
  if (counts.atStart === 0) throw noCustomersAtStart(context, period);
  return counts;
}

const rateCell = (rate: number | null): OutputCell => (rate === null ? EMPTY : rate);

const LIST_AS_OF: ParameterSpec = {
  name: 'as_of',
  description:
    'The date of the analysis: the list as it stood that day (later starts and ends not yet known); every row if blank.',
  kind: 'value',
  optional: true,
};

/** The customer list as known on a day: later starts left out, later ends not yet known. */
function asOfList(list: CustomerList, day: number | undefined): CustomerList {
  if (day === undefined) return list;
  const last = Math.floor(day);
  const kept = list.starts.map((_, k) => k).filter((k) => Math.floor(list.starts[k]) <= last);
  return {
    ...list,
    starts: kept.map((k) => list.starts[k]),
    ends: kept.map((k) => {
      const end = list.ends[k];
      return end !== undefined && Math.floor(end) <= last ? end : undefined;
    }),
    locate: (k) => list.locate(kept[k]),
  };
}

export const CUSTOMER_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'CHURN_RATE',
    summary: 'Customer churn rate of a period: of the customers active at its start, the share who left within it.',
    details:
      'Churn = customers who ended within the period / customers active at its start (started before period_start, ' +
      'end blank or on or after period_start). Customers who start within the period count in neither part (the ' +
      'convention ChartMogul uses for B2B subscriptions), so new business never hides losses; the rate cannot go ' +
      'below 0 or above 100% as (start - end) / start can. A customer is active at day d when start <= d and the end ' +
      "is blank or after d. Dates are whole days in the spreadsheet's time zone.",
    parameters: [START_DATES, END_DATES, PERIOD_START, PERIOD_END],
    returns: 'A fraction from 0 to 1 (format as %).',
    example: '=CHURN_RATE(Customers!C2:C, Customers!D2:D, DATE(2024,1,1), DATE(2024,1,31))',
    sql: 'churn_rate',
    compute(args, context) {
      return rateCell(churnRate(countPeriod(context, args)));
    },
  },
  {
    name: 'RETENTION_RATE',
    summary: 'Customer retention rate of a period: (customers at the end - new customers) / customers at the start.',
    details:
      'Retention = (E - N) / S: S customers active at the start of the period, E active at its end (started by ' +
      'period_end, end blank or after it), N of those who started within the period. For one period it equals ' +
      '1 - CHURN_RATE. Example: 150 customers at the start, 18 leave, 30 join and stay: E = 162, retention = ' +
      '(162 - 30) / 150 = 88%.',
    parameters: [START_DATES, END_DATES, PERIOD_START, PERIOD_END],
    returns: 'A fraction from 0 to 1 (format as %).',
    example: '=RETENTION_RATE(Customers!C2:C, Customers!D2:D, DATE(2024,1,1), DATE(2024,3,31))',
    sql: 'retention_rate',
    compute(args, context) {
      return rateCell(retentionRate(countPeriod(context, args)));
    },
  },
  {
    name: 'CHURN_TREND',
    summary: 'Customers, new, lost, churn and retention for every week, month, quarter or year.',
    details:
      'One row per calendar period from the first start date to the last date in the data: Period start, Customers ' +
      'at start, New, Lost, Customers at end, Churn rate, Retention rate. Customers at end = at start + New - Lost. ' +
      'Lost counts every customer who ended in the period; the churn rate counts only those active at its start (as ' +
      'CHURN_RATE), so a customer who joins and leaves in the same period is in Lost but not in the rate. Rates are ' +
      'blank for a period with no customers at its start. Weeks start on Monday. With as_of, the list as it stood ' +
      'that day: later starts are left out and later ends not yet known (the customer still active).',
    parameters: [
      START_DATES,
      END_DATES,
      {
        name: 'period',
        description: '"day", "week", "month", "quarter" or "year"; "month" if blank.',
        kind: 'value',
        optional: true,
      },
      LIST_AS_OF,
    ],
    returns: 'A table: Period start, Customers at start, New, Lost, Customers at end, Churn rate, Retention rate.',
    output: {
      columns: [
        'Period start',
        'Customers at start',
        'New',
        'Lost',
        'Customers at end',
        'Churn rate',
        'Retention rate',
      ],
    },
    example: '=CHURN_TREND(Customers!C2:C, Customers!D2:D, "month")',
    largeResultAdvice:
      'Use a longer period ("month" or "quarter" instead of "day" or "week"), or check the dates for a mistyped year.',
    sql: 'churn_trend',
    compute([starts, ends, period, asOf], context) {
      const unit = readChoice(context.functionName, 'period', period, PERIOD_UNITS, 'month');
      const list = asOfList(readCustomerList(context, { starts, ends }), readOptionalDate(context, 'as_of', asOf));
      if (list.starts.length === 0)
        throw new InputError(
          `${context.functionName}: no customer started on or before as_of; the first start is later.`,
        );
      const rows: OutputCell[][] = [
        ['Period start', 'Customers at start', 'New', 'Lost', 'Customers at end', 'Churn rate', 'Retention rate'],
      ];
      for (const counts of churnByPeriod(list.starts, list.ends, unit)) {
        rows.push([
          context.timeZone().dateOfLocalDay(counts.startDay),
          counts.atStart,
          counts.started,
          counts.lost,
          counts.atEnd,
          rateCell(churnRate(counts)),
          rateCell(retentionRate(counts)),
        ]);
      }
      return rows;
    },
  },
  {
    name: 'REFERRAL_RATE',
    summary: 'The share of customers acquired through referrals (or any sources you name).',
    details:
      'Referral rate = customers whose acquisition source matches one of the labels / customers with a source. ' +
      'Sources and labels are compared trimmed and without regard to case; blank sources are left out. The labels ' +
      'default to "referral"; give one label or a range of them to count several ("Referral", "Friend"). With ' +
      'start_dates and as_of, only the customers who started on or before as_of.',
    parameters: [
      { name: 'sources', description: 'The acquisition source of each customer, e.g. E2:E.', kind: 'range' },
      {
        name: 'referral_labels',
        description: 'The source (or a range of sources) that counts as a referral; "referral" if blank.',
        kind: 'range',
        optional: true,
      },
      {
        ...START_DATES,
        description: 'The date each customer started, e.g. C2:C; needed only with as_of.',
        optional: true,
      },
      LIST_AS_OF,
    ],
    returns: 'A fraction from 0 to 1 (format as %).',
    example: '=REFERRAL_RATE(Customers!E2:E, "Referral")',
    sql: 'referral_rate',
    compute([sources, labels, startDates, asOf], context) {
      if (isOmitted(startDates) && !isOmitted(asOf))
        throw new InputError(`${context.functionName}: as_of needs start_dates; give the date each customer started.`);
      const spec: Record<string, ColumnSpec<unknown>> = {
        sources: column(sources, labelReader(context, 'source'), 'key'),
      };
      if (!isOmitted(startDates)) spec.start_dates = column(startDates, dateReader(context), 'required');
      const read = readTable(context, spec, {
        until: { column: 'start_dates', day: readOptionalDate(context, 'as_of', asOf) },
      });
      const table = { size: read.size, columns: read.columns as unknown as { sources: string[] } };
      if (table.size === 0) throw new InputError(`${context.functionName}: no customers with a source in sources.`);
      const accepted = referralLabels(context.functionName, labels);
      let referred = 0;
      for (const source of table.columns.sources) if (accepted.has(source.toLowerCase())) referred++;
      return referred / table.size;
    },
  },
];

/** The labels counted as referrals, lower case; "referral" when none are given. An error value is an error. */
function referralLabels(fn: string, argument: RangeArgument): Set<string> {
  const cells = Array.isArray(argument) ? (argument as readonly (readonly unknown[])[]).flat() : [argument];
  for (const cell of cells)
    if (typeof cell === 'string' && isSheetsError(cell)) throw errorValueIn(fn, 'referral_labels', cell);
  const labels = cells
    .filter((cell) => cell !== null && cell !== undefined && String(cell).trim() !== '')
    .map((cell) => String(cell).trim().toLowerCase());
  return new Set(labels.length > 0 ? labels : ['referral']);
}
