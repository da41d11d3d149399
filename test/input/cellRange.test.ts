import { CellRange } from '../../src/input/cellRange';

describe('CellRange', () => {
  it('reads a column, a row and a block row by row', () => {
    const column = new CellRange([[1], [2], [3]]);
    expect([column.at(0), column.at(2)]).toEqual([1, 3]);
    expect(column.locate(2)).toBe('row 3');
    expect(column.describeSize()).toBe('3 rows');

    const row = new CellRange([[1, 2, 3, 4]]);
    expect(row.length).toBe(4);
    expect(row.at(3)).toBe(4);
    expect(row.locate(3)).toBe('column 4');

    const block = new CellRange([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(block.at(3)).toBe(4);
    expect(block.locate(3)).toBe('row 2, column 2');
    expect(block.describeSize()).toBe('3 rows by 2 columns (6 cells)');
  });

  it('treats a single value as a one-cell range', () => {
    const single = new CellRange(9);
    expect(single.length).toBe(1);
    expect(single.at(0)).toBe(9);
    expect(single.locate(0)).toBe('row 1');
  });
});
