import { closeOpenRanges, hasOpenRange, referencedSheets } from '../../../scripts/emulator/formulaText';

const lastRows: Record<string, number> = { '': 50, Responses: 200, 'Loyalty dashboard': 30 };
const lastRow = (sheet: string) => lastRows[sheet] ?? 0;

describe('formula text', () => {
  it('closes open ranges at the last row of the sheet they name', () => {
    expect(closeOpenRanges('=NPS(Responses!C2:C)', lastRow)).toBe('=NPS(Responses!C2:C200)');
    expect(closeOpenRanges("=NPS_TREND('Loyalty dashboard'!A2:A, C2:C)", lastRow)).toBe(
      "=NPS_TREND('Loyalty dashboard'!A2:A30, C2:C50)",
    );
    expect(closeOpenRanges('=NPS(Responses!$C$2:$C)', lastRow)).toBe('=NPS(Responses!$C$2:$C200)');
    expect(closeOpenRanges('=NPS(C2:E)', lastRow)).toBe('=NPS(C2:E50)');
  });

  it('never closes a range above its start row', () => {
    expect(closeOpenRanges('=NPS(Empty!C2:C)', lastRow)).toBe('=NPS(Empty!C2:C2)');
  });

  it('leaves closed ranges, whole columns, function names and strings alone', () => {
    for (const formula of ['=SUM(A1:B10)', '=NPS(C:C)', '=LOG10(4)', '="C2:C"', '=COUNTIF(A:A,"B2:B")']) {
      expect(closeOpenRanges(formula, lastRow)).toBe(formula);
      expect(hasOpenRange(formula)).toBe(false);
    }
    expect(closeOpenRanges('=LOG10(A2:A)', lastRow)).toBe('=LOG10(A2:A50)');
  });

  it('lists the sheets a formula reads', () => {
    expect([...referencedSheets("=NPS_COMPARE(Responses!C2:C, 'Loyalty dashboard'!B2:B9)")].sort()).toEqual([
      'Loyalty dashboard',
      'Responses',
    ]);
    expect([...referencedSheets('=NPS(C:C)')]).toEqual(['']);
  });
});
