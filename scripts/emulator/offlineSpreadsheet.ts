/**
 * A spreadsheet with the add-on installed, offline: a Workbook, the Apps
 * Script services over it, and the built dist/ bundle loaded with those
 * services as its globals. What a user does (open the document, pick a menu
 * item, a sidebar calling the server) runs here as an execution of the
 * bundle, as Apps Script would run it.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../../src/catalog';
import { DIST } from '../lib/paths';
import { type BundleRuntime, loadBundle } from './appsScriptRuntime';
import { createServices, type EmulatedServices } from './services';
import { UiRecorder } from './spreadsheetApp';
import { type CellInput, Workbook } from './workbook';

export interface OfflineSpreadsheetOptions {
  readonly name: string;
  /** The spreadsheet's time zone (File > Settings). */
  readonly timeZone: string;
  readonly locale?: string;
  readonly userLocale?: string;
}

export interface OfflineSpreadsheet {
  readonly workbook: Workbook;
  readonly ui: UiRecorder;
  readonly services: EmulatedServices;
  readonly runtime: BundleRuntime;
  /** Runs a top-level function of the script as one execution; pending writes are applied when it ends. */
  execute(functionName: string, ...args: unknown[]): unknown;
}

export function openOfflineSpreadsheet(
  sheets: Record<string, readonly (readonly CellInput[])[]>,
  options: OfflineSpreadsheetOptions,
): OfflineSpreadsheet {
  const workbook = new Workbook(sheets, {
    name: options.name,
    timeZone: options.timeZone,
    locale: options.locale ?? 'en_US',
    catalog: CATALOG,
  });
  const ui = new UiRecorder();
  const manifest = JSON.parse(readFileSync(resolve(DIST, 'appsscript.json'), 'utf8')) as { timeZone: string };
  const services = createServices(workbook, ui, {
    userLocale: options.userLocale ?? 'en',
    scriptTimeZone: manifest.timeZone,
  });
  const runtime = loadBundle({ ...services });
  workbook.attachRuntime(runtime);
  const execute = (functionName: string, ...args: unknown[]): unknown => {
    try {
      return runtime.call(functionName, ...args);
    } finally {
      workbook.flush();
    }
  };
  // Opening the document runs the add-on's onOpen, as Sheets does for an installed add-on.
  execute('onOpen', { authMode: 'LIMITED' });
  return { workbook, ui, services, runtime, execute };
}
