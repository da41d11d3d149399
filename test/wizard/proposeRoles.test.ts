import fc from 'fast-check';
import type { CellValue } from '../../src/input/cells';
import type { ColumnRole } from '../../src/input/headings';
import {
  type ColumnSample,
  profileColumn,
  proposeRoles,
  roleSuggestedByValues,
  rolesNamedBy,
} from '../../src/wizard/proposeRoles';

const roles = (heading: string): ColumnRole[] => rolesNamedBy(heading).map((r) => r.role);
const column = (heading: string, cells: readonly CellValue[]): ColumnSample => ({ heading, cells });
const suggested = (cells: readonly CellValue[]) => roleSuggestedByValues(profileColumn(cells));

describe('rolesNamedBy', () => {
  it('puts the longest matching word first: "Order date" is an order date (10) before an order (5)', () => {
    expect(rolesNamedBy('Order date')).toEqual([
      { role: 'orderDate', strength: 10 },
      { role: 'order', strength: 5 },
      { role: 'responseDate', strength: 0.5 },
    ]);
  });

  it('reads "Cancel date" as an end date (cancel: 6) before a date (4)', () => {
    expect(roles('Cancel date')[0]).toBe('endDate');
    expect(rolesNamedBy('Cancel date')[0].strength).toBe(6);
  });

  it.each([
    ['รหัสลูกค้า', 'customer'],
    ['مشتری', 'customer'],
    ['顧客編號', 'customer'],
    ['Customer ID', 'customer'],
    ['Likelihood to recommend (0-10)', 'score'],
    ['Satisfaction (1-5)', 'satisfaction'],
    ['วันที่สั่งซื้อ', 'orderDate'],
    ['تاریخ سفارش', 'orderDate'],
    ['訂單日期', 'orderDate'],
    ['Response date', 'responseDate'],
    ['Start date', 'startDate'],
    ['Signup date', 'startDate'],
    ['Churn date', 'endDate'],
    ['Segment', 'segment'],
    ['Source', 'source'],
    ['Amount', 'amount'],
    ['Order ID', 'order'],
  ])('%s names %s first', (heading, role) => {
    expect(roles(heading)[0]).toBe(role);
  });

  it('reads a plain date, in any language, as an order date or a response date (tied, order date first)', () => {
    for (const heading of ['Date', 'วันที่', 'تاریخ', '日期'])
      expect(roles(heading)).toEqual(['orderDate', 'responseDate']);
    // A bare date word counts least (0.5), so any word that says which date wins.
    expect(rolesNamedBy('日期').map((r) => r.strength)).toEqual([0.5, 0.5]);
  });

  it('names both a product and a segment for "Plan" (the sheet decides)', () => {
    expect(roles('Plan')).toEqual(['product', 'segment']);
  });

  it('matches Latin words at the start of a word only', () => {
    // "recorder" contains "order", "pending" contains "end": neither names anything.
    expect(roles('Recorder')).toEqual([]);
    expect(roles('Pending')).toEqual([]);
    // "customers" starts with "customer".
    expect(roles('Customers')).toEqual(['customer']);
  });

  it('gives nothing for a heading that names no role, or for no heading', () => {
    expect(rolesNamedBy('Notes')).toEqual([]);
    expect(rolesNamedBy('Ease (1-7)')).toEqual([]);
    expect(rolesNamedBy('')).toEqual([]);
    expect(rolesNamedBy('  ')).toEqual([]);
  });

  // A bare "date" counts least, so the most common heading of a subscription's end is not taken for an order date.
  it('reads "End date" as an end date', () => {
    expect(roles('End date')[0]).toBe('endDate');
  });

  // The same in the other languages: "วันที่", "تاریخ" and "日期" are bare date words; "เริ่ม", "شروع", "開始" say which.
  it.each(['วันที่เริ่ม', 'تاریخ شروع', '開始日期'])('reads the start date heading %s as a start date', (heading) => {
    expect(roles(heading)[0]).toBe('startDate');
  });
});

