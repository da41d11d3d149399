import fc from 'fast-check';
import type { CellValue } from '../../src/input/cells';
import type { ColumnRole } from '../../src/input/headings';
import { checkDataHealth, type DataProblem, type MappedColumn } from '../../src/wizard/dataHealth';
import { readerContext } from '../support/context';

const UTC = readerContext('UTC');
const mapped = (role: ColumnRole, name: string, cells: readonly CellValue[]): MappedColumn => ({ role, name, cells });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('checkDataHealth', () => {
  it('reports dates stored as non-ISO text with their sheet rows', () => {
    const cells = ['2024-03-04', '03/04/2024', day('2024-03-05'), '15.3.2024', ''];
    // cells[0] is on sheet row 2 (headings in row 1): the text dates are cells 1 and 3, rows 3 and 5.
    expect(checkDataHealth('Orders', [mapped('orderDate', 'Order date', cells)], 2, UTC)).toEqual([
      { kind: 'dateText', severity: 'error', sheet: 'Orders', column: 'Order date', count: 2, rows: [3, 5] },
    ]);
    // With a title, a blank row and headings in row 3, cells[0] is row 4: rows 5 and 7.
    expect(checkDataHealth('Orders', [mapped('orderDate', 'Order date', cells)], 4, UTC)[0].rows).toEqual([5, 7]);
  });

  it('checks every date role', () => {
    for (const role of ['orderDate', 'responseDate', 'startDate', 'endDate'] as const)
      expect(checkDataHealth('S', [mapped(role, 'D', ['03/04/2024'])], 2, UTC)).toEqual([
        { kind: 'dateText', severity: 'error', sheet: 'S', column: 'D', count: 1, rows: [2] },
      ]);
  });

  it('reports numbers outside the date range (and checkboxes) as not dates', () => {
    // 45366 is the Sheets serial of 2024-03-15, a valid date; 7 would be 1900-01-06, before 1950.
    const cells: CellValue[] = [45366, 7, true, '2024-03-15T10:00:00+07:00'];
    expect(checkDataHealth('Customers', [mapped('startDate', 'Start', cells)], 2, UTC)).toEqual([
      { kind: 'notDate', severity: 'error', sheet: 'Customers', column: 'Start', count: 2, rows: [3, 4] },
    ]);
  });

  it('reports text and negative amounts separately', () => {
    const cells: CellValue[] = [24, '$24.00', 'twenty', -5, '(15.00)', true, '1,5'];
    expect(checkDataHealth('Orders', [mapped('amount', 'Amount', cells)], 2, UTC)).toEqual([
      // 'twenty' (row 4), a checkbox (row 7) and '1,5' (a decimal comma, row 8) are not amounts.
      { kind: 'amountText', severity: 'error', sheet: 'Orders', column: 'Amount', count: 3, rows: [4, 7, 8] },
      { kind: 'negativeAmount', severity: 'note', sheet: 'Orders', column: 'Amount', count: 2, rows: [5, 6] },
    ]);
  });

  it('reports scores out of 0-10 or not whole, and text answers', () => {
    const cells: CellValue[] = [10, 11, 7.5, 'N/A', -1, '9', '11', 0];
    expect(checkDataHealth('Responses', [mapped('score', 'NPS', cells)], 2, UTC)).toEqual([
      // 11 (row 3), 7.5 (row 4), -1 (row 6), '11' (row 8).
      { kind: 'scoreRange', severity: 'error', sheet: 'Responses', column: 'NPS', count: 4, rows: [3, 4, 6, 8] },
      { kind: 'scoreText', severity: 'note', sheet: 'Responses', column: 'NPS', count: 1, rows: [5] },
    ]);
  });

  it('reports satisfaction out of 1-5', () => {
    const cells: CellValue[] = [1, 0, 5, 6, 'N/A', 3];
    expect(checkDataHealth('Responses', [mapped('satisfaction', 'CSAT', cells)], 2, UTC)).toEqual([
      { kind: 'satisfactionRange', severity: 'error', sheet: 'Responses', column: 'CSAT', count: 2, rows: [3, 5] },
      { kind: 'scoreText', severity: 'note', sheet: 'Responses', column: 'CSAT', count: 1, rows: [6] },
    ]);
  });

  it('reports a blank customer id only in a row with other data', () => {
    const columns = [
      mapped('customer', 'Customer ID', [1001, '', null, 1002, '  ']),
      mapped('amount', 'Amount', [24, 30, '', 5]),
      mapped('product', 'Product', ['Mug', '', '', 'Gift box', 'Mug']),
    ];
    // Row 3 has an amount, row 6 a product; row 4 is blank throughout.
    expect(checkDataHealth('Orders', columns, 2, UTC)).toEqual([
      { kind: 'blankId', severity: 'error', sheet: 'Orders', column: 'Customer ID', count: 2, rows: [3, 6] },
    ]);
  });

  it('reads a customer column shorter than the others as blank below its end', () => {
    const columns = [
      mapped('customer', 'Customer ID', [1001]),
      mapped('orderDate', 'Date', ['2024-01-01', '2024-01-02']),
    ];
    expect(checkDataHealth('Orders', columns, 2, UTC)).toEqual([
      { kind: 'blankId', severity: 'error', sheet: 'Orders', column: 'Customer ID', count: 1, rows: [3] },
    ]);
  });

  it('lists the first 5 rows but counts all', () => {
    const cells: CellValue[] = [11, 12, 9, 13, 14, 15, 16, 17];
    expect(checkDataHealth('Responses', [mapped('score', 'Score', cells)], 10, UTC)).toEqual([
      // 7 bad scores; the first five are cells 0, 1, 3, 4, 5, rows 10, 11, 13, 14, 15.
      {
        kind: 'scoreRange',
        severity: 'error',
        sheet: 'Responses',
        column: 'Score',
        count: 7,
        rows: [10, 11, 13, 14, 15],
      },
    ]);
  });

  it('finds nothing in clean columns, nor in columns whose role has no reader', () => {
    const columns = [
      mapped('customer', 'Customer ID', [1001, 'C-2', 1001]),
      mapped('orderDate', 'Date', [day('2024-01-01'), '2024-01-02', 45366]),
      mapped('amount', 'Amount', [24, '$1,234.50', 0]),
      mapped('product', 'Product', [true, 11, 'anything']),
      mapped('segment', 'Plan', ['03/04/2024', -1, '']),
      mapped('source', 'Source', ['N/A', 7.5, 'Referral']),
    ];
    expect(checkDataHealth('Orders', columns, 2, UTC)).toEqual([]);
    expect(checkDataHealth('Orders', [], 2, UTC)).toEqual([]);
  });

  it('names problems by sheet and column, one entry per column and kind: errors first, in column order', () => {
    const columns = [mapped('score', 'Score', ['x', 11]), mapped('orderDate', 'Date', ['1/2/2024'])];
    const problems = checkDataHealth('Sheet 1', columns, 2, UTC);
    expect(problems.map((p) => [p.column, p.kind, p.severity])).toEqual([
      ['Score', 'scoreRange', 'error'],
      ['Date', 'dateText', 'error'],
      ['Score', 'scoreText', 'note'],
    ]);
  });
});

