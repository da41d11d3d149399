import { asRecord, callFunction } from '../support/callFunction';
import { columnOf } from '../support/context';

const Z95 = 1.959963984540054;

describe('NPS', () => {
  it('computes the score of a column with a heading, blanks and text', () => {
    // Promoters 10, 9, 9; passive 7; detractors 6, 0: (3 - 2) / 6 = 16.67.
    const scores = columnOf('How likely...?', 10, 9, '', 'N/A', 7, 6, 9, null, 0);
    expect(callFunction('NPS', [scores])).toBeCloseTo(100 / 6, 12);
  });

  it('reads numeric text as numbers', () => {
    expect(callFunction('NPS', [columnOf('10', ' 9 ', '3')])).toBeCloseTo(100 / 3, 12);
  });

  it('refuses no valid response', () => {
    expect(() => callFunction('NPS', [columnOf('Score', 'N/A', 'skip', '')])).toThrow(
      'NPS: no valid responses in scores (2 text cells were ignored); expected whole-number scores.',
    );
    expect(() => callFunction('NPS', [[]])).toThrow('NPS: no valid responses in scores; expected whole-number scores.');
  });

  it('names the row of a bad score', () => {
    expect(() => callFunction('NPS', [columnOf(9, 8, 7, 6, 5, 4, 11)])).toThrow(
      'NPS: row 7 holds 11; scores must be whole numbers from 0 to 10.',
    );
  });
});

describe('NPS_SUMMARY', () => {
  // 60 promoters, 25 passives, 15 detractors, 3 "N/A", under a heading.
  const scores = columnOf(
    'Score',
    ...Array(60).fill(10),
    ...Array(25).fill(8),
    ...Array(15).fill(2),
    'N/A',
    'N/A',
    'N/A',
  );

  it('lists the counts, shares, score and adjusted-Wald interval in order', () => {
    const table = callFunction('NPS_SUMMARY', [scores]) as unknown[][];
    expect(table.map((row) => row[0])).toEqual([
      'Responses',
      'Promoters',
      'Passives',
      'Detractors',
      'Promoters %',
      'Passives %',
      'Detractors %',
      'NPS',
      'Margin of error',
      'CI low',
      'CI high',
      'Ignored',
    ]);
    const summary = asRecord(table);
    expect(summary).toMatchObject({
      Responses: 100,
      Promoters: 60,
      Passives: 25,
      Detractors: 15,
      'Promoters %': 0.6,
      'Passives %': 0.25,
      'Detractors %': 0.15,
      NPS: 45,
      Ignored: 3,
    });
    // See test/metrics/npsInterval.test.ts for the arithmetic: p = 60.75/103, d = 15.75/103.
    const p = 60.75 / 103;
    const d = 15.75 / 103;
    const se = Math.sqrt((p + d - (p - d) ** 2) / 103);
    expect(summary['Margin of error']).toBeCloseTo(100 * Z95 * se, 10);
    expect(summary['CI low']).toBeCloseTo(29.3431, 3);
    expect(summary['CI high']).toBeCloseTo(58.0355, 3);
  });

  it('takes the confidence level, blank meaning 0.95', () => {
    const at90 = asRecord(callFunction('NPS_SUMMARY', [scores, 0.9]));
    const blank = asRecord(callFunction('NPS_SUMMARY', [scores, '']));
    expect(blank['Margin of error']).toBeCloseTo(
      asRecord(callFunction('NPS_SUMMARY', [scores]))['Margin of error'] as number,
      12,
    );
    // Same sample, so the margins are in the ratio of the critical values 1.644854 / 1.959964.
    expect((at90['Margin of error'] as number) / (blank['Margin of error'] as number)).toBeCloseTo(
      1.6448536269514722 / Z95,
      10,
    );
  });

  it('lists the accepted confidence levels for a bad one', () => {
    expect(() => callFunction('NPS_SUMMARY', [scores, 1.5])).toThrow(
      'NPS_SUMMARY: confidence is 1.5; use a level between 0 and 1, such as 0.9, 0.95 or 0.99 (0.95 means 95%; leave it blank for 0.95).',
    );
  });
});

