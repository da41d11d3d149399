/**
 * The wizard's first guess at what each column of a sheet holds: from its
 * heading, in any of the four languages (headings.ts), and for a column whose
 * heading names nothing, from its values (dates, 0-10 whole numbers, amounts,
 * repeated ids). The person confirms or changes every guess, so a guess only
 * has to be right on ordinary exports; each role goes to one column at most.
 */

import { type CellValue, isBlank, isDate } from '../input/cells';
import { type ColumnRole, normaliseHeading, ROLE_WORDS } from '../input/headings';
import { parseIsoDateText } from '../input/isoDateText';
import { parseNumericText } from '../input/numericText';

/** The roles a column can have, in the order the wizard lists them. */
export const WIZARD_ROLES: readonly ColumnRole[] = [
  'customer',
  'orderDate',
  'amount',
  'product',
  'order',
  'score',
  'satisfaction',
  'responseDate',
  'segment',
  'startDate',
  'endDate',
  'source',
];

export const DATE_ROLES: readonly ColumnRole[] = ['orderDate', 'responseDate', 'startDate', 'endDate'];

/** Latin words match at the start of a word ("customers", not "recorder"); Thai, Persian and Chinese anywhere. */
function containsWord(heading: string, word: string): boolean {
  if (!/^[a-z]/.test(word)) return heading.includes(word);
  let from = heading.indexOf(word);
  while (from !== -1) {
    if (from === 0 || !/[a-z0-9]/.test(heading[from - 1])) return true;
    from = heading.indexOf(word, from + 1);
  }
  return false;
}

/**
 * The bare words for "date", which say that a column holds dates but not
 * which: they count least, so that "End date", "วันที่เริ่ม" or "開始日期"
 * name an end or start date rather than an order date.
 */
const BARE_DATE_WORDS = new Set(['date', 'day', 'วันที่', 'تاریخ', '日期']);

const strengthOf = (word: string): number => (BARE_DATE_WORDS.has(word) ? 0.5 : word.length);

/**
 * The roles a heading names, strongest first: a role's strength is the length
 * of the longest of its words in the heading, so "Order date" names an order
 * date (10) before an order (5), and "Cancel date" an end date (6) before a
 * date (a bare date word, which counts least).
 */
export function rolesNamedBy(heading: string): { role: ColumnRole; strength: number }[] {
  const text = normaliseHeading(heading);
  if (text === '') return [];
  const named: { role: ColumnRole; strength: number }[] = [];
  for (const role of WIZARD_ROLES) {
    const strength = Math.max(0, ...ROLE_WORDS[role].filter((word) => containsWord(text, word)).map(strengthOf));
    if (strength > 0) named.push({ role, strength });
  }
  return named.sort((a, b) => b.strength - a.strength);
}

/** What kind of values a column holds, counted over its non-blank cells. */
export interface ColumnProfile {
  readonly filled: number;
  readonly blank: number;
  readonly dates: number;
  readonly numbers: number;
  readonly texts: number;
  /** Texts with a digit in them, as ids have ("B-10023") and names do not. */
  readonly textsWithDigits: number;
  readonly wholeNumbers: number;
  readonly min: number;
  readonly max: number;
  readonly distinct: number;
}

export function profileColumn(cells: readonly CellValue[]): ColumnProfile {
  let filled = 0;
  let dates = 0;
  let numbers = 0;
  let texts = 0;
  let textsWithDigits = 0;
  let wholeNumbers = 0;
  let min = Infinity;
  let max = -Infinity;
  const seen = new Set<string>();
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    filled++;
    seen.add(isDate(cell) ? String(cell.getTime()) : String(cell).trim());
    let number = NaN;
    if (isDate(cell)) dates++;
    else if (typeof cell === 'number') number = cell;
    else if (typeof cell === 'string') {
      if (parseIsoDateText(cell) !== null) dates++;
      else {
        number = parseNumericText(cell);
        if (Number.isNaN(number)) {
          texts++;
          if (/\d/.test(cell)) textsWithDigits++;
        }
      }
    }
    if (!Number.isNaN(number)) {
      numbers++;
      if (Number.isInteger(number)) wholeNumbers++;
      min = Math.min(min, number);
      max = Math.max(max, number);
    }
  }
  return {
    filled,
    blank: cells.length - filled,
    dates,
    numbers,
    texts,
    textsWithDigits,
    wholeNumbers,
    min,
    max,
    distinct: seen.size,
  };
}

