/**
 * A minimal SpreadsheetApp / Ui / HtmlService stand-in that records what the
 * add-on asks of it (the menu it builds, the windows it opens), for the
 * bundle tests. The full workbook emulation lives in scripts/emulator.
 */

import { EmulatedCacheService, EmulatedUtilities } from '../../scripts/emulator/services';

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export interface UiRecord {
  menus: { title: string; items: MenuItem[] }[];
  sidebars: { html: string; title: string }[];
  dialogs: { html: string; title: string }[];
}

export function appsScriptStubs(timeZone = 'UTC', userLocale = 'en_US', spreadsheetLocale = 'en_US') {
  const record: UiRecord = { menus: [], sidebars: [], dialogs: [] };
  const htmlOutput = (html: string) => {
    const output = {
      html,
      title: '',
      setTitle(title: string) {
        output.title = title;
        return output;
      },
      setWidth: () => output,
      setHeight: () => output,
    };
    return output;
  };
  type Output = ReturnType<typeof htmlOutput>;
  const ui = {
    createAddonMenu() {
      const items: MenuItem[] = [];
      const menu = {
        addItem(caption: string, functionName: string) {
          items.push({ caption, functionName });
          return menu;
        },
        addSeparator: () => menu,
        addToUi() {
          record.menus.push({ title: 'add-on', items });
        },
      };
      return menu;
    },
    showSidebar(output: Output) {
      record.sidebars.push({ html: output.html, title: output.title });
    },
    showModalDialog(output: Output, title: string) {
      record.dialogs.push({ html: output.html, title });
    },
  };
  const services = {
    SpreadsheetApp: {
      getUi: () => ui,
      getActive: () => ({ getSpreadsheetTimeZone: () => timeZone, getSpreadsheetLocale: () => spreadsheetLocale }),
    },
    HtmlService: {
      createHtmlOutput: (html: string) => htmlOutput(html),
      createHtmlOutputFromFile: (name: string) => htmlOutput(`<file ${name}>`),
    },
    Session: { getScriptTimeZone: () => 'UTC', getActiveUserLocale: () => userLocale },
    // No language chosen in the sidebar yet: the account's locale decides.
    PropertiesService: { getUserProperties: () => ({ getProperty: () => null }) },
    Utilities: new EmulatedUtilities(),
    CacheService: new EmulatedCacheService(),
  };
  return { services, record };
}
