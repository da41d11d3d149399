/**
 * The playground in a real Chromium (npm-shipped, no download): the unchanged
 * dist/ bundle behind an emulated spreadsheet, the unchanged dist/Sidebar.html
 * in the panel, google.script.run between them under Apps Script's rules.
 * Screenshots go to artifacts/screenshots (git-ignored) for people to look at.
 */

import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/playground/chromium';
import { openExampleSpreadsheet, type Playground, startPlayground } from '../../../scripts/playground/server';
import { DIST, ROOT } from '../../../scripts/lib/paths';
import type { WorkbookView } from '../../../scripts/playground/protocol';
import { CATALOG, CATALOG_FAMILIES } from '../../../src/catalog';
import { openSidebar as openSidebarIn } from '../../support/playgroundBrowser';

jest.setTimeout(120_000);

const SCREENSHOTS = resolve(ROOT, 'artifacts/screenshots');
const SCRIPT_CLIENT = '<script src="/google-script.js"></script>';

/** The page's google.script, as the tests call it inside the sidebar frame. */
interface ScriptRunner {
  [serverFunction: string]: unknown;
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
}
type ScriptWindow = Window & { google: { script: { run: ScriptRunner; host: { close(): void } } } };
type ServerFunction = (...args: unknown[]) => void;

