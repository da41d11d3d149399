/**
 * The add-on's menu and the windows it opens. onOpen runs with
 * AuthMode.NONE before the add-on is authorized in a document: it may only
 * build the menu, so it touches nothing but SpreadsheetApp.getUi().
 */

import { CATALOG } from '../catalog';
import { appsScript } from './appsScriptApi';
import { functionHelpHtml } from './functionHelp';

export const ADDON_TITLE = 'Loyalty Metrics';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  appsScript
    .spreadsheetApp()
    .getUi()
    .createAddonMenu()
    .addItem('Open wizard', 'showWizard')
    .addItem('Function help', 'showFunctionHelp')
    .addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showWizard(): void {
  const page = appsScript.htmlService().createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  appsScript.spreadsheetApp().getUi().showSidebar(page);
}

export function showFunctionHelp(): void {
  const page = appsScript.htmlService().createHtmlOutput(functionHelpHtml(CATALOG)).setWidth(640).setHeight(520);
  appsScript.spreadsheetApp().getUi().showModalDialog(page, `${ADDON_TITLE}: function help`);
}
