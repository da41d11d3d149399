import { callFunction } from '../support/callFunction';
import { columnOf } from '../support/context';

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

// A small orders export: heading, a blank row, numeric and text customer ids.
const IDS = columnOf('Customer ID', 1001, '1001', 'B7', '', 'C9', 'C9', 1001);
const DATES = columnOf(
  'Order date',
  '2024-01-05',
  utcDate('2024-01-05'),
  '2024-02-10',
  '',
  '2024-01-20',
  '2024-03-02',
  '2024-04-01',
);
const AMOUNTS = columnOf('Amount', 20, '$30.00', 45, '', 12.5, 12.5, 50);
const PRODUCTS = columnOf('Product', 'Espresso', 'Mug', 'Decaf', '', 'Espresso', 'Espresso', 'Espresso');

describe('REPEAT_PURCHASE_RATE and PURCHASE_FREQUENCY', () => {
  it('count customers, not rows, treating 1001 and "1001" as one customer', () => {
    // 1001 ordered 3 times, B7 once, C9 twice: 2 of 3 customers repeat.
    expect(callFunction('REPEAT_PURCHASE_RATE', [IDS])).toBeCloseTo(2 / 3, 12);
    // With dates, 1001's two orders on 2024-01-05 are one purchase, but 2024-04-01 is a second day: still 2 of 3.
    expect(callFunction('REPEAT_PURCHASE_RATE', [IDS, DATES])).toBeCloseTo(2 / 3, 12);
    expect(
      callFunction('REPEAT_PURCHASE_RATE', [
        columnOf('Customer', 'a', 'a', 'b'),
        columnOf('Date', '2024-01-01', '2024-01-01', '2024-01-02'),
      ]),
    ).toBe(0);
    // 6 orders of 3 customers.
    expect(callFunction('PURCHASE_FREQUENCY', [IDS])).toBe(2);
  });

  it('skip a heading in a column of ids alone', () => {
    expect(callFunction('PURCHASE_FREQUENCY', [columnOf('Customer ID', 'a', 'b', 'a')])).toBe(1.5);
    expect(callFunction('PURCHASE_FREQUENCY', [columnOf('a', 'b', 'a')])).toBe(1.5);
  });
});

describe('REPEAT_PURCHASE_RATE within window_days', () => {
  // Worked by hand. As of the latest order, 2024-03-05:
  //   A 2023-01-10, 2023-06-01  window ends 2024-01-10 (passed); bought again 142 days later: repeat
  //   B 2023-02-01, 2024-02-01  window ends 2024-02-01 (passed); again exactly 365 days later: repeat
  //   C 2023-03-01, 2024-03-05  window ends 2024-02-29 (passed, 2024 is a leap year); again after 370 days: no
  //   D 2023-02-15 twice        window ends 2024-02-15 (passed); one purchase day: no
  //   E 2024-01-20, 2024-02-10  window ends 2025-01-19 (not passed): left out, although it bought again
  //   F 2024-03-01              window ends 2025-02-28 (not passed): left out
  const ids = columnOf('Customer', 'E', 'A', 'B', 'C', 'D', 'A', 'D', '', 'B', 'C', 'E', 'F');
  const dates = columnOf(
    'Order date',
    '2024-01-20',
    '2023-01-10',
    utcDate('2023-02-01'),
    '2023-03-01',
    '2023-02-15',
    '2023-06-01',
    '2023-02-15',
    '',
    '2024-02-01',
    utcDate('2024-03-05'),
    '2024-02-10',
    '2024-03-01',
  );

  it('is the share of customers whose window has passed who bought again within it', () => {
    // A and B of A, B, C, D.
    expect(callFunction('REPEAT_PURCHASE_RATE', [ids, dates, 365])).toBe(0.5);
    // Without a window every customer counts: A, B, C and E bought on two days, of six.
    expect(callFunction('REPEAT_PURCHASE_RATE', [ids, dates])).toBeCloseTo(4 / 6, 12);
    expect(callFunction('REPEAT_PURCHASE_RATE', [ids, dates, '', ''])).toBeCloseTo(4 / 6, 12);
    // 30 days: F's window (2024-03-31) is still open; of A, B, C, D, E only E bought again within 30 days (21 days).
    expect(callFunction('REPEAT_PURCHASE_RATE', [ids, dates, 30])).toBeCloseTo(1 / 5, 12);
  });

  it('leaves out orders after as_of and customers whose window is open on it', () => {
    // As of 2024-02-01, B's window has just passed and its purchase that day counts; C's (2024-02-29) and D's
    // (2024-02-15) are open: A and B of A, B.
    expect(callFunction('REPEAT_PURCHASE_RATE', [ids, dates, 365, '2024-02-01'])).toBe(1);
    // On 2024-02-29 C's window passes: A and B of A, B, C, D; the day before, of A, B, D.
    expect(callFunction('REPEAT_PURCHASE_RATE', [ids, dates, 365, utcDate('2024-02-29')])).toBe(0.5);
    expect(callFunction('REPEAT_PURCHASE_RATE', [ids, dates, 365, '2024-02-28'])).toBeCloseTo(2 / 3, 12);
    // as_of without a window: the customers with an order by then (A, B, C, D), of whom A bought on two days.
    expect(callFunction('REPEAT_PURCHASE_RATE', [ids, dates, '', '2023-12-31'])).toBe(0.25);
  });

  it('says when no window has passed, never giving 0', () => {
    expect(() =>
      callFunction('REPEAT_PURCHASE_RATE', [
        columnOf('a', 'b', 'a'),
        columnOf('2024-01-05', '2024-02-01', '2024-03-01'),
        365,
      ]),
    ).toThrow(
      "REPEAT_PURCHASE_RATE: no customer's 365-day window has passed by as_of (2024-03-01): the earliest first " +
        'purchase, on 2024-01-05, has its window end on 2025-01-04. Give a shorter window_days, or orders up to a ' +
        'later as_of.',
    );
  });

  it('refuses a window it cannot apply', () => {
    expect(() => callFunction('REPEAT_PURCHASE_RATE', [ids, '', 365])).toThrow(
      'REPEAT_PURCHASE_RATE: window_days and as_of need order_dates; give the date of each order, e.g. C2:C.',
    );
    for (const bad of [0, 1.5, 'a year', -30])
      expect(() => callFunction('REPEAT_PURCHASE_RATE', [ids, dates, bad])).toThrow(
        'REPEAT_PURCHASE_RATE: window_days is ',
      );
    expect(() => callFunction('REPEAT_PURCHASE_RATE', [ids, dates, 'a year'])).toThrow(
      'REPEAT_PURCHASE_RATE: window_days is "a year"; use a whole number of days from 1, such as 365',
    );
  });
});

