/**
 * The text a Sheets cell shows (Range.getDisplayValue) for a value under a
 * number format pattern, for the offline Sheets emulator.
 *
 * It follows the en_US rendering described at
 * https://developers.google.com/sheets/api/guides/formats. Where that page is
 * silent the choices follow Excel, whose format language Sheets copies; each
 * such guess is marked "Unverified" so a check against real Sheets knows where
 * to look first.
 */

import { serialOfInstant } from './wallClock';

export type DisplayValue = string | number | boolean | Date | null;

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, Sheets' day 0, as a Unix time in ms. */
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Sheets keeps 15 significant digits; rounding from these makes 1.005 show as 1.01, not binary 1.00499…'s 1.00. */
const SIGNIFICANT_DIGITS = 15;
/** What a cell holding a non-finite number would show (Sheets cannot store one, so a formula yields #NUM!). */
const NUM_ERROR = '#NUM!';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const COLOR = /^(black|blue|cyan|green|magenta|red|white|yellow|color\d{1,2})$/i;
const CONDITION = /^(<=|>=|<>|<|>|=)\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)$/i;
const ELAPSED = /^(h+|m+|s+)$/i;

/**
 * The text a Sheets cell shows for a value under a number format pattern (Format > Number > Custom number format),
 * or under Sheets' "Automatic" format when `pattern` is undefined or ''.
 * Dates are shown on the given IANA time zone's wall clock (the spreadsheet's zone).
 */
export function formatCellValue(value: DisplayValue, pattern: string | undefined, timeZone: string): string {
  if (value === null || value === '') return '';
  // Sheets shows a boolean as TRUE/FALSE whatever the cell's number format.
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const parsed = parsePattern(pattern);
  if (typeof value === 'string') return parsed === undefined ? value : formatText(value, parsed);
  if (typeof value === 'number') return formatSerial(value, parsed, automaticNumber);
  // A Date may come from the script's own realm, where `instanceof Date` fails; getTime() works in any realm.
  const instantMs = value.getTime();
  if (!Number.isFinite(instantMs)) return NUM_ERROR; // Unverified: an invalid Date never reaches a real cell.
  return formatSerial(serialOfInstant(instantMs, timeZone), parsed, automaticDate);
}

/** True when a pattern shows dates or times (so a number under it is a date serial). */
export function isDatePattern(pattern: string | undefined): boolean {
  return parsePattern(pattern)?.numeric.some((section) => section.kind === 'date') ?? false;
}

// ---------------------------------------------------------------------------
// Parsed patterns

/** Thrown for a pattern Sheets would reject or this renderer does not support: the cell falls back to Automatic. */
class UnsupportedPattern extends Error {}

type Comparison = '<' | '<=' | '>' | '>=' | '=' | '<>';
interface Condition {
  readonly comparison: Comparison;
  readonly operand: number;
}
interface Literal {
  readonly kind: 'literal';
  readonly text: string;
}
type Placeholder = '0' | '#' | '?';

type NumberToken =
  | Literal
  | { readonly kind: 'digit'; readonly part: 'int' | 'frac' | 'exp' }
  | { readonly kind: 'point' }
  | { readonly kind: 'exponent'; readonly letter: string; readonly showPlus: boolean };

interface NumberSection {
  readonly kind: 'number';
  readonly condition: Condition | undefined;
  readonly tokens: readonly NumberToken[];
  readonly intPlaceholders: readonly Placeholder[];
  readonly fracPlaceholders: readonly Placeholder[];
  readonly expPlaceholders: readonly Placeholder[];
  readonly grouping: boolean;
  /** Commas after the last digit placeholder, each dividing by 1000. */
  readonly scale: number;
  /** '%' signs, each multiplying by 100. */
  readonly percent: number;
  readonly scientific: boolean;
}

