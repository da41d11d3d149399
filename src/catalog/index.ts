/** Every custom function the add-on offers, family by family. */

import type { FunctionSpec } from './functionSpec';
import { SURVEY_FUNCTIONS } from './surveyFunctions';

export const CATALOG: readonly FunctionSpec[] = [...SURVEY_FUNCTIONS];
