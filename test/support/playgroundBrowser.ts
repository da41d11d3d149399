/** Driving the playground page in Chromium: the steps every browser test shares. */

import type { Browser, Frame, Page } from 'playwright-core';
import type { OfflineSpreadsheet } from '../../scripts/emulator/offlineSpreadsheet';
import { type Playground, startPlayground } from '../../scripts/playground/server';

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Opens the sidebar from the add-on menu and returns its frame once the page
 * and google.script are ready and the calls it makes on opening (the wizard
 * reading the spreadsheet) are answered, so that a test starts from a quiet
 * page.
 */
export async function openSidebar(page: Page, playground: Playground): Promise<Frame> {
  const previous = playground.spreadsheet.ui.openSidebar()?.id;
  await page.click('#extensions-menu-button');
  await page.click('.menu-items >> text=Open wizard');
  // The menu item runs on the server after the click returns: wait for the new sidebar, not the one before.
  await until(() => {
    const id = playground.spreadsheet.ui.openSidebar()?.id;
    return id !== undefined && id !== previous;
  }, 'the sidebar to open');
  const id = playground.spreadsheet.ui.openSidebar()?.id as number;
  await page.waitForSelector('#sidebar-panel:not([hidden])');
  await page.waitForFunction(
    (n) => (document.getElementById('sidebar-frame') as HTMLIFrameElement).src.endsWith(`/ui/${n}`),
    id,
  );
  let frame = page.frame({ url: new RegExp(`/ui/${id}$`) });
  for (let tries = 0; frame === null && tries < 100; tries++) {
    await page.waitForTimeout(50);
    frame = page.frame({ url: new RegExp(`/ui/${id}$`) });
  }
  if (frame === null) throw new Error(`sidebar ${id} did not load`);
  const ready = frame;
  await ready.waitForLoadState('load');
  await ready.waitForFunction(() => typeof (window as unknown as { google?: unknown }).google === 'object');
  await settled(playground);
  return ready;
}

/** Waits until no google.script.run call has been under way for a moment. */
export async function settled(playground: Playground): Promise<void> {
  let quietSince = Date.now();
  let calls = playground.bridge.calls;
  await until(
    () => {
      if (playground.bridge.inFlight > 0 || playground.bridge.calls !== calls) {
        calls = playground.bridge.calls;
        quietSince = Date.now();
      }
      return Date.now() - quietSince > 300;
    },
    'the sidebar’s calls to finish',
    120_000,
  );
}

// Sessions and the wizard's steps, shared by the browser tests -------------------------------

export interface Session {
  readonly playground: Playground;
  readonly page: Page;
  /** Console errors, page errors and dialogs: each would be a defect. */
  readonly problems: string[];
}

/**
 * The playground on a spreadsheet, in a page of 1400 x 900 (Sheets at 100%),
 * in the browser's locale when one is given (the date and number fields
 * follow it).
 */
export async function openSession(
  browser: Browser,
  spreadsheet: OfflineSpreadsheet,
  options: { readonly locale?: string } = {},
): Promise<Session> {
  const playground = await startPlayground({ port: 0, latencyMs: 20, spreadsheet });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: options.locale });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  // An alert would mean markup from the sheet ran as code.
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(playground.url);
  await page.waitForSelector('.cell[data-row="1"][data-column="1"]');
  return { playground, page, problems };
}

export async function closeSession({ playground, page }: Session): Promise<void> {
  await page.context().close();
  await playground.close();
}

export async function waitReady(frame: Frame): Promise<void> {
  await frame.waitForSelector('#next:not([disabled])', { timeout: 300_000 });
}

export async function setSheetChosen(frame: Frame, sheet: string, chosen: boolean): Promise<void> {
  const box = frame.locator('.sheets .check', { hasText: sheet }).locator('input');
  if ((await box.isChecked()) !== chosen) await box.click();
}

/** The role each column of a sheet is given, by heading. */
export async function rolesOf(frame: Frame, sheet: string): Promise<Record<string, string>> {
  const section = frame.locator('fieldset.sheet-columns', { hasText: sheet });
  const rows = section.locator('.column-role');
  const roles: Record<string, string> = {};
  for (let i = 0; i < (await rows.count()); i++) {
    const heading = (await rows.nth(i).locator('bdi').textContent()) ?? '';
    roles[heading] = await rows.nth(i).locator('select').inputValue();
  }
  return roles;
}

/** Gives a column of a sheet (by its heading) a role ('' for none). */
export async function setRole(frame: Frame, sheet: string, heading: string, role: string): Promise<void> {
  const row = frame
    .locator('fieldset.sheet-columns', { hasText: sheet })
    .locator('.column-role')
    .filter({
      has: frame.locator('bdi', { hasText: new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    });
  await row.locator('select').selectOption(role);
}

/**
 * Presses Create (or Next on step 4) and waits for the finish; when the
 * add-on's dashboard is already there, answers the question with `existing`.
 */
export async function createAndWait(frame: Frame, existing?: 'update' | 'new'): Promise<void> {
  // The server's work runs in this process (the playground's bridge), so the click's answer may wait for it.
  await frame.click('#next', { timeout: 300_000 });
  if (existing !== undefined) {
    await frame.waitForSelector('#ask-heading');
    await frame.click(`#existing-${existing}`, { timeout: 300_000 });
  }
  await frame.waitForSelector('.outcome #outcome-heading', { timeout: 300_000 });
}

/** Cells of a sheet that show an error value (#ERROR!, #N/A, #NUM!...) or are coloured as an error. */
export function errorCells(spreadsheet: OfflineSpreadsheet, sheetName: string, errorColour: string): string[] {
  const { workbook } = spreadsheet;
  const sheetId = workbook.sheetIdByName(sheetName);
  if (sheetId === undefined) throw new Error(`no sheet ${sheetName}`);
  const values = workbook.sheetValues(sheetId);
  const found: string[] = [];
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const error = workbook.errorAt(sheetId, r, c);
      const shown = typeof value === 'string' && /^#(ERROR!|N\/A|NUM!|VALUE!|REF!|DIV\/0!|NAME\?)/.test(value);
      const coloured = workbook.styleAt(sheetId, r, c)?.fontColor?.toLowerCase() === errorColour.toLowerCase();
      if (error !== undefined || shown || coloured)
        found.push(`R${r + 1}C${c + 1}: ${error?.error ?? String(value)}${coloured ? ' (error colour)' : ''}`);
    }),
  );
  return found;
}

/** What the person's sheets hold (values, formulas, formats), to compare before and after. */
export function userSheetsState(spreadsheet: OfflineSpreadsheet, names: readonly string[]): string {
  const app = spreadsheet.services.SpreadsheetApp.getActive();
  return JSON.stringify(
    names.map((name) => {
      const range = app.getSheetByName(name)?.getDataRange();
      return {
        name,
        values: range?.getValues().map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v))),
        formulas: range?.getFormulas(),
        formats: range?.getNumberFormats(),
      };
    }),
  );
}
