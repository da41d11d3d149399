/**
 * Benchmark cases for the customer-list functions (CHURN_RATE,
 * RETENTION_RATE, CHURN_TREND, REFERRAL_RATE). Every case reads the same
 * customer list, as the functions of one workbook read one Customers sheet.
 */

import type { BundleRuntime } from '../emulator/appsScriptRuntime';
import { seededRandom } from '../lib/seededRandom';
import type { BenchCase, BenchInput, Cell } from './benchCase';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);
/** 2023-01-01 to 2024-12-31, both included (2024 is a leap year). */
const SPAN_DAYS = (Date.UTC(2025, 0, 1) - FIRST_DAY) / DAY_MS;
const LIST_SEED = 21;
const BLANK_SHARE = 0.003;
const STAYING_SHARE = 0.6;
/** Acquisition sources and their shares; a few "referral" in lower case, which the function must count too. */
const SOURCES: readonly (readonly [string, number])[] = [
  ['Organic search', 0.3],
  ['Paid ads', 0.25],
  ['Referral', 0.19],
  ['referral', 0.01],
  ['Social', 0.15],
  ['Email', 0.1],
];
/** The period of CHURN_RATE and RETENTION_RATE: the first quarter of 2024. */
const PERIOD_FIRST = Date.UTC(2024, 0, 1);
const PERIOD_LAST = Date.UTC(2024, 2, 31);
/** CHURN_TREND's months: January 2023 (the first start) to December 2024 (the last date). */
const MONTHS = 24;

interface CustomerList {
  readonly starts: Cell[][];
  readonly ends: Cell[][];
  readonly sources: Cell[][];
}

/**
 * `rows` customers under a heading: starts spread over two years, an end
 * after the start for ~40% (none later than 2024-12-31, so the months of
 * CHURN_TREND are the 24 the native sheet lists), and a few blank rows.
 */
function customerList(rows: number, runtime: BundleRuntime): CustomerList {
  const random = seededRandom(LIST_SEED);
  const starts: Cell[][] = [['Start date']];
  const ends: Cell[][] = [['End date']];
  const sources: Cell[][] = [['Source']];
  for (let i = 0; i < rows; i++) {
    if (random() < BLANK_SHARE) {
      starts.push(['']);
      ends.push(['']);
      sources.push(['']);
      continue;
    }
    const start = Math.floor(random() * SPAN_DAYS);
    starts.push([runtime.newDate(FIRST_DAY + start * DAY_MS)]);
    const stays = random() < STAYING_SHARE || start === SPAN_DAYS - 1;
    const end = start + 1 + Math.floor(random() * (SPAN_DAYS - 1 - start));
    ends.push([stays ? '' : runtime.newDate(FIRST_DAY + end * DAY_MS)]);
    let pick = random();
    let source = SOURCES[SOURCES.length - 1][0];
    for (const [label, share] of SOURCES) {
      if (pick < share) {
        source = label;
        break;
      }
      pick -= share;
    }
    sources.push([source]);
  }
  return { starts, ends, sources };
}

const column = (input: BenchInput, name: string) => input.columns[name];
const lastRow = (input: BenchInput) => Object.values(input.columns)[0].length;
/** A date cell as a day number (days since 1970-01-01; the bench's zone is UTC, the dates UTC midnights). */
const dayOf = (cell: Cell) => (cell as Date).getTime() / DAY_MS;
const monthOf = (cell: Cell) => (cell as Date).getUTCFullYear() * 12 + (cell as Date).getUTCMonth();
/** A blank end is "still a customer": later than any day. */
const endDayOf = (cell: Cell) => (cell === '' ? Infinity : dayOf(cell));

function datesInput(rows: number, runtime: BundleRuntime): BenchInput {
  const { starts, ends } = customerList(rows, runtime);
  return { columns: { starts, ends } };
}

function callPeriod(name: string, runtime: BundleRuntime, input: BenchInput): unknown {
  return runtime.call(
    name,
    column(input, 'starts'),
    column(input, 'ends'),
    runtime.newDate(PERIOD_FIRST),
    runtime.newDate(PERIOD_LAST),
  );
}

/** The native period bounds, as a user types them. */
const NATIVE_FIRST = 'DATE(2024,1,1)';
const NATIVE_LAST = 'DATE(2024,3,31)';

