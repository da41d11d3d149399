/**
 * The bundle's entry: esbuild turns this module's default export into the one
 * global namespace object (LoyaltyMetrics) that the generated top-level
 * functions in dist/CustomFunctions.js call into.
 */

import { spreadsheetTimeZone } from './addon/spreadsheetTimeZone';
import { customFunctionsOf } from './addon/customFunctions';
import { onInstall, onOpen, showFunctionHelp, showWizard } from './addon/menu';
import { CATALOG } from './catalog';

const namespace = {
  ...customFunctionsOf(CATALOG, spreadsheetTimeZone),
  onOpen,
  onInstall,
  showWizard,
  showFunctionHelp,
};

export default namespace;
