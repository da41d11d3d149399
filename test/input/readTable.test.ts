import { amountReader, dateReader, labelReader, scoreReader } from '../../src/input/cellReaders';
import { InputError } from '../../src/input/inputError';
import { column, readTable } from '../../src/input/readTable';
import { daysFromCivil } from '../../src/time/civilDays';
import { timeZoneNamed } from '../../src/time/timeZone';
import { columnOf, contextFor, readerContext } from '../support/context';

const nps = scoreReader(readerContext(), 0, 10);

function scoresOf(range: unknown, fn = 'NPS') {
  return readTable(contextFor(fn), { scores: column(range as never, nps, 'key', { ignoreText: true }) });
}

describe('readTable on one column', () => {
  it('skips blanks and a heading, and ignores (and counts) other text', () => {
    const table = scoresOf(columnOf('Score', 9, '', null, undefined, '  ', 'N/A', 10, ' 7 ', 'Prefer not to say', 0));
    expect(table.columns.scores).toEqual([9, 10, 7, 0]);
    expect(table.ignored).toBe(2);
    expect(table.size).toBe(4);
    expect(table.locate(1)).toBe('row 8');
  });

  it('reads a one-row range and a block row by row', () => {
    expect(scoresOf([[9, 8, '', 3]]).columns.scores).toEqual([9, 8, 3]);
    expect(
      scoresOf([
        [1, 2],
        [3, 4],
      ]).columns.scores,
    ).toEqual([1, 2, 3, 4]);
    expect(scoresOf(9).columns.scores).toEqual([9]);
  });

  it('names the function, the row, what was found and what is expected', () => {
    expect(() => scoresOf(columnOf(9, 8, 7, 6, 5, 4, 11))).toThrow(
      new InputError('NPS: row 7 holds 11; scores must be whole numbers from 0 to 10.'),
    );
    expect(() => scoresOf(columnOf(9, 3.5))).toThrow(
      'NPS: row 2 holds 3.5; scores must be whole numbers from 0 to 10.',
    );
    expect(() => scoresOf(columnOf(9, -1))).toThrow('NPS: row 2 holds -1;');
    expect(() => scoresOf(columnOf(9, '12'))).toThrow('NPS: row 2 holds "12";');
    expect(() => scoresOf(columnOf(9, true))).toThrow('NPS: row 2 holds TRUE;');
    expect(() => scoresOf([[9, 8, 11]])).toThrow('NPS: column 3 holds 11;');
    expect(() =>
      scoresOf([
        [9, 8],
        [7, 11],
      ]),
    ).toThrow('NPS: row 2, column 2 holds 11;');
  });

  it('reports error cells, even in the first row', () => {
    expect(() => scoresOf(columnOf('#N/A', 9))).toThrow(
      'NPS: row 1 holds "#N/A"; fix or clear that cell (scores must be whole numbers from 0 to 10).',
    );
    for (const error of ['#DIV/0!', '#REF!', '#VALUE!', '#ERROR!', '#NUM!', '#NAME?', '#NULL!']) {
      expect(() => scoresOf(columnOf(9, error))).toThrow(`NPS: row 2 holds "${error}"; fix or clear that cell`);
    }
  });

  it('reports a date where a score is expected with the date in the spreadsheet zone', () => {
    const lateEvening = new Date(Date.UTC(2024, 2, 15, 22)); // already the 16th in Bangkok (+7)
    const table = () =>
      readTable(contextFor('NPS', 'Asia/Bangkok'), { scores: column(columnOf(9, lateEvening) as never, nps, 'key') });
    expect(table).toThrow('NPS: row 2 holds the date 2024-03-16; scores must be whole numbers from 0 to 10.');
  });
});

