/** Driving the playground page in Chromium: the steps every browser test shares. */

import type { Frame, Page } from 'playwright-core';
import type { Playground } from '../../scripts/playground/server';

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