type DateToken =
  | Literal
  | { readonly kind: 'year' | 'day' | 'hour' | 'minute' | 'second'; readonly width: number }
  /** `explicit` for 'M'/'MM', which the docs reserve for months; 'm'/'mm' may turn out to be minutes. */
  | { readonly kind: 'month'; readonly width: number; readonly explicit: boolean }
  | { readonly kind: 'elapsed'; readonly unit: 'h' | 'm' | 's'; readonly width: number }
  | { readonly kind: 'fraction'; readonly digits: number }
  | { readonly kind: 'meridiem'; readonly style: 'AM/PM' | 'a/p' | 'A/P' };

interface DateSection {
  readonly kind: 'date';
  readonly condition: Condition | undefined;
  readonly tokens: readonly DateToken[];
  readonly twelveHour: boolean;
  /** Digits of the finest fraction-of-second token: the time is rounded to that precision. */
  readonly fractionDigits: number;
  readonly elapsed: boolean;
}

type Section = NumberSection | DateSection;
type TextToken = Literal | { readonly kind: 'text' };

interface ParsedPattern {
  /** The sections numbers are shown through (at most three), in pattern order. */
  readonly numeric: readonly Section[];
  /** The section text is shown through, if the pattern has one. */
  readonly text: readonly TextToken[] | undefined;
}

/** A piece of a section once quotes, escapes and brackets are resolved. */
type Piece =
  Literal | { readonly kind: 'char'; readonly char: string } | { readonly kind: 'bracket'; readonly body: string };

// A sheet shows the same few patterns over and over, so each is read once.
const parsedPatterns = new Map<string, ParsedPattern | undefined>();

/** The parsed pattern, or undefined for Automatic (no pattern, or one that cannot be read). */
function parsePattern(pattern: string | undefined): ParsedPattern | undefined {
  if (pattern === undefined || pattern === '') return undefined;
  if (!parsedPatterns.has(pattern)) parsedPatterns.set(pattern, tryReadPattern(pattern));
  return parsedPatterns.get(pattern);
}

function tryReadPattern(pattern: string): ParsedPattern | undefined {
  try {
    return readPattern(pattern);
  } catch (error) {
    if (error instanceof UnsupportedPattern) return undefined;
    throw error;
  }
}

function readPattern(pattern: string): ParsedPattern {
  const sections = scanSections(pattern);
  const last = sections[sections.length - 1];
  // The fourth section is always for text; with fewer, a last section holding '@' is the text one.
  const hasText = sections.length === 4 || last.some((piece) => piece.kind === 'char' && piece.char === '@');
  const numeric = hasText ? sections.slice(0, -1) : sections;
  return { numeric: numeric.map(parseSection), text: hasText ? parseTextSection(last) : undefined };
}

function scanSections(pattern: string): Piece[][] {
  const sections: Piece[][] = [[]];
  for (let index = 0; index < pattern.length;) {
    if (pattern[index] === ';') {
      sections.push([]);
      index += 1;
      continue;
    }
    const { piece, next } = scanPiece(pattern, index);
    if (piece !== undefined) sections[sections.length - 1].push(piece);
    index = next;
  }
  if (sections.length > 4) throw new UnsupportedPattern('more than four sections');
  return sections;
}

function scanPiece(pattern: string, start: number): { piece: Piece | undefined; next: number } {
  const char = pattern[start];
  if (char === '"') {
    const end = pattern.indexOf('"', start + 1);
    if (end < 0) throw new UnsupportedPattern('unterminated quote');
    return { piece: literal(pattern.slice(start + 1, end)), next: end + 1 };
  }
  if (char === '\\') {
    if (start + 1 >= pattern.length) throw new UnsupportedPattern('dangling backslash');
    return { piece: literal(pattern[start + 1]), next: start + 2 };
  }
  // '_x' pads by the width of x (to line up a negative's ")"); in plain text that is one space.
  if (char === '_') return { piece: literal(' '), next: start + 2 };
  // '*x' repeats x to fill the cell in Excel; the Sheets docs say it is ignored.
  if (char === '*') return { piece: undefined, next: start + 2 };
  if (char === '[') {
    const end = pattern.indexOf(']', start + 1);
    if (end < 0) throw new UnsupportedPattern('unterminated bracket');
    const body = pattern.slice(start + 1, end);
    // [$€] or [$€-407]: a currency symbol, with an optional locale code after '-'.
    if (body.startsWith('$')) return { piece: literal(body.slice(1).split('-')[0]), next: end + 1 };
    return { piece: { kind: 'bracket', body }, next: end + 1 };
  }
  return { piece: { kind: 'char', char }, next: start + 1 };
}

