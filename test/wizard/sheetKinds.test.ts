import { looksLikeData } from '../../src/wizard/sheetKinds';

const NAMES = new Set(['NPS', 'NPS_TREND', 'CHURN_RATE']);
const noFormulas = (values: unknown[][]) => values.map((row) => row.map(() => ''));

describe('looksLikeData', () => {
  const orders = [
    ['Order ID', 'Customer', 'Date', 'Amount'],
    ['B-1', 1001, '2024-01-02', 24],
    ['B-2', 1002, '2024-01-03', 32],
    ['B-3', 1001, '2024-02-02', 24],
  ];

  it('takes rows of values under a heading for data, with or without a computed column', () => {
    expect(looksLikeData(orders, noFormulas(orders), NAMES)).toBe(true);
    const withTotal = orders.map((row, r) => [...row, r === 0 ? 'Total' : 24]);
    const formulas = withTotal.map((row, r) => row.map((_, c) => (r > 0 && c === 4 ? `=D${r + 1}` : '')));
    expect(looksLikeData(withTotal, formulas, NAMES)).toBe(true);
    // Without a heading, values only.
    expect(looksLikeData(orders.slice(1), noFormulas(orders.slice(1)), NAMES)).toBe(true);
  });

  it('takes a sheet of the add-on’s formulas (a summary, whose tables spill as plain values) for results', () => {
    const summary = [
      ['Survey', null, null],
      ['NPS', 42, null],
      ['NPS by quarter', null, null],
      ['Period start', 'Responses', 'NPS'],
      ['2024-01-01', 40, 20],
      ['2024-04-01', 38, 25],
      ['2024-07-01', 41, 30],
    ];
    const formulas = summary.map((row, r) =>
      row.map((_, c) =>
        r === 1 && c === 1
          ? '=NPS(Responses!D:D)'
          : r === 3 && c === 0
            ? '=NPS_TREND(Responses!A:A, Responses!D:D, "quarter")'
            : '',
      ),
    );
    expect(looksLikeData(summary, formulas, NAMES)).toBe(false);
  });

  it('takes a sheet mostly of other formulas, an empty sheet and a heading alone for no data', () => {
    const sums = [
      ['Month', 'Total', 'Share'],
      ['Jan', 10, 0.5],
      ['Feb', 12, 0.4],
      ['Mar', 9, 0.3],
    ];
    const formulas = sums.map((row, r) => row.map((_, c) => (r > 0 && c > 0 ? '=SUM(Orders!D:D)' : '')));
    expect(looksLikeData(sums, formulas, NAMES)).toBe(false);
    expect(looksLikeData([], [], NAMES)).toBe(false);
    expect(looksLikeData([orders[0]], noFormulas([orders[0]]), NAMES)).toBe(false);
  });
});
