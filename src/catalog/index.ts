/** Every custom function the add-on offers, family by family. */

import { CUSTOMER_FUNCTIONS } from './customerFunctions';
import type { FunctionSpec } from './functionSpec';
import { IMPACT_FUNCTIONS } from './impactFunctions';
import { ORDER_FUNCTIONS } from './orderFunctions';
import { PREDICTIVE_FUNCTIONS } from './predictiveFunctions';
import { SEGMENT_FUNCTIONS } from './segmentFunctions';
import { SURVEY_FUNCTIONS } from './surveyFunctions';

export const CATALOG: readonly FunctionSpec[] = [
  ...SURVEY_FUNCTIONS,
  ...CUSTOMER_FUNCTIONS,
  ...ORDER_FUNCTIONS,
  ...SEGMENT_FUNCTIONS,
  ...IMPACT_FUNCTIONS,
  ...PREDICTIVE_FUNCTIONS,
];