/** Most of the values (at least 80%), so that a few typos do not hide a column's kind. */
const mostly = (count: number, profile: ColumnProfile): boolean => profile.filled > 0 && count >= 0.8 * profile.filled;

/** The role a column's values suggest, for a column whose heading names none; undefined when they say nothing clear. */
export function roleSuggestedByValues(profile: ColumnProfile): ColumnRole | 'date' | undefined {
  if (profile.filled === 0) return undefined;
  if (mostly(profile.dates, profile)) return 'date';
  if (mostly(profile.numbers, profile)) {
    const whole = profile.wholeNumbers === profile.numbers;
    if (whole && profile.min >= 1 && profile.max <= 5) return 'satisfaction';
    if (whole && profile.min >= 0 && profile.max <= 10 && profile.max > 5) return 'score';
    // Ids: many different whole numbers of several digits, some repeated (a customer's second order), or all
    // different (an order number).
    if (whole && profile.min >= 100 && profile.distinct > 20) {
      if (profile.distinct < profile.filled) return 'customer';
      if (profile.min >= 1000) return 'order';
    }
    return 'amount';
  }
  if (mostly(profile.texts, profile)) {
    if (profile.distinct <= 30 && profile.distinct * 2 <= profile.filled) return 'segment';
    if (profile.distinct < profile.filled) return 'customer';
    // All different: an order id if it looks like one ("B-10023"); names and comments are not ids.
    return mostly(profile.textsWithDigits, profile) ? 'order' : undefined;
  }
  return undefined;
}

export interface ColumnSample {
  readonly heading: string;
  readonly cells: readonly CellValue[];
}

/**
 * One proposed role (or none) per column. Headings go first, strongest
 * first; then values fill roles still free. Two ambiguities are settled by
 * the sheet as a whole: a plain "date" is a response date in a survey sheet
 * (one with scores) and an order date elsewhere; "plan" is a product in a
 * sheet of orders and a segment in a sheet of customers or answers.
 */
export function proposeRoles(columns: readonly ColumnSample[]): (ColumnRole | null)[] {
  const named = columns.map((column) => rolesNamedBy(column.heading));
  const profiles = columns.map((column) => profileColumn(column.cells));
  const suggested = profiles.map(roleSuggestedByValues);
  const isSurvey = columns.some((_, i) => {
    const role = named[i][0]?.role ?? suggested[i];
    return role === 'score' || role === 'satisfaction';
  });
  const hasOrders = named.some((roles) => roles.some((r) => r.role === 'amount' || r.role === 'order'));
  const inContext = (role: ColumnRole): ColumnRole => {
    if (role === 'orderDate' && isSurvey && !hasOrders) return 'responseDate';
    if (role === 'responseDate' && !isSurvey) return 'orderDate';
    if (role === 'product' && !hasOrders) return 'segment';
    return role;
  };

  const proposal: (ColumnRole | null)[] = columns.map(() => null);
  const taken = new Set<ColumnRole>();
  const byStrength = columns
    .map((_, i) => i)
    .sort((a, b) => (named[b][0]?.strength ?? 0) - (named[a][0]?.strength ?? 0));
  for (const i of byStrength) {
    for (const { role } of named[i]) {
      const fitting = inContext(role);
      if (taken.has(fitting)) continue;
      proposal[i] = fitting;
      taken.add(fitting);
      break;
    }
  }

  const unnamedDates = columns.map((_, i) => i).filter((i) => named[i].length === 0 && suggested[i] === 'date');
  // Two date columns, the second blank in some rows where the first is filled: a start and an (open) end.
  const [first, second] = unnamedDates;
  const openEnded =
    second !== undefined && columns[first].cells.some((cell, r) => !isBlank(cell) && isBlank(columns[second].cells[r]));
  const dateRoles: ColumnRole[] =
    openEnded && !isSurvey ? ['startDate', 'endDate'] : [isSurvey ? 'responseDate' : 'orderDate'];
  for (const i of columns.keys()) {
    if (named[i].length > 0) continue;
    const suggestion = suggested[i];
    const role = suggestion === 'date' ? dateRoles.find((r) => !taken.has(r)) : suggestion;
    if (role === undefined || taken.has(role)) continue;
    proposal[i] = role;
    taken.add(role);
  }
  return proposal;
}
