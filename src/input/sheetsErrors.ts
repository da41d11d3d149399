/**
 * The error values a Sheets cell can hold. A custom function receives an
 * error cell in its range as this text; it must be reported, never read as a
 * heading or ignored as ordinary text.
 * https://support.google.com/docs/answer/3093340 (error types in Sheets)
 */
const SHEETS_ERROR_VALUES: ReadonlySet<string> = new Set([
  '#N/A',
  '#DIV/0!',
  '#REF!',
  '#VALUE!',
  '#ERROR!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
]);

/** True when the text is a Sheets error value such as #N/A. */
export function isSheetsError(text: string): boolean {
  return text.length > 0 && text.trimStart().charCodeAt(0) === 35 /* # */ && SHEETS_ERROR_VALUES.has(text.trim());
}
