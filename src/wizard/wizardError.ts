/**
 * A problem the wizard tells the person about, as a message key and its
 * parameters, so that the server API can put it in the person's language.
 */

import type { MessageKey } from '../i18n/messages/en';

/**
 * A parameter: a value shown as it is (a sheet's name, a heading, a number),
 * or another message to be translated too, marked as such so that a sheet
 * named like a message key ("valueOf", "error.busy") is never taken for one.
 */
export type WizardParameter = string | number | { readonly message: MessageKey };

export class WizardError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly parameters: Readonly<Record<string, WizardParameter>> = {},
  ) {
    super(`${key} ${JSON.stringify(parameters)}`);
    this.name = 'WizardError';
  }
}
