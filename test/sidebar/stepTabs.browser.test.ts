/**
 * The wizard in Sheets' 300 px sidebar, in each of its four languages: no
 * step tab and no button may clip its text (scrollWidth beyond clientWidth),
 * whichever step is the current one (drawn bold), and the sidebar itself
 * never scrolls sideways. The exact dist/Sidebar.html in the playground's
 * panel, in a real Chromium with the Thai, Persian and Chinese fonts.
 */

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium } from '../../scripts/playground/chromium';
import { openExampleSpreadsheet, startPlayground } from '../../scripts/playground/server';
import { ROOT } from '../../scripts/lib/paths';
import { openSidebar, settled } from '../support/playgroundBrowser';

jest.setTimeout(240_000);

const SCREENSHOTS = resolve(ROOT, 'artifacts/screenshots');

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The step tabs and buttons whose text does not fit, and whether the page scrolls sideways. */
function clipped(frame: Frame): Promise<{ clipped: string[]; pageOverflow: boolean; width: number }> {
  return frame.evaluate(() => {
    const visible = (node: HTMLElement) => node.getClientRects().length > 0;
    const nodes = [...document.querySelectorAll<HTMLElement>('#steps, #steps li, button')].filter(visible);
    return {
      clipped: nodes
        .filter((node) => node.scrollWidth > node.clientWidth)
        .map(
          (node) =>
            `${node.tagName.toLowerCase()} "${node.textContent?.trim()}" ${node.scrollWidth} > ${node.clientWidth}`,
        ),
      pageOverflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      width: document.documentElement.clientWidth,
    };
  });
}

describe.each([
  ['en', 'en_US'],
  ['th', 'th'],
  ['fa', 'fa_IR'],
  ['zh-TW', 'zh_TW'],
] as const)('the wizard’s step tabs and buttons in %s, 300 px wide', (language, userLocale) => {
  it('clip no text, whichever step is current', async () => {
    const playground = await startPlayground({ port: 0, spreadsheet: openExampleSpreadsheet({ userLocale }) });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(playground.url);
      await page.waitForSelector('.cell[data-row="1"][data-column="1"]');
      const frame = await openSidebar(page, playground);
      await frame.waitForSelector('#steps li');
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(language);
      const found: string[] = [];
      const check = async (when: string) => {
        const result = await clipped(frame);
        expect(result.width).toBeLessThanOrEqual(300);
        found.push(...result.clipped.map((c) => `${when}: ${c}`));
        if (result.pageOverflow) found.push(`${when}: the sidebar scrolls sideways`);
      };
      await check('step 1');
      // Each tab as the current step (bold), as the wizard marks it.
      const tabs = await frame.locator('#steps li').count();
      for (let i = 0; i < tabs; i++) {
        await frame.evaluate((current) => {
          document.querySelectorAll('#steps li').forEach((li, j) => {
            if (j === current) li.setAttribute('aria-current', 'step');
            else li.removeAttribute('aria-current');
            li.classList.toggle('done', j < current);
          });
        }, i);
        await check(`tab ${i + 1} current`);
      }
      // And the steps themselves, as far as Next goes without creating anything.
      for (let step = 2; step <= 4; step++) {
        const next = frame.locator('#next');
        if (!(await next.isEnabled())) break;
        await next.click();
        await settled(playground);
        await check(`step ${step}`);
      }
      await page
        .locator('#sidebar-panel')
        .screenshot({ path: resolve(SCREENSHOTS, `sidebar-step-tabs-${language}.png`) });
      expect(found).toEqual([]);
    } finally {
      await page.close();
      await playground.close();
    }
  });
});
