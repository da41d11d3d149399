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

export const FAMILY_IDS = ['survey', 'customers', 'orders', 'segments', 'impact', 'predictive', 'benchmarks'] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

/** A family of functions, as the Function help dialog indexes them (its name is a message of src/i18n). */
export interface CatalogFamily {
  readonly id: FamilyId;
  readonly functions: readonly FunctionSpec[];
}

/** The families, each function with the language parameter of the table functions (tableLanguage.ts). */
export const CATALOG_FAMILIES: readonly CatalogFamily[] = (
  [
    { id: 'survey', functions: SURVEY_FUNCTIONS },
    { id: 'customers', functions: [...CUSTOMER_FUNCTIONS, ...SUBSCRIPTION_FUNCTIONS] },
    { id: 'orders', functions: ORDER_FUNCTIONS },
    { id: 'segments', functions: SEGMENT_FUNCTIONS },
    { id: 'impact', functions: IMPACT_FUNCTIONS },
    // BTYD_VALIDATE checks the purchase models on a holdout period: it belongs with them.
    { id: 'predictive', functions: [...PREDICTIVE_FUNCTIONS, ...MODEL_CHECK_FUNCTIONS] },
    { id: 'benchmarks', functions: BENCHMARK_FUNCTIONS },
  ] satisfies CatalogFamily[]
).map((family) => ({ ...family, functions: family.functions.map(withLanguage) }));

/** Every function, family after family. */
export const CATALOG: readonly FunctionSpec[] = CATALOG_FAMILIES.flatMap((family) => family.functions);
