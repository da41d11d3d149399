/**
 * Numbers written as text: what a CSV import or a text-formatted column leaves
 * behind ("9", " 9 ", "$1,234.50", "12%", "(15.00)"), read the way the
 * spreadsheet's locale writes numbers (src/input/sheetsLocales.ts): in en_US
 * "1,234.50" is 1234.5; in de_DE "1.234,50" is, and "1,5" is 1.5.
 *
 * Accepted: surrounding spaces; a sign (+, -, or the Unicode minus); one
 * currency symbol before or after; accounting parentheses for a negative;
 * the locale's group mark between groups of three digits; the locale's
 * decimal mark; an exponent; a trailing percent sign (divides by 100). Digits
 * in Arabic-Indic, Persian, Thai or full-width forms are read as their ASCII
 * digits, so a sheet typed in Persian or Thai reads the same.
 *
 * Text that is written like a number but not the locale's way ("1,5" in
 * en_US, "1.234,50" there, "1.2.3" anywhere) is not read as a number:
 * looksLikeNumber tells the readers it is one, so that they refuse it with
 * its cell instead of guessing or taking it for a heading.
 */

import { EN_US_NUMBERS, type NumberFormat } from './sheetsLocales';

const CURRENCY_SYMBOLS = '$€£¥₹฿₩₽₺₪﷼¢';
const SPACES = /[ \t]/g;

/** The number a text holds in the locale, or NaN when it is not a number written the locale's way. */
export function parseNumericText(text: string, format: NumberFormat = EN_US_NUMBERS): number {
  let s = normaliseDigits(text).trim();
  if (s.length === 0) return Number.NaN;

  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // At most one sign and one currency symbol, in either order: "-$5", "$-5".
  let signSeen = false;
  let currencySeen = false;
  for (let pass = 0; pass < 2; pass++) {
    const first = s.charAt(0);
    if (!signSeen && (first === '-' || first === '\u2212' || first === '+')) {
      signSeen = true;
      if (first !== '+') negative = !negative;
      s = s.slice(1).trim();
    } else if (!currencySeen && CURRENCY_SYMBOLS.includes(first)) {
      currencySeen = true;
      s = s.slice(1).trim();
    }
  }
  const last = s.charAt(s.length - 1);
  if (!currencySeen && last !== '' && CURRENCY_SYMBOLS.includes(last)) s = s.slice(0, -1).trim();

  if (!/\d/.test(s)) return Number.NaN;
  const plain = plainNumber(s, format);
  if (plain === null) return Number.NaN;
  const magnitude = Number(plain);
  if (!Number.isFinite(magnitude)) return Number.NaN;
  const value = negative ? -magnitude : magnitude;
  return percent ? value / 100 : value;
}

const patterns = new Map<string, RegExp>();

/** The number as JavaScript writes it ("1234.5"), or null when it is not written the locale's way. */
function plainNumber(s: string, format: NumberFormat): string | null {
  const key = `${format.decimal}|${format.groups.join('')}|${format.indian === true}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const group = `[${format.groups.map((g) => (g === ' ' ? ' ' : escapeClass(g))).join('')}]`;
    const decimal = escapeClass(format.decimal);
    const grouped = format.indian
      ? `\\d{1,2}(?:${group}\\d{2})*${group}\\d{3}|\\d{1,3}${group}\\d{3}`
      : `\\d{1,3}(?:${group}\\d{3})+`;
    pattern = new RegExp(`^(?:${grouped}|\\d+)?(?:${decimal}\\d*)?(?:[eE][-+]?\\d+)?$`);
    patterns.set(key, pattern);
  }
  const compact = format.groups.includes(' ') ? s.replace(SPACES, ' ') : s;
  if (!pattern.test(compact)) return null;
  let out = '';
  for (const char of compact) {
    if (char === format.decimal) out += '.';
    else if (!format.groups.includes(char)) out += char;
  }
  return out;
}

const escapeClass = (char: string) => char.replace(/[-\\\]^.]/g, (c) => `\\${c}`);

/**
 * True when the text is written like a number (digits with group or decimal
 * marks, a sign, a currency symbol, a percent sign or parentheses) whether or
 * not the locale would read it: "1,5", "1.234,50", "(12)", "1.2.3". Such text
 * is data, never a heading or a text answer.
 */
export function looksLikeNumber(text: string): boolean {
  const s = normaliseDigits(text)
    .trim()
    .replace(/^[(\s+\-\u2212]+|[)\s%]+$/g, '')
    .replace(new RegExp(`^[${CURRENCY_SYMBOLS}]\\s*|\\s*[${CURRENCY_SYMBOLS}]$`, 'g'), '')
    .replace(/^[+\-\u2212]/, '');
  return /^[\d.,'\u2019 ]*\d[\d.,'\u2019 ]*(?:[eE][-+]?\d+)?$/.test(s);
}

/** Zero code points of the digit sets read as ASCII digits. */
const DIGIT_ZEROS = [0x0660 /* Arabic-Indic */, 0x06f0 /* Persian */, 0x0e50 /* Thai */, 0xff10 /* full-width */];

/** Replaces non-ASCII decimal digits (and the Arabic decimal/thousands marks) by ASCII. */
export function normaliseDigits(text: string): string {
  // Fast exit: nothing outside ASCII.
  if (!/[\u0080-\uffff]/.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) out += String.fromCharCode(48 + code - zero);
    else if (char === '\u066b')
      out += '.'; // Arabic decimal separator
    else if (char === '\u066c')
      out += ','; // Arabic thousands separator
    else if (char === '\u00a0' || char === '\u202f')
      out += ' '; // no-break spaces
    else out += char;
  }
  return out;
}