describe('profileColumn', () => {
  it('counts a mixed column by hand', () => {
    const cells: CellValue[] = [
      '',
      12,
      '$24.00',
      '2024-03-15',
      new Date(Date.UTC(2024, 2, 16)),
      'abc',
      null,
      '   ',
      '12',
      7.5,
    ];
    expect(profileColumn(cells)).toEqual({
      filled: 7, // 12, $24.00, 2024-03-15, the Date, abc, '12', 7.5
      blank: 3, // '', null, '   '
      dates: 2, // the ISO text and the Date
      numbers: 4, // 12, 24, 12, 7.5
      texts: 1, // abc
      textsWithDigits: 0, // abc has none
      wholeNumbers: 3, // 12, 24, 12
      min: 7.5,
      max: 24,
      distinct: 6, // the number 12 and the text '12' are one value; the rest differ
    });
  });

  it('reads numeric text: thousands, accounting negatives, percent', () => {
    const profile = profileColumn(['1,234.50', '(15.00)', '50%', ' 3 ']);
    expect(profile).toMatchObject({ filled: 4, numbers: 4, texts: 0, dates: 0 });
    // -15 and 3 are whole; 1234.5 and 0.5 are not.
    expect(profile.wholeNumbers).toBe(2);
    expect(profile.min).toBe(-15);
    expect(profile.max).toBe(1234.5);
  });

  it('counts ISO dates with a time, but not 03/04/2024, as dates', () => {
    expect(profileColumn(['2024-03-15 10:30', '2024-03-15T10:30:00Z', '03/04/2024'])).toMatchObject({
      filled: 3,
      dates: 2,
      texts: 1,
      textsWithDigits: 1,
      numbers: 0,
    });
  });

  it('gives an empty profile for a blank column', () => {
    expect(profileColumn(['', null, undefined])).toEqual({
      filled: 0,
      blank: 3,
      dates: 0,
      numbers: 0,
      texts: 0,
      textsWithDigits: 0,
      wholeNumbers: 0,
      min: Infinity,
      max: -Infinity,
      distinct: 0,
    });
  });
});

describe('roleSuggestedByValues', () => {
  /** 30 orders of 25 customers (ids 1001-1025), so 5 ids repeat. */
  const repeatedIds = Array.from({ length: 30 }, (_, i) => 1001 + (i % 25));

  it('says nothing about a blank column', () => {
    expect(suggested(['', null])).toBeUndefined();
  });

  it('suggests a date when at least 80% of the values are dates', () => {
    // 4 of 5 = 80%.
    expect(suggested(['2024-01-01', '2024-01-02', new Date(Date.UTC(2024, 0, 3)), '2024-01-04', 'n/a'])).toBe('date');
    // 3 of 5 = 60%, and 2 texts are not most either.
    expect(suggested(['2024-01-01', '2024-01-02', '2024-01-03', 'n/a', 'later'])).toBeUndefined();
  });

  it('tells satisfaction (whole 1-5) from a score (whole 0-10, above 5) from an amount', () => {
    expect(suggested([1, 5, 3, 4])).toBe('satisfaction');
    expect(suggested([0, 10, 7])).toBe('score');
    expect(suggested([6, 6])).toBe('score');
    expect(suggested([7.5, 3])).toBe('amount');
    expect(suggested([24, 32, 22, 45])).toBe('amount');
    expect(suggested([3, 11])).toBe('amount');
  });

  it('suggests a customer for many repeated whole ids of several digits', () => {
    expect(suggested(repeatedIds)).toBe('customer');
    // Each id once: no repeat, so not customer ids but order numbers.
    expect(suggested(repeatedIds.slice(0, 25))).toBe('order');
    // 20 distinct ids are too few (more than 20 are needed).
    expect(suggested(Array.from({ length: 30 }, (_, i) => 1001 + (i % 20)))).toBe('amount');
    // Ids from 99 are too small.
    expect(suggested(repeatedIds.map((id) => id - 902))).toBe('amount');
  });

  it('reads text as a segment (few values, each at least twice on average), customer ids or order ids', () => {
    expect(suggested(['Pro', 'Basic', 'Pro', 'Basic'])).toBe('segment');
    // 2 distinct in 3: 2 * 2 > 3, so not a segment, but repeated: customers.
    expect(suggested(['C-1', 'C-2', 'C-1'])).toBe('customer');
    expect(suggested(['B-1', 'B-2', 'B-3'])).toBe('order');
  });

  it('says nothing for a column of mixed kinds', () => {
    expect(suggested(['2024-01-01', 5, 'x', 'y', 7])).toBeUndefined();
  });
});