function literal(text: string): Literal {
  return { kind: 'literal', text };
}

/** Takes out the section's colour and condition; what is left is the format proper. */
function parseSection(pieces: Piece[]): Section {
  let condition: Condition | undefined;
  const rest: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'bracket' || ELAPSED.test(piece.body)) rest.push(piece);
    // A colour does not change the text, so only a condition is kept.
    else if (!COLOR.test(piece.body)) condition = parseCondition(piece.body, condition);
  }
  return isDateSection(rest) ? parseDateSection(rest, condition) : parseNumberSection(rest, condition);
}

function parseCondition(body: string, previous: Condition | undefined): Condition {
  const match = CONDITION.exec(body.trim());
  if (match === null || previous !== undefined) throw new UnsupportedPattern(`unknown bracket [${body}]`);
  return { comparison: match[1] as Comparison, operand: Number(match[2]) };
}

function isDateSection(pieces: Piece[]): boolean {
  return pieces.some(
    (piece, index) =>
      piece.kind === 'bracket' ||
      (piece.kind === 'char' && (/[ymdhs]/i.test(piece.char) || meridiemAt(pieces, index) !== undefined)),
  );
}

function parseTextSection(pieces: Piece[]): TextToken[] {
  return pieces.map((piece): TextToken => {
    if (piece.kind === 'literal') return piece;
    if (piece.kind === 'bracket') {
      if (COLOR.test(piece.body)) return literal('');
      throw new UnsupportedPattern(`unknown bracket [${piece.body}] in the text section`);
    }
    return piece.char === '@' ? { kind: 'text' } : literal(piece.char);
  });
}

// ---------------------------------------------------------------------------
// Number sections

function parseNumberSection(pieces: Piece[], condition: Condition | undefined): NumberSection {
  const tokens: NumberToken[] = [];
  const placeholders = { int: [] as Placeholder[], frac: [] as Placeholder[], exp: [] as Placeholder[] };
  let part: 'int' | 'frac' | 'exp' = 'int';
  let grouping = false;
  let scale = 0;
  let percent = 0;
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index];
    if (piece.kind !== 'char') {
      if (piece.kind === 'bracket') throw new UnsupportedPattern(`[${piece.body}] in a number section`);
      tokens.push(piece);
      continue;
    }
    const char = piece.char;
    if (isPlaceholder(char)) {
      placeholders[part].push(char);
      tokens.push({ kind: 'digit', part });
    } else if (char === '.' && part === 'int') {
      tokens.push({ kind: 'point' });
      part = 'frac';
    } else if (char === ',') {
      const end = endOfRun(pieces, index, ',');
      const afterDigit = index > 0 && isPlaceholderPiece(pieces[index - 1]);
      // Between digits: thousands separators. After the last digit: divide by 1000 each. Elsewhere: a literal.
      if (afterDigit && isPlaceholderPiece(pieces[end])) grouping = true;
      else if (afterDigit) scale += end - index;
      else tokens.push(literal(','.repeat(end - index)));
      index = end - 1;
    } else if (char === '%') {
      percent += 1;
      tokens.push(literal('%'));
    } else if ((char === 'E' || char === 'e') && part !== 'exp' && /^[+-]$/.test(charAt(pieces, index + 1))) {
      tokens.push({ kind: 'exponent', letter: char, showPlus: charAt(pieces, index + 1) === '+' });
      part = 'exp';
      index += 1;
    } else if (char === '/' && isPlaceholderPiece(pieces[index - 1]) && isPlaceholderPiece(pieces[index + 1])) {
      throw new UnsupportedPattern('fraction formats are not supported');
    } else if (/[A-Za-z@]/.test(char)) {
      throw new UnsupportedPattern(`unquoted ${char} in a number section`);
    } else {
      tokens.push(literal(char));
    }
  }
  return finishNumberSection(tokens, placeholders, { condition, grouping, scale, percent });
}

