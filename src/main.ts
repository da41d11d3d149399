/**
 * The bundle's entry: esbuild turns this module's default export into the one
 * global namespace object (LoyaltyMetrics) that the generated top-level
 * functions in dist/CustomFunctions.js call into.
 */

import { spreadsheetNumberFormat, spreadsheetTimeZone } from './addon/spreadsheetTimeZone';
import { customFunctionsOf } from './addon/customFunctions';
import { documentStore } from './addon/documentStore';
import { onInstall, onOpen, refreshDashboard, showFunctionHelp, showWizard } from './addon/menu';
import {
  wizardCheckData,
  wizardCreateDashboard,
  wizardInspectSheet,
  wizardOpenDashboard,
  wizardRefreshDashboard,
  wizardSetLanguage,
  wizardSql,
  wizardStart,
} from './addon/wizardServer';
import { CATALOG } from './catalog';

const namespace = {
  ...customFunctionsOf(CATALOG, {
    timeZone: spreadsheetTimeZone,
    numberFormat: spreadsheetNumberFormat,
    store: documentStore,
  }),
  onOpen,
  onInstall,
  showWizard,
  showFunctionHelp,
  refreshDashboard,
  wizardStart,
  wizardSetLanguage,
  wizardInspectSheet,
  wizardCheckData,
  wizardCreateDashboard,
  wizardRefreshDashboard,
  wizardOpenDashboard,
  wizardSql,
};

export default namespace;
