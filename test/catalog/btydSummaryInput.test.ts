/**
 * BTYD_FIT and CLV_PREDICT on a summary instead of order rows: CUSTOMER_SUMMARY's
 * own table (weeks), and the table of patterns a warehouse query would bring
 * back (frequency, recency, T, customers). The same customers must give the
 * same fit, to the last bit, however they arrive; bad tables are errors that
 * name the row.
 */

import type { OutputCell } from '../../src/input/cells';
import { callFunction } from '../support/callFunction';
import { BTYD_AMOUNTS, BTYD_DATES, BTYD_IDS } from '../support/predictiveFixtures';

type Table = OutputCell[][];

const ORDERS = [BTYD_IDS, BTYD_DATES, BTYD_AMOUNTS];
const SUMMARY = callFunction('CUSTOMER_SUMMARY', [...ORDERS, '', 'week']) as Table;

/** The summary's customers collapsed into patterns (computed here with a plain map, as SQL would group them). */
function patternTable(summary: Table, headings = ['frequency', 'recency', 'T', 'customers']): Table {
  const counts = new Map<string, [number, number, number, number]>();
  for (const [, x, tx, T] of summary.slice(1) as number[][]) {
    const key = `${x}|${tx}|${T}`;
    const entry = counts.get(key) ?? [x, tx, T, 0];
    entry[3]++;
    counts.set(key, entry);
  }
  return [headings, ...counts.values()];
}
const PATTERNS = patternTable(SUMMARY);

const MODELS = ['bgnbd', 'mbgnbd', 'pnbd'];
const fitOn = (first: unknown, model: string) => callFunction('BTYD_FIT', [first, '', '', '', model]) as Table;

describe('BTYD_FIT on a summary', () => {
  it.each(MODELS)('gives the %s fit of the orders, to the last bit, from CUSTOMER_SUMMARY in weeks', (model) => {
    expect(fitOn(SUMMARY, model)).toEqual(callFunction('BTYD_FIT', [...ORDERS, '', model]));
  });

  it.each(MODELS)(
    'gives the %s purchase model of the orders from their table of patterns, and no spend model',
    (model) => {
      const fromOrders = callFunction('BTYD_FIT', [...ORDERS, '', model]) as Table;
      const fromPatterns = fitOn(PATTERNS, model);
      expect(PATTERNS.length).toBeLessThan(SUMMARY.length);
      // The purchase model's four rows, then one row instead of p, q and gamma, then the rest.
      expect(fromPatterns.slice(0, 5)).toEqual(fromOrders.slice(0, 5));
      expect(fromPatterns[5]).toEqual(['Gamma-Gamma', 'not fitted: a table of patterns has no spend', '']);
      expect(fromPatterns.slice(6)).toEqual(fromOrders.slice(8));
    },
  );

  it('reads the headings in any case and with extra spaces, under blank rows', () => {
    const shouting = patternTable(SUMMARY, ['FREQUENCY', ' Recency ', 't', 'Customers']);
    expect(fitOn([['', '', '', ''], ...shouting], 'bgnbd')).toEqual(fitOn(PATTERNS, 'bgnbd'));
    const summary = [['customer', 'FREQUENCY', 'recency', 't', 'monetary   value'], ...SUMMARY.slice(1)];
    expect(fitOn(summary, 'bgnbd')).toEqual(fitOn(SUMMARY, 'bgnbd'));
  });

  it('fits the purchase model alone from a customer summary without Monetary value', () => {
    const blank = SUMMARY.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), '']));
    const table = fitOn(blank, 'bgnbd');
    expect(table.slice(0, 5)).toEqual(fitOn(SUMMARY, 'bgnbd').slice(0, 5));
    expect(table[5]).toEqual(['Gamma-Gamma', 'not fitted: the summary has no Monetary value', '']);
  });
});

describe('CLV_PREDICT on a summary', () => {
  it('gives the table of the orders from CUSTOMER_SUMMARY, customer by customer', () => {
    expect(callFunction('CLV_PREDICT', [SUMMARY, '', '', 12, 0.1, '', 'pnbd', 0.6])).toEqual(
      callFunction('CLV_PREDICT', [...ORDERS, 12, 0.1, '', 'pnbd', 0.6]),
    );
  });

  it('gives one row per row of a table of patterns, with its customers, P(alive) and expected purchases', () => {
    const perCustomer = callFunction('CLV_PREDICT', [...ORDERS, 12]) as Table;
    const rows = callFunction('CLV_PREDICT', [PATTERNS, '', '', 12]) as Table;
    expect(rows[0]).toEqual(['Frequency', 'Recency', 'T', 'Customers', 'P(alive)', 'Expected purchases']);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual(PATTERNS.slice(1));
    // Each pattern's numbers are those of every customer with that history.
    for (const [x, tx, T, customers, alive, expected] of rows.slice(1) as number[][]) {
      const same = perCustomer.slice(1).filter((row) => row[1] === x && row[2] === tx && row[3] === T);
      expect(same).toHaveLength(customers);
      for (const row of same) expect([row[4], row[5]]).toEqual([alive, expected]);
    }
  });

  it('leaves out the spend and CLV columns for a customer summary without Monetary value', () => {
    const blank = SUMMARY.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), '']));
    const rows = callFunction('CLV_PREDICT', [blank, '', '', 12]) as Table;
    const full = callFunction('CLV_PREDICT', [SUMMARY, '', '', 12]) as Table;
    expect(rows).toEqual(full.map((row) => row.slice(0, 6)));
  });
});