describe('checkDataHealth: whether each role is plausible', () => {
  const ids = (n: number, of: (i: number) => CellValue) => Array.from({ length: n }, (_, i) => of(i));

  it('warns of customer ids that are mostly decimal numbers: an amount mapped as the customer', () => {
    // 30 rows of amounts such as 24.5, 32.25: 30 of 30 ids are decimals; the first five rows are listed.
    const amounts = ids(30, (i) => [24.5, 32.25, 22.1, 45.9][i % 4]);
    expect(checkDataHealth('Orders', [mapped('customer', 'Amount', amounts)], 2, UTC)).toEqual([
      {
        kind: 'idDecimals',
        severity: 'warning',
        sheet: 'Orders',
        column: 'Amount',
        count: 30,
        rows: [2, 3, 4, 5, 6],
        total: 30,
      },
    ]);
    // Whole-number ids, and fewer decimals than half, are fine.
    expect(
      checkDataHealth(
        'O',
        [
          mapped(
            'customer',
            'ID',
            ids(30, (i) => 1000 + i),
          ),
        ],
        2,
        UTC,
      ),
    ).toEqual([]);
    const mostlyWhole = ids(30, (i) => (i < 14 ? 24.5 : 1000 + i));
    expect(checkDataHealth('O', [mapped('customer', 'ID', mostlyWhole)], 2, UTC)).toEqual([]);
  });

  /** The data check of one customer-id column "C" on a sheet "O", headings in row 1. */
  const customerIdHealth = (values: ReturnType<typeof ids>) =>
    checkDataHealth('O', [mapped('customer', 'C', values)], 2, UTC);

  it('warns of a handful of distinct customer ids over many rows: a plan or a product mapped as the customer', () => {
    // 4 plans' prices over 447 x 8 rows (the issue's "8 customers with 447 orders each"): 8 ids, 3576 rows.
    const plans = ids(3576, (i) => [24, 32, 22, 45, 14, 39, 28, 6][i % 8]);
    expect(checkDataHealth('Orders', [mapped('customer', 'Amount', plans)], 2, UTC)).toEqual([
      { kind: 'fewCustomers', severity: 'warning', sheet: 'Orders', column: 'Amount', count: 8, rows: [], total: 3576 },
    ]);
    // 12 customers of 20 orders each is a small shop, 13 customers or fewer orders are not judged.
    expect(customerIdHealth(ids(240, (i) => `C${i % 12}`))[0]?.kind).toBe('fewCustomers');
    expect(customerIdHealth(ids(260, (i) => `C${i % 13}`))).toEqual([]);
    expect(customerIdHealth(ids(230, (i) => `C${i % 12}`))).toEqual([]);
    expect(customerIdHealth(ids(19, () => 'C1'))).toEqual([]);
  });

  it('warns of a 0-10 score column whose answers all lie in 1-5: a satisfaction scale', () => {
    const csat = ids(25, (i) => 1 + (i % 5));
    expect(checkDataHealth('Responses', [mapped('score', 'CSAT', csat)], 2, UTC)).toEqual([
      { kind: 'scoreScale', severity: 'warning', sheet: 'Responses', column: 'CSAT', count: 25, rows: [], total: 25 },
    ]);
    // One 0 or one 9 among them, or fewer than 20 answers: no warning.
    expect(checkDataHealth('R', [mapped('score', 'S', [...csat, 9])], 2, UTC)).toEqual([]);
    expect(checkDataHealth('R', [mapped('score', 'S', [...csat, 0])], 2, UTC)).toEqual([]);
    expect(checkDataHealth('R', [mapped('score', 'S', csat.slice(0, 19))], 2, UTC)).toEqual([]);
  });
});

