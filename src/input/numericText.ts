/**
 * Numbers written as text: what a CSV import or a text-formatted column leaves
 * behind ("9", " 9 ", "$1,234.50", "12%", "(15.00)").
 *
 * Accepted: surrounding spaces; a sign (+, -, or the Unicode minus); one
 * currency symbol before or after; accounting parentheses for a negative;
 * thousands separators as commas in groups of three; a decimal point; an
 * exponent; a trailing percent sign (divides by 100). Digits in Arabic-Indic,
 * Persian, Thai or full-width forms are read as their ASCII digits, so a sheet
 * typed in Persian or Thai reads the same.
 *
 * Not accepted: a decimal comma ("1,5"): with comma grouping also allowed,
 * "1,500" would be ambiguous. Such text is not a number here.
 */

const CURRENCY_SYMBOLS = '$€£¥₹฿₩₽₺₪﷼¢';
const NUMBER_CORE = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/** The number a text holds, or NaN when it is not a number. */
export function parseNumericText(text: string): number {
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

  if (!/\d/.test(s) || !NUMBER_CORE.test(s)) return Number.NaN;
  const magnitude = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return Number.NaN;
  const value = negative ? -magnitude : magnitude;
  return percent ? value / 100 : value;
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
