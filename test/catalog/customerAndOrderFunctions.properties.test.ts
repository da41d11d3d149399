import fc from 'fast-check';
import { callFunction } from '../support/callFunction';

const DAY = 86_400_000;
const isoOf = (offset: number) => new Date(Date.UTC(2023, 0, 1) + offset * DAY).toISOString().slice(0, 10);

/** One order row: customer id (numbers and text, as exports mix them), date, amount, product. */
interface Order {
  readonly customer: number | string;
  readonly date: string;
  readonly amount: number;
  readonly product: string;
}

const order: fc.Arbitrary<Order> = fc.record({
  customer: fc.oneof(fc.integer({ min: 1000, max: 1015 }), fc.constantFrom('A7', 'B9', 'c3')),
  date: fc.integer({ min: 0, max: 700 }).map(isoOf),
  amount: fc.integer({ min: 0, max: 20_000 }).map((cents) => cents / 100),
  product: fc.constantFrom('Espresso', 'Decaf', 'Mug', 'Grinder'),
});
/** Orders over at least two days, so every function has something to compute. */
const orders = fc
  .array(order, { minLength: 1, maxLength: 50 })
  .map((rows) => [
    { customer: 1000, date: '2023-01-01', amount: 10, product: 'Espresso' },
    { customer: 1001, date: '2024-06-30', amount: 20, product: 'Mug' },
    ...rows,
  ]);

const HEADINGS = { customer: 'Customer ID', date: 'Order date', amount: 'Amount', product: 'Product' };

function columnOf(rows: readonly (Order | null)[], header: boolean, field: keyof Order): unknown[][] {
  const cells = rows.map((row) => [row === null ? '' : row[field]]);
  return header ? [[HEADINGS[field]], ...cells] : cells;
}

/** Each function's arguments from a list of orders (null rows are blank rows). */
const ORDER_CASES: Record<string, (rows: readonly (Order | null)[], header: boolean) => unknown[]> = {
  REPEAT_PURCHASE_RATE: (rows, h) => [columnOf(rows, h, 'customer'), columnOf(rows, h, 'date')],
  'REPEAT_PURCHASE_RATE within 365 days': (rows, h) => [columnOf(rows, h, 'customer'), columnOf(rows, h, 'date'), 365],
  'REPEAT_PURCHASE_RATE within 90 days to as_of': (rows, h) => [
    columnOf(rows, h, 'customer'),
    columnOf(rows, h, 'date'),
    90,
    '2024-03-31',
  ],
  PURCHASE_FREQUENCY: (rows, h) => [columnOf(rows, h, 'customer')],
  AVG_ORDER_VALUE: (rows, h) => [columnOf(rows, h, 'amount')],
  UPSELL_RATE: (rows, h) => [columnOf(rows, h, 'customer'), columnOf(rows, h, 'product')],
  CLV: (rows, h) => [columnOf(rows, h, 'customer'), columnOf(rows, h, 'date'), columnOf(rows, h, 'amount'), 3, 0.5],
  CUSTOMER_SUMMARY: (rows, h) => [
    columnOf(rows, h, 'customer'),
    columnOf(rows, h, 'date'),
    columnOf(rows, h, 'amount'),
    '2024-07-01',
  ],
  COHORT_RETENTION: (rows, h) => [
    columnOf(rows, h, 'customer'),
    columnOf(rows, h, 'date'),
    'quarter',
    '',
    '',
    '2024-06-30',
  ],
  RFM: (rows, h) => [
    columnOf(rows, h, 'customer'),
    columnOf(rows, h, 'date'),
    columnOf(rows, h, 'amount'),
    '2024-07-01',
  ],
  RFM_SUMMARY: (rows, h) => [
    columnOf(rows, h, 'customer'),
    columnOf(rows, h, 'date'),
    columnOf(rows, h, 'amount'),
    '2024-07-01',
  ],
};

/** Per-customer tables list customers in order of first appearance: compare them as sets of rows. */
const PER_CUSTOMER = new Set(['CUSTOMER_SUMMARY', 'RFM']);

/** A result made comparable: Dates as text, per-customer rows sorted (their order follows the rows). */
function comparable(name: string, result: unknown): unknown {
  if (!Array.isArray(result)) return result;
  const rows = (result as unknown[][]).map((row) =>
    row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)),
  );
  if (!PER_CUSTOMER.has(name)) return rows;
  return [rows[0], ...rows.slice(1).sort((a, b) => String(a[0]).localeCompare(String(b[0])))];
}