let playground: Playground;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A little latency, as Apps Script has, so concurrent calls overlap.
  playground = await startPlayground({ port: 0, latencyMs: 40 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(playground.url);
  await page.waitForSelector('.cell[data-row="1"][data-column="1"]');
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

/** The text the grid shows in a cell (0-based row and column). */
const cellText = (row: number, column: number) =>
  page.locator(`.cell[data-row="${row}"][data-column="${column}"]`).first().textContent();

const openSidebar = (): Promise<Frame> => openSidebarIn(page, playground);

/** The functions whose name, summary or parameters (in English) hold every word, in the catalog's order. */
function matching(words: string): string[] {
  const wanted = words.toLowerCase().split(/\s+/).filter(Boolean);
  return CATALOG.filter((spec) => {
    const text = [spec.name, spec.summary, ...spec.parameters.flatMap((p) => [p.name, p.description])]
      .join(' ')
      .toLowerCase();
    return wanted.every((word) => text.includes(word));
  }).map((spec) => spec.name);
}

const FAMILY_NAMES = [
  'Survey',
  'Customers and subscriptions',
  'Orders',
  'By segment',
  'Does loyalty pay?',
  'Predictive models',
  'Benchmarks',
];

/** The (English) names of the families the functions belong to, in the index's order. */
function familiesOf(names: readonly string[]): string[] {
  return CATALOG_FAMILIES.flatMap((family, i) =>
    family.functions.some((spec) => names.includes(spec.name)) ? [FAMILY_NAMES[i]] : [],
  );
}

/**
 * Calls a server function from the sidebar page through google.script.run:
 * `expression` is code using `run`, a runner whose handlers resolve the result.
 */
function run(frame: Frame, expression: string): Promise<unknown> {
  return frame.evaluate(
    (code) =>
      new Promise((resolve) => {
        const runner = (window as unknown as ScriptWindow).google.script.run
          .withSuccessHandler((value, user) => resolve({ value, user }))
          .withFailureHandler((error, user) => resolve({ error: error.message, name: error.name, user }));
        new Function('run', `return ${code}`)(runner);
      }),
    expression,
  );
}

describe('the playground', () => {
  it('loads the example workbook with no console errors, formulas computed in the grid', async () => {
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-summary.png') });
    expect(consoleErrors).toEqual([]);
    const tabs = await page.locator('.tab').allTextContents();
    expect(tabs).toEqual(['Customers', 'Orders', 'Responses', 'Summary', 'Customer metrics']);
    // Summary!B2 holds =NPS(Responses!D:D), formatted 0.0; the grid shows what the bundle computed.
    const nps = playground.spreadsheet.services.SpreadsheetApp.getActive().getRange('Summary!B2').getValue() as number;
    expect(nps).toBeGreaterThan(-100);
    expect(await cellText(1, 1)).toBe(nps.toFixed(1));
    await page.click('.cell[data-row="1"][data-column="1"]');
    expect(await page.locator('#formula-text').textContent()).toBe('=NPS(Responses!D:D)');
    // The trend table spilled from D2: its first period starts in 2023.
    expect(await cellText(2, 3)).toMatch(/^2023-\d\d-01$/);
  });

  it('switches sheets from the tabs', async () => {
    await page.click('.tab >> text=Orders');
    await page.waitForFunction(() => document.querySelector('.tab[aria-selected="true"]')?.textContent === 'Orders');
    await page.waitForFunction(
      () => document.querySelector('.cell[data-row="0"][data-column="0"]')?.textContent === 'Order ID',
    );
    await page.click('.tab >> text=Summary');
    await page.waitForFunction(
      () => document.querySelector('.cell[data-row="0"][data-column="0"]')?.textContent === 'Survey',
    );
  });

  it('opens the add-on sidebar from the menu onOpen built, in a 300 px panel, from the exact dist/Sidebar.html', async () => {
    await page.click('#extensions-menu-button');
    expect(await page.locator('#extensions-menu button').allTextContents()).toEqual([
      'Open wizard',
      'Refresh dashboard',
      'Function help',
    ]);
    await page.click('#extensions-menu-button');
    const frame = await openSidebar();
    expect(await frame.locator('h1').textContent()).toBe('Loyalty Metrics');
    expect(await page.locator('#sidebar-frame').evaluate((node) => node.getBoundingClientRect().width)).toBe(300);
    const served = await (await fetch(frame.url())).text();
    expect(served.replace(SCRIPT_CLIENT, '')).toBe(readFileSync(resolve(DIST, 'Sidebar.html'), 'utf8'));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-sidebar.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('round-trips google.script.run with a value and the user object', async () => {
    const frame = await openSidebar();
    // Promoters 9 and 10, detractor 3: 100 x (2 - 1) / 3.
    const result = (await run(frame, "run.withUserObject({ tag: 'mine' }).NPS([[9], [10], [3]])")) as {
      value: number;
      user: unknown;
    };
    expect(result.value).toBeCloseTo(100 / 3, 10);
    expect(result.user).toEqual({ tag: 'mine' });
  });

  it('reaches the failure handler with the server error message', async () => {
    const frame = await openSidebar();
    expect(await run(frame, 'run.NPS([[11]])')).toEqual({
      error: 'NPS: row 1 holds 11; scores must be whole numbers from 0 to 10.',
      name: 'ScriptError',
    });
  });

  it('fails a call with a Date in the arguments or in the result, as Apps Script does', async () => {
    const frame = await openSidebar();
    const callsBefore = playground.bridge.calls;
    expect(await run(frame, 'run.NPS([[new Date()]])')).toMatchObject({
      error: 'Failed due to illegal value in property: 0.0.0',
    });
    expect(await run(frame, 'run.NPS([[() => 9]])')).toMatchObject({
      error: expect.stringMatching(/^Failed due to illegal value/),
    });
    expect(await run(frame, 'run.NPS([[document.body]])')).toMatchObject({
      error: expect.stringMatching(/^Failed due to illegal value/),
    });
    // Refused in the page: the server never saw those calls.
    expect(playground.bridge.calls).toBe(callsBefore);
    // NPS_TREND returns Date period starts: the result cannot cross back.
    expect(await run(frame, "run.NPS_TREND([['2024-01-05']], [[9]])")).toMatchObject({
      error: 'Failed due to illegal value in property: 1.0',
    });
  });

  it('offers only the script functions, and runs at most 10 calls at once', async () => {
    const frame = await openSidebar();
    expect(await frame.evaluate(() => typeof (window as unknown as ScriptWindow).google.script.run.NPS)).toBe(
      'function',
    );
    expect(
      await frame.evaluate(() => typeof (window as unknown as ScriptWindow).google.script.run.noSuchFunction),
    ).toBe('undefined');
    playground.bridge.maxInFlight = 0;
    // Each call waits long enough on the server that ten overlap even on a busy machine.
    const latency = playground.bridge.latencyMs;
    playground.bridge.latencyMs = 400;
    const results = await frame.evaluate(() =>
      Promise.all(
        Array.from({ length: 25 }, (_, i) => {
          return new Promise((resolve) => {
            const ces = (window as unknown as ScriptWindow).google.script.run.withSuccessHandler(resolve)
              .CES as ServerFunction;
            ces([[1 + (i % 7)]]);
          });
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 25 }, (_, i) => 1 + (i % 7)));
    playground.bridge.latencyMs = latency;
    expect(playground.bridge.maxInFlight).toBe(10);
  });

  it('closes the sidebar from google.script.host.close()', async () => {
    const frame = await openSidebar();
    await frame.evaluate(() => (window as unknown as ScriptWindow).google.script.host.close());
    await page.waitForSelector('#sidebar-panel', { state: 'hidden' });
  });

  it('shows Function help with an index by family, a search that filters as one types, and Esc to close it', async () => {
    await page.click('#extensions-menu-button');
    await page.click('.menu-items >> text=Function help');
    await page.waitForSelector('#dialog:not([hidden])');
    const dialog = page.frameLocator('#dialog-frame');
    await expect(dialog.locator('section#NPS_TREND h3').textContent()).resolves.toBe(
      'NPS_TREND(dates, scores, [period], [as_of], [language])',
    );
    expect(await dialog.locator('#index .family-index h3').allTextContents()).toEqual(FAMILY_NAMES);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-function-help.png') });
    // An index entry leads to its function.
    await dialog.locator('#index a[href="#RFM"]').click();
    const rfmTop = await dialog.locator('section#RFM').evaluate((node) => node.getBoundingClientRect().top);
    const barBottom = await dialog.locator('header.bar').evaluate((node) => node.getBoundingClientRect().bottom);
    // In view, below the search bar that stays at the top.
    expect(rfmTop).toBeGreaterThanOrEqual(barBottom - 1);
    expect(rfmTop).toBeLessThan(barBottom + 100);
    // Searching filters the functions, and the index with them, as one types.
    const shown = () => dialog.locator('section.function:not([hidden])').evaluateAll((nodes) => nodes.map((n) => n.id));
    await dialog.locator('#search').pressSequentially('churn');
    const churn = matching('churn');
    expect(churn).toEqual(expect.arrayContaining(['CHURN_RATE', 'CHURN_TREND']));
    expect(churn).not.toContain('NPS');
    expect(await shown()).toEqual(churn);
    expect(
      await dialog
        .locator('#index li[data-function]:not([hidden])')
        .evaluateAll((nodes) => nodes.map((n) => n.textContent)),
    ).toEqual(churn);
    expect(await dialog.locator('#index .family-index:not([hidden]) h3').allTextContents()).toEqual(familiesOf(churn));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-function-help-search.png') });
    // Every word must occur, in the name, the summary or the parameters.
    await dialog.locator('#search').fill('Holdout  CALIBRATION');
    expect(await shown()).toEqual(matching('holdout calibration'));
    expect(await shown()).toContain('BTYD_VALIDATE');
    await dialog.locator('#search').fill('no such function');
    expect(await shown()).toEqual([]);
    await expect(dialog.locator('#no-match').isVisible()).resolves.toBe(true);
    await dialog.locator('#search').fill('');
    expect(await shown()).toHaveLength(CATALOG.length);
    // Esc closes the dialog, through google.script.host.close().
    await dialog.locator('#search').press('Escape');
    await page.waitForSelector('#dialog', { state: 'hidden' });
    const view = (await (await fetch(`${playground.url}/api/workbook`)).json()) as WorkbookView;
    expect(view.dialog).toBeNull();
    expect(consoleErrors).toEqual([]);
  });

  it('shows Function help in Persian right to left, searching Persian text however it is typed', async () => {
    const persian = await startPlayground({ port: 0, spreadsheet: openExampleSpreadsheet({ userLocale: 'fa_IR' }) });
    const persianPage = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    try {
      await persianPage.goto(persian.url);
      await persianPage.waitForSelector('.cell[data-row="1"][data-column="1"]');
      await persianPage.click('#extensions-menu-button');
      await persianPage.click('.menu-items >> text=Function help');
      await persianPage.waitForSelector('#dialog:not([hidden])');
      const dialog = persianPage.frameLocator('#dialog-frame');
      await expect(dialog.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      expect(await dialog.locator('#index .family-index h3').allTextContents()).toEqual([
        'نظرسنجی',
        'مشتریان و اشتراک‌ها',
        'سفارش‌ها',
        'به تفکیک بخش',
        'آیا وفاداری سود دارد؟',
        'مدل‌های پیش‌بینی',
        'معیارهای مرجع',
      ]);
      // The search field starts at the right, as the page is mirrored.
      const field = await dialog.locator('#search').boundingBox();
      const frame = await persianPage.locator('#dialog-frame').boundingBox();
      expect(field !== null && frame !== null && field.x + field.width > frame.x + frame.width - 40).toBe(true);
      await persianPage.screenshot({ path: resolve(SCREENSHOTS, 'playground-function-help-persian.png') });
      // "مشتري" typed with an Arabic yeh finds the Persian "مشتری", with or without the zero-width non-joiner.
      const shown = () =>
        dialog.locator('section.function:not([hidden])').evaluateAll((nodes) => nodes.map((n) => n.id));
      await dialog.locator('#search').fill('\u0645\u0634\u062a\u0631\u064a');
      const byArabicYeh = await shown();
      await dialog.locator('#search').fill('مشتری');
      expect(byArabicYeh).toEqual(await shown());
      expect(byArabicYeh.length).toBeGreaterThan(3);
      await dialog.locator('#search').fill('NPS_BY');
      expect(await shown()).toEqual(['NPS_BY']);
      await dialog.locator('#search').press('Escape');
      await persianPage.waitForSelector('#dialog', { state: 'hidden' });
    } finally {
      await persianPage.close();
      await persian.close();
    }
  });

  it('shows what the add-on writes as it writes it: a new sheet, formulas, formats, a heatmap and a chart', async () => {
    // Through the same services the bundle uses, as the dashboard writer will.
    const { SpreadsheetApp: app, Charts: charts } = playground.spreadsheet.services;
    const sheet = app.getActive().insertSheet('Written by the add-on');
    sheet.getRange('A1:B1').setValues([['Share', 'Value']]);
    sheet.getRange('A2:A4').setValues([[0.1], [0.5], [0.9]]);
    sheet.getRange('A2:A4').setNumberFormat('0%');
    sheet.getRange('B2').setFormula('=NPS(Responses!D2:D)');
    sheet.getRange('D1').setFormula('=NPS_TREND(Responses!A2:A, Responses!D2:D, "year")');
    const rule = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#ffffff', app.InterpolationType.NUMBER, '0')
      .setGradientMaxpointWithValue('#57bb8a', app.InterpolationType.NUMBER, '1')
      .setRanges([sheet.getRange('A2:A4')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(charts.ChartType.LINE)
        .addRange(sheet.getRange('D1:F3'))
        .setPosition(6, 1, 0, 0)
        .setOption('title', 'NPS by year')
        .build(),
    );
    playground.spreadsheet.workbook.flush();

    await page.waitForFunction(
      () => document.querySelector('.tab[aria-selected="true"]')?.textContent === 'Written by the add-on',
    );
    await page.waitForFunction(
      () => document.querySelector('.cell[data-row="1"][data-column="0"]')?.textContent === '10%',
    );
    expect(await cellText(3, 0)).toBe('90%');
    const nps = app.getActive().getRange("'Written by the add-on'!B2").getValue() as number;
    expect(await cellText(1, 1)).toBe(String(Number(nps.toPrecision(10))));
    expect(await cellText(0, 3)).toBe('Period start');
    // The heatmap: 0.1 is nearly white, 0.9 nearly the maxpoint green.
    const background = (row: number) =>
      page
        .locator(`.cell[data-row="${row}"][data-column="0"]`)
        .first()
        .evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(await background(1)).toBe('rgb(238, 248, 243)');
    expect(await background(3)).toBe('rgb(104, 194, 150)');
    // The chart, drawn from its spec: a line per series (NPS, CI low, CI high... of the two years' rows).
    await page.waitForSelector('.chart svg polyline');
    expect(await page.locator('.chart text[data-role="title"]').textContent()).toBe('NPS by year');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-written-by-addon.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('draws a right-to-left sheet mirrored, as Sheets does: column A on the right, row numbers on the right edge', async () => {
    const app = playground.spreadsheet.services.SpreadsheetApp.getActive();
    const sheet = app.insertSheet('داشبورد');
    sheet.getRange('A1:C2').setValues([
      ['مشتری', 'امتیاز', 'یادداشت'],
      ['علی', 9, 'متن بلندی که به خانه‌های خالی کنارش می‌رسد'],
    ]);
    sheet.setRightToLeft(true);
    playground.spreadsheet.workbook.flush();
    await page.waitForFunction(() => document.querySelector('.tab[aria-selected="true"]')?.textContent === 'داشبورد');
    await page.waitForFunction(
      () => document.querySelector('.cell[data-row="0"][data-column="0"]')?.textContent === 'مشتری',
    );
    const view = (await (await fetch(`${playground.url}/api/workbook`)).json()) as WorkbookView;
    expect(view.sheets.find((s) => s.name === 'داشبورد')?.rightToLeft).toBe(true);
    // The grid redraws its cells as new nodes: a box is read again if its node went in between.
    const box = async (selector: string) => {
      for (let tries = 0; tries < 40; tries++) {
        const found = await page.locator(selector).first().boundingBox();
        if (found !== null) return found;
        await page.waitForTimeout(50);
      }
      throw new Error(`no ${selector}`);
    };
    const cell = (row: number, column: number) => box(`.cell[data-row="${row}"][data-column="${column}"]`);
    const [a1, b1, c1] = [await cell(0, 0), await cell(0, 1), await cell(0, 2)];
    // Column A on the right, B to its left, C further left.
    expect(a1.x).toBeGreaterThan(b1.x);
    expect(b1.x).toBeGreaterThan(c1.x);
    const grid = await box('#grid-scroller');
    const rowHeader = await box('.row-header >> text="1"');
    expect(rowHeader.x).toBeGreaterThan(a1.x);
    expect(rowHeader.x + rowHeader.width).toBeGreaterThan(grid.x + grid.width - 30);
    const columnA = await box('.col-header >> text="A"');
    expect(Math.abs(columnA.x - a1.x)).toBeLessThan(1);
    // Text starts at the cell's right side, numbers sit at its left side.
    const textEdges = (row: number, column: number) =>
      page
        .locator(`.cell[data-row="${row}"][data-column="${column}"]`)
        .first()
        .evaluate((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          const text = range.getBoundingClientRect();
          const own = node.getBoundingClientRect();
          return { left: text.left - own.left, right: own.right - text.right };
        });
    expect((await textEdges(1, 0)).right).toBeLessThan(6);
    expect((await textEdges(1, 1)).left).toBeLessThan(6);
    // Long text runs on to the left, over the empty cells beyond its own.
    const c2 = await cell(1, 2);
    expect(c2.width).toBeGreaterThan(100);
    expect((await cell(1, 2)).x).toBeLessThan(c1.x);
    // A chart anchored at A4 hangs from the right edge of column A, leftwards.
    const charts = playground.spreadsheet.services.Charts;
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(charts.ChartType.COLUMN)
        .addRange(sheet.getRange('A1:B2'))
        .setPosition(4, 1, 0, 0)
        .setOption('width', 400)
        .setOption('height', 200)
        .build(),
    );
    await page.waitForSelector('.chart svg');
    const chart = await box('.chart');
    expect(Math.abs(chart.x + chart.width - (a1.x + a1.width))).toBeLessThan(3);
    // The chart itself reads left to right as in Sheets: the Persian series name after its swatch, not over it.
    const legend = await page.locator('.chart g[data-role="legend"]').evaluate((group) => {
      const name = (group.querySelector('text') as SVGTextElement).getBBox();
      const mark = (group.querySelector('rect, line') as SVGGraphicsElement).getBBox();
      return { nameLeft: name.x, markRight: mark.x + mark.width };
    });
    expect(legend.nameLeft).toBeGreaterThanOrEqual(legend.markRight);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-right-to-left.png') });
    // A left-to-right sheet still has column A on the left.
    await page.click('.tab >> text=Summary');
    await page.waitForFunction(
      () => document.querySelector('.cell[data-row="0"][data-column="0"]')?.textContent === 'Survey',
    );
    expect((await cell(0, 0)).x).toBeLessThan((await cell(0, 1)).x);
  });

  it('shows a toast like Sheets: in the lower corner, with a close button, gone after its time', async () => {
    const active = playground.spreadsheet.services.SpreadsheetApp.getActive();
    const workbook = async () => (await (await fetch(`${playground.url}/api/workbook`)).json()) as WorkbookView;
    // Without a timeout: Sheets' 5 seconds.
    active.toast('Default length', 'Five seconds');
    await page.waitForSelector('#toast:not([hidden])');
    const remaining = (await workbook()).toast?.remainingMs ?? 0;
    expect(remaining).toBeGreaterThan(2500);
    expect(remaining).toBeLessThanOrEqual(5000);
    // A new toast replaces it, and goes after its own 1 second.
    const shownAt = Date.now();
    active.toast('Computed on 1 Dec 2026, 15:10', 'The dashboard is ready.', 1);
    await page.waitForFunction(() => document.getElementById('toast-message')?.textContent?.startsWith('Computed on'));
    expect(await page.locator('#toast-title').textContent()).toBe('The dashboard is ready.');
    const toast = await page.locator('#toast').boundingBox();
    const grid = await page.locator('#grid-scroller').boundingBox();
    if (toast === null || grid === null) throw new Error('not drawn');
    // The lower right corner of the sheet.
    expect(toast.x + toast.width).toBeGreaterThan(grid.x + grid.width - 60);
    expect(toast.y + toast.height).toBeGreaterThan(grid.y + grid.height - 60);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-toast.png') });
    await page.waitForSelector('#toast', { state: 'hidden', timeout: 5000 });
    expect(Date.now() - shownAt).toBeGreaterThanOrEqual(900);
    expect((await workbook()).toast).toBeNull();
    // A negative timeout keeps it until it is closed.
    active.toast('Stays until closed', 'Sticky', -1);
    await page.waitForSelector('#toast:not([hidden])');
    expect((await workbook()).toast?.remainingMs).toBeNull();
    await page.waitForTimeout(1500);
    expect(await page.locator('#toast').isVisible()).toBe(true);
    await page.click('#toast-close');
    await page.waitForSelector('#toast', { state: 'hidden' });
    await page.waitForFunction(() => true);
    expect((await workbook()).toast).toBeNull();
    // A reload does not bring back a toast that is gone.
    await page.reload();
    await page.waitForSelector('.cell[data-row="0"][data-column="0"]');
    expect(await page.locator('#toast').isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('downloads the workbook as .xlsx', async () => {
    const response = await fetch(`${playground.url}/download.xlsx`);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('xl/worksheets/sheet4.xml'))).toBe(true);
  });
});
