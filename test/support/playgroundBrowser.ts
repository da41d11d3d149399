/** Driving the playground page in Chromium: the steps every browser test shares. */

import type { Frame, Page } from 'playwright-core';
import type { Playground } from '../../scripts/playground/server';

/** Opens the sidebar from the add-on menu and returns its frame once the page and google.script are ready. */
export async function openSidebar(page: Page, playground: Playground): Promise<Frame> {
  await page.click('#extensions-menu-button');
  await page.click('.menu-items >> text=Open wizard');
  const id = playground.spreadsheet.ui.openSidebar()?.id;
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
  return ready;
}