describe('NPS_COMPARE', () => {
  const groupA = columnOf('Before', ...Array(50).fill(9), ...Array(30).fill(7), ...Array(20).fill(1));
  const groupB = columnOf('After', ...Array(70).fill(10), ...Array(20).fill(8), ...Array(10).fill(4));

  it('reports the difference, z, p-value and significance', () => {
    // Worked in test/metrics/npsComparison.test.ts: z = 0.30 / sqrt(0.0105), p = 0.003414.
    const table = callFunction('NPS_COMPARE', [groupA, groupB]) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(['NPS A', 'NPS B', 'Difference (B - A)', 'z', 'p-value', 'Significant']);
    const result = asRecord(table);
    expect(result['NPS A']).toBeCloseTo(30, 12);
    expect(result['NPS B']).toBeCloseTo(60, 12);
    expect(result['Difference (B - A)']).toBeCloseTo(30, 12);
    expect(result.z).toBeCloseTo(0.3 / Math.sqrt(0.0105), 12);
    expect(result['p-value']).toBeCloseTo(0.003414, 5);
    expect(result.Significant).toBe(true);
  });

  it('is not significant at a confidence level stricter than 1 - p', () => {
    expect(asRecord(callFunction('NPS_COMPARE', [groupA, groupB, 0.999])).Significant).toBe(false);
  });

  it('explains when the test cannot be computed', () => {
    expect(() => callFunction('NPS_COMPARE', [columnOf(10, 10), columnOf(0, 0)])).toThrow(
      'NPS_COMPARE: every answer in scores_a and in scores_b falls in a single category',
    );
    expect(() => callFunction('NPS_COMPARE', [columnOf(10, 10), columnOf('Group B', 'N/A')])).toThrow(
      'NPS_COMPARE: no valid responses in scores_b (1 text cell was ignored)',
    );
  });
});

