/** Every custom function the add-on offers, family by family. */

import { BENCHMARK_FUNCTIONS } from './benchmarkFunctions';
import { CUSTOMER_FUNCTIONS } from './customerFunctions';
import type { FunctionSpec } from './functionSpec';
import { MODEL_CHECK_FUNCTIONS } from './modelCheckFunctions';
import { ORDER_FUNCTIONS } from './orderFunctions';
import { PREDICTIVE_FUNCTIONS } from './predictiveFunctions';
import { SUBSCRIPTION_FUNCTIONS } from './subscriptionFunctions';
import { SURVEY_FUNCTIONS } from './surveyFunctions';

export const CATALOG: readonly FunctionSpec[] = [
  ...SURVEY_FUNCTIONS,
  ...CUSTOMER_FUNCTIONS,
  ...SUBSCRIPTION_FUNCTIONS,
  ...ORDER_FUNCTIONS,
  ...PREDICTIVE_FUNCTIONS,
  ...BENCHMARK_FUNCTIONS,
  ...MODEL_CHECK_FUNCTIONS,
];