/** The function a case calls: its name is the case's first word. */
const functionOf = (name: string) => name.split(' ')[0];

function outcome(name: string, args: unknown[]): unknown {
  try {
    return { value: comparable(name, callFunction(functionOf(name), args)) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Equal, numbers within 1e-9 relative: sums taken in another row order differ in their last bits. */
function expectSame(actual: unknown, expected: unknown): void {
  if (typeof actual === 'number' && typeof expected === 'number') {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(actual) && Array.isArray(expected)) {
    expect(actual).toHaveLength(expected.length);
    actual.forEach((item, i) => expectSame(item, expected[i]));
  } else if (actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object') {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected))
      expectSame((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key]);
  } else {
    expect(actual).toEqual(expected);
  }
}

function shuffled<T>(items: readonly T[], seeds: fc.Stream<number>): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = seeds.next().value % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe.each(Object.keys(ORDER_CASES))('%s', (name) => {
  const run = (rows: readonly (Order | null)[], header = false) => outcome(name, ORDER_CASES[name](rows, header));

  it('does not depend on row order, blank rows or a heading row', () => {
    fc.assert(
      fc.property(orders, fc.infiniteStream(fc.nat()), fc.array(fc.nat(), { maxLength: 6 }), (rows, seeds, blanks) => {
        const expected = run(rows);
        expect(expected).toHaveProperty('value');
        expectSame(run(shuffled(rows, seeds)), expected);
        const withBlanks: (Order | null)[] = [...rows];
        for (const at of blanks) withBlanks.splice(at % withBlanks.length, 0, null);
        expectSame(run(withBlanks), expected);
        expectSame(run(rows, true), expected);
      }),
      { numRuns: 40 },
    );
  });
});

describe('REPEAT_PURCHASE_RATE with window_days', () => {
  /** The definition, customer by customer, with calendar dates: first purchase, a later day within the window. */
  function reference(rows: readonly Order[], windowDays: number, asOf: string): number | null {
    const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
    const byCustomer = new Map<string, number[]>();
    for (const row of rows) {
      if (row.date > asOf) continue;
      const key = String(row.customer);
      byCustomer.set(key, [...(byCustomer.get(key) ?? []), dayOf(row.date)]);
    }
    let eligible = 0;
    let repeaters = 0;
    for (const days of byCustomer.values()) {
      const first = Math.min(...days);
      if (first + windowDays > dayOf(asOf)) continue;
      eligible++;
      if (days.some((day) => day > first && day <= first + windowDays)) repeaters++;
    }
    return eligible === 0 ? null : repeaters / eligible;
  }

  /** A window that ends exactly on some customer's later purchase day half the time, so the boundary is tried. */
  function windowFor(rows: readonly Order[], pick: number, random: number): number {
    const row = rows[pick % rows.length];
    const gaps = rows
      .filter((other) => other.customer === row.customer && other.date > row.date)
      .map((other) => (Date.parse(other.date) - Date.parse(row.date)) / DAY);
    return gaps.length > 0 && random % 2 === 0 ? gaps[0] : 1 + (random % 500);
  }

  it('agrees with the definition worked customer by customer', () => {
    fc.assert(
      fc.property(orders, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 700 }), (rows, pick, random, at) => {
        const asOf = isoOf(at);
        const window = windowFor(rows, pick, random);
        const expected = reference(rows, window, asOf);
        const result = outcome('REPEAT_PURCHASE_RATE', [
          columnOf(rows, true, 'customer'),
          columnOf(rows, true, 'date'),
          window,
          asOf,
        ]);
        if (expected === null) expect(result).toEqual({ error: expect.stringContaining('window has passed') });
        else expectSame(result, { value: expected });
      }),
      { numRuns: 100 },
    );
  });
});

describe('RFM', () => {
  it('gives each customer the same scores after shuffling the rows', () => {
    fc.assert(
      fc.property(orders, fc.infiniteStream(fc.nat()), (rows, seeds) => {
        const scores = (table: unknown[][]) => new Map(table.slice(1).map((row) => [row[0], row.slice(4).join(' ')]));
        const args = (list: readonly Order[]) => ORDER_CASES.RFM(list, true);
        expect(scores(callFunction('RFM', args(shuffled(rows, seeds))) as unknown[][])).toEqual(
          scores(callFunction('RFM', args(rows)) as unknown[][]),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('a negative amount', () => {
  it('is an error naming its row where refunds are not orders', () => {
    fc.assert(
      fc.property(orders, fc.nat(), fc.constantFrom('AVG_ORDER_VALUE', 'RFM', 'CUSTOMER_SUMMARY'), (rows, at, name) => {
        const position = at % rows.length;
        const withRefund = rows.map((row, i) => (i === position ? { ...row, amount: -12.5 } : row));
        const location =
          name === 'AVG_ORDER_VALUE' ? `row ${position + 1} holds` : `row ${position + 1} of amounts holds`;
        expect(() => callFunction(name, ORDER_CASES[name](withRefund, false))).toThrow(`${name}: ${location} -12.5;`);
      }),
      { numRuns: 60 },
    );
  });
});

/** A customer list: start day offsets and, for those who left, the days they stayed. */
const customers = fc.array(
  fc.record({
    start: fc.integer({ min: 0, max: 700 }),
    stayed: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 80 },
);
const listOf = (rows: readonly { start: number; stayed?: number }[]) => ({
  starts: [['Start date'], ...rows.map((row) => [isoOf(row.start)])],
  ends: [['Cancel date'], ...rows.map((row) => [row.stayed === undefined ? '' : isoOf(row.start + row.stayed)])],
});

describe('customer lists', () => {
  it('RETENTION_RATE = 1 - CHURN_RATE for every period', () => {
    let computed = 0;
    fc.assert(
      fc.property(
        customers,
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 200 }),
        (rows, first, length) => {
          const { starts, ends } = listOf(rows);
          const period = [isoOf(first), isoOf(first + length)];
          const churn = outcome('CHURN_RATE', [starts, ends, ...period]);
          const retention = outcome('RETENTION_RATE', [starts, ends, ...period]);
          if ('error' in (churn as object)) {
            expect(retention).toEqual({
              error: (churn as { error: string }).error.replace('CHURN_RATE', 'RETENTION_RATE'),
            });
          } else {
            expect((retention as { value: number }).value).toBeCloseTo(1 - (churn as { value: number }).value, 8);
            computed++;
          }
        },
      ),
      { numRuns: 300 },
    );
    // Periods with no customer at their start are errors for both; most generated periods have some.
    expect(computed).toBeGreaterThan(100);
  });

  it('CHURN_TREND chains its counts, and its rates add to 1', () => {
    fc.assert(
      fc.property(customers, fc.constantFrom('week', 'month', 'quarter'), (rows, period) => {
        const { starts, ends } = listOf(rows);
        const table = (callFunction('CHURN_TREND', [starts, ends, period]) as unknown[][]).slice(1) as [
          Date,
          number,
          number,
          number,
          number,
          number | '',
          number | '',
        ][];
        let previousEnd = 0;
        for (const [, atStart, started, lost, atEnd, churn, retention] of table) {
          expect(atStart).toBe(previousEnd);
          expect(atEnd).toBe(atStart + started - lost);
          if (churn === '') expect(atStart).toBe(0);
          else expect((churn as number) + (retention as number)).toBeCloseTo(1, 12);
          previousEnd = atEnd;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('CHURN_RATE and CHURN_TREND do not depend on row order or a heading', () => {
    fc.assert(
      // A customer active from the first day, so that the period always has customers at its start.
      fc.property(customers, fc.infiniteStream(fc.nat()), (generated, seeds) => {
        const rows = [{ start: 0 }, ...generated];
        const { starts, ends } = listOf(rows);
        const again = listOf(shuffled(rows, seeds));
        const trend = outcome('CHURN_TREND', [starts, ends]);
        expect(trend).toHaveProperty('value');
        expect(outcome('CHURN_TREND', [again.starts.slice(1), again.ends.slice(1)])).toEqual(trend);
        const churn = outcome('CHURN_RATE', [starts.slice(1), ends.slice(1), '2023-06-01', '2023-12-31']);
        expect(churn).toHaveProperty('value');
        expect(outcome('CHURN_RATE', [again.starts, again.ends, '2023-06-01', '2023-12-31'])).toEqual(churn);
      }),
      { numRuns: 100 },
    );
  });

  it('REFERRAL_RATE does not depend on row order, blank rows or a heading', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Referral', 'Instagram', 'Google', ' referral', 'Friend'), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.infiniteStream(fc.nat()),
        (sources, seeds) => {
          const expected = callFunction('REFERRAL_RATE', [sources.map((s) => [s])]);
          expect(callFunction('REFERRAL_RATE', [[['Source'], ...shuffled(sources, seeds).map((s) => [s]), ['']]])).toBe(
            expected,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