describe('NPS_TREND', () => {
  const dates = columnOf('Date', '2024-01-15', '2024-01-20', '2024-03-02', '', '2024-03-31');
  const scores = columnOf('Score', 10, 3, 9, 'N/A', 7);

  it('has one row per month, empty months included, with Date period starts', () => {
    const table = callFunction('NPS_TREND', [dates, scores], 'Asia/Tehran') as unknown[][];
    expect(table[0]).toEqual(['Period start', 'Responses', 'NPS', 'CI low', 'CI high', 'Note']);
    // Midnight of the 1st in Tehran (+03:30) is 20:30 UTC the day before.
    expect(table.slice(1).map((row) => (row[0] as Date).toISOString())).toEqual([
      '2023-12-31T20:30:00.000Z',
      '2024-01-31T20:30:00.000Z',
      '2024-02-29T20:30:00.000Z',
    ]);
    expect(table.map((row) => row.slice(1, 3))).toEqual([
      ['Responses', 'NPS'],
      [2, 0],
      [0, ''],
      [2, 50],
    ]);
    expect(table[2].slice(3)).toEqual(['', '', '']);
    // A month of 2 answers is marked too few to read; one without answers is not.
    expect(table[1][5]).toBe('fewer than 30 answers: too few to read');
    // January: 1 promoter, 1 detractor of 2: n' = 5, p = d = 1.75/5, SE = sqrt(0.7 / 5).
    expect(table[1][3]).toBeCloseTo(-100 * Z95 * Math.sqrt(0.7 / 5), 10);
    expect(table[1][4]).toBeCloseTo(100 * Z95 * Math.sqrt(0.7 / 5), 10);
  });

  it('leaves out answers dated after as_of', () => {
    const table = callFunction('NPS_TREND', [dates, scores, '', '2024-02-10']) as unknown[][];
    expect(table.map((row) => row.slice(1, 3))).toEqual([
      ['Responses', 'NPS'],
      [2, 0],
    ]);
    expect(() => callFunction('NPS_TREND', [dates, scores, '', '2023-12-31'])).toThrow(
      'NPS_TREND: no valid responses in scores on or before as_of (1 text cell was ignored); expected whole-number scores.',
    );
  });

  it('marks no period of 30 answers or more', () => {
    const many = columnOf('Date', ...Array.from({ length: 30 }, () => '2024-05-02'));
    const nines = columnOf('Score', ...Array.from({ length: 30 }, () => 9));
    expect((callFunction('NPS_TREND', [many, nines]) as unknown[][])[1][5]).toBe('');
  });

  it('groups by day, week, quarter and year on request', () => {
    const weeks = callFunction('NPS_TREND', [dates, scores, 'week']) as unknown[][];
    // 2024-01-15 is a Monday; 2024-03-31 a Sunday in the week of 2024-03-25: 11 weeks.
    expect(weeks.length - 1).toBe(11);
    expect((weeks[1][0] as Date).toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect((callFunction('NPS_TREND', [dates, scores, 'quarter']) as unknown[][]).length - 1).toBe(1);
    expect((callFunction('NPS_TREND', [dates, scores, 'YEAR']) as unknown[][])[1][1]).toBe(4);
    expect((callFunction('NPS_TREND', [dates, scores, 'day']) as unknown[][]).length - 1).toBe(77);
  });

  it('buckets date cells in the spreadsheet time zone', () => {
    // 2024-01-31 22:00 UTC is still January in New York but already February in Tokyo.
    const instant = new Date(Date.UTC(2024, 0, 31, 22));
    const inNewYork = callFunction('NPS_TREND', [columnOf(instant), columnOf(9)], 'America/New_York') as unknown[][];
    const inTokyo = callFunction('NPS_TREND', [columnOf(instant), columnOf(9)], 'Asia/Tokyo') as unknown[][];
    expect((inNewYork[1][0] as Date).toISOString()).toBe('2024-01-01T05:00:00.000Z');
    expect((inTokyo[1][0] as Date).toISOString()).toBe('2024-01-31T15:00:00.000Z');
  });

  it('lists the periods for a bad one and needs a date for every score', () => {
    expect(() => callFunction('NPS_TREND', [dates, scores, 'fortnight'])).toThrow(
      'NPS_TREND: period is "fortnight"; use one of "day", "week", "month", "quarter", "year" (or leave it blank for "month").',
    );
    expect(() => callFunction('NPS_TREND', [columnOf('2024-01-01', ''), columnOf(9, 8)])).toThrow(
      'NPS_TREND: row 2 of dates is blank, but row 2 of scores holds 8',
    );
  });
});

describe('NPS_BY', () => {
  it('has one row per segment, largest first, blanks grouped', () => {
    const segments = columnOf('Plan', 'Pro', 'Basic', 'Pro', '', 'Pro', 'Basic');
    const scores = columnOf('Score', 10, 3, 9, 8, 6, 9);
    const table = callFunction('NPS_BY', [segments, scores]) as unknown[][];
    expect(table.map((row) => row.slice(0, 3))).toEqual([
      ['Segment', 'Responses', 'NPS'],
      ['Pro', 3, (100 * (2 - 1)) / 3],
      ['Basic', 2, 0],
      ['(blank)', 1, 0],
    ]);
    // The (blank) group is one passive: n' = 4, p = d = 0.75/4, SE = sqrt(0.375 / 4).
    expect(table[3][3]).toBeCloseTo(-100 * Z95 * Math.sqrt(0.375 / 4), 10);
  });
});

describe('CSAT', () => {
  const answers = columnOf('Satisfaction', 5, 4, 3, 5, 1, 2, 4, 'N/A');

  it('is the top-two-box share on 1-5 by default', () => {
    expect(callFunction('CSAT', [answers])).toBe(4 / 7);
  });

  it('takes the scale and the threshold', () => {
    expect(callFunction('CSAT', [answers, 5, 5])).toBe(2 / 7);
    expect(callFunction('CSAT', [answers, '', 3])).toBe(5 / 7);
    expect(callFunction('CSAT', [columnOf(7, 6, 5, 1), 7])).toBe(2 / 4);
  });

  it('refuses answers outside the scale and bad options', () => {
    expect(() => callFunction('CSAT', [columnOf(5, 6)])).toThrow(
      'CSAT: row 2 holds 6; scores must be whole numbers from 1 to 5.',
    );
    expect(() => callFunction('CSAT', [columnOf(5, 0)])).toThrow(
      'CSAT: row 2 holds 0; scores must be whole numbers from 1 to 5.',
    );
    expect(() => callFunction('CSAT', [answers, 5, 6])).toThrow('CSAT: threshold is 6; use a whole number from 1 to 5');
    expect(() => callFunction('CSAT', [answers, 1])).toThrow('CSAT: scale_max is 1; use a whole number from 2 to 100');
  });
});

describe('CES', () => {
  it('is the mean on 1-7 by default', () => {
    expect(callFunction('CES', [columnOf('Effort', 7, 5, 6, 2, 'n/a')])).toBe(5);
    expect(callFunction('CES', [columnOf(5, 4), 5])).toBe(4.5);
  });

  it('refuses answers outside the scale', () => {
    expect(() => callFunction('CES', [columnOf(7, 8)])).toThrow(
      'CES: row 2 holds 8; scores must be whole numbers from 1 to 7.',
    );
  });
});

describe('every function', () => {
  it('reports an unexpected failure without a stack trace', () => {
    const weird = [
      [
        {
          toString: () => {
            throw new TypeError('boom');
          },
        },
      ],
    ];
    let message = '';
    try {
      callFunction('NPS', [weird]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^NPS: /);
    expect(message).not.toMatch(/\bat \w+ \(/);
  });
});