function finishNumberSection(
  tokens: NumberToken[],
  placeholders: { int: Placeholder[]; frac: Placeholder[]; exp: Placeholder[] },
  options: { condition: Condition | undefined; grouping: boolean; scale: number; percent: number },
): NumberSection {
  const scientific = tokens.some((token) => token.kind === 'exponent');
  if (scientific && placeholders.exp.length === 0) throw new UnsupportedPattern('exponent without digits');
  const firstNumeric = tokens.findIndex((token) => token.kind === 'digit' || token.kind === 'point');
  // '.00' still shows 12.5 as "12.50": the integer digits need a home, so give them an invisible '#'.
  if (placeholders.int.length === 0 && firstNumeric >= 0) {
    tokens.splice(firstNumeric, 0, { kind: 'digit', part: 'int' });
    placeholders.int.push('#');
  }
  return {
    kind: 'number',
    tokens,
    intPlaceholders: placeholders.int,
    fracPlaceholders: placeholders.frac,
    expPlaceholders: placeholders.exp,
    scientific,
    ...options,
  };
}

function isPlaceholder(char: string): char is Placeholder {
  return char === '0' || char === '#' || char === '?';
}

function isPlaceholderPiece(piece: Piece | undefined): boolean {
  return piece?.kind === 'char' && isPlaceholder(piece.char);
}

/** The char of an unquoted piece, or '' for anything else. */
function charAt(pieces: Piece[], index: number): string {
  const piece = pieces[index];
  return piece?.kind === 'char' ? piece.char : '';
}

/** Index just past the run of unquoted `char`s starting at `start` (case-insensitive). */
function endOfRun(pieces: Piece[], start: number, char: string): number {
  let end = start;
  while (charAt(pieces, end).toLowerCase() === char) end += 1;
  return end;
}

/** Renders a number's magnitude (the sign is the caller's) through a number section. */
function renderNumberSection(section: NumberSection, magnitude: number): string {
  const scaled = (magnitude * 100 ** section.percent) / 1000 ** section.scale;
  const shown = section.scientific ? scientificParts(scaled, section) : fixedParts(scaled, section);
  let intIndex = 0;
  let fracIndex = 0;
  return section.tokens
    .map((token) => {
      if (token.kind === 'literal') return token.text;
      if (token.kind === 'point') return '.';
      if (token.kind === 'exponent') return token.letter + shown.exponent;
      if (token.part === 'int') return shown.int[intIndex++];
      if (token.part === 'frac') return shown.frac[fracIndex++];
      return ''; // the exponent's digits are all written at the 'E'
    })
    .join('');
}

interface ShownParts {
  /** Text for each integer placeholder, left to right. */
  readonly int: string[];
  /** Text for each fraction placeholder, left to right. */
  readonly frac: string[];
  /** Sign and digits after the 'E'. */
  readonly exponent: string;
}

function fixedParts(value: number, section: NumberSection): ShownParts {
  const { int, frac } = roundedDigits(value, section.fracPlaceholders.length);
  return {
    int: fillInteger(int, section.intPlaceholders, section.grouping),
    frac: fillFraction(frac, section.fracPlaceholders),
    exponent: '',
  };
}

function scientificParts(value: number, section: NumberSection): ShownParts {
  const width = section.intPlaceholders.length;
  // '##0.0E+0' is engineering notation: the exponent is a multiple of the integer placeholders' count.
  const step = width > 1 && section.intPlaceholders.includes('#') ? width : 1;
  let exponent = firstExponent(value, width, step);
  let digits = roundedDigits(scaleByPowerOfTen(value, -exponent), section.fracPlaceholders.length);
  // Rounding can carry into a new digit (9.996 at '0.00E+00' is 10.00): move the point instead.
  if (digits.int.length > width) {
    exponent += step;
    digits = roundedDigits(scaleByPowerOfTen(value, -exponent), section.fracPlaceholders.length);
  }
  const minimumDigits = Math.max(1, section.expPlaceholders.filter((placeholder) => placeholder === '0').length);
  const showPlus = section.tokens.some((token) => token.kind === 'exponent' && token.showPlus);
  const sign = exponent < 0 ? '-' : showPlus ? '+' : '';
  return {
    int: fillInteger(digits.int, section.intPlaceholders, false),
    frac: fillFraction(digits.frac, section.fracPlaceholders),
    exponent: sign + String(Math.abs(exponent)).padStart(minimumDigits, '0'),
  };
}

