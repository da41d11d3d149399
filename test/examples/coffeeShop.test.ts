import { coffeeShopWorkbook } from '../../examples/coffeeShop';

describe('the example workbook', () => {
  const workbook = coffeeShopWorkbook();
  const dataRows = (sheet: string) =>
    workbook.sheets[sheet].slice(1).filter((row) => row.some((cell) => cell !== null));

  it('is the same on every run', () => {
    expect(coffeeShopWorkbook()).toEqual(workbook);
  });

  it('has a few hundred customers and a few thousand orders over two years', () => {
    expect(dataRows('Customers').length).toBeGreaterThanOrEqual(300);
    expect(dataRows('Customers').length).toBeLessThan(1000);
    expect(dataRows('Orders').length).toBeGreaterThanOrEqual(2000);
    expect(dataRows('Orders').length).toBeLessThan(10_000);
    const orderDates = dataRows('Orders')
      .map((row) => String(row[2]))
      .sort();
    expect(orderDates[0] < '2023-04-01').toBe(true);
    expect(orderDates[orderDates.length - 1] > '2024-10-01').toBe(true);
    expect(dataRows('Responses').length).toBeGreaterThanOrEqual(100);
  });

  it('has what a subscription export has: start and cancel dates, sources, a 0-10 answer', () => {
    expect(workbook.sheets.Customers[0]).toEqual([
      'Customer ID',
      'Name',
      'Start date',
      'Cancel date',
      'Source',
      'Plan',
    ]);
    const cancelled = dataRows('Customers').filter((row) => row[3] !== null);
    expect(cancelled.length).toBeGreaterThan(20);
    expect(cancelled.every((row) => String(row[3]) >= String(row[2]))).toBe(true);
    expect(new Set(dataRows('Customers').map((row) => row[4]))).toEqual(
      new Set(['Instagram', 'Google', 'Referral', 'Farmers market', 'Newsletter']),
    );
    expect(dataRows('Responses').every((row) => typeof row[3] !== 'number' || (row[3] >= 0 && row[3] <= 10))).toBe(
      true,
    );
  });

  it('has the mess of real exports: headings, blank rows and a few text cells', () => {
    for (const sheet of ['Customers', 'Orders', 'Responses']) {
      expect(typeof workbook.sheets[sheet][0][0]).toBe('string');
      expect(workbook.sheets[sheet].some((row) => row.every((cell) => cell === null))).toBe(true);
    }
    expect(dataRows('Orders').some((row) => typeof row[3] === 'string')).toBe(true);
    expect(dataRows('Responses').filter((row) => typeof row[3] === 'string').length).toBeGreaterThan(2);
  });
});