describe('AVG_ORDER_VALUE', () => {
  it('is revenue per order, with lines of one order together', () => {
    // 20 + 30 + 45 + 12.5 + 12.5 + 50 = 170 over 6 orders.
    expect(callFunction('AVG_ORDER_VALUE', [AMOUNTS])).toBeCloseTo(170 / 6, 12);
    const orderIds = columnOf('Order', 'B-1', 'B-1', 'B-2', '', 'B-3', 'B-4', 'B-5');
    expect(callFunction('AVG_ORDER_VALUE', [AMOUNTS, orderIds])).toBe(34);
  });

  it('refuses a refund, saying where it belongs', () => {
    expect(() => callFunction('AVG_ORDER_VALUE', [columnOf(20, -5)])).toThrow(
      'AVG_ORDER_VALUE: row 2 holds -5; amounts must be numbers, zero or more (a refund is not an order: leave refunds out, or use CLV, which nets them).',
    );
  });
});

describe('UPSELL_RATE', () => {
  it('counts customers with two distinct products', () => {
    // 1001: espresso, mug; B7: decaf; C9: espresso twice.
    expect(callFunction('UPSELL_RATE', [IDS, PRODUCTS])).toBeCloseTo(1 / 3, 12);
  });

  it('needs a product for every order', () => {
    expect(() => callFunction('UPSELL_RATE', [columnOf('a', 'b'), columnOf('Espresso', '')])).toThrow(
      'UPSELL_RATE: row 2 of products is blank, but row 2 of customer_ids holds "b"',
    );
  });
});

describe('CLV', () => {
  it('is net revenue per customer per year x lifespan x margin', () => {
    // Revenue 170 from 3 customers over 2024-01-05 .. 2024-04-01 (87 days = 87 / 365.25 years):
    // AOV 170 / 6 x purchases per customer per year (6 / 3 / (87 / 365.25)) x 3 years x 0.6.
    const expected = (170 / 6) * (6 / 3 / (87 / 365.25)) * 3 * 0.6;
    expect(callFunction('CLV', [IDS, DATES, AMOUNTS, 3, '60%'])).toBeCloseTo(expected, 9);
    expect(callFunction('CLV', [IDS, DATES, AMOUNTS, 3])).toBeCloseTo(expected / 0.6, 9);
  });

  it('nets refunds and explains what it cannot measure', () => {
    const withRefund = callFunction('CLV', [
      columnOf('a', 'a'),
      columnOf('2024-01-01', '2024-12-31'),
      columnOf(100, -20),
      1,
    ]) as number;
    // 80 net over 365 days from one customer, for one year.
    expect(withRefund).toBeCloseTo(80 * (365.25 / 365), 9);
    expect(() => callFunction('CLV', [IDS, DATES, AMOUNTS, ''])).toThrow(
      'CLV: lifespan_years is blank; use a number of years above 0, such as 3.',
    );
    expect(() => callFunction('CLV', [columnOf('a'), columnOf('2024-01-01'), columnOf(10), 3])).toThrow(
      'CLV: every order falls on 2024-01-01, so purchases per year cannot be measured',
    );
    expect(() => callFunction('CLV', [IDS, DATES, AMOUNTS, 3, 1.5])).toThrow(
      'CLV: gross_margin is 1.5; use a share above 0 and up to 1',
    );
  });
});

