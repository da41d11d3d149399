/**
 * An error in what the user passed: Sheets shows the message when the user
 * hovers over #ERROR!. Messages name the function, where the problem is, what
 * was found and what is expected:
 *   "NPS: row 7 holds 11; scores must be whole numbers from 0 to 10."
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Raised by a cell reader for a cell that can only be a mistake (a score of
 * 11, a checkbox in a date column). The table reader adds the function name
 * and the cell's position.
 */
export class CellProblem extends Error {
  constructor(
    readonly explanation?: string,
    /** True for text written like a value (03/04/2024, "1,5" in en_US) that the reader cannot read unambiguously. */
    readonly unreadableText = false,
  ) {
    super(explanation ?? 'invalid cell');
    this.name = 'CellProblem';
  }
}