describe('bad summary tables', () => {
  const withRow = (row: OutputCell[], at = 3) => [...PATTERNS.slice(0, at), row, ...PATTERNS.slice(at)];
  const expectError = (first: unknown, message: string, args: unknown[] = ['', '']) =>
    expect(() => callFunction('BTYD_FIT', [first, ...args])).toThrow(message);

  it('names the row of a count that is not a whole number, a negative time, recency after T', () => {
    expectError(
      withRow([2.5, 10, 20, 1]),
      'BTYD_FIT: row 4 of frequency holds 2.5; frequency must be a whole number, 0 or more.',
    );
    expectError(
      withRow([2, -1, 20, 1]),
      'BTYD_FIT: row 4 of recency holds -1; recency must be a number of weeks, 0 or more.',
    );
    expectError(withRow([2, 10, -3, 1]), 'BTYD_FIT: row 4 of T holds -3; T must be a number of weeks, 0 or more.');
    expectError(
      withRow([2, 21, 20, 1]),
      'BTYD_FIT: row 4 of customer_ids has recency 21 above T 20; the last purchase cannot come after the end of the data',
    );
    expectError(
      withRow([0, 3, 20, 1]),
      'BTYD_FIT: row 4 of customer_ids has frequency 0 but recency 3; a customer without repeat purchases has recency 0.',
    );
    expectError(
      withRow([2, 0, 20, 1]),
      'BTYD_FIT: row 4 of customer_ids has frequency 2 but recency 0; repeat purchases come on days after the first',
    );
  });

  it('names the row of a customers count that is not a positive whole number', () => {
    for (const count of [0, 1.5, -2]) {
      expectError(
        withRow([2, 10, 20, count]),
        `BTYD_FIT: row 4 of customers holds ${count}; customers must be a whole number, 1 or more.`,
      );
    }
    expectError(
      withRow([2, 10, 20, 'many']),
      'BTYD_FIT: row 4 of customers holds "many"; customers must be a whole number, 1 or more.',
    );
    expectError(
      withRow([2, 10, 20, '']),
      'BTYD_FIT: row 4 of customers is blank, but row 4 of frequency holds 2; fill in customers',
    );
  });

  it('says what heading row it expects when the first row is another', () => {
    const wrong = [['frequency', 'recency', 'T', 'count'], ...PATTERNS.slice(1)];
    expectError(
      wrong,
      'BTYD_FIT: order_dates is blank, so customer_ids must be a summary table, but row 1 of customer_ids holds ' +
        '"frequency", "recency", "T", "count"; give the date of each order in order_dates (and the amounts), or a ' +
        'table whose first row is the heading frequency, recency, T, customers (one row per pattern of customers) ' +
        'or Customer, Frequency, Recency, T, Monetary value (CUSTOMER_SUMMARY in weeks).',
    );
    expectError(
      BTYD_IDS,
      'BTYD_FIT: order_dates is blank, so customer_ids must be a summary table, but row 1 of customer_ids holds "Customer ID"',
    );
  });

  it('refuses a summary with order ranges or as_of, and mixed blank spends', () => {
    expectError(
      PATTERNS,
      'BTYD_FIT: customer_ids is a summary table (its first row is the heading frequency, recency, T, customers), but order_dates or amounts is given',
      [BTYD_DATES, ''],
    );
    expectError(PATTERNS, 'BTYD_FIT: as_of is given, but customer_ids is a summary table', [
      '',
      '',
      new Date(Date.UTC(2024, 5, 1)),
    ]);
    const mixed = SUMMARY.map((row, i) => (i === 5 ? [...row.slice(0, 4), ''] : row));
    expectError(
      mixed,
      "BTYD_FIT: row 6 of Monetary value is blank; give every customer's mean repeat spend (0 for one-time buyers), or leave the whole column blank",
    );
    expectError([PATTERNS[0]], 'BTYD_FIT: customer_ids has the heading row of a summary table but no rows under it.');
  });
});