describe('CUSTOMER_SUMMARY', () => {
  it('gives frequency, recency, T and mean repeat spend per customer in order of first appearance', () => {
    const table = callFunction('CUSTOMER_SUMMARY', [IDS, DATES, AMOUNTS, '2024-04-08', 'week']) as unknown[][];
    expect(table[0]).toEqual(['Customer', 'Frequency', 'Recency', 'T', 'Monetary value']);
    // 1001: days 2024-01-05 (20 + 30) and 2024-04-01 (50): x = 1, t_x = 87 / 7, T = 94 / 7, repeat spend 50.
    expect(table[1]).toEqual(['1001', 1, 87 / 7, 94 / 7, 50]);
    // B7: one purchase on 2024-02-10, 58 days before as_of.
    expect(table[2]).toEqual(['B7', 0, 0, 58 / 7, 0]);
    // C9: 2024-01-20 and 2024-03-02 (42 days apart), the repeat day spent 12.5.
    expect(table[3]).toEqual(['C9', 1, 6, 79 / 7, 12.5]);
  });

  it('leaves monetary value blank without amounts, and counts in days on request', () => {
    const table = callFunction('CUSTOMER_SUMMARY', [IDS, DATES, '', '', 'day']) as unknown[][];
    // as_of defaults to the latest order, 2024-04-01.
    expect(table[1]).toEqual(['1001', 1, 87, 87, '']);
  });

  it('leaves out orders after as_of and customers who had not yet bought', () => {
    const table = callFunction('CUSTOMER_SUMMARY', [IDS, DATES, AMOUNTS, '2024-01-31']) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(['Customer', '1001', 'C9']);
    expect(() => callFunction('CUSTOMER_SUMMARY', [IDS, DATES, AMOUNTS, '2023-01-01'])).toThrow(
      'CUSTOMER_SUMMARY: no orders on or before as_of (2023-01-01)',
    );
  });
});

describe('COHORT_RETENTION', () => {
  it('shows shares per month after the first order, blank where the month is not complete', () => {
    // Cohorts: January 2024 (1001, C9), February 2024 (B7). As of 2024-04-01, April is not complete.
    expect(callFunction('COHORT_RETENTION', [IDS, DATES], 'UTC')).toEqual([
      ['Cohort', 'Customers', 'Period 0', 'Period 1', 'Period 2', 'Period 3'],
      // January: both in January; nobody in February; C9 in March; April not complete.
      [utcDate('2024-01-01'), 2, 1, 0, 0.5, ''],
      [utcDate('2024-02-01'), 1, 1, 0, '', ''],
    ]);
  });

  it('counts, and counts "in that period or later", on request', () => {
    const counts = callFunction(
      'COHORT_RETENTION',
      [IDS, DATES, 'month', 'unbounded', 'count', '2024-04-30'],
      'UTC',
    ) as unknown[][];
    // Unbounded, as of the end of April: 1001 last ordered in April (period 3), C9 in March (period 2).
    expect(counts[1]).toEqual([utcDate('2024-01-01'), 2, 2, 2, 2, 1]);
  });

  it('starts cohorts at local midnight in the spreadsheet zone', () => {
    const table = callFunction('COHORT_RETENTION', [IDS, DATES, 'quarter'], 'Asia/Tokyo') as unknown[][];
    expect((table[1][0] as Date).toISOString()).toBe('2023-12-31T15:00:00.000Z');
  });
});

