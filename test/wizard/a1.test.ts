import { absoluteCell, columnLetters, openColumnRange, quotedSheetName } from '../../src/wizard/a1';

describe('columnLetters', () => {
  it.each([
    [1, 'A'],
    [4, 'D'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    // 26 + 26 * 26 = 702
    [702, 'ZZ'],
    [703, 'AAA'],
    // 16384 = 26^2 * 24 + 26 * 5 + 4: X, E, D
    [16384, 'XFD'],
  ])('%i is %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});

describe('quotedSheetName', () => {
  it('leaves a plain word as it is', () => {
    expect(quotedSheetName('Orders')).toBe('Orders');
    expect(quotedSheetName('Sheet_2')).toBe('Sheet_2');
  });

  it('quotes names with spaces, other characters or a leading digit', () => {
    expect(quotedSheetName('My sheet')).toBe("'My sheet'");
    expect(quotedSheetName('Customer data')).toBe("'Customer data'");
    expect(quotedSheetName('2024')).toBe("'2024'");
    expect(quotedSheetName('ลูกค้า')).toBe("'ลูกค้า'");
    expect(quotedSheetName('Q4-2024')).toBe("'Q4-2024'");
  });

  it('quotes names that look like a cell', () => {
    expect(quotedSheetName('A1')).toBe("'A1'");
    expect(quotedSheetName('XFD1048576')).toBe("'XFD1048576'");
  });

  it('doubles quotes inside the name', () => {
    expect(quotedSheetName("O'Brien")).toBe("'O''Brien'");
    expect(quotedSheetName("it's Bob's")).toBe("'it''s Bob''s'");
  });
});

describe('openColumnRange', () => {
  it('runs from the first row to the end of the column', () => {
    expect(openColumnRange('Orders', 3, 2)).toBe('Orders!C2:C');
    expect(openColumnRange('Customer data', 1, 5)).toBe("'Customer data'!A5:A");
    expect(openColumnRange("O'Brien", 28, 1)).toBe("'O''Brien'!AB1:AB");
  });
});

describe('absoluteCell', () => {
  it('fixes the row and the column', () => {
    expect(absoluteCell(7, 2)).toBe('$B$7');
    expect(absoluteCell(12, 27)).toBe('$AA$12');
  });
});
