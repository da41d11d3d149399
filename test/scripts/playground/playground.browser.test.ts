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
import { type Playground, startPlayground } from '../../../scripts/playground/server';
import { DIST, ROOT } from '../../../scripts/lib/paths';
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

  it('shows the function help dialog listing every function', async () => {
    await page.click('#extensions-menu-button');
    await page.click('.menu-items >> text=Function help');
    await page.waitForSelector('#dialog:not([hidden])');
    const dialog = page.frameLocator('#dialog-frame');
    await expect(dialog.locator('section#NPS_TREND h2').textContent()).resolves.toBe(
      'NPS_TREND(dates, scores, [period], [as_of], [language])',
    );
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-function-help.png') });
    await page.click('#dialog-close');
    await page.waitForSelector('#dialog', { state: 'hidden' });
    expect(consoleErrors).toEqual([]);
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
    expect(await page.locator('.chart .chart-title').textContent()).toBe('NPS by year');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'playground-written-by-addon.png') });
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
