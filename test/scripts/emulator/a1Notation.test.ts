import {
  a1Of,
  columnLetters,
  columnNumber,
  parseA1,
  quoteSheetName,
  splitSheetName,
} from '../../../scripts/emulator/a1Notation';

describe('A1 notation', () => {
  it('converts columns both ways', () => {
    expect([columnNumber('A'), columnNumber('z'), columnNumber('AA'), columnNumber('AZ'), columnNumber('XFD')]).toEqual(
      [1, 26, 27, 52, 16384],
    );
    expect([columnLetters(1), columnLetters(26), columnLetters(27), columnLetters(52), columnLetters(16384)]).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'XFD',
    ]);
  });

  it('reads cells, ranges, open ranges, whole columns and rows', () => {
    expect(parseA1('B7')).toEqual({ startRow: 7, startColumn: 2, endRow: 7, endColumn: 2 });
    expect(parseA1('$A$1:C10')).toEqual({ startRow: 1, startColumn: 1, endRow: 10, endColumn: 3 });
    expect(parseA1('C10:A1')).toEqual({ startRow: 1, startColumn: 1, endRow: 10, endColumn: 3 });
    expect(parseA1('C2:C')).toEqual({ startRow: 2, startColumn: 3, endColumn: 3 });
    expect(parseA1('C:E')).toEqual({ startRow: 1, startColumn: 3, endColumn: 5 });
    expect(parseA1('3:5')).toEqual({ startRow: 3, startColumn: 1, endRow: 5 });
  });

  it('reads plain and quoted sheet names', () => {
    expect(parseA1('Orders!A2:A')).toEqual({ sheetName: 'Orders', startRow: 2, startColumn: 1, endColumn: 1 });
    expect(parseA1("'Loyalty dashboard'!B2").sheetName).toBe('Loyalty dashboard');
    expect(splitSheetName("'Bob''s sheet'!A1")).toEqual({ sheetName: "Bob's sheet", reference: 'A1' });
    expect(parseA1("'ลูกค้า'!A1").sheetName).toBe('ลูกค้า');
  });

  it('refuses what is not a range, as Sheets does', () => {
    for (const bad of ['', 'A', 'A1:B2:C3', 'hello', '1A', "'unclosed!A1"])
      expect(() => parseA1(bad)).toThrow('Range not found');
  });

  it('writes notation and quotes sheet names that need it', () => {
    expect(a1Of(2, 2)).toBe('B2');
    expect(a1Of(2, 2, 6, 3)).toBe('B2:D7');
    expect(quoteSheetName('Orders')).toBe('Orders');
    expect(quoteSheetName('Loyalty dashboard')).toBe("'Loyalty dashboard'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});