describe('checkDataHealth properties', () => {
  const ROLES: ColumnRole[] = ['customer', 'orderDate', 'amount', 'score', 'satisfaction'];
  const row: fc.Arbitrary<CellValue[]> = fc.tuple(
    fc.constantFrom<CellValue>('', 1001, 1002, 'C-3'),
    fc.constantFrom<CellValue>('', '2024-01-05', '03/04/2024', 7, 45366, day('2024-02-01')),
    fc.constantFrom<CellValue>('', 24, '$24.00', -3, 'abc'),
    fc.constantFrom<CellValue>('', 0, 9, 10, 11, 7.5, 'N/A'),
    fc.constantFrom<CellValue>('', 1, 5, 0, 6, 'N/A'),
  );
  const columnsOf = (rows: readonly CellValue[][]): MappedColumn[] =>
    ROLES.map((role, c) =>
      mapped(
        role,
        role,
        rows.map((r) => r[c]),
      ),
    );
  const counts = (problems: readonly DataProblem[]) => problems.map((p) => `${p.column} ${p.kind} ${p.count}`).sort();

  it('counts the same problems whatever the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.infiniteStream(fc.nat()), (rows, seeds) => {
        const shuffled = [...rows];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(counts(checkDataHealth('S', columnsOf(shuffled), 2, UTC))).toEqual(
          counts(checkDataHealth('S', columnsOf(rows), 2, UTC)),
        );
      }),
    );
  });

  it('lists min(count, 5) rows, in order, within the data', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 20 }), (rows, firstRow) => {
        for (const problem of checkDataHealth('S', columnsOf(rows), firstRow, UTC)) {
          // Warnings about a whole column (a handful of ids) list no rows.
          if (problem.total === undefined || problem.kind === 'idDecimals')
            expect(problem.rows).toHaveLength(Math.min(problem.count, 5));
          expect([...problem.rows].sort((a, b) => a - b)).toEqual(problem.rows);
          for (const r of problem.rows) {
            expect(r).toBeGreaterThanOrEqual(firstRow);
            expect(r).toBeLessThan(firstRow + rows.length);
          }
        }
      }),
    );
  });
});