describe('readTable on parallel ranges', () => {
  const read = (dates: unknown, scores: unknown, fn = 'NPS_TREND') =>
    readTable(contextFor(fn), {
      dates: column(dates as never, dateReader(readerContext()), 'required'),
      scores: column(scores as never, nps, 'key', { ignoreText: true }),
    });

  it('pairs cells by position and skips rows whose key is blank', () => {
    const table = read(
      columnOf('Date', '2024-01-05', '', '2024-01-06', new Date(Date.UTC(2024, 0, 7)), 45300),
      columnOf('Score', 9, '', '', 3, 10),
    );
    expect(table.columns.dates).toEqual([daysFromCivil(2024, 1, 5), daysFromCivil(2024, 1, 7), 45300 - 25569]);
    expect(table.columns.scores).toEqual([9, 3, 10]);
  });

  it('does not need a date for an ignored answer', () => {
    const table = read(columnOf('2024-01-05', ''), columnOf(9, 'N/A'));
    expect(table.ignored).toBe(1);
  });

  it('requires the ranges to be the same size', () => {
    expect(() => read(columnOf('2024-01-05', '2024-01-06'), columnOf(9, 8, 7))).toThrow(
      'NPS_TREND: dates has 2 rows but scores has 3 rows; the ranges must be the same size (for example B2:B and C2:C).',
    );
  });

  it('requires a companion that the key needs', () => {
    expect(() => read(columnOf('2024-01-05', ''), columnOf(9, 8))).toThrow(
      'NPS_TREND: row 2 of dates is blank, but row 2 of scores holds 8; fill in dates for that row or clear the row.',
    );
  });

  it('names the range when several are passed', () => {
    expect(() => read(columnOf('2024-01-05', '03/04/2024'), columnOf(9, 8))).toThrow(
      'NPS_TREND: row 2 of dates holds "03/04/2024"; dates must be date cells or text written as 2024-03-15 ' +
        '(text such as 03/04/2024 could mean two dates: select the column and use Format > Number > Date).',
    );
    expect(() => read(columnOf('2024-01-05', 7), columnOf(9, 8))).toThrow(
      'NPS_TREND: row 2 of dates holds 7; a number in a date column is read as a Sheets date, which as a date would be ' +
        '1900-01-06; dates must fall between 1950-01-01 and 2199-12-31 (is this the date column?).',
    );
    expect(() => read(columnOf('2024-01-05', true), columnOf(9, 8))).toThrow(
      'NPS_TREND: row 2 of dates holds TRUE; dates must be',
    );
  });

  it('takes a first row with text in a date column as the heading', () => {
    const table = read(columnOf('Response date', '2024-01-05'), columnOf(9, 8));
    expect(table.columns.scores).toEqual([8]);
  });

  it('reads an optional label column, blank as undefined', () => {
    const table = readTable(contextFor('NPS_BY'), {
      segments: column(
        columnOf('Segment', 'Pro', '', 42, true) as never,
        labelReader(readerContext(), 'segment'),
        'optional',
      ),
      scores: column(columnOf('Score', 9, 8, 7, 6) as never, nps, 'key'),
    });
    expect(table.columns.segments).toEqual(['Pro', undefined, '42', 'TRUE']);
  });
});

describe('dateReader', () => {
  it('puts Date cells on the spreadsheet wall clock', () => {
    const reader = dateReader(readerContext('America/New_York'));
    // Midnight of 2024-03-15 in New York is 04:00 UTC: a date cell arrives as that instant.
    expect(reader.read(new Date(Date.UTC(2024, 2, 15, 4)))).toBe(daysFromCivil(2024, 3, 15));
  });

  it('reads ISO text with an offset as an instant', () => {
    const reader = dateReader(readerContext('Asia/Tokyo'));
    // 2024-03-15 20:00 UTC is 2024-03-16 05:00 in Tokyo.
    expect(reader.read('2024-03-15T20:00:00Z')).toBe(daysFromCivil(2024, 3, 16) + 5 / 24);
  });

  it('reads Sheets serial numbers as wall-clock days', () => {
    // Serial 45366 is 2024-03-15 (25569 is 1970-01-01).
    expect(dateReader(readerContext()).read(45366)).toBe(daysFromCivil(2024, 3, 15));
    expect(dateReader(readerContext()).read(45366.5)).toBe(daysFromCivil(2024, 3, 15) + 0.5);
  });
});