/** The exponent that leaves `width` integer digits ('00.0E+0' shows 12345 as 12.3E+3), or a multiple of `step`. */
function firstExponent(value: number, width: number, step: number): number {
  if (value === 0) return 0;
  const exponent = decimalExponent(value);
  return step > 1 ? Math.floor(exponent / step) * step : exponent - (width - 1);
}

/**
 * Integer digits dealt to placeholders from the right, the first placeholder taking any surplus (an integer part is
 * never cut). A placeholder with no digit left shows '0' for '0', a space for '?' and nothing for '#'.
 */
function fillInteger(digits: string, placeholders: readonly Placeholder[], grouping: boolean): string[] {
  const count = placeholders.length;
  const separatorAfter = (power: number): string => (grouping && power > 0 && power % 3 === 0 ? ',' : '');
  return placeholders.map((placeholder, index) => {
    const power = count - 1 - index;
    const lowest = index === 0 ? Math.max(power, digits.length - 1) : power;
    let text = '';
    for (let p = lowest; p >= power; p -= 1) {
      const digit = digits[digits.length - 1 - p];
      if (digit !== undefined) text += digit + separatorAfter(p);
      else if (placeholder === '0') text += '0' + separatorAfter(p);
      else if (placeholder === '?') text += ' ';
    }
    return text;
  });
}

/** Fraction digits, one per placeholder; trailing zeros vanish under '#' and turn to spaces under '?'. */
function fillFraction(digits: string, placeholders: readonly Placeholder[]): string[] {
  const shown = placeholders.map((_, index) => digits[index]);
  for (let index = placeholders.length - 1; index >= 0; index -= 1) {
    if (placeholders[index] === '0' || digits[index] !== '0') break;
    shown[index] = placeholders[index] === '?' ? ' ' : '';
  }
  return shown;
}

/**
 * A non-negative number rounded half away from zero to `decimals` places, worked on its decimal digits so binary
 * noise cannot tip a half either way. `int` has no leading zeros ('' when below 1); `frac` has `decimals` digits.
 */
function roundedDigits(value: number, decimals: number): { int: string; frac: string } {
  const [mantissa, exponent] = value.toExponential(SIGNIFICANT_DIGITS - 1).split('e');
  const significant = mantissa.replace('.', '');
  let pointAt = Number(exponent) + 1; // digits of `significant` before the decimal point
  const keep = pointAt + decimals;
  let kept = keep <= 0 ? '' : significant.slice(0, keep);
  if (keep >= 0 && keep < significant.length && significant[keep] >= '5') {
    kept = incrementDigits(kept);
    if (kept.length > Math.max(keep, 0)) pointAt += 1; // 9.99 → 10.0: the carry made a new leading digit
  }
  if (kept === '' || /^0+$/.test(kept)) return { int: '', frac: '0'.repeat(decimals) };
  const whole = pointAt <= 0 ? '0'.repeat(-pointAt) + kept : kept;
  const intLength = Math.max(pointAt, 0);
  const int = whole.slice(0, intLength).padEnd(intLength, '0').replace(/^0+/, '');
  const frac = whole.slice(intLength).padEnd(decimals, '0').slice(0, decimals);
  return { int, frac };
}

/** Adds one to a string of decimal digits ('' counts as 0). */
function incrementDigits(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits[index] === '9') index -= 1;
  if (index < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, index) + String(Number(digits[index]) + 1) + '0'.repeat(digits.length - 1 - index);
}

/** The power of ten of a positive number's leading digit, at Sheets' 15 significant digits. */
function decimalExponent(value: number): number {
  return Number(value.toExponential(SIGNIFICANT_DIGITS - 1).split('e')[1]);
}

