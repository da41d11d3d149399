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
];
