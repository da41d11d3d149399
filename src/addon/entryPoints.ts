/**
 * Top-level functions Apps Script calls by name (triggers and menu items),
 * beside the custom functions. scripts/build.ts declares each as a global
 * function that forwards to the bundle's namespace.
 */
export interface EntryPoint {
  readonly name: string;
  readonly parameters: readonly string[];
  readonly summary: string;
}

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', parameters: ['e'], summary: 'Builds the add-on menu when the spreadsheet opens.' },
  { name: 'onInstall', parameters: ['e'], summary: 'Builds the menu right after the add-on is installed.' },
  { name: 'showWizard', parameters: [], summary: 'Menu item "Open wizard": opens the sidebar.' },
  { name: 'showFunctionHelp', parameters: [], summary: 'Menu item "Function help": lists every function.' },
  {
    name: 'refreshDashboard',
    parameters: [],
    summary: 'Menu item "Refresh dashboard": rebuilds it with the saved settings.',
  },
  { name: 'wizardStart', parameters: [], summary: 'Sidebar: the sheets, the saved settings and the language.' },
  { name: 'wizardSetLanguage', parameters: ['language'], summary: 'Sidebar: remembers the language the person chose.' },
  {
    name: 'wizardInspectSheet',
    parameters: ['sheetName'],
    summary: 'Sidebar: headings, proposed roles and first rows of a sheet.',
  },
  {
    name: 'wizardCheckData',
    parameters: ['sources'],
    summary: 'Sidebar: data-health problems and the metrics the mapping allows.',
  },
  {
    name: 'wizardCreateDashboard',
    parameters: ['settings', 'existing'],
    summary: 'Sidebar: writes the dashboard sheet and returns the headline numbers.',
  },
  {
    name: 'wizardRefreshDashboard',
    parameters: [],
    summary: 'Sidebar: rebuilds the dashboard with the saved settings.',
  },
  { name: 'wizardOpenDashboard', parameters: [], summary: 'Sidebar: shows the dashboard sheet.' },
  {
    name: 'wizardSql',
    parameters: ['request'],
    summary: 'Sidebar: the BigQuery SQL for the mapped columns ("Data too big for a sheet?").',
  },
];
