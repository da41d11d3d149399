/**
 * A problem the wizard tells the person about, as a message key and its
 * parameters, so that the server API can put it in the person's language.
 */

import type { MessageKey } from '../i18n/messages/en';

export class WizardError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly parameters: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${key} ${JSON.stringify(parameters)}`);
    this.name = 'WizardError';
  }
}
