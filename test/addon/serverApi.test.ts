/**
 * Every server function the sidebar may call (WizardServerApi) is a top-level
 * function of the script: in the bundle's namespace and declared as an entry
 * point, which scripts/build.ts turns into the global Apps Script calls.
 */

import namespace from '../../src/main';
import { ENTRY_POINTS } from '../../src/addon/entryPoints';
import type { WizardServerApi } from '../../src/wizard/wizardProtocol';

/** Each name once; the type makes leaving one out (or adding one the protocol lacks) a compile error. */
const SERVER_FUNCTIONS = {
  wizardStart: true,
  wizardSetLanguage: true,
  wizardInspectSheet: true,
  wizardCheckData: true,
  wizardCreateDashboard: true,
  wizardRefreshDashboard: true,
  wizardOpenDashboard: true,
  wizardSql: true,
  showFunctionHelp: true,
} satisfies Record<keyof WizardServerApi, true>;

describe('the wizard’s server API', () => {
  it.each(Object.keys(SERVER_FUNCTIONS))('%s is a function of the bundle and an entry point', (name) => {
    expect(typeof (namespace as Record<string, unknown>)[name]).toBe('function');
    expect(ENTRY_POINTS.map((entry) => entry.name)).toContain(name);
  });
});