/** value × 10^power, shifted in decimal (through the shortest exact digits) rather than by a lossy multiply. */
function scaleByPowerOfTen(value: number, power: number): number {
  const [mantissa, exponent] = value.toExponential(16).split('e');
  return Number(`${mantissa}e${Number(exponent) + power}`);
}

// ---------------------------------------------------------------------------
// Date sections

function parseDateSection(pieces: Piece[], condition: Condition | undefined): DateSection {
  const tokens: DateToken[] = [];
  for (let index = 0; index < pieces.length;) {
    const piece = pieces[index];
    if (piece.kind !== 'char') {
      tokens.push(piece.kind === 'literal' ? piece : elapsedToken(piece.body));
      index += 1;
      continue;
    }
    const meridiem = meridiemAt(pieces, index);
    if (meridiem !== undefined) {
      tokens.push({ kind: 'meridiem', style: meridiem });
      index += meridiem.length;
      continue;
    }
    const letter = piece.char.toLowerCase();
    const end = /[ymdhs0]/.test(letter) ? endOfRun(pieces, index, letter) : index + 1;
    tokens.push(dateToken(piece.char, end - index));
    index = end;
  }
  const resolved = tokens.map((token, index): DateToken =>
    token.kind === 'month' && isMinute(tokens, index) ? { kind: 'minute', width: token.width } : token,
  );
  return {
    kind: 'date',
    condition,
    tokens: resolved,
    twelveHour: resolved.some((token) => token.kind === 'meridiem'),
    fractionDigits: Math.max(0, ...resolved.map((token) => (token.kind === 'fraction' ? token.digits : 0))),
    elapsed: resolved.some((token) => token.kind === 'elapsed'),
  };
}

/** The token for a run of `width` copies of `char` (matched case-insensitively); other characters are literals. */
function dateToken(char: string, width: number): DateToken {
  switch (char.toLowerCase()) {
    case 'y':
      return { kind: 'year', width };
    case 'm':
      return { kind: 'month', width, explicit: char === 'M' };
    case 'd':
      return { kind: 'day', width };
    case 'h':
      return { kind: 'hour', width };
    case 's':
      return { kind: 'second', width };
    case '0':
      return { kind: 'fraction', digits: Math.min(width, 3) };
    default:
      // The docs: characters not in the token table are output unchanged.
      return literal(char);
  }
}

function elapsedToken(body: string): DateToken {
  return { kind: 'elapsed', unit: body[0].toLowerCase() as 'h' | 'm' | 's', width: body.length };
}

/** 'AM/PM' (any case) or 'a/p' / 'A/P' starting at `index`. */
function meridiemAt(pieces: Piece[], index: number): 'AM/PM' | 'a/p' | 'A/P' | undefined {
  const text = [0, 1, 2, 3, 4].map((offset) => charAt(pieces, index + offset)).join('');
  if (text.toLowerCase() === 'am/pm') return 'AM/PM';
  if (text.slice(0, 3) === 'a/p') return 'a/p';
  if (text.slice(0, 3) === 'A/P') return 'A/P';
  return undefined;
}

/** The docs' rule: 'm'/'mm' are minutes when the previous non-literal token is hours or the next one is seconds. */
function isMinute(tokens: DateToken[], index: number): boolean {
  const token = tokens[index];
  // The docs reserve 'M'/'MM' for months, so 'HH:MM' shows the month. Unverified against the Sheets UI.
  if (token.kind !== 'month' || token.explicit || token.width > 2) return false;
  const before = tokens
    .slice(0, index)
    .reverse()
    .find((other) => other.kind !== 'literal');
  const after = tokens.slice(index + 1).find((other) => other.kind !== 'literal');
  return (
    before?.kind === 'hour' ||
    (before?.kind === 'elapsed' && before.unit === 'h') ||
    after?.kind === 'second' ||
    (after?.kind === 'elapsed' && after.unit === 's')
  );
}

interface Clock {
  readonly year: number;
  /** 0-11. */
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** |duration| in ms, for elapsed-time tokens. */
  readonly elapsedMs: number;
}

