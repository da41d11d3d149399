/**
 * Calls to the add-on's server functions (google.script.run), typed by the
 * protocol: `server('wizardCheckData', sources)` takes what
 * WizardServerApi.wizardCheckData takes and resolves to what it returns.
 */

import type { WizardServerApi } from '../src/wizard/wizardProtocol';

export type ServerCall = keyof WizardServerApi;

export function server<K extends ServerCall>(
  name: K,
  ...args: Parameters<WizardServerApi[K]>
): Promise<ReturnType<WizardServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<WizardServerApi[K]>))
      .withFailureHandler((error) => reject(error));
    runner[name](...args);
  });
}
