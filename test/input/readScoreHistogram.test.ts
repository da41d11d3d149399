import { readScoreHistogram } from '../../src/input/readScoreHistogram';
import { columnOf, contextFor } from '../support/context';

const read = (range: unknown, parameter?: string) =>
  readScoreHistogram(contextFor('NPS'), range as never, { min: 0, max: 10 }, parameter);

describe('readScoreHistogram', () => {
  it('counts answers, skips blanks and the heading, ignores and counts other text', () => {
    const reading = read(
      columnOf('Score', 9, '', null, undefined, ' ', 'N/A', 10, ' 7 ', 'Prefer not to say', 9, '10'),
    );
    expect([...reading.histogram]).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 2]);
    expect(reading.answers).toBe(5);
    expect(reading.ignored).toBe(2);
  });

  it('reads rows and blocks row by row', () => {
    expect(read([[9, 8, '', 3]]).answers).toBe(3);
    expect(
      read([
        [1, 2],
        [3, 4],
      ]).answers,
    ).toBe(4);
    expect(read(9).answers).toBe(1);
    expect(read([]).answers).toBe(0);
  });

  it('gives the same messages as the table reader', () => {
    expect(() => read(columnOf(9, 8, 7, 6, 5, 4, 11))).toThrow(
      'NPS: row 7 holds 11; scores must be whole numbers from 0 to 10.',
    );
    expect(() =>
      read([
        [9, 8],
        [7, 3.5],
      ]),
    ).toThrow('NPS: row 2, column 2 holds 3.5;');
    expect(() => read(columnOf(9, '#N/A'))).toThrow('NPS: row 2 holds "#N/A"; fix or clear that cell');
    expect(() => read(columnOf('#N/A', 9))).toThrow('NPS: row 1 holds "#N/A"');
    expect(() => read(columnOf(9, false))).toThrow('NPS: row 2 holds FALSE;');
    expect(() => read(columnOf(9, 11), 'scores_b')).toThrow('NPS: row 2 of scores_b holds 11;');
  });

  it('takes text as the heading only before any answer', () => {
    expect(read(columnOf('', 'Score', 'N/A', 9)).ignored).toBe(1);
    expect(read(columnOf(9, 'Score')).ignored).toBe(1);
  });
});