describe('RFM and RFM_SUMMARY', () => {
  it('score and segment every customer', () => {
    const table = callFunction('RFM', [IDS, DATES, AMOUNTS, '2024-04-11']) as unknown[][];
    expect(table[0]).toEqual(['Customer', 'Recency', 'Frequency', 'Monetary', 'R', 'F', 'M', 'Segment']);
    // Recency days to 2024-04-11: 1001 10, B7 61, C9 40. With 3 customers a score is 1 + floor(5 x k / 3) for k
    // customers beyond: R by customers with more days: 1001 (2) -> 4, C9 (1) -> 2, B7 (0) -> 1.
    // F by fewer orders: 1001 (2) -> 4, C9 (1) -> 2, B7 (0) -> 1. M by less money: 1001 (2) -> 4, B7 (1) -> 2, C9 (0) -> 1.
    expect(table.slice(1)).toEqual([
      ['1001', 10, 3, 100, 4, 4, 4, 'Loyal Customers'],
      ['B7', 61, 1, 45, 1, 1, 2, 'Hibernating'],
      ['C9', 40, 2, 25, 2, 2, 1, 'Hibernating'],
    ]);
  });

  it('sums customers and revenue per segment, best first', () => {
    const summary = callFunction('RFM_SUMMARY', [IDS, DATES, AMOUNTS, '2024-04-11']) as unknown[][];
    expect(summary).toEqual([
      ['Segment', 'Customers', 'Share of customers', 'Revenue', 'Share of revenue'],
      ['Loyal Customers', 1, 1 / 3, 100, 100 / 170],
      ['Hibernating', 2, 2 / 3, 70, 70 / 170],
    ]);
  });

  it('needs amounts', () => {
    expect(() => callFunction('RFM', [IDS, DATES])).toThrow(
      'RFM: amounts is missing; give the amount of each order, e.g. D2:D.',
    );
  });
});

describe('COHORT_CURVES', () => {
  // A and B start in January, C in February, D in March; A orders again in February, C in March.
  const ids = [['Customer'], ['A'], ['B'], ['A'], ['C'], ['C'], ['D']];
  const dates = [
    ['Date'],
    ['2024-01-05'],
    ['2024-01-20'],
    ['2024-02-03'],
    ['2024-02-10'],
    ['2024-03-01'],
    ['2024-03-15'],
  ];

  it('gives the weighted average of the complete cells and the latest cohorts with a period after the first', () => {
    expect(callFunction('COHORT_CURVES', [ids, dates, 'month', '', '', 1, '2024-03-31'])).toEqual([
      ['Periods after the first order', 'All cohorts (weighted average)', 'Cohort of 2024-01', 'Cohort of 2024-02'],
      // All four customers; of the three in cohorts whose period 1 is over, A and C ordered; of Jan's two, none in March.
      [0, 1, 1, 1],
      [1, 2 / 3, 0.5, 1],
      [2, 0, 0, ''],
    ]);
  });

  it('shows as many of the latest cohorts as asked, and none when 0', () => {
    const one = callFunction('COHORT_CURVES', [ids, dates, 'month', '', 1, 1, '2024-03-31']) as unknown[][];
    expect(one[0]).toEqual(['Periods after the first order', 'All cohorts (weighted average)', 'Cohort of 2024-02']);
    const none = callFunction('COHORT_CURVES', [ids, dates, 'month', '', 0, 1, '2024-03-31']) as unknown[][];
    expect(none.map((row) => row.length)).toEqual([2, 2, 2, 2]);
  });

  it('stops the average where the cohorts behind it hold fewer than min_customers (30 if blank)', () => {
    // Of the four customers, all are behind period 0 and three behind period 1 (A, B, C), two behind period 2.
    const twoOrMore = callFunction('COHORT_CURVES', [ids, dates, 'month', '', 0, 3, '2024-03-31']) as unknown[][];
    expect(twoOrMore.map((row) => row[1])).toEqual(['All cohorts (weighted average)', 1, 2 / 3, '']);
    const blank = callFunction('COHORT_CURVES', [ids, dates, 'month', '', 0, '', '2024-03-31']) as unknown[][];
    expect(blank.map((row) => row[1])).toEqual(['All cohorts (weighted average)', '', '', '']);
    // 30 customers in January, 5 of whom order in February (the last month of the data): both points hold.
    const many = [
      ['Customer'],
      ...Array.from({ length: 30 }, (_, i) => [`C${i}`]),
      ...Array.from({ length: 5 }, (_, i) => [`C${i}`]),
    ];
    const manyDates = [
      ['Date'],
      ...Array.from({ length: 30 }, () => ['2024-01-10']),
      ...Array.from({ length: 5 }, () => ['2024-02-10']),
    ];
    const curve = callFunction('COHORT_CURVES', [many, manyDates, 'month', '', 0, '', '2024-03-31']) as unknown[][];
    expect(curve.map((row) => row[1])).toEqual(['All cohorts (weighted average)', 1, 5 / 30]);
    expect(() => callFunction('COHORT_CURVES', [ids, dates, 'month', '', 0, 0.5, '2024-03-31'])).toThrow(
      'COHORT_CURVES: min_customers is 0.5; use a whole number of customers, 1 or more (leave it blank for 30)',
    );
  });

  it('names quarters as 2024 Q1', () => {
    const later = [...ids, ['A']];
    const laterDates = [...dates, ['2024-04-10']];
    const quarters = callFunction('COHORT_CURVES', [
      later,
      laterDates,
      'quarter',
      '',
      '',
      1,
      '2024-06-30',
    ]) as unknown[][];
    expect(quarters[0][2]).toBe('Cohort of 2024 Q1');
  });
});
