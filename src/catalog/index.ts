/** Every custom function the add-on offers, family by family. */

import { CUSTOMER_FUNCTIONS } from './customerFunctions';
import type { FunctionSpec } from './functionSpec';
import { ORDER_FUNCTIONS } from './orderFunctions';
import { SURVEY_FUNCTIONS } from './surveyFunctions';

export const CATALOG: readonly FunctionSpec[] = [...SURVEY_FUNCTIONS, ...CUSTOMER_FUNCTIONS, ...ORDER_FUNCTIONS];
