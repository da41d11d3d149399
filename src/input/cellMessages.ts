/**
 * The wording of a bad-cell message, shared by every reader so that all
 * functions say it the same way:
 *   "NPS: row 7 holds 11; scores must be whole numbers from 0 to 10."
 */

import type { CallContext } from './callContext';
import type { CellValue } from './cells';
import { describeCell } from './describeCell';
import { InputError } from './inputError';
import type { TimeZone } from '../time/timeZone';

export function badCellError(context: CallContext, where: string, cell: CellValue, explanation: string): InputError {
  return new InputError(
    `${context.functionName}: ${where} holds ${describeCell(cell, zoneIfAvailable(context))}; ${explanation}.`,
  );
}

/** The explanation for an error cell (#N/A) found where a value was expected. */
export function errorCellExplanation(expected: string): string {
  return `fix or clear that cell (${expected})`;
}

/** The spreadsheet's zone for quoting a date in a message, or none if it cannot be had. */
export function zoneIfAvailable(context: CallContext): TimeZone | undefined {
  try {
    return context.timeZone();
  } catch {
    return undefined;
  }
}
