/** Every custom function the add-on offers, family by family. */

import { BENCHMARK_FUNCTIONS } from './benchmarkFunctions';
import { CUSTOMER_FUNCTIONS } from './customerFunctions';
import type { FunctionSpec } from './functionSpec';
import { withLanguage } from './tableLanguage';
import { IMPACT_FUNCTIONS } from './impactFunctions';
import { MODEL_CHECK_FUNCTIONS } from './modelCheckFunctions';
import { ORDER_FUNCTIONS } from './orderFunctions';
import { PREDICTIVE_FUNCTIONS } from './predictiveFunctions';
import { SEGMENT_FUNCTIONS } from './segmentFunctions';
import { SUBSCRIPTION_FUNCTIONS } from './subscriptionFunctions';
import { SURVEY_FUNCTIONS } from './surveyFunctions';

export const CATALOG: readonly FunctionSpec[] = [
  ...SURVEY_FUNCTIONS,
  ...CUSTOMER_FUNCTIONS,
  ...SUBSCRIPTION_FUNCTIONS,
  ...ORDER_FUNCTIONS,
  ...SEGMENT_FUNCTIONS,
  ...IMPACT_FUNCTIONS,
  ...PREDICTIVE_FUNCTIONS,
  ...BENCHMARK_FUNCTIONS,
  ...MODEL_CHECK_FUNCTIONS,
].map(withLanguage);
