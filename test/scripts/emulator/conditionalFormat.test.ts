import { gradientColors } from '../../../scripts/emulator/conditionalFormat';

const cells = (values: unknown[]) => values.map((value, i) => ({ key: String(i), value }));

describe('gradient conditional formats', () => {
  it('interpolates from the minpoint to the maxpoint colour', () => {
    const rule = {
      ranges: [],
      gradient: {
        min: { color: '#000000', type: 'MIN', value: '' },
        max: { color: '#ffffff', type: 'MAX', value: '' },
      },
    };
    // 0 -> black, 5 -> halfway grey (127.5 rounds to 128 = 0x80), 10 -> white; text keeps no colour.
    expect([...gradientColors(rule, cells([0, 5, 10, 'n/a']))]).toEqual([
      ['0', '#000000'],
      ['1', '#808080'],
      ['2', '#ffffff'],
    ]);
  });

  it('uses the midpoint and fixed values, clamping outside them', () => {
    const rule = {
      ranges: [],
      gradient: {
        min: { color: '#ff0000', type: 'NUMBER', value: '0' },
        mid: { color: '#ffffff', type: 'NUMBER', value: '0.5' },
        max: { color: '#00ff00', type: 'NUMBER', value: '1' },
      },
    };
    expect(Object.fromEntries(gradientColors(rule, cells([-1, 0.25, 0.5, 0.75, 2])))).toEqual({
      '0': '#ff0000',
      '1': '#ff8080',
      '2': '#ffffff',
      '3': '#80ff80',
      '4': '#00ff00',
    });
  });

  it('reads percent and percentile points', () => {
    const rule = {
      ranges: [],
      gradient: {
        min: { color: '#000000', type: 'PERCENT', value: '50' },
        max: { color: '#ffffff', type: 'PERCENTILE', value: '100' },
      },
    };
    // 50 percent of the way from 0 to 100 is 50: values at or below it are black.
    expect(Object.fromEntries(gradientColors(rule, cells([0, 50, 75, 100])))).toEqual({
      '0': '#000000',
      '1': '#000000',
      '2': '#808080',
      '3': '#ffffff',
    });
  });
});
