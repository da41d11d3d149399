import { EN_US_NUMBERS } from '../../src/input/sheetsLocales';
import type { CellValue } from '../../src/input/cells';
import { daysFromCivil } from '../../src/time/civilDays';
import { timeZoneNamed } from '../../src/time/timeZone';
import type { SettingId } from '../../src/wizard/dashboardBlocks';
import { type CallInputs, evaluateCall, meaningfulArguments } from '../../src/wizard/evaluateCall';
import { call, col, lit, set } from '../support/wizardCalls';

const UTC = timeZoneNamed('UTC');

/** Inputs from named one-column ranges ("sheet:column") and settings. */
function inputs(
  columns: Record<string, readonly CellValue[]>,
  settings: Partial<Record<SettingId, CellValue>> = {},
): CallInputs {
  return {
    column: (sheet, column) => {
      const cells = columns[`${sheet}:${column}`];
      if (cells === undefined) throw new Error(`no column ${sheet}:${column}`);
      return cells.map((cell) => [cell]);
    },
    setting: (id) => settings[id] ?? '',
    timeZone: () => UTC,
    numberFormat: () => EN_US_NUMBERS,
  };
}

describe('meaningfulArguments', () => {
  it('drops trailing blank literals only', () => {
    expect(meaningfulArguments(call('F', col('S', 1), lit(''), set('asOf'), lit(''), lit('')))).toEqual([
      col('S', 1),
      lit(''),
      set('asOf'),
    ]);
    expect(meaningfulArguments(call('F', lit(''), lit('')))).toEqual([]);
    expect(meaningfulArguments(call('F'))).toEqual([]);
    // A zero, a space or "month" is not blank; nor is a setting or a column at the end.
    expect(meaningfulArguments(call('F', lit(0)))).toEqual([lit(0)]);
    expect(meaningfulArguments(call('F', lit(' ')))).toEqual([lit(' ')]);
    expect(meaningfulArguments(call('F', lit(''), col('S', 2)))).toEqual([lit(''), col('S', 2)]);
    expect(meaningfulArguments(call('F', lit(''), set('confidence')))).toEqual([lit(''), set('confidence')]);
  });

  it('leaves the call as it was', () => {
    const original = call('F', col('S', 1), lit(''));
    meaningfulArguments(original);
    expect(original.args).toHaveLength(2);
  });
});

describe('evaluateCall', () => {
  it('computes NPS from a column of scores', () => {
    // 10 and 9 promote, 8 is passive, 3 detracts: (2 - 1) / 4 = 25%.
    expect(evaluateCall(call('NPS', col('Responses', 4)), inputs({ 'Responses:4': [10, 9, 8, 3] }))).toEqual({
      ok: true,
      value: 25,
    });
    // Blank cells and text answers are left out: 9, 9, 9 promote, 0 detracts, 7 is passive: (3 - 1) / 5 = 40%.
    expect(evaluateCall(call('NPS', col('R', 1)), inputs({ 'R:1': [9, '', 9, 'N/A', 9, 0, 7, null] }))).toEqual({
      ok: true,
      value: 40,
    });
  });

  it('asks for each column by sheet, column and first row', () => {
    const column = jest.fn((): CellValue[][] => [[10], [0]]);
    evaluateCall(call('NPS', col('Survey data', 7, 5)), { ...inputs({}), column });
    expect(column).toHaveBeenCalledWith('Survey data', 7, 5);
  });

  it('passes settings as the cell values they hold', () => {
    const result = evaluateCall(
      call('NPS_SUMMARY', col('R', 1), set('confidence')),
      inputs({ 'R:1': [10, 9, 8, 3] }, { confidence: 0.9 }),
    );
    if (!result.ok) throw new Error(result.message);
    const rows = Object.fromEntries(result.value as [string, number][]);
    expect(rows).toMatchObject({ Responses: 4, Promoters: 2, Passives: 1, Detractors: 1, NPS: 25 });
  });

  it('passes date settings as Dates', () => {
    // December 2024: A and B are active on the 1st; B leaves on the 15th; D starts within and counts in neither part.
    const columns = {
      'C:3': ['2024-01-10', '2024-06-01', '2024-12-10', '2023-01-01'],
      'C:4': ['', '2024-12-15', '', '2024-06-30'],
    };
    const settings = {
      periodStart: UTC.dateOfLocalDay(daysFromCivil(2024, 12, 1)),
      periodEnd: UTC.dateOfLocalDay(daysFromCivil(2024, 12, 31)),
    };
    const args = [col('C', 3), col('C', 4), set('periodStart'), set('periodEnd')];
    expect(evaluateCall(call('CHURN_RATE', ...args), inputs(columns, settings))).toEqual({ ok: true, value: 0.5 });
    expect(evaluateCall(call('RETENTION_RATE', ...args), inputs(columns, settings))).toEqual({ ok: true, value: 0.5 });
  });

  it('gives the same result with or without trailing blank arguments', () => {
    const columns = {
      'O:2': [1, 1, 2, 3, 3, 3],
      'O:3': ['2024-01-05', '2024-02-05', '2024-01-20', '2024-01-02', '2024-03-02', '2024-04-02'],
      'O:4': [24, 30, 12, 50, 45, 40],
    };
    const orders = [col('O', 2), col('O', 3), col('O', 4)];
    const rfm = evaluateCall(call('RFM_SUMMARY', ...orders, lit('')), inputs(columns));
    expect(rfm.ok).toBe(true);
    expect(rfm).toEqual(evaluateCall(call('RFM_SUMMARY', ...orders), inputs(columns)));
    const cohorts = [col('O', 2), col('O', 3), lit('month')];
    const withBlanks = evaluateCall(call('COHORT_RETENTION', ...cohorts, lit(''), lit(''), lit('')), inputs(columns));
    expect(withBlanks.ok).toBe(true);
    expect(withBlanks).toEqual(evaluateCall(call('COHORT_RETENTION', ...cohorts), inputs(columns)));
  });

  it('turns an input error into a message that starts with the function name', () => {
    const result = evaluateCall(call('NPS', col('R', 1)), inputs({ 'R:1': [9, 11] }));
    expect(result.ok).toBe(false);
    const { message } = result as { message: string };
    expect(message.startsWith('NPS: ')).toBe(true);
    expect(message).toContain('11');
    expect(evaluateCall(call('CSAT', col('R', 1)), inputs({ 'R:1': [] }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^CSAT: /),
    });
  });

  it('lets other errors through', () => {
    expect(() => evaluateCall(call('NO_SUCH_FUNCTION'), inputs({}))).toThrow('NO_SUCH_FUNCTION');
    expect(() => evaluateCall(call('NPS', col('Missing', 1)), inputs({}))).toThrow('no column Missing:1');
  });
});
