/**
 * Optional scalar arguments (confidence, period, scale). Left out or left
 * blank (`=NPS_TREND(A:A, C:C, )`) means the default. A value that is not
 * accepted is an InputError that lists what is.
 */

import type { CallContext } from './callContext';
import { type CellValue, isBlank, type RangeArgument } from './cells';
import { dateReader } from './cellReaders';
import { describeCell } from './describeCell';
import { CellProblem, InputError } from './inputError';
import { parseNumericText } from './numericText';
import { isSheetsError } from './sheetsErrors';

/** The single value of an option argument; a range of several cells, or an error value, is an error. */
function singleValue(fn: string, parameter: string, argument: RangeArgument): CellValue {
  const cells = Array.isArray(argument) ? (argument as readonly (readonly CellValue[])[]).flat() : [argument];
  if (cells.length !== 1)
    throw new InputError(`${fn}: ${parameter} must be a single value, not a range of ${cells.length} cells.`);
  const value = cells[0] as CellValue;
  if (typeof value === 'string' && isSheetsError(value)) throw errorValueIn(fn, parameter, value);
  return value;
}

/** An error value (#N/A) given as an option: never read as text or a default. */
export function errorValueIn(fn: string, parameter: string, value: string): InputError {
  return new InputError(`${fn}: ${parameter} is the error ${value.trim()}; fix the cell or formula it comes from.`);
}

/** One of a fixed set of words, compared trimmed and case-insensitively. */
export function readChoice<const C extends readonly string[]>(
  fn: string,
  parameter: string,
  argument: RangeArgument,
  choices: C,
  fallback: C[number],
): C[number] {
  const value = singleValue(fn, parameter, argument);
  if (isBlank(value)) return fallback;
  return matchChoice(fn, parameter, value, choices, ` (or leave it blank for "${fallback}")`);
}

/** One of a fixed set of words that must be given. */
export function readRequiredChoice<const C extends readonly string[]>(
  fn: string,
  parameter: string,
  argument: RangeArgument,
  choices: C,
): C[number] {
  const value = singleValue(fn, parameter, argument);
  if (isBlank(value)) throw new InputError(`${fn}: ${parameter} is blank; use one of ${quotedList(choices)}.`);
  return matchChoice(fn, parameter, value, choices, '');
}

const quotedList = (choices: readonly string[]) => choices.map((choice) => `"${choice}"`).join(', ');

function matchChoice<const C extends readonly string[]>(
  fn: string,
  parameter: string,
  value: CellValue,
  choices: C,
  blankAdvice: string,
): C[number] {
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const match = choices.find((choice) => choice === word);
  if (match !== undefined) return match;
  throw new InputError(
    `${fn}: ${parameter} is ${describeCell(value)}; use one of ${quotedList(choices)}${blankAdvice}.`,
  );
}

/** Text that may be left blank (a name to look up): trimmed, or undefined when blank; a number is read as its digits. */
export function readOptionalText(fn: string, parameter: string, argument: RangeArgument): string | undefined {
  const value = singleValue(fn, parameter, argument);
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  throw new InputError(`${fn}: ${parameter} is ${describeCell(value)}; expected text.`);
}

export interface NumberOption {
  /** The value when left blank; undefined when the value must be given. */
  readonly fallback: number | undefined;
  /** Smallest accepted value, and whether the bound itself is accepted. */
  readonly min: number;
  readonly minInclusive: boolean;
  readonly max: number;
  readonly maxInclusive: boolean;
  readonly integer?: boolean;
  /** How the accepted values read in a message: "a level between 0 and 1, such as 0.9, 0.95 or 0.99". */
  readonly accepted: string;
}

/** A number within bounds; numeric text such as "95%" is read as a number. */
export function readNumberOption(fn: string, parameter: string, argument: RangeArgument, option: NumberOption): number {
  const value = singleValue(fn, parameter, argument);
  if (isBlank(value)) {
    if (option.fallback !== undefined) return option.fallback;
    throw new InputError(`${fn}: ${parameter} is blank; use ${option.accepted}.`);
  }
  const number = typeof value === 'number' ? value : typeof value === 'string' ? parseNumericText(value) : Number.NaN;
  const aboveMin = option.minInclusive ? number >= option.min : number > option.min;
  const belowMax = option.maxInclusive ? number <= option.max : number < option.max;
  if (Number.isFinite(number) && aboveMin && belowMax && (!option.integer || Number.isInteger(number))) return number;
  throw new InputError(`${fn}: ${parameter} is ${describeCell(value)}; use ${option.accepted}.`);
}

/** max_rows: a whole number of rows from 1 up; Infinity (every row) when blank. */
export function readMaxRows(fn: string, argument: RangeArgument): number {
  return readNumberOption(fn, 'max_rows', argument, {
    fallback: Infinity,
    min: 1,
    minInclusive: true,
    max: 10_000_000,
    maxInclusive: true,
    integer: true,
    accepted: 'a whole number of rows from 1 up, such as 1000 (leave it blank for every row)',
  });
}

/** A confidence level strictly between 0 and 1 (0.95 for 95%). */
export function readConfidence(fn: string, argument: RangeArgument, parameter = 'confidence'): number {
  return readNumberOption(fn, parameter, argument, {
    fallback: 0.95,
    min: 0,
    minInclusive: false,
    max: 1,
    maxInclusive: false,
    accepted: 'a level between 0 and 1, such as 0.9, 0.95 or 0.99 (0.95 means 95%; leave it blank for 0.95)',
  });
}

/** A date that must be given (period_start): a date cell, a Sheets serial or ISO text, as a local day number. */
export function readRequiredDate(context: CallContext, parameter: string, argument: RangeArgument): number {
  const day = readOptionalDate(context, parameter, argument);
  if (day !== undefined) return day;
  throw new InputError(
    `${context.functionName}: ${parameter} is blank; give a date (a date cell, or text written as 2024-03-15).`,
  );
}

/** A date that may be left blank (as_of): undefined when blank. */
export function readOptionalDate(context: CallContext, parameter: string, argument: RangeArgument): number | undefined {
  const fn = context.functionName;
  const value = singleValue(fn, parameter, argument);
  if (isBlank(value)) return undefined;
  const reader = dateReader(context);
  try {
    const day =
      typeof value === 'string' && isSheetsError(value)
        ? undefined
        : reader.read(value as Exclude<CellValue, null | undefined>);
    if (day !== undefined) return day;
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
  }
  throw new InputError(`${fn}: ${parameter} is ${describeCell(value, context.timeZone())}; ${reader.expected}.`);
}

/** True when an optional range argument was left out or left blank. */
export function isOmitted(argument: RangeArgument): boolean {
  return !Array.isArray(argument) && isBlank(argument as CellValue);
}