describe('a first row that reads as data is never a heading', () => {
  const amounts = (locale: string) => amountReader(readerContext('UTC', locale), { allowNegative: false });
  const readAmounts = (range: unknown, locale = 'en_US') =>
    readTable(contextFor('AVG_ORDER_VALUE', 'UTC', locale), {
      amounts: column(range as never, amounts(locale), 'key'),
    });
  const readDates = (range: unknown) =>
    readTable(contextFor('CHURN_RATE'), { dates: column(range as never, dateReader(readerContext()), 'key') });

  it.each(['03/04/2024', '15.03.2024', '2024-02-30', '15 Mar 2024', '45123,5'])(
    'refuses %p in the first row of a date column, naming row 1',
    (text) => {
      expect(() => readDates(columnOf(text, '2024-03-15'))).toThrow(/^CHURN_RATE: row 1 holds "/);
    },
  );

  it('still skips a real heading', () => {
    expect(readDates(columnOf('Start date', '2024-03-15')).size).toBe(1);
  });

  it('reads "1.234,50" in the first row of a de_DE sheet as 1234.5, not as a heading', () => {
    expect(readAmounts(columnOf('1.234,50', '2,5'), 'de_DE').columns.amounts).toEqual([1234.5, 2.5]);
  });

  it('refuses "1.234,50" and "1,5" in an en_US sheet, naming the row and how the locale writes numbers', () => {
    expect(() => readAmounts(columnOf('1.234,50', 3))).toThrow(
      'AVG_ORDER_VALUE: row 1 holds "1.234,50"; this spreadsheet\'s locale (en_US) writes numbers like 1,234.5',
    );
    expect(() => readAmounts(columnOf('Amount', 3, '1,5'))).toThrow('AVG_ORDER_VALUE: row 3 holds "1,5";');
  });

  it('refuses a date written as text in a score column rather than ignoring it as an answer', () => {
    expect(() => scoresOf(columnOf('03/04/2024', 9))).toThrow('NPS: row 1 holds "03/04/2024"; scores must be');
    expect(scoresOf(columnOf('Score', 9, 'N/A')).ignored).toBe(1);
  });
});

describe('dates a business can have', () => {
  const reader = dateReader(readerContext('America/New_York'));

  it('accepts 1900-01-01 to 2199-12-31 and refuses years outside, asking whether the year is mistyped', () => {
    expect(reader.read('1900-01-01')).toBe(daysFromCivil(1900, 1, 1));
    expect(reader.read('2199-12-31')).toBe(daysFromCivil(2199, 12, 31));
    expect(() => reader.read('1899-12-31')).toThrow(
      'dates must fall between 1900-01-01 and 2199-12-31 (is a year mistyped?)',
    );
    expect(() => reader.read('2200-01-01')).toThrow('is a year mistyped?');
    expect(() => reader.read('9999-12-31')).toThrow('is a year mistyped?');
  });

  it('names a date cell of year 0050 as 0050, not 1950 (no two-digit-year remap)', () => {
    const zone = timeZoneNamed('America/New_York');
    const midnight = zone.instantOfLocalDay(daysFromCivil(50, 6, 15));
    const table = () =>
      readTable(contextFor('COHORT_RETENTION', zone), {
        dates: column(columnOf('2024-01-01', new Date(midnight)), dateReader(contextFor('X', zone)), 'key'),
      });
    expect(() => table()).toThrow(
      'COHORT_RETENTION: row 2 holds the date 0050-06-15; dates must fall between 1900-01-01',
    );
  });
});
