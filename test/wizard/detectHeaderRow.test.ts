import fc from 'fast-check';
import type { CellValue } from '../../src/input/cells';
import { detectHeaderRow } from '../../src/wizard/detectHeaderRow';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('detectHeaderRow', () => {
  it('finds headings in row 1', () => {
    expect(
      detectHeaderRow([
        ['Customer ID', 'Order date', 'Amount'],
        [1001, '2024-01-05', 24],
        [1002, day('2024-01-06'), '$32.00'],
      ]),
    ).toBe(0);
  });

  it('skips a title row and a blank row above the headings', () => {
    expect(
      detectHeaderRow([
        ['Bean There: orders', '', ''],
        ['', '', ''],
        ['Customer ID', 'Order date', 'Amount'],
        [1001, day('2024-01-05'), 24],
      ]),
    ).toBe(2);
  });

  it('takes text headings that name no role when a number or date sits under one of them', () => {
    expect(
      detectHeaderRow([
        ['Who', 'When', 'Notes'],
        ['Ana', '2024-01-05', 'x'],
      ]),
    ).toBe(0);
    // Nothing typed below and no role named: two rows of names, not headings.
    expect(
      detectHeaderRow([
        ['Ana', 'Berlin'],
        ['Ben', 'Paris'],
      ]),
    ).toBe(-1);
  });

  it('finds headings with nothing below them when they name a role', () => {
    expect(detectHeaderRow([['Customer ID', 'Amount']])).toBe(0);
    expect(detectHeaderRow([['Foo', 'Bar']])).toBe(-1);
  });

  it('answers -1 for a sheet of data only', () => {
    expect(
      detectHeaderRow([
        [1001, '2024-01-05', 24],
        [1002, '2024-01-06', 32],
      ]),
    ).toBe(-1);
    // Text ids in the first row, but a date and an amount beside them: data.
    expect(
      detectHeaderRow([
        ['C-1', day('2024-01-05'), '$24.00'],
        ['C-2', day('2024-01-06'), 32],
      ]),
    ).toBe(-1);
  });

  it('answers -1 for an empty sheet or blank rows', () => {
    expect(detectHeaderRow([])).toBe(-1);
    expect(detectHeaderRow([[''], [null, '  ']])).toBe(-1);
  });

  it('handles a single-column sheet', () => {
    expect(detectHeaderRow([['Customer ID'], [1001], [1002]])).toBe(0);
    expect(detectHeaderRow([['Score'], [9], ['N/A'], [3]])).toBe(0);
    expect(detectHeaderRow([[9], [3]])).toBe(-1);
    expect(detectHeaderRow([['Ana'], ['Ben']])).toBe(-1);
  });

  it('looks for headings in the first 10 rows only', () => {
    const rows: CellValue[][] = [...Array.from({ length: 10 }, () => ['', '']), ['Customer ID', 'Amount'], [1, 2]];
    expect(detectHeaderRow(rows)).toBe(-1);
    expect(detectHeaderRow(rows.slice(1))).toBe(9);
  });

  // A single-column sheet has no wider rows; its title is known by the blank row under it.
  it('skips a title above the heading of a single-column sheet', () => {
    expect(detectHeaderRow([['My list'], [''], ['Customer ID'], [1001], [1002]])).toBe(2);
  });
});

describe('detectHeaderRow properties', () => {
  const HEADINGS = ['Customer ID', 'Order date', 'Amount', 'Score', 'Notes', 'Who', 'When', 'Plan', 'Region'];
  type Kind = 'number' | 'isoText' | 'date' | 'text';
  const value = (kind: Kind, seed: number): CellValue => {
    switch (kind) {
      case 'number':
        return seed % 1000;
      case 'isoText':
        return new Date(Date.UTC(2023, 0, 1) + (seed % 700) * 86_400_000).toISOString().slice(0, 10);
      case 'date':
        return new Date(Date.UTC(2023, 0, 1) + (seed % 700) * 86_400_000);
      case 'text':
        return ['Ana', 'Pro', 'B-17', 'n/a'][seed % 4];
    }
  };
  /** A sheet: maybe a title and a blank row, headings, then rows whose columns each hold one kind of value. */
  const sheet = fc
    .record({
      title: fc.boolean(),
      blankLine: fc.boolean(),
      headings: fc.uniqueArray(fc.constantFrom(...HEADINGS), { minLength: 1, maxLength: 5 }),
      kinds: fc.array(fc.constantFrom<Kind>('number', 'isoText', 'date', 'text'), { minLength: 5, maxLength: 5 }),
    })
    .map(({ title, blankLine, headings, kinds }) => {
      const width = headings.length;
      const dataRow = (seed: number): CellValue[] => headings.map((_, c) => value(kinds[c], seed + c));
      const top: CellValue[][] = [
        ...(title ? [['Export', ...Array<CellValue>(width - 1).fill('')]] : []),
        ...(blankLine ? [Array<CellValue>(width).fill('')] : []),
        headings,
      ];
      return { top, dataRow };
    });

  it('is not changed by appending data rows', () => {
    fc.assert(
      fc.property(
        sheet,
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        ({ top, dataRow }, first, more) => {
          const rows = [...top, ...first.map(dataRow)];
          expect(detectHeaderRow([...rows, ...more.map(dataRow)])).toBe(detectHeaderRow(rows));
        },
      ),
    );
  });
});