/**
 * Customers active at the start of a period: those who started before it
 * minus those who also left before it (an end is never before its start, so
 * everyone who left before the period had started before it).
 */
const nativeAtStart = (starts: string, ends: string, first: string) =>
  `COUNTIF(${starts},"<"&${first})-COUNTIF(${ends},"<"&${first})`;

/** The customers of a list still there after `last`: ended after it, or not at all (blank end). */
const nativeStaying = (criteria: string, ends: string, last: string) =>
  `COUNTIFS(${criteria},${ends},">"&${last})+COUNTIFS(${criteria},${ends},"")`;

/** The start and end columns, and the period's first and last day (day numbers), for the hand loops. */
const periodColumns = (input: BenchInput) => ({
  starts: column(input, 'starts'),
  ends: column(input, 'ends'),
  first: PERIOD_FIRST / DAY_MS,
  last: PERIOD_LAST / DAY_MS,
});

export const CUSTOMER_CASES: BenchCase[] = [
  {
    name: 'CHURN_RATE',
    input: datesInput,
    call: (runtime, input) => callPeriod('CHURN_RATE', runtime, input),
    handLoop: (input) => {
      // As the function's details define them: S = started before the period and not ended before it;
      // churned = of S, ended within the period.
      const { starts, ends, first, last } = periodColumns(input);
      let atStart = 0;
      let churned = 0;
      for (let i = 1; i < starts.length; i++) {
        if (starts[i][0] === '') continue;
        const end = endDayOf(ends[i][0]);
        if (dayOf(starts[i][0]) < first && end >= first) {
          atStart++;
          if (end <= last) churned++;
        }
      }
      return churned / atStart;
    },
    nativeFormulas: (input) => {
      const starts = `Data!A2:A${lastRow(input)}`;
      const ends = `Data!B2:B${lastRow(input)}`;
      return {
        B1: `=${nativeAtStart(starts, ends, NATIVE_FIRST)}`,
        B2: `=COUNTIFS(${starts},"<"&${NATIVE_FIRST},${ends},">="&${NATIVE_FIRST},${ends},"<="&${NATIVE_LAST})`,
        B3: '=B2/B1',
      };
    },
    nativeResult: (value) => value('B3'),
  },
  {
    name: 'RETENTION_RATE',
    input: datesInput,
    call: (runtime, input) => callPeriod('RETENTION_RATE', runtime, input),
    handLoop: (input) => {
      // (E - N) / S by the details' definitions, not as 1 - churn, so the identity is checked too.
      const { starts, ends, first, last } = periodColumns(input);
      let atStart = 0;
      let atEnd = 0;
      let newAtEnd = 0;
      for (let i = 1; i < starts.length; i++) {
        if (starts[i][0] === '') continue;
        const start = dayOf(starts[i][0]);
        const end = endDayOf(ends[i][0]);
        if (start < first && end >= first) atStart++;
        if (start <= last && end > last) {
          atEnd++;
          if (start >= first) newAtEnd++;
        }
      }
      return (atEnd - newAtEnd) / atStart;
    },
    nativeFormulas: (input) => {
      const starts = `Data!A2:A${lastRow(input)}`;
      const ends = `Data!B2:B${lastRow(input)}`;
      return {
        B1: `=${nativeAtStart(starts, ends, NATIVE_FIRST)}`,
        B2: `=${nativeStaying(`${starts},"<="&${NATIVE_LAST}`, ends, NATIVE_LAST)}`,
        B3: `=${nativeStaying(`${starts},">="&${NATIVE_FIRST},${starts},"<="&${NATIVE_LAST}`, ends, NATIVE_LAST)}`,
        B4: '=(B2-B3)/B1',
      };
    },
    nativeResult: (value) => value('B4'),
  },
  {
    name: 'CHURN_TREND',
    input: datesInput,
    call: (runtime, input) => runtime.call('CHURN_TREND', column(input, 'starts'), column(input, 'ends'), 'month'),
    handLoop: (input) => {
      // One pass into month buckets, then a running count of customers at the start of each month.
      const starts = column(input, 'starts');
      const ends = column(input, 'ends');
      const months = new Map<number, { started: number; lost: number; churned: number }>();
      const bucket = (month: number) => {
        let counts = months.get(month);
        if (counts === undefined) months.set(month, (counts = { started: 0, lost: 0, churned: 0 }));
        return counts;
      };
      let firstMonth = Infinity;
      let lastMonth = -Infinity;
      for (let i = 1; i < starts.length; i++) {
        if (starts[i][0] === '') continue;
        const startMonth = monthOf(starts[i][0]);
        bucket(startMonth).started++;
        firstMonth = Math.min(firstMonth, startMonth);
        lastMonth = Math.max(lastMonth, startMonth);
        if (ends[i][0] === '') continue;
        const endMonth = monthOf(ends[i][0]);
        const counts = bucket(endMonth);
        counts.lost++;
        // Churn counts only those active at the month's start: started in an earlier month.
        if (endMonth > startMonth) counts.churned++;
        lastMonth = Math.max(lastMonth, endMonth);
      }
      const rows: (number | null)[][] = [];
      let atStart = 0;
      for (let month = firstMonth; month <= lastMonth; month++) {
        const { started, lost, churned } = bucket(month);
        const atEnd = atStart + started - lost;
        const churn = atStart === 0 ? null : churned / atStart;
        rows.push([atStart, started, lost, atEnd, churn, atStart === 0 ? null : (atStart - churned) / atStart]);
        atStart = atEnd;
      }
      return rows;
    },
    nativeFormulas: (input) => {
      // The usual sheet: a column of month starts and COUNTIFS per month; retention as (E - N) / S. The bench
      // changes a start date (column A), which leaves the Lost column (end dates only) alone, as in a sheet.
      const starts = `Data!A2:A${lastRow(input)}`;
      const ends = `Data!B2:B${lastRow(input)}`;
      const formulas: Record<string, string> = {};
      for (let m = 0; m < MONTHS; m++) {
        const row = m + 1;
        const from = `$A${row}`;
        const to = `DATE(2023,${m + 2},1)`;
        const startedWithin = `${starts},">="&${from},${starts},"<"&${to}`;
        formulas[`A${row}`] = `=DATE(2023,${m + 1},1)`;
        formulas[`B${row}`] = `=${nativeAtStart(starts, ends, from)}`;
        formulas[`C${row}`] = `=COUNTIFS(${startedWithin})`;
        formulas[`D${row}`] = `=COUNTIFS(${ends},">="&${from},${ends},"<"&${to})`;
        formulas[`E${row}`] = `=B${row}+C${row}-D${row}`;
        formulas[`F${row}`] =
          `=IF(B${row}=0,"",COUNTIFS(${starts},"<"&${from},${ends},">="&${from},${ends},"<"&${to})/B${row})`;
        // Customers at the end minus the new ones still there after the month's last day (next month's first - 1).
        formulas[`G${row}`] =
          `=IF(B${row}=0,"",(E${row}-(${nativeStaying(startedWithin, ends, `(${to}-1)`)}))/B${row})`;
      }
      return formulas;
    },
    nativeResult: (value) =>
      Array.from({ length: MONTHS }, (_, m) =>
        ['B', 'C', 'D', 'E', 'F', 'G'].map((col) => {
          const cell = value(`${col}${m + 1}`);
          return cell === '' ? null : cell;
        }),
      ),
  },
  {
    name: 'REFERRAL_RATE',
    input: (rows, runtime) => ({ columns: { sources: customerList(rows, runtime).sources } }),
    call: (runtime, input) => runtime.call('REFERRAL_RATE', column(input, 'sources')),
    handLoop: (input) => {
      // Customers with a source, and those whose source is "referral" (trimmed, any case); skips the heading.
      const sources = column(input, 'sources');
      let customers = 0;
      let referred = 0;
      for (let i = 1; i < sources.length; i++) {
        const source = String(sources[i][0]).trim();
        if (source === '') continue;
        customers++;
        if (source.toLowerCase() === 'referral') referred++;
      }
      return referred / customers;
    },
    // COUNTIF compares text without regard to case, as the function does.
    nativeFormulas: (input) => ({
      A1: `=COUNTIF(Data!A2:A${lastRow(input)},"Referral")/COUNTA(Data!A2:A${lastRow(input)})`,
    }),
    nativeResult: (value) => value('A1'),
  },
];