/** Renders a serial (days since 1899-12-30 on the wall clock) through a date section. */
function renderDateSection(section: DateSection, serial: number): string {
  // Round to the finest shown unit first, as Excel does, so 23:59:59.6 shows as the next day's 00:00:00.
  // Unverified for Sheets, which might truncate instead.
  const unitMs = 10 ** (3 - section.fractionDigits);
  const totalMs = Math.round((serial * MS_PER_DAY) / unitMs) * unitMs;
  const clock = clockOf(totalMs, section.elapsed);
  const text = section.tokens.map((token) => renderDateToken(token, clock, section.twelveHour)).join('');
  // Unverified: a negative duration shown with a leading '-' (Excel shows ####).
  return section.elapsed && totalMs < 0 ? `-${text}` : text;
}

function clockOf(totalMs: number, elapsed: boolean): Clock {
  const date = new Date(SHEETS_EPOCH_MS + totalMs);
  if (Number.isNaN(date.getTime())) throw new UnsupportedPattern('date out of range');
  const elapsedMs = Math.abs(totalMs);
  // A duration's parts count from zero, not from a midnight: -0.25 is "-6:00", not 18:00 the day before.
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    hour: elapsed ? Math.floor(elapsedMs / 3_600_000) % 24 : date.getUTCHours(),
    minute: elapsed ? Math.floor(elapsedMs / 60_000) % 60 : date.getUTCMinutes(),
    second: elapsed ? Math.floor(elapsedMs / 1000) % 60 : date.getUTCSeconds(),
    millisecond: elapsed ? elapsedMs % 1000 : date.getUTCMilliseconds(),
    elapsedMs,
  };
}

function renderDateToken(token: DateToken, clock: Clock, twelveHour: boolean): string {
  switch (token.kind) {
    case 'literal':
      return token.text;
    case 'year':
      // 'y' and 'yy' are both two digits; 'yyy' and longer the full year (the docs).
      return token.width <= 2 ? pad(clock.year % 100, 2) : pad(clock.year, 4);
    case 'month':
      return monthText(clock.month, token.width);
    case 'day':
      if (token.width === 3) return WEEKDAYS[clock.weekday].slice(0, 3);
      return token.width > 3 ? WEEKDAYS[clock.weekday] : pad(clock.day, token.width);
    case 'hour':
      return pad(twelveHour ? clock.hour % 12 || 12 : clock.hour, Math.min(token.width, 2));
    case 'minute':
      return pad(clock.minute, token.width);
    case 'second':
      return pad(clock.second, Math.min(token.width, 2));
    case 'fraction':
      return pad(Math.floor(clock.millisecond / 10 ** (3 - token.digits)), token.digits);
    case 'elapsed':
      return pad(Math.floor(clock.elapsedMs / { h: 3_600_000, m: 60_000, s: 1000 }[token.unit]), token.width);
    case 'meridiem': {
      const pm = clock.hour >= 12;
      if (token.style === 'AM/PM') return pm ? 'PM' : 'AM'; // always capitals, per the docs
      return token.style === 'a/p' ? (pm ? 'p' : 'a') : pm ? 'P' : 'A';
    }
  }
}

/** 'm'/'mm' numbers, 'mmm' "Mar", 'mmmm' "March", 'mmmmm' "M", six or more the full name again (per the docs). */
function monthText(month: number, width: number): string {
  if (width <= 2) return pad(month + 1, width);
  if (width === 3) return MONTHS[month].slice(0, 3);
  return width === 5 ? MONTHS[month][0] : MONTHS[month];
}

/** The number with leading zeros up to `digits` digits. */
function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}

// ---------------------------------------------------------------------------
// Choosing a section, text, and Automatic

