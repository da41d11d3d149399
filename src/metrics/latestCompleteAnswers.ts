/**
 * Which survey answer speaks for each respondent when behaviour after the
 * answer is measured over a window (NPS_IMPACT): their latest answer whose
 * whole window has passed by the analysis date, i.e. answered on day d with
 * d + windowDays <= asOf.
 *
 * The latest, because it is the customer's current opinion and the one
 * closest to what they did next; complete, because a respondent who answered
 * last month has had a month to buy again while one who answered a year ago
 * has had a year: counting incomplete windows would make recent respondents
 * look disloyal, and since survey programmes change over time, it would bias
 * the comparison of promoters and detractors whenever one group answered more
 * recently. Respondents without a complete answer are left out and counted.
 *
 * Two answers of one respondent on the chosen day in different categories
 * cannot be told apart (which came last?): they are reported, never guessed.
 */

import type { KeyIndex } from './keyIndex';
import { npsCategory } from './npsTally';

export interface LatestCompleteAnswers {
  /** For each respondent (in the order of `respondents.keys`), the row of the chosen answer; -1 when none. */
  readonly rowOf: Int32Array;
  /** Respondents without an answer whose window ended by as_of. */
  readonly incomplete: number;
  /** Two rows of one respondent on the chosen day in different categories, or null. */
  readonly conflict: readonly [number, number] | null;
}

export function latestCompleteAnswers(
  respondents: KeyIndex,
  days: ArrayLike<number>,
  scores: ArrayLike<number>,
  windowDays: number,
  asOfDay: number,
): LatestCompleteAnswers {
  const count = respondents.keys.length;
  const lastComplete = Math.floor(asOfDay) - windowDays;
  const rowOf = new Int32Array(count).fill(-1);
  const conflictOf = new Int32Array(count).fill(-1);
  for (let i = 0; i < respondents.ofRow.length; i++) {
    const day = Math.floor(days[i]);
    if (day > lastComplete) continue;
    const r = respondents.ofRow[i];
    const chosen = rowOf[r];
    const chosenDay = chosen < 0 ? -Infinity : Math.floor(days[chosen]);
    if (day > chosenDay) {
      rowOf[r] = i;
      conflictOf[r] = -1;
    } else if (day === chosenDay && conflictOf[r] < 0 && npsCategory(scores[i]) !== npsCategory(scores[chosen])) {
      conflictOf[r] = i;
    }
  }
  let incomplete = 0;
  let conflict: [number, number] | null = null;
  for (let r = 0; r < count; r++) {
    if (rowOf[r] < 0) incomplete++;
    if (conflict === null && conflictOf[r] >= 0) {
      conflict = [Math.min(rowOf[r], conflictOf[r]), Math.max(rowOf[r], conflictOf[r])];
    }
  }
  return { rowOf, incomplete, conflict };
}
