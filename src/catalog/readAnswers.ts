/**
 * Reading survey answers, optionally up to a date: with `dates` and
 * `as_of`, answers dated after as_of are left out (read and checked all the
 * same), so that a dashboard "as of" a date shows the scores as they stood
 * then. Without dates, the whole column is read as a histogram in one pass
 * (readScoreHistogram).
 */

import type { CallContext } from '../input/callContext';
import { isOmitted, readOptionalDate } from '../input/options';
import type { RangeArgument } from '../input/cells';
import { dateReader, scoreReader } from '../input/cellReaders';
import { InputError } from '../input/inputError';
import { column, readTable } from '../input/readTable';
import { readScoreHistogram, type ScoreHistogramReading } from '../input/readScoreHistogram';
import type { ParameterSpec } from './functionSpec';

export const ANSWER_DATES: ParameterSpec = {
  name: 'dates',
  description: 'The date of each answer, e.g. A2:A; needed only with as_of.',
  kind: 'range',
  optional: true,
};
export const ANSWERS_AS_OF: ParameterSpec = {
  name: 'as_of',
  description: 'The date of the analysis: answers dated after it are left out; every answer if blank.',
  kind: 'value',
  optional: true,
};

export function readAnswers(
  context: CallContext,
  scores: RangeArgument,
  scale: { readonly min: number; readonly max: number },
  dates: RangeArgument,
  asOf: RangeArgument,
): ScoreHistogramReading {
  if (isOmitted(dates)) {
    if (!isOmitted(asOf))
      throw new InputError(`${context.functionName}: as_of needs dates; give the date of each answer, e.g. A2:A.`);
    return readScoreHistogram(context, scores, scale);
  }
  const asOfDay = readOptionalDate(context, 'as_of', asOf);
  const table = readTable(
    context,
    {
      dates: column(dates, dateReader(context), 'required'),
      scores: column(scores, scoreReader(context, scale.min, scale.max), 'key', { ignoreText: true }),
    },
    { until: { column: 'dates', day: asOfDay } },
  );
  const histogram = new Float64Array(scale.max + 1);
  for (const score of table.columns.scores) histogram[score]++;
  return { histogram, answers: table.size, ignored: table.ignored };
}
