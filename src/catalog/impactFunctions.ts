/**
 * Does loyalty pay? NPS_IMPACT and NPS_CHURN_IMPACT join a survey sheet to the
 * orders (or the customer list) by customer id and show what promoters,
 * passives and detractors did in the window after they answered. The choice
 * of answer and the window are in src/metrics (latestCompleteAnswers.ts,
 * purchasesInWindow.ts, churnAfterAnswer.ts), the statistics in src/stats.
 */

import type { CallContext } from '../input/callContext';
import { EMPTY, type OutputCell, type RangeArgument } from '../input/cells';
import { dateReader, labelReader, scoreReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { readNumberOption, readOptionalDate } from '../input/options';
import { column, readTable } from '../input/readTable';
import { churnAfterAnswer } from '../metrics/churnAfterAnswer';
import { indexKeys } from '../metrics/keyIndex';
import { latestCompleteAnswers } from '../metrics/latestCompleteAnswers';
import { NPS_CATEGORIES, npsImpact } from '../metrics/npsImpact';
import { type NpsCategory, npsCategory } from '../metrics/npsTally';
import { purchasesInWindow } from '../metrics/purchasesInWindow';
import { shareDifference, type ShareDifference } from '../metrics/shareDifference';
import type { ShareCount } from '../metrics/shareVersusRest';
import { MINIMUM_GROUP_SIZE } from '../metrics/smallGroups';
import { meanInterval } from '../stats/meanInterval';
import { wilsonInterval } from '../stats/wilsonInterval';
import { isoDateOfDay } from '../time/civilDays';
import type { FunctionSpec, ParameterSpec } from './functionSpec';
import { readCustomerList } from './readCustomerList';
import { readOrders } from './readOrders';

const CONFIDENCE = 0.95;
const DEFAULT_WINDOW_DAYS = 365;

const SURVEY_PARAMETERS: readonly ParameterSpec[] = [
  {
    name: 'survey_customer_ids',
    description: 'The customer who gave each answer, e.g. Responses!B2:B (the same ids as the other sheet).',
    kind: 'range',
  },
  { name: 'survey_dates', description: 'The date of each answer, e.g. Responses!A2:A.', kind: 'range' },
  {
    name: 'scores',
    description: 'The 0-10 answers, e.g. Responses!D2:D. Text such as "N/A" is ignored; a heading is skipped.',
    kind: 'range',
  },
];
const WINDOW_DAYS: ParameterSpec = {
  name: 'window_days',
  description: 'How many days after each answer are watched; 365 if blank.',
  kind: 'value',
  optional: true,
};

const LABELS: Readonly<Record<NpsCategory, string>> = {
  promoter: 'Promoters',
  passive: 'Passives',
  detractor: 'Detractors',
};

const CHOICE_OF_ANSWER =
  'Each respondent (customer id, compared as trimmed text) counts once, by their latest answer whose whole window ' +
  '(the window_days after the answer day) has passed by as_of: the latest, because it is their current opinion ' +
  'and the closest to what they did next; complete, because a customer who answered last month has had a month ' +
  'to act and one who answered a year ago a year, so counting unfinished windows would make recent respondents ' +
  'look disloyal and bias the comparison whenever one group answered more recently. Respondents without such an ' +
  'answer are left out and counted, and so are answers without a customer id. Two answers of one customer on ' +
  'that day in different categories are an error naming the rows. Promoters answer 9-10, passives 7-8, ' +
  'detractors 0-6.';
const SMALL_GROUPS =
  'A category with fewer than 30 respondents shows its numbers with a note and no p-value: too few to tell. The ' +
  'comparison shows association, not cause: customers who like you may buy more, or stay longer, for reasons that ' +
  'also made them like you.';

const cellOf = (value: number | null): OutputCell => (value === null ? EMPTY : value);

/** A table row of `width` cells: the given ones first, the rest blank. */
function rowOf(width: number, cells: readonly OutputCell[], note = ''): OutputCell[] {
  const row: OutputCell[] = [...cells];
  while (row.length < width - 1) row.push(EMPTY);
  row.push(note);
  return row;
}

function readWindow(fn: string, argument: RangeArgument): number {
  return readNumberOption(fn, 'window_days', argument, {
    fallback: DEFAULT_WINDOW_DAYS,
    min: 1,
    minInclusive: true,
    max: 36_500,
    maxInclusive: true,
    integer: true,
    accepted: `a whole number of days from 1 to 36500, such as 90 or 365 (leave it blank for ${DEFAULT_WINDOW_DAYS})`,
  });
}

interface Respondents {
  /** The chosen answer of each respondent with a complete window. */
  readonly ids: string[];
  readonly days: number[];
  readonly categories: NpsCategory[];
  /** Respondents without an answer whose window ended by as_of. */
  readonly incomplete: number;
  /** Answers without a customer id. */
  readonly anonymous: number;
}

/**
 * Reads the survey and picks each respondent's latest answer whose window
 * ended by as_of; none at all is an error that says why.
 */
function readRespondents(
  context: CallContext,
  [ids, dates, scores]: readonly RangeArgument[],
  windowDays: number,
  asOfDay: number,
): Respondents {
  const fn = context.functionName;
  const table = readTable(context, {
    survey_customer_ids: column(ids, labelReader(context, 'customer'), 'optional'),
    survey_dates: column(dates, dateReader(context), 'required'),
    scores: column(scores, scoreReader(context, 0, 10), 'key', { ignoreText: true }),
  });
  const identified: number[] = [];
  table.columns.survey_customer_ids.forEach((id, k) => {
    if (id !== undefined && id !== '') identified.push(k);
  });
  if (identified.length === 0) {
    const why = table.size === 0 ? 'no valid answers in scores' : `none of the ${table.size} answers has a customer id`;
    throw new InputError(`${fn}: ${why}; expected 0-10 answers with the customer id of each in survey_customer_ids.`);
  }
  const respondents = indexKeys(identified.map((k) => table.columns.survey_customer_ids[k] as string));
  const days = identified.map((k) => table.columns.survey_dates[k]);
  const answerScores = identified.map((k) => table.columns.scores[k]);
  const chosen = latestCompleteAnswers(respondents, days, answerScores, windowDays, asOfDay);
  if (chosen.conflict !== null) {
    const [a, b] = chosen.conflict;
    throw new InputError(
      `${fn}: customer ${respondents.keys[respondents.ofRow[a]]} answered ${answerScores[a]} in ` +
        `${table.locate(identified[a])} and ${answerScores[b]} in ${table.locate(identified[b])}, both on ` +
        `${isoDateOfDay(days[a])}; which came last cannot be told: keep one answer per customer and day.`,
    );
  }
  const result: Respondents = { ids: [], days: [], categories: [], incomplete: chosen.incomplete, anonymous: 0 };
  chosen.rowOf.forEach((row, r) => {
    if (row < 0) return;
    result.ids.push(respondents.keys[r]);
    result.days.push(days[row]);
    result.categories.push(npsCategory(answerScores[row]));
  });
  if (result.ids.length === 0) {
    throw new InputError(
      `${fn}: no respondent has an answer whose ${windowDays}-day window ended by as_of (${isoDateOfDay(asOfDay)}), ` +
        `that is, an answer on or before ${isoDateOfDay(Math.floor(asOfDay) - windowDays)}; ` +
        `${respondents.keys.length} ${respondents.keys.length === 1 ? 'respondent answered' : 'respondents answered'} later. ` +
        'Use a shorter window_days or a later as_of.',
    );
  }
  return { ...result, anonymous: table.size - identified.length };
}

/** The p-value cell and note of promoters against detractors. */
function comparisonNote(difference: ShareDifference, measure: string): { pValue: OutputCell; note: string } {
  if (difference.difference === null) return { pValue: EMPTY, note: 'no promoters or no detractors: no comparison' };
  if (difference.pValue === null) {
    return {
      pValue: EMPTY,
      note: `fewer than ${MINIMUM_GROUP_SIZE} promoters or detractors: no significance claim`,
    };
  }
  const verdict = difference.differs ? 'differs at 95%' : 'no difference at 95%';
  return { pValue: difference.pValue, note: `p-value: two-proportion z test on ${measure}; ${verdict}` };
}

function groupNote(respondents: number): string {
  if (respondents === 0) return 'no respondents';
  return respondents < MINIMUM_GROUP_SIZE ? `fewer than ${MINIMUM_GROUP_SIZE} respondents: no significance claim` : '';
}

const SHARE_HEADINGS = (measure: string) => [measure, 'CI low', 'CI high'];

/** Every word both tables may hold besides numbers (one list: the two share their rows and notes). */
const IMPACT_LABELS: readonly string[] = [
  'Promoters',
  'Passives',
  'Detractors',
  'Promoters - detractors',
  'Promoters / detractors',
  'no respondents',
  'fewer than {n} respondents: no significance claim',
  'fewer than {n} promoters or detractors: no significance claim',
  'no promoters or no detractors: no comparison',
  'p-value: two-proportion z test on {text}; differs at 95%',
  'p-value: two-proportion z test on {text}; no difference at 95%',
  'revenue per respondent, promoters / detractors',
  'Left out: window not over by as_of',
  'Left out: no customer id',
  'Left out: not in the customer list',
  'Left out: not a customer on the answer day',
];

export const IMPACT_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'NPS_IMPACT',
    summary:
      'Does loyalty pay? Whether promoters bought again more than detractors after answering, and how much more.',
    details:
      'Joins the survey to the orders by customer id and watches each respondent for window_days after their ' +
      'answer: the orders dated after the answer day and at most window_days later (an order on the answer day ' +
      `is not counted: it may be the purchase the survey followed). ${CHOICE_OF_ANSWER} Rows for Promoters, ` +
      'Passives and Detractors: Respondents; Bought again, the share with at least one order in the window, with ' +
      'its 95% Wilson interval (CI low, CI high); Orders per respondent (order rows); Revenue per respondent with ' +
      'its 95% t interval. Then Promoters - detractors: the difference in Bought again with its 95% Newcombe ' +
      'hybrid score interval (Newcombe 1998) and the p-value of the two-proportion z test, the difference in ' +
      'orders and in revenue per respondent (95% Welch interval); Promoters / detractors: the ratio of revenue per ' +
      'respondent; then the respondents left out. as_of defaults to the latest order date; respondents with no ' +
      `orders at all count as not having bought. ${SMALL_GROUPS}`,
    parameters: [
      ...SURVEY_PARAMETERS,
      {
        name: 'order_customer_ids',
        description: 'The customer of each order, e.g. Orders!B2:B.',
        kind: 'range',
      },
      { name: 'order_dates', description: 'The date of each order, e.g. Orders!C2:C.', kind: 'range' },
      { name: 'amounts', description: 'The amount of each order, e.g. Orders!D2:D.', kind: 'range' },
      WINDOW_DAYS,
      {
        name: 'as_of',
        description: 'The date of the analysis: later orders and answers are left out; the latest order date if blank.',
        kind: 'value',
        optional: true,
      },
    ],
    returns:
      'A table: Group, Respondents, Bought again, CI low, CI high, Orders per respondent, Revenue per respondent, ' +
      'Revenue CI low, Revenue CI high, p-value, Note.',
    output: {
      columns: [
        'Group',
        'Respondents',
        'Bought again',
        'CI low',
        'CI high',
        'Orders per respondent',
        'Revenue per respondent',
        'Revenue CI low',
        'Revenue CI high',
        'p-value',
        'Note',
      ],
      labels: IMPACT_LABELS,
    },
    example: '=NPS_IMPACT(Responses!B2:B, Responses!A2:A, Responses!D2:D, Orders!B2:B, Orders!C2:C, Orders!D2:D, 365)',
    compute([surveyIds, surveyDates, scores, orderIds, orderDates, amounts, window, asOf], context) {
      const fn = context.functionName;
      const windowDays = readWindow(fn, window);
      const orders = readOrders(
        context,
        { ids: orderIds, dates: orderDates, amounts: { range: amounts, required: true }, asOf },
        { ids: 'order_customer_ids', dates: 'order_dates', amounts: 'amounts' },
      );
      const respondents = readRespondents(context, [surveyIds, surveyDates, scores], windowDays, orders.asOfDay);
      const customers = new Set(orders.customers.keys);
      if (!respondents.ids.some((id) => customers.has(id))) {
        throw new InputError(
          `${fn}: none of the ${respondents.ids.length} respondents (such as ${respondents.ids[0]}) appears in ` +
            'order_customer_ids; survey_customer_ids and order_customer_ids must hold the same ids.',
        );
      }
      const bought = purchasesInWindow(
        respondents.ids,
        respondents.days,
        orders.customers,
        orders.days,
        orders.amounts ?? [],
        windowDays,
      );
      const impact = npsImpact(respondents.categories, bought.orders, bought.revenue, CONFIDENCE);
      const headings = [
        'Group',
        'Respondents',
        ...SHARE_HEADINGS('Bought again'),
        'Orders per respondent',
        'Revenue per respondent',
        'Revenue CI low',
        'Revenue CI high',
        'p-value',
        'Note',
      ];
      const width = headings.length;
      const rows: OutputCell[][] = [headings];
      for (const category of NPS_CATEGORIES) {
        const group = impact.groups[category];
        const n = group.respondents;
        const share = wilsonInterval(group.boughtAgain, n, CONFIDENCE);
        const revenue = meanInterval(group.revenue, CONFIDENCE);
        rows.push(
          rowOf(
            width,
            [
              LABELS[category],
              n,
              n === 0 ? EMPTY : group.boughtAgain / n,
              cellOf(share && share.low),
              cellOf(share && share.high),
              n === 0 ? EMPTY : group.orders.mean,
              n === 0 ? EMPTY : group.revenue.mean,
              cellOf(revenue && revenue.low),
              cellOf(revenue && revenue.high),
            ],
            groupNote(n),
          ),
        );
      }
      const difference = impact.boughtAgain;
      const { pValue, note } = comparisonNote(difference, 'Bought again');
      rows.push(
        rowOf(
          width,
          [
            'Promoters - detractors',
            EMPTY,
            cellOf(difference.difference),
            cellOf(difference.interval && difference.interval.low),
            cellOf(difference.interval && difference.interval.high),
            cellOf(impact.ordersDifference),
            cellOf(impact.revenueDifference),
            cellOf(impact.revenue && impact.revenue.low),
            cellOf(impact.revenue && impact.revenue.high),
            pValue,
          ],
          note,
        ),
        rowOf(
          width,
          ['Promoters / detractors', EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, cellOf(impact.revenueRatio)],
          'revenue per respondent, promoters / detractors',
        ),
        rowOf(width, ['Left out: window not over by as_of', respondents.incomplete]),
        rowOf(width, ['Left out: no customer id', respondents.anonymous]),
      );
      return rows;
    },
  },
  {
    name: 'NPS_CHURN_IMPACT',
    summary: 'Does loyalty pay? Whether detractors left within a window after answering more often than promoters.',
    details:
      'Joins the survey to a customer list by customer id and watches each respondent for window_days after ' +
      'their answer: a respondent churned when their end date falls after the answer day and at most window_days ' +
      'later. A respondent must have been a customer on the answer day (started by then, and not ended by then): ' +
      'others, and respondents missing from the list, are left out and counted. customer_ids must be unique: one ' +
      `row per customer. ${CHOICE_OF_ANSWER} Rows for Promoters, Passives and Detractors: Respondents and Churned, ` +
      'the share who left within the window, with its 95% Wilson interval; then Promoters - detractors: the ' +
      'difference in Churned (negative when promoters churn less) with its 95% Newcombe hybrid score interval and ' +
      'the p-value of the two-proportion z test; then the respondents left out. as_of defaults to the latest start ' +
      'or end date in the list; give the day the list was downloaded instead when you know it, as a list taken ' +
      `today knows every cancellation up to today. ${SMALL_GROUPS}`,
    parameters: [
      ...SURVEY_PARAMETERS,
      { name: 'customer_ids', description: 'The id of each customer in the list, e.g. Customers!A2:A.', kind: 'range' },
      {
        name: 'start_dates',
        description: 'The date each customer started, e.g. Customers!C2:C.',
        kind: 'range',
      },
      {
        name: 'end_dates',
        description: 'The date each customer left, blank while still a customer, e.g. Customers!D2:D.',
        kind: 'range',
      },
      WINDOW_DAYS,
      {
        name: 'as_of',
        description:
          'The date of the analysis: later answers are left out; the latest start or end date in the list if blank.',
        kind: 'value',
        optional: true,
      },
    ],
    returns: 'A table: Group, Respondents, Churned, CI low, CI high, p-value, Note.',
    output: {
      columns: ['Group', 'Respondents', 'Churned', 'CI low', 'CI high', 'p-value', 'Note'],
      labels: IMPACT_LABELS,
    },
    example:
      '=NPS_CHURN_IMPACT(Responses!B2:B, Responses!A2:A, Responses!D2:D, Customers!A2:A, Customers!C2:C, Customers!D2:D, 180)',
    compute([surveyIds, surveyDates, scores, ids, starts, ends, window, asOf], context) {
      const fn = context.functionName;
      const windowDays = readWindow(fn, window);
      const list = readCustomerList(context, { starts, ends, ids });
      const customerIds = list.ids ?? [];
      const rowOfCustomer = new Map<string, number>();
      customerIds.forEach((id, k) => {
        const first = rowOfCustomer.get(id);
        if (first !== undefined) {
          throw new InputError(
            `${fn}: ${list.locate(k)} of customer_ids repeats customer ${id} of ${list.locate(first)}; give one row ` +
              'per customer (the customer list, not one row per subscription).',
          );
        }
        rowOfCustomer.set(id, k);
      });
      let latest = -Infinity;
      list.starts.forEach((start, k) => {
        latest = Math.max(latest, start, list.ends[k] ?? -Infinity);
      });
      const asOfDay = readOptionalDate(context, 'as_of', asOf) ?? latest;
      const respondents = readRespondents(context, [surveyIds, surveyDates, scores], windowDays, asOfDay);
      const counts: Record<NpsCategory, { churned: number; n: number }> = {
        promoter: { churned: 0, n: 0 },
        passive: { churned: 0, n: 0 },
        detractor: { churned: 0, n: 0 },
      };
      let notListed = 0;
      let notActive = 0;
      respondents.ids.forEach((id, i) => {
        const k = rowOfCustomer.get(id);
        if (k === undefined) {
          notListed++;
          return;
        }
        const after = churnAfterAnswer(respondents.days[i], list.starts[k], list.ends[k], windowDays);
        if (after === 'notActive') {
          notActive++;
          return;
        }
        const group = counts[respondents.categories[i]];
        group.n++;
        if (after === 'churned') group.churned++;
      });
      if (notListed === respondents.ids.length) {
        throw new InputError(
          `${fn}: none of the ${respondents.ids.length} respondents (such as ${respondents.ids[0]}) appears in ` +
            'customer_ids; survey_customer_ids and customer_ids must hold the same ids.',
        );
      }
      const share = (category: NpsCategory): ShareCount => ({
        successes: counts[category].churned,
        n: counts[category].n,
      });
      const headings = ['Group', 'Respondents', ...SHARE_HEADINGS('Churned'), 'p-value', 'Note'];
      const width = headings.length;
      const rows: OutputCell[][] = [headings];
      for (const category of NPS_CATEGORIES) {
        const { successes, n } = share(category);
        const interval = wilsonInterval(successes, n, CONFIDENCE);
        rows.push(
          rowOf(
            width,
            [
              LABELS[category],
              n,
              n === 0 ? EMPTY : successes / n,
              cellOf(interval && interval.low),
              cellOf(interval && interval.high),
            ],
            groupNote(n),
          ),
        );
      }
      const difference = shareDifference(share('promoter'), share('detractor'), CONFIDENCE);
      const { pValue, note } = comparisonNote(difference, 'Churned');
      rows.push(
        rowOf(
          width,
          [
            'Promoters - detractors',
            EMPTY,
            cellOf(difference.difference),
            cellOf(difference.interval && difference.interval.low),
            cellOf(difference.interval && difference.interval.high),
            pValue,
          ],
          note,
        ),
        rowOf(width, ['Left out: window not over by as_of', respondents.incomplete]),
        rowOf(width, ['Left out: not in the customer list', notListed]),
        rowOf(width, ['Left out: not a customer on the answer day', notActive]),
        rowOf(width, ['Left out: no customer id', respondents.anonymous]),
      );
      return rows;
    },
  },
];
