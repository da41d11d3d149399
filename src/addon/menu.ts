/**
 * The add-on's menu and the windows it opens. onOpen runs with
 * AuthMode.NONE before the add-on is authorized in a document: it may only
 * build the menu, so it touches nothing but SpreadsheetApp.getUi() (and so
 * its captions are English: the person's language is not readable yet).
 */

import { CATALOG_FAMILIES } from '../catalog';
import { formatDateTime } from '../i18n/formatTime';
import { format } from '../i18n/language';
import { appsScript } from './appsScriptApi';
import { functionHelpHtml } from './functionHelp';
import { spreadsheetTimeZone } from './spreadsheetTimeZone';
import { userLanguage, wizardRefreshDashboard } from './wizardServer';

export const ADDON_TITLE = 'Loyalty Metrics';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  appsScript
    .spreadsheetApp()
    .getUi()
    .createAddonMenu()
    .addItem('Open wizard', 'showWizard')
    .addItem('Refresh dashboard', 'refreshDashboard')
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
  const language = userLanguage();
  const page = appsScript
    .htmlService()
    .createHtmlOutput(functionHelpHtml(CATALOG_FAMILIES, language))
    .setWidth(640)
    .setHeight(520);
  appsScript
    .spreadsheetApp()
    .getUi()
    .showModalDialog(page, format(language, 'help.title', { addon: ADDON_TITLE }));
}

/** Seconds the "dashboard refreshed" toast stays (Sheets' default is 5): time to read the date. */
const REFRESH_TOAST_SECONDS = 10;

/**
 * Menu item "Refresh dashboard": rebuilds the dashboard with the saved
 * settings and says so in a toast, with the time it was computed written for
 * the person (their language, the spreadsheet's time zone), not as the ISO
 * timestamp the dashboard keeps.
 */
export function refreshDashboard(): void {
  const outcome = wizardRefreshDashboard();
  const language = userLanguage();
  const computedOn = Date.parse(outcome.computedOn);
  const time = Number.isFinite(computedOn)
    ? formatDateTime(computedOn, language, spreadsheetTimeZone(), appsScript.session().getActiveUserLocale())
    : outcome.computedOn;
  appsScript
    .spreadsheetApp()
    .getActive()
    .toast(format(language, 'create.computedOn', { time }), format(language, 'create.done'), REFRESH_TOAST_SECONDS);
}
