/**
 * A spreadsheet with the add-on installed, offline: a Workbook, the Apps
 * Script services over it, and the built dist/ bundle loaded with those
 * services as its globals. What a user does (open the document, pick a menu
 * item, a sidebar calling the server) runs here as an execution of the
 * bundle, as Apps Script would run it: each in a fresh script scope, and each
 * custom-function cell too, with the services a custom function may use
 * (customFunctionRules.ts).
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../../src/catalog';
import type { FunctionSpec } from '../../src/catalog/functionSpec';
import { DIST } from '../lib/paths';
import { type BundleRuntime, loadBundle } from './appsScriptRuntime';
import { customFunctionServices } from './customFunctionRules';
import { createServices, type EmulatedServices } from './services';
import { UiRecorder } from './spreadsheetApp';
import { type CellInput, Workbook } from './workbook';

export interface OfflineSpreadsheetOptions {
  readonly name: string;
  /** The spreadsheet's time zone (File > Settings). */
  readonly timeZone: string;
  readonly locale?: string;
  readonly userLocale?: string;
  /** Further script files of the project, evaluated after dist/ in every execution (a test's helpers). */
  readonly extraScripts?: readonly string[];
  /** Custom functions those files define, so that formulas can call them. */
  readonly extraFunctions?: readonly string[];
}

export interface OfflineSpreadsheet {
  readonly workbook: Workbook;
  readonly ui: UiRecorder;
  readonly services: EmulatedServices;
  /** A loaded scope of the script, for what does not run anything (its function names, Dates of its realm). */
  readonly runtime: BundleRuntime;
  /** Runs a top-level function of the script as one execution, in a fresh scope; pending writes are applied when it ends. */
  execute(functionName: string, ...args: unknown[]): unknown;
}

/** A custom function of a test's own script file, as the formula engine needs to know it. */
function extraFunction(name: string): FunctionSpec {
  const parameter = { name: 'value', description: '', kind: 'range', optional: true } as const;
  return {
    name,
    summary: '',
    details: '',
    parameters: [parameter, parameter, parameter],
    returns: '',
    example: '',
    compute: () => '',
  };
}

export function openOfflineSpreadsheet(
  sheets: Record<string, readonly (readonly CellInput[])[]>,
  options: OfflineSpreadsheetOptions,
): OfflineSpreadsheet {
  const workbook = new Workbook(sheets, {
    name: options.name,
    timeZone: options.timeZone,
    locale: options.locale ?? 'en_US',
    catalog: [...CATALOG, ...(options.extraFunctions ?? []).map(extraFunction)],
  });
  const ui = new UiRecorder();
  const manifest = JSON.parse(readFileSync(resolve(DIST, 'appsscript.json'), 'utf8')) as { timeZone: string };
  const services = createServices(workbook, ui, {
    userLocale: options.userLocale ?? 'en',
    scriptTimeZone: manifest.timeZone,
  });
  const functionServices = customFunctionServices(services);
  const load = { extraScripts: options.extraScripts };
  workbook.attachRuntime(() => loadBundle(functionServices, load));
  const runtime = loadBundle({ ...services }, load);
  const execute = (functionName: string, ...args: unknown[]): unknown => {
    try {
      return loadBundle({ ...services }, load).call(functionName, ...args);
    } finally {
      workbook.flush();
    }
  };
  // Opening the document runs the add-on's onOpen, as Sheets does for an installed add-on.
  execute('onOpen', { authMode: 'LIMITED' });
  return { workbook, ui, services, runtime, execute };
}