/** A number (or date serial) through a pattern, falling back to `automatic` when the pattern cannot show it. */
function formatSerial(value: number, pattern: ParsedPattern | undefined, automatic: (value: number) => string): string {
  if (!Number.isFinite(value)) return NUM_ERROR;
  if (pattern === undefined) return automatic(value);
  try {
    const { section, signed } = chooseSection(value, pattern.numeric);
    // A date section shows the serial itself: a negative serial is a date before 1899-12-30, not a minus sign.
    if (section.kind === 'date') return renderDateSection(section, value);
    const text = renderNumberSection(section, Math.abs(value));
    // Unverified: a negative that rounds to zero keeps its sign ("-0.00"), as in Excel.
    return signed && value < 0 ? `-${text}` : text;
  } catch (error) {
    if (error instanceof UnsupportedPattern) return automatic(value);
    throw error;
  }
}

/**
 * positive;negative;zero — a negative only gets a '-' when it shares a section with the positives. With [conditions]
 * (allowed on the first two sections) the first matching section wins and a section without one takes the rest.
 */
function chooseSection(value: number, sections: readonly Section[]): { section: Section; signed: boolean } {
  if (sections.length === 0) throw new UnsupportedPattern('no number section');
  if (sections.some((section) => section.condition !== undefined)) {
    const section = sections.find((candidate) => satisfies(value, candidate.condition));
    if (section === undefined) throw new UnsupportedPattern('no section for this value');
    // Unverified: a negative chosen by a condition is shown with its '-', as Excel does.
    return { section, signed: true };
  }
  const [positive, negative = positive, zero = positive] = sections;
  if (value > 0) return { section: positive, signed: false };
  if (value < 0) return { section: negative, signed: sections.length === 1 };
  return { section: zero, signed: false };
}

function satisfies(value: number, condition: Condition | undefined): boolean {
  if (condition === undefined) return true;
  const { comparison, operand } = condition;
  if (comparison === '<') return value < operand;
  if (comparison === '<=') return value <= operand;
  if (comparison === '>') return value > operand;
  if (comparison === '>=') return value >= operand;
  if (comparison === '=') return value === operand;
  return value !== operand;
}

/** Text shows as is, unless the pattern has a text section ('@' stands for the text). */
function formatText(value: string, pattern: ParsedPattern): string {
  if (pattern.text === undefined) return value;
  return pattern.text.map((token) => (token.kind === 'text' ? value : token.text)).join('');
}

/**
 * Sheets' Automatic format for numbers: up to 10 significant digits without grouping, and scientific notation with
 * up to 6 significant digits for very large or very small magnitudes. Unverified: the thresholds (1e15 and 1e-9),
 * the 6 digits of the scientific form (Excel General's), and that integer digits are never dropped (123456789012.5
 * shows as 123456789013).
 */
function automaticNumber(value: number): string {
  if (!Number.isFinite(value)) return NUM_ERROR;
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (magnitude >= 1e15 || magnitude < 1e-9) return sign + automaticScientific(magnitude);
  const decimals = Math.max(0, 9 - decimalExponent(magnitude));
  const { int, frac } = roundedDigits(magnitude, decimals);
  const shownFrac = frac.replace(/0+$/, '');
  return sign + (int || '0') + (shownFrac === '' ? '' : `.${shownFrac}`);
}

function automaticScientific(magnitude: number): string {
  let exponent = decimalExponent(magnitude);
  let digits = roundedDigits(scaleByPowerOfTen(magnitude, -exponent), 5);
  if (digits.int.length > 1) {
    exponent += 1;
    digits = roundedDigits(scaleByPowerOfTen(magnitude, -exponent), 5);
  }
  const frac = digits.frac.replace(/0+$/, '');
  const mantissa = digits.int + (frac === '' ? '' : `.${frac}`);
  return `${mantissa}E${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/**
 * Automatic for a date-time value, as this emulator's brief fixes it: 'yyyy-mm-dd', plus ' hh:mm:ss' when there is
 * a time of day. (Sheets itself follows the spreadsheet locale, e.g. 3/15/2024 in en_US.)
 */
function automaticDate(serial: number): string {
  const hasTime = Math.round(serial * 86_400) % 86_400 !== 0;
  const pattern = parsePattern(hasTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd');
  return pattern === undefined ? automaticNumber(serial) : formatSerial(serial, pattern, automaticNumber);
}
