import { type DisplayValue, formatCellValue, isDatePattern } from '../../../scripts/emulator/numberFormat';

// Every expected text below is worked out by hand from the Sheets format rules, not produced by the code.
// Number-only cases pass a zone anyway; it must not matter to them.
const ZONE = 'Asia/Bangkok';

/** Serial 45366 is Friday 2024-03-15 (45292 is 2024-01-01, then 31 + 29 + 14 days). */
const MAR_15_2024 = 45366;
const at = (hours: number, minutes = 0, seconds = 0): number =>
  MAR_15_2024 + (hours * 3600 + minutes * 60 + seconds) / 86_400;

describe('formatCellValue under Automatic', () => {
  it.each<[DisplayValue, string]>([
    [1234, '1234'],
    [-42, '-42'],
    [0, '0'],
    [123456789012345, '123456789012345'],
    [56.923076923, '56.92307692'],
    [0.6717948718, '0.6717948718'],
    [1 / 3, '0.3333333333'],
    [2 / 3, '0.6666666667'],
    [-1.5, '-1.5'],
    [123456.789123, '123456.7891'],
    [0.1 + 0.2, '0.3'],
    [1.23e15, '1.23E+15'],
    [2 ** 64, '1.84467E+19'],
    [-1e20, '-1E+20'],
    [1e-10, '1E-10'],
    [Number.NaN, '#NUM!'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    ['hello', 'hello'],
    ['', ''],
    [null, ''],
  ])('%p shows as %p', (value, expected) => {
    expect(formatCellValue(value, undefined, ZONE)).toBe(expected);
    expect(formatCellValue(value, '', ZONE)).toBe(expected);
  });

  it.each<[Date, string, string]>([
    // 17:00 UTC is already midnight of the 15th in Bangkok (UTC+7).
    [new Date(Date.UTC(2024, 2, 14, 17)), 'Asia/Bangkok', '2024-03-15'],
    [new Date(Date.UTC(2024, 2, 14, 17)), 'UTC', '2024-03-14 17:00:00'],
    // Kathmandu is UTC+5:45.
    [new Date(Date.UTC(2024, 2, 14, 18, 15)), 'Asia/Kathmandu', '2024-03-15'],
    // New York is on daylight time (UTC-4) from 2024-03-10.
    [new Date(Date.UTC(2024, 2, 15, 3, 30, 5)), 'America/New_York', '2024-03-14 23:30:05'],
  ])('the Date %p in %s shows as %p', (value, timeZone, expected) => {
    expect(formatCellValue(value, undefined, timeZone)).toBe(expected);
  });
});

describe('formatCellValue with number patterns', () => {
  it.each<[DisplayValue, string, string]>([
    // Decimals, rounding half away from zero at the shown digits.
    [1234.5, '0', '1235'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [1234.567, '0.0', '1234.6'],
    [3, '0.00', '3.00'],
    [1.005, '0.00', '1.01'],
    [-0.001, '0.00', '-0.00'],
    // Grouping.
    [1234.5, '#,##0.00', '1,234.50'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [1234567.891, '#,##0', '1,234,568'],
    [999.5, '#,##0', '1,000'],
    [0, '#,##0', '0'],
    [0.5, '#,##0.00', '0.50'],
    // Percent.
    [0.1234, '0.0%', '12.3%'],
    [0.25, '0%', '25%'],
    [1, '0%', '100%'],
    [0.12345, '0.00%', '12.35%'],
    [-0.05, '0.0%', '-5.0%'],
    // Scientific.
    [12345.678, '0.00E+00', '1.23E+04'],
    [0.000123, '0.00E+00', '1.23E-04'],
    [9.996, '0.00E+00', '1.00E+01'],
    [0, '0.00E+00', '0.00E+00'],
    [-12345.678, '0.0E+0', '-1.2E+4'],
    [12345, '##0.0E+0', '12.3E+3'],
    // Literal text: quoted, escaped, and plain punctuation.
    [12, '0 "pts"', '12 pts'],
    [12, '"Total: "0', 'Total: 12'],
    [12, '\\#0', '#12'],
    [7, '0\\p\\c\\s', '7pcs'],
    [5551234567, '000-000-0000', '555-123-4567'],
    [42, '(0)', '(42)'],
    // Currency prefixes and suffixes; the sign goes before the symbol.
    [1234.5, '$#,##0.00', '$1,234.50'],
    [-5, '$#,##0.00', '-$5.00'],
    [1234.5, '"€"#,##0.00', '€1,234.50'],
    [1234.5, '[$€]#,##0.00', '€1,234.50'],
    [1234.5, '[$€-407]#,##0.00', '€1,234.50'],
    [99.5, '[$฿]#,##0.00', '฿99.50'],
    [1234.5, '#,##0.00 [$€]', '1,234.50 €'],
    [-1234.5, '#,##0.00 [$€]', '-1,234.50 €'],
    // Digit placeholders: '0' pads with zeros, '?' with spaces, '#' with nothing.
    [42, '00000', '00042'],
    [5, '???', '  5'],
    [1.5, '0.0??', '1.5  '],
    [3, '####.#', '3.'],
    [0.5, '#.##', '.5'],
    [1.25, '#.##', '1.25'],
    [1.2, '0.0#', '1.2'],
    [1.234, '0.0#', '1.23'],
    [0, '#', ''],
    [0.5, '.00', '.50'],
    [12.5, '.00', '12.50'],
    [123456, '0', '123456'],
    // Scaling by trailing commas (the docs' #0.0,, example), and grouping with scaling.
    [12_200_000, '#0.0,,', '12.2'],
    [1_234_567, '#,##0,"K"', '1,235K'],
    // '_x' is a space; '*x' is dropped; colours do not change the text.
    [5, '0_)', '5 '],
    [5, '0*-', '5'],
    [5, '[Red]0.00', '5.00'],
    [5, '[Color10]0', '5'],
    // Sections: positive;negative;zero;text. A negative section shows no '-' of its own.
    [-3.14, '0.0;[Red](0.0)', '(3.1)'],
    [0, '0.0;(0.0)', '0.0'],
    [5, '#,##0.00_);(#,##0.00)', '5.00 '],
    [-5, '#,##0.00_);(#,##0.00)', '(5.00)'],
    [0, '0;-0;"–"', '–'],
    [-7, '0;-0;"–"', '-7'],
    [-5, '0;;', ''],
    [0, '0;;', ''],
    [-5, '0.00;@', '-5.00'],
    // Conditions pick the section; a section without one takes the rest.
    [999, '[<1000]0;[<1000000]0.0,"K";0.0,,"M"', '999'],
    [12345, '[<1000]0;[<1000000]0.0,"K";0.0,,"M"', '12.3K'],
    [2_500_000, '[<1000]0;[<1000000]0.0,"K";0.0,,"M"', '2.5M'],
    [50, '[<100]"Low";[>1000]"High";000', 'Low'],
    [500, '[<100]"Low";[>1000]"High";000', '500'],
    // A number under a text-only pattern shows as Automatic.
    [1234.5, '@', '1234.5'],
  ])('%p under %p shows as %p', (value, pattern, expected) => {
    expect(formatCellValue(value, pattern, ZONE)).toBe(expected);
  });

  const FOUR_SECTIONS = '#,##0.00;(#,##0.00);"zero";"text: "@';
  it.each<[DisplayValue, string]>([
    [1234.5, '1,234.50'],
    [-1234.5, '(1,234.50)'],
    [0, 'zero'],
    ['abc', 'text: abc'],
    [true, 'TRUE'],
  ])(`%p under ${FOUR_SECTIONS} shows as %p`, (value, expected) => {
    expect(formatCellValue(value, FOUR_SECTIONS, ZONE)).toBe(expected);
  });
});

describe('formatCellValue for text and booleans under a pattern', () => {
  it.each<[DisplayValue, string, string]>([
    ['abc', '0.00', 'abc'],
    ['12', '0.00', '12'],
    ['abc', 'yyyy-mm-dd', 'abc'],
    ['abc', '@', 'abc'],
    ['abc', '"Name: "@', 'Name: abc'],
    ['abc', '0.00;@', 'abc'],
    ['abc', '0;0;0', 'abc'],
    [true, '0.00', 'TRUE'],
    [false, '$#,##0.00', 'FALSE'],
    [true, 'yyyy-mm-dd', 'TRUE'],
    [null, '0.00', ''],
    ['', '"Name: "@', ''],
  ])('%p under %p shows as %p', (value, pattern, expected) => {
    expect(formatCellValue(value, pattern, ZONE)).toBe(expected);
  });
});

describe('formatCellValue with date and time patterns', () => {
  it.each<[number, string, string]>([
    [MAR_15_2024, 'yyyy-mm-dd', '2024-03-15'],
    [at(12), 'd mmm yyyy hh:mm', '15 Mar 2024 12:00'],
    [MAR_15_2024, 'mmm yyyy', 'Mar 2024'],
    [MAR_15_2024, 'd mmm yyyy', '15 Mar 2024'],
    [MAR_15_2024, 'dddd, mmmm d, yyyy', 'Friday, March 15, 2024'],
    [MAR_15_2024, 'ddd dd/mm/yy', 'Fri 15/03/24'],
    [MAR_15_2024, 'm/d/y', '3/15/24'],
    [MAR_15_2024, 'mmmmm', 'M'],
    [MAR_15_2024, 'YYYY-MM-DD', '2024-03-15'],
    [MAR_15_2024 - 14, 'd/m/yyyy', '1/3/2024'],
    [MAR_15_2024, 'yyyy-mm-dd "("ddd")"', '2024-03-15 (Fri)'],
    // Minutes: 'm' after an hour or before a second; 'M' is always the month (per the docs).
    [at(13, 5, 9), 'yyyy-mm-dd hh:mm:ss', '2024-03-15 13:05:09'],
    [at(9, 7), 'h:mm', '9:07'],
    [at(0, 2, 5), 'mm:ss', '02:05'],
    [at(12, 30), 'hh:MM', '12:03'],
    // 12-hour clock.
    [at(18), 'h:mm AM/PM', '6:00 PM'],
    [at(6), 'hh:mm am/pm', '06:00 AM'],
    [at(18), 'h:mm a/p', '6:00 p'],
    [at(18), 'h:mm A/P', '6:00 P'],
    [at(12), 'h AM/PM', '12 PM'],
    [MAR_15_2024, 'h AM/PM', '12 AM'],
    [at(18), 'hh:mm', '18:00'],
    // Seconds are rounded to what is shown; '0's after seconds show fractions of a second.
    [at(0, 0, 59.6), 'hh:mm:ss', '00:01:00'],
    [at(0, 0, 1.25), 'hh:mm:ss.000', '00:00:01.250'],
    [at(0, 0, 1.26), 'hh:mm:ss.0', '00:00:01.3'],
    // Elapsed time.
    [1.5, '[h]:mm:ss', '36:00:00'],
    [0.01, '[mm]:ss', '14:24'],
    [0.5, '[ss]', '43200'],
    [-0.25, '[h]:mm', '-6:00'],
    // Serial 0 is 1899-12-30.
    [0, 'yyyy-mm-dd', '1899-12-30'],
    [2.5, 'yyyy-mm-dd hh:mm', '1900-01-01 12:00'],
  ])('serial %p under %p shows as %p', (serial, pattern, expected) => {
    expect(formatCellValue(serial, pattern, ZONE)).toBe(expected);
  });

  it.each<[Date, string, string, string]>([
    [new Date(Date.UTC(2024, 2, 14, 17)), 'yyyy-mm-dd', 'Asia/Bangkok', '2024-03-15'],
    [new Date(Date.UTC(2024, 2, 14, 17)), 'yyyy-mm-dd', 'UTC', '2024-03-14'],
    [new Date(Date.UTC(2024, 2, 14, 17)), 'mmm yyyy', 'UTC', 'Mar 2024'],
    [new Date(Date.UTC(2024, 2, 31, 17)), 'mmm yyyy', 'Asia/Bangkok', 'Apr 2024'],
    [new Date(Date.UTC(2024, 2, 14, 17)), 'yyyy-mm-dd hh:mm', 'Asia/Kathmandu', '2024-03-14 22:45'],
    [new Date(Date.UTC(2024, 2, 14, 17)), 'yyyy-mm-dd h:mm AM/PM', 'America/Los_Angeles', '2024-03-14 10:00 AM'],
    // A Date under a number pattern shows its serial on the zone's wall clock.
    [new Date(Date.UTC(2024, 2, 15, 12)), '0.00', 'UTC', '45366.50'],
    [new Date(Date.UTC(2024, 2, 15, 12)), '0.00', 'Asia/Bangkok', '45366.79'],
  ])('the Date %p under %p in %s shows as %p', (value, pattern, timeZone, expected) => {
    expect(formatCellValue(value, pattern, timeZone)).toBe(expected);
  });
});

describe('formatCellValue with patterns it cannot read', () => {
  it.each<[DisplayValue, string, string]>([
    [1234.5, 'foo', '1234.5'],
    [1234.5, '[Bogus]0', '1234.5'],
    [1234.5, '"unterminated', '1234.5'],
    [1234.5, '0;0;0;@;0', '1234.5'],
    [1234.5, '0E0', '1234.5'],
    [200, '[<100]0', '200'],
    [56.923076923, 'General', '56.92307692'],
    [new Date(Date.UTC(2024, 2, 14, 17)), 'foo', '2024-03-15'],
    ['abc', '[Bogus]@', 'abc'],
    [true, 'foo', 'TRUE'],
  ])('%p under %p falls back to Automatic: %p', (value, pattern, expected) => {
    expect(() => formatCellValue(value, pattern, ZONE)).not.toThrow();
    expect(formatCellValue(value, pattern, ZONE)).toBe(expected);
  });
});

describe('isDatePattern', () => {
  it.each<[string | undefined, boolean]>([
    ['yyyy-mm-dd', true],
    ['mmm yyyy', true],
    ['hh:mm', true],
    ['h:mm AM/PM', true],
    ['[h]:mm:ss', true],
    ['"Due "d mmm', true],
    ['YYYY-MM-DD', true],
    ['0.00', false],
    ['#,##0.00 [$€]', false],
    ['0.00E+00', false],
    ['0 "days"', false],
    ['0;0;0;"day "@', false],
    ['[Red]0', false],
    ['foo', false],
    ['', false],
    [undefined, false],
  ])('%p → %p', (pattern, expected) => {
    expect(isDatePattern(pattern)).toBe(expected);
  });
});
