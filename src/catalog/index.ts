/** Every custom function the add-on offers, family by family. */

import { BENCHMARK_FUNCTIONS } from './benchmarkFunctions';
import { CUSTOMER_FUNCTIONS } from './customerFunctions';
import type { FunctionSpec } from './functionSpec';
import { ORDER_FUNCTIONS } from './orderFunctions';
import { PREDICTIVE_FUNCTIONS } from './predictiveFunctions';
import { SURVEY_FUNCTIONS } from './surveyFunctions';

export const CATALOG: readonly FunctionSpec[] = [
  ...SURVEY_FUNCTIONS,
  ...CUSTOMER_FUNCTIONS,
  ...ORDER_FUNCTIONS,
  ...PREDICTIVE_FUNCTIONS,
  ...BENCHMARK_FUNCTIONS,
];