describe('proposeRoles', () => {
  it('maps an orders export, where "Plan" is the product', () => {
    expect(
      proposeRoles([
        column('Order ID', ['B-10000', 'B-10001', 'B-10001', 'B-10002']),
        column('Customer ID', [1001, 1002, 1002, 1001]),
        column('Order date', ['2024-01-02', '2024-01-03', '2024-01-03', '2024-02-02']),
        column('Amount', [24, '$32.00', 14, 24]),
        column('Plan', ['Espresso', 'Single origin', 'Ceramic mug', 'Espresso']),
      ]),
    ).toEqual(['order', 'customer', 'orderDate', 'amount', 'product']);
  });

  it('reads a plain "Date" as the order date in an orders sheet', () => {
    expect(
      proposeRoles([
        column('Date', ['2024-01-02', '2024-01-03']),
        column('Customer', ['C-1', 'C-2']),
        column('Total', [24, 32]),
      ]),
    ).toEqual(['orderDate', 'customer', 'amount']);
  });

  it('maps a subscriptions list, where "Plan" is a segment', () => {
    expect(
      proposeRoles([
        column('Customer ID', [1001, 1002, 1003]),
        column('Start date', ['2024-01-02', '2024-01-03', '2024-02-10']),
        column('Cancel date', ['', '2024-03-01', '']),
        column('Source', ['Google', 'Referral', 'Instagram']),
        column('Plan', ['Espresso', 'Decaf', 'Office']),
      ]),
    ).toEqual(['customer', 'startDate', 'endDate', 'source', 'segment']);
  });

  it('maps a survey export, where "Date" is the response date and a second scale is left out', () => {
    expect(
      proposeRoles([
        column('Date', ['2024-01-02', '2024-01-03', '2024-01-04']),
        column('Customer ID', [1001, 1002, 1003]),
        column('Plan', ['Espresso', 'Decaf', 'Espresso']),
        column('Likelihood to recommend (0-10)', [9, 3, 'N/A']),
        column('Satisfaction (1-5)', [4, 2, 5]),
        // Whole 1-7 suggests a score, which the NPS column already has.
        column('Ease (1-7)', [5, 6, 7]),
      ]),
    ).toEqual(['responseDate', 'customer', 'segment', 'score', 'satisfaction', null]);
  });

  it('keeps "Date" an order date in a sheet with scores that also names orders', () => {
    expect(
      proposeRoles([
        column('Order ID', ['B-1', 'B-2']),
        column('Date', ['2024-01-02', '2024-01-03']),
        column('Score', [9, 3]),
      ]),
    ).toEqual(['order', 'orderDate', 'score']);
  });

  it('maps headings in Thai, Persian and Chinese', () => {
    const dates = ['2024-01-02', '2024-01-03'];
    expect(
      proposeRoles([
        column('เลขที่คำสั่งซื้อ', ['B-1', 'B-2']),
        column('รหัสลูกค้า', [1001, 1002]),
        column('วันที่สั่งซื้อ', dates),
        column('ยอด', [24, 32]),
        column('สินค้า', ['กาแฟ', 'แก้ว']),
      ]),
    ).toEqual(['order', 'customer', 'orderDate', 'amount', 'product']);
    expect(
      proposeRoles([
        column('شماره سفارش', ['B-1', 'B-2']),
        column('مشتری', [1001, 1002]),
        column('تاریخ سفارش', dates),
        column('مبلغ', [24, 32]),
        column('محصول', ['قهوه', 'لیوان']),
      ]),
    ).toEqual(['order', 'customer', 'orderDate', 'amount', 'product']);
    expect(
      proposeRoles([
        column('日期', dates),
        column('顧客編號', [1001, 1002]),
        column('推薦分數', [9, 3]),
        column('滿意度', [4, 5]),
      ]),
    ).toEqual(['responseDate', 'customer', 'score', 'satisfaction']);
    expect(proposeRoles([column('วันที่', dates), column('รหัสลูกค้า', [1001, 1002]), column('คะแนน', [9, 3])])).toEqual([
      'responseDate',
      'customer',
      'score',
    ]);
  });

  describe('without headings, from the values', () => {
    const n = 30;
    const ids = Array.from({ length: n }, (_, i) => 1001 + (i % 25));
    const dates = Array.from({ length: n }, (_, i) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`);
    const amounts = Array.from({ length: n }, (_, i) => [24, 32, 22.5, 45][i % 4]);

    it('proposes repeated ids, order dates and amounts', () => {
      expect(proposeRoles([column('', ids), column('', dates), column('', amounts)])).toEqual([
        'customer',
        'orderDate',
        'amount',
      ]);
    });

    it('proposes response dates, 0-10 scores and 1-5 satisfaction', () => {
      const scores = [9, 10, 3, 7, 8, 0, 6, 10, 9, 5];
      const satisfaction = [4, 5, 2, 3, 4, 1, 3, 5, 4, 2];
      expect(proposeRoles([column('', dates.slice(0, 10)), column('', scores), column('', satisfaction)])).toEqual([
        'responseDate',
        'score',
        'satisfaction',
      ]);
    });

    it('proposes a start and an end date when the second date column has blanks', () => {
      expect(
        proposeRoles([
          column('', ['2024-01-02', '2024-01-03', '2024-02-10', '2024-03-01']),
          column('', ['', '2024-03-01', '', '2024-04-01']),
          column('', ['Pro', 'Basic', 'Pro', 'Basic']),
        ]),
      ).toEqual(['startDate', 'endDate', 'segment']);
    });

    it('gives a second full date column no role', () => {
      expect(proposeRoles([column('', dates), column('', dates), column('', amounts)])).toEqual([
        'orderDate',
        null,
        'amount',
      ]);
    });
  });

  it('gives each role to one column at most, named columns first', () => {
    // Both name an amount; the first in the sheet keeps it.
    expect(proposeRoles([column('Amount', [1, 2]), column('Amount paid', [1, 2])])).toEqual(['amount', null]);
    // Two unnamed date columns in a survey: one response date only.
    expect(
      proposeRoles([column('', ['2024-01-02', '2024-01-03']), column('', ['2024-01-04', '']), column('Score', [9, 3])]),
    ).toEqual(['responseDate', null, 'score']);
    // Repeated ids in an unnamed column, but "Customer ID" names the customer.
    const ids = Array.from({ length: 30 }, (_, i) => 1001 + (i % 25));
    expect(proposeRoles([column('', ids), column('Customer ID', ids)])).toEqual([null, 'customer']);
  });

  it('takes a heading’s next role when its first is taken', () => {
    // Both name an order; "Order date" (strength 10) goes first and takes orderDate, leaving order to "Order ID" (5).
    expect(proposeRoles([column('Order ID', ['B-1']), column('Order date', ['2024-01-02'])])).toEqual([
      'order',
      'orderDate',
    ]);
    // Two "Order date" columns: the second falls back to its next role, order.
    expect(
      proposeRoles([column('Order date', ['2024-01-02']), column('Order date (shipped)', ['2024-01-05'])]),
    ).toEqual(['orderDate', 'order']);
  });

  it('gives nothing to columns that name nothing and say nothing', () => {
    expect(proposeRoles([column('Notes', ['', '']), column('', [])])).toEqual([null, null]);
    expect(proposeRoles([])).toEqual([]);
  });

  // A subscriptions list with "End date": churn must be available without a manual fix.
  it('maps "End date" in a subscriptions list to the end date', () => {
    expect(
      proposeRoles([
        column('Customer ID', [1001, 1002, 1003]),
        column('Start date', ['2024-01-05', '2024-02-05', '2024-03-05']),
        column('End date', ['2024-04-05', '', '2024-05-01']),
      ]),
    ).toEqual(['customer', 'startDate', 'endDate']);
  });

  // Two full unnamed date columns (an order date and a ship date) stay so when the sheet has a blank row (exports
  // often do): only a second date blank where the first is filled makes a start and an end.
  it('is not changed by a blank row', () => {
    const sheet = [
      column('', ['2024-01-02', '2024-01-03', '2024-01-04']),
      column('', ['2024-01-05', '2024-01-06', '2024-01-07']),
      column('', [24.5, 32, 6.25]),
    ];
    const withBlankRow = sheet.map((c) => column(c.heading, [...c.cells, '']));
    expect(proposeRoles(sheet)).toEqual(['orderDate', null, 'amount']);
    expect(proposeRoles(withBlankRow)).toEqual(proposeRoles(sheet));
  });
});

describe('proposeRoles properties', () => {
  const HEADINGS = ['', '', 'Customer ID', 'Order date', 'Date', 'Amount', 'Plan', 'Score', 'Cancel date', 'Notes'];
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 10 }),
    fc.integer({ min: 1000, max: 1040 }),
    fc.double({ min: 0, max: 500, noNaN: true }),
    fc
      .integer({ min: 0, max: 700 })
      .map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    fc.constantFrom('Pro', 'Basic', 'N/A', 'B-1', 'B-2', 'B-3'),
  );
  /** A column's cells all of one kind (plus blanks), as in a real export, or of mixed kinds. */
  const cells = (rows: number): fc.Arbitrary<CellValue[]> =>
    fc.oneof(
      cell.chain((kind) =>
        fc.array(fc.oneof({ weight: 5, arbitrary: fc.constant(kind) }, cell), { minLength: rows, maxLength: rows }),
      ),
      fc.array(cell, { minLength: rows, maxLength: rows }),
    );
  const sheet = fc.integer({ min: 1, max: 40 }).chain((rows) =>
    fc.array(fc.record({ heading: fc.constantFrom(...HEADINGS), cells: cells(rows) }), {
      minLength: 1,
      maxLength: 6,
    }),
  );
  it('gives each role to one column at most', () => {
    fc.assert(
      fc.property(sheet, (columns) => {
        const proposed = proposeRoles(columns).filter((role) => role !== null);
        expect(new Set(proposed).size).toBe(proposed.length);
      }),
    );
  });

  it('is unchanged when blank rows are appended to every column', () => {
    fc.assert(
      fc.property(
        sheet,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom<CellValue>('', null, '  '),
        (columns, extra, blank) => {
          const longer = columns.map((c) => column(c.heading, [...c.cells, ...Array<CellValue>(extra).fill(blank)]));
          expect(proposeRoles(longer)).toEqual(proposeRoles(columns));
        },
      ),
    );
  });
});
