/**
 * A newcomer's first run of the wizard (issue 12), in a real Chromium against
 * the unchanged dist/ in the playground: the path exactly as a person takes
 * it (the playground opens on the Summary sheet; open the wizard from the
 * menu, accept every default, Create) in each language; the as-of date typed
 * in each language's order; the guarded path (errors stop Next until the
 * person continues anyway, plausibility warnings name the column, metrics
 * follow the sheets); the question before creating over a dashboard; the
 * finish that lists what failed; focus that never jumps.
 */

import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { writtenDate } from '../../sidebar/dates';
import { format } from '../../src/i18n/language';
import { launchChromium } from '../../scripts/playground/chromium';
import { openExampleSpreadsheet } from '../../scripts/playground/server';
import { ROOT } from '../../scripts/lib/paths';
import {
  closeSession,
  createAndWait,
  errorCells,
  openSession,
  openSidebar,
  type Session,
  setRole,
  setSheetChosen,
  settled,
  userSheetsState,
  waitReady,
} from '../support/playgroundBrowser';

jest.setTimeout(600_000);

/** The colour the dashboard gives a cell whose number could not be computed (src/addon/dashboardWriter.ts). */
const ERROR_RED = '#d93025';
const EXAMPLE_SHEETS = ['Customers', 'Orders', 'Responses', 'Summary', 'Customer metrics'];
const DATA_SHEETS = ['Customers', 'Orders', 'Responses'];

/** Each language: the account locale the wizard reads, and the browser's locale. */
const LANGUAGES = [
  ['en', 'en_US', 'en-US'],
  ['th', 'th', 'th-TH'],
  ['fa', 'fa_IR', 'fa-IR'],
  ['zh-TW', 'zh_TW', 'zh-TW'],
] as const;

let browser: Browser;

const SCREENSHOTS = resolve(ROOT, 'artifacts/screenshots');

/** The first step's screenshots the README shows, by language. */
const README_SHOTS: Partial<Record<string, string>> = { en: 'wizard-data.png', fa: 'wizard-persian.png' };

/**
 * A screenshot into artifacts/screenshots; with UPDATE_SCREENSHOTS=1 also
 * into examples/screenshots under the README's name, when it has one.
 */
async function saveScreenshot(page: Page, name: string, readmeName?: string): Promise<void> {
  const shot = resolve(SCREENSHOTS, name);
  await page.screenshot({ path: shot });
  if (readmeName !== undefined && process.env.UPDATE_SCREENSHOTS === '1')
    copyFileSync(shot, resolve(ROOT, 'examples/screenshots', readmeName));
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const dashboardsOf = (session: Session): string[] =>
  session.playground.spreadsheet.services.SpreadsheetApp.getActive()
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => !EXAMPLE_SHEETS.includes(name));

async function nextEnabled(frame: Frame): Promise<boolean> {
  return !(await frame.locator('#next').isDisabled());
}

/** Next until the step, waiting for each step to be ready. */
async function goToStep(frame: Frame, step: 2 | 3 | 4): Promise<void> {
  for (let at = 1; at < step; at++) {
    await waitReady(frame);
    await frame.click('#next');
  }
  await frame.waitForSelector(['', '', 'fieldset.metrics', '#option-period', '#mode-live'][step]);
}

/** Types into a field as a person does: everything selected, then the keys. */
async function typeInto(session: Session, frame: Frame, selector: string, text: string): Promise<void> {
  await frame.focus(selector);
  await session.page.keyboard.press('Control+A');
  await session.page.keyboard.type(text);
}

describe.each(LANGUAGES)('a newcomer in %s', (language, userLocale, browserLocale) => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(browser, openExampleSpreadsheet({ userLocale }), { locale: browserLocale });
  });
  afterAll(async () => closeSession(session));

  it('opens the wizard on the Summary sheet, accepts every default, and gets a dashboard without an error cell', async () => {
    const { playground, page, problems } = session;
    const spreadsheet = playground.spreadsheet;
    const before = userSheetsState(spreadsheet, EXAMPLE_SHEETS);
    expect(spreadsheet.services.SpreadsheetApp.getActive().getActiveSheet().getName()).toBe('Summary');
    const frame = await openSidebar(page, playground);
    await frame.waitForSelector('fieldset.sheets');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe(language);

    // The sheets of rows are ticked to start with; the active sheet, a summary of formulas, is not.
    const ticked: string[] = [];
    for (const sheet of EXAMPLE_SHEETS)
      if (await frame.locator('.sheets .check', { hasText: sheet }).locator('input').isChecked()) ticked.push(sheet);
    expect(ticked).toEqual(DATA_SHEETS);
    await settled(playground);
    await saveScreenshot(page, `first-run-${language}-1-data.png`, README_SHOTS[language]);

    // Every default accepted: Next on each step, then Create. Wherever Next is off, the reason is shown.
    for (let step = 1; step <= 4; step++) {
      await settled(playground);
      if (!(await nextEnabled(frame))) {
        const reason = (await frame.locator('#blocked').textContent()) ?? '';
        expect(reason).not.toBe('');
        throw new Error(`the newcomer's path stopped at step ${step}: ${reason}`);
      }
      if (step < 4) await frame.click('#next');
    }
    await saveScreenshot(page, `first-run-${language}-4-create.png`);
    await createAndWait(frame);
    await saveScreenshot(page, `first-run-${language}-5-dashboard.png`);

    const dashboards = dashboardsOf(session);
    expect(dashboards).toHaveLength(1);
    expect(errorCells(spreadsheet, dashboards[0], ERROR_RED)).toEqual([]);
    // Only now does the wizard say the dashboard is ready, and nothing is listed as failed.
    expect(await frame.locator('#outcome-heading').textContent()).toBe(format(language, 'create.done'));
    expect(await frame.locator('.failures li').count()).toBe(0);
    expect(userSheetsState(spreadsheet, EXAMPLE_SHEETS)).toBe(before);
    expect(problems).toEqual([]);
  });

  it('takes a full date typed in the language’s order, keeps it as typed, and checks it against the data', async () => {
    const { playground, page, problems } = session;
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    await goToStep(frame, 3);
    // The example's dates run from 2023 to the end of 2024.
    const span = async () => ({
      error: await frame.locator('#option-asOf-error').count(),
      note: await frame.locator('#option-asOf-note').count(),
      next: await nextEnabled(frame),
    });

    const inside = writtenDate('2024-06-30', language);
    await typeInto(session, frame, '#option-asOf', inside);
    // While the person types, nothing is rewritten and the focus stays.
    expect(await frame.locator('#option-asOf').inputValue()).toBe(inside);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('option-asOf');
    await page.keyboard.press('Tab');
    expect(await frame.locator('#option-asOf').inputValue()).toBe(inside);
    expect(await frame.evaluate(() => document.activeElement?.id)).not.toBe('option-asOf');
    expect(await span()).toEqual({ error: 0, note: 0, next: true });

    // Before the data: an error, and Next is off with the reason shown.
    await typeInto(session, frame, '#option-asOf', writtenDate('2000-01-01', language));
    await page.keyboard.press('Tab');
    expect(await span()).toEqual({ error: 1, note: 0, next: false });
    expect(await frame.locator('#blocked').textContent()).toBe(format(language, 'nav.blockedOptions'));

    // After the data: allowed, with a note of what it means.
    await typeInto(session, frame, '#option-asOf', writtenDate('2030-01-02', language));
    await page.keyboard.press('Tab');
    expect(await frame.locator('#option-asOf').inputValue()).toBe(writtenDate('2030-01-02', language));
    expect(await span()).toEqual({ error: 0, note: 1, next: true });

    // A year such as 0002 is an error, not a date.
    await typeInto(session, frame, '#option-asOf', writtenDate('2030-01-02', language).replace('2030', '0002'));
    await page.keyboard.press('Tab');
    expect(await span()).toEqual({ error: 1, note: 0, next: false });

    // Blank is the latest date in the data.
    await typeInto(session, frame, '#option-asOf', '');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    expect(await span()).toEqual({ error: 0, note: 0, next: true });
    expect(problems).toEqual([]);
  });
});

describe('the guarded path', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(browser, openExampleSpreadsheet());
  });
  afterAll(async () => closeSession(session));

  it('moves the focus on with Tab from a number field, and keeps what was typed', async () => {
    const { playground, page, problems } = session;
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    await goToStep(frame, 3);
    const order = ['option-confidence', 'option-discountRate', 'option-grossMargin', 'option-horizonYears'];
    // The default margin is shown: 60%.
    expect(await frame.locator('#option-grossMargin').inputValue()).toBe('60');
    for (let i = 0; i < order.length - 1; i++) {
      await typeInto(session, frame, `#${order[i]}`, i === 2 ? '55' : i === 1 ? '8' : '90');
      await page.keyboard.press('Tab');
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe(order[i + 1]);
    }
    expect(await frame.locator('#option-grossMargin').inputValue()).toBe('55');
    // Shift+Tab goes back as well.
    await page.keyboard.press('Shift+Tab');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('option-grossMargin');
    expect(problems).toEqual([]);
  });

  it('ticks the metrics a sheet added after choosing metrics makes possible, and keeps what the person unticked', async () => {
    const { playground, page, problems } = session;
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    for (const sheet of ['Customers', 'Responses']) await setSheetChosen(frame, sheet, false);
    await setSheetChosen(frame, 'Orders', true);
    await goToStep(frame, 2);
    expect(await frame.locator('#metric-nps').isDisabled()).toBe(true);
    expect(await frame.locator('#metric-nps').isChecked()).toBe(false);
    expect(await frame.locator('#metric-clv').isChecked()).toBe(true);
    await frame.click('#metric-clv');
    await frame.click('#back');
    await setSheetChosen(frame, 'Responses', true);
    await frame.waitForSelector('fieldset.sheet-columns >> text=Responses');
    await goToStep(frame, 2);
    expect(await frame.locator('#metric-nps').isChecked()).toBe(true);
    expect(await frame.locator('#metric-npsTrend').isChecked()).toBe(true);
    expect(await frame.locator('#metric-clv').isChecked()).toBe(false);
    // The metric that joins two sheets says which.
    expect(await frame.locator('#metric-loyaltyImpact-line').textContent()).toContain(
      format('en', 'metrics.joins', { sheet: 'Responses', other: 'Orders' }),
    );
    // Taking the sheet away again unticks and greys out what it made possible.
    await frame.click('#back');
    await setSheetChosen(frame, 'Responses', false);
    await goToStep(frame, 2);
    expect(await frame.locator('#metric-nps').isDisabled()).toBe(true);
    expect(await frame.locator('#metric-nps').isChecked()).toBe(false);
    expect(await frame.locator('#metric-nps-line').textContent()).toContain('Needs: Score (0-10)');
    expect(problems).toEqual([]);
  });

  it('warns, naming the column, when the amount is mapped as the customer id', async () => {
    const { playground, page, problems } = session;
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    await setRole(frame, 'Orders', 'Customer ID', '');
    await setRole(frame, 'Orders', 'Amount', 'customer');
    await settled(playground);
    await frame.waitForSelector('.health .problems');
    const warnings = await frame.locator('.problems[data-severity="warning"] li').allTextContents();
    expect(warnings.filter((text) => text.includes('Orders') && text.includes('Amount'))).not.toEqual([]);
    // A warning does not stop Next.
    expect(await frame.locator('.problems[data-severity="error"] li').count()).toBe(0);
    expect(await nextEnabled(frame)).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('errors in the data', () => {
  let session: Session;

  beforeAll(async () => {
    const spreadsheet = openExampleSpreadsheet();
    // A person typed a word into the Amount column.
    spreadsheet.services.SpreadsheetApp.getActive().getRange('Orders!D5').setValue('twenty');
    session = await openSession(browser, spreadsheet);
  });
  afterAll(async () => closeSession(session));

  it('stop Next until the person continues anyway, and the finish lists the numbers that failed', async () => {
    const { playground, page, problems } = session;
    const frame = await openSidebar(page, playground);
    await frame.waitForSelector('.problems[data-severity="error"] li');
    const errors = await frame.locator('.problems[data-severity="error"] li').allTextContents();
    expect(errors).toEqual([expect.stringContaining('Amount')]);
    expect(errors[0]).toContain('5');
    expect(await nextEnabled(frame)).toBe(false);
    expect(await frame.locator('#blocked').textContent()).toBe(format('en', 'nav.blockedErrors'));
    expect(await frame.locator('#continue-anyway-line').textContent()).toContain('“Amount” (Orders)');
    await frame.click('#continue-anyway');
    expect(await nextEnabled(frame)).toBe(true);
    await goToStep(frame, 4);
    await createAndWait(frame);
    const heading = (await frame.locator('#outcome-heading').textContent()) ?? '';
    expect(heading).not.toBe(format('en', 'create.done'));
    const failures = await frame.locator('.failures li').allTextContents();
    expect(heading).toBe(format('en', 'create.partly', { count: failures.length }));
    expect(failures.length).toBeGreaterThan(0);
    // Each failure names the number or table, the function's message (which names the row) and what to change.
    expect(failures.some((text) => text.includes('twenty') || text.includes('row 5'))).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('creating over an existing dashboard', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(browser, openExampleSpreadsheet());
  });
  afterAll(async () => closeSession(session));

  it('asks first; Update keeps one dashboard, Make another leaves it and adds a second', async () => {
    const { playground, page, problems } = session;
    const app = playground.spreadsheet.services.SpreadsheetApp.getActive();
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    await goToStep(frame, 4);
    await createAndWait(frame);
    const [first] = dashboardsOf(session);
    const firstId = app.getSheetByName(first)?.getSheetId();

    // Again: the wizard asks, naming the dashboard; "Not now" creates nothing.
    await frame.click('#next');
    await frame.waitForSelector('#ask-heading');
    expect(await frame.locator('#ask-heading').textContent()).toBe(format('en', 'create.ask', { sheet: first }));
    expect(await frame.locator('#existing-update').textContent()).toBe(format('en', 'create.update', { sheet: first }));
    await frame.click('#existing-cancel');
    expect(await frame.locator('#ask-heading').count()).toBe(0);
    expect(dashboardsOf(session)).toEqual([first]);

    await createAndWait(frame, 'update');
    expect(dashboardsOf(session)).toEqual([first]);
    await page.screenshot({ path: 'artifacts/screenshots/first-run-updated.png' });

    await createAndWait(frame, 'new');
    const both = dashboardsOf(session);
    expect(both).toHaveLength(2);
    expect(both).toContain(first);
    // The first dashboard is still the same sheet; the new one is another.
    expect(app.getSheetByName(first)?.getSheetId()).not.toBe(undefined);
    const second = both.find((name) => name !== first) as string;
    expect(app.getSheetByName(second)?.getSheetId()).not.toBe(firstId);
    expect(await frame.locator('#dashboard-link').textContent()).toContain(second);

    // A wizard opened later asks too.
    const again = await openSidebar(page, playground);
    await waitReady(again);
    await goToStep(again, 4);
    await again.click('#next');
    await again.waitForSelector('#ask-heading');
    expect(problems).toEqual([]);
  });
});

describe('comparing with an industry', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(browser, openExampleSpreadsheet());
  });
  afterAll(async () => closeSession(session));

  it('sets the Retail benchmark, its publisher and year beside NPS, and nothing beside CSAT (ACSI is not a CSAT share)', async () => {
    const { playground, page, problems } = session;
    const frame = await openSidebar(page, playground);
    await goToStep(frame, 3);
    await frame.selectOption('#option-compareWith', { label: 'Retail' });
    await settled(playground);
    await frame.click('#next');
    await frame.waitForSelector('#mode-live');
    await createAndWait(frame);
    const [dashboard] = dashboardsOf(session);
    const sheet = playground.spreadsheet.services.SpreadsheetApp.getActive().getSheetByName(dashboard);
    const rows = sheet?.getRange(1, 1, 40, 4).getDisplayValues() ?? [];
    const rowOf = (label: string) => {
      const row = rows.find((r) => r[0] === label);
      if (row === undefined) throw new Error(`no key number "${label}" on ${dashboard}`);
      return row;
    };
    // The heading of the fourth column names the segment.
    expect(rows.some((r) => r[3] === format('en', 'dashboard.benchmark', { segment: 'Retail' }))).toBe(true);
    // XM Institute's 2023 study: U.S. retail's industry average NPS is 29 (../shared/benchmarks/EVIDENCE.md).
    expect(rowOf(format('en', 'kpi.nps'))[3]).toMatch(/^29 · .*XM Institute.*, 2023$/);
    expect(rowOf(format('en', 'kpi.csat'))[3]).toBe('');
    expect(problems).toEqual([]);
  });
});

/** What lies outside the part of the grid one sees without scrolling, at 1400 x 900. */
async function outsideFirstScreen(page: Page, cells: readonly { row: number; column: number }[]): Promise<string[]> {
  return page.evaluate(
    ({ cells: wanted }) => {
      const scroller = document.getElementById('grid-scroller') as HTMLElement;
      const view = scroller.getBoundingClientRect();
      // The grid's own visible area, without its scroll bars, inside the window.
      const area = {
        left: Math.max(0, view.left),
        top: Math.max(0, view.top),
        right: Math.min(window.innerWidth, view.left + scroller.clientWidth),
        bottom: Math.min(window.innerHeight, view.top + scroller.clientHeight),
      };
      const outside = (what: string, box: DOMRect) =>
        box.width === 0 ||
        box.left < area.left - 0.5 ||
        box.top < area.top - 0.5 ||
        box.right > area.right + 0.5 ||
        box.bottom > area.bottom + 0.5
          ? [
              `${what}: ${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`,
            ]
          : [];
      const found: string[] = [];
      for (const { row, column } of wanted) {
        const cell = document.querySelector(`.cell[data-row="${row}"][data-column="${column}"]`);
        if (cell === null) found.push(`cell R${row + 1}C${column + 1}: not drawn`);
        else {
          found.push(...outside(`cell R${row + 1}C${column + 1}`, cell.getBoundingClientRect()));
          // Cut off at the cell's edge: the neighbour holds something, so the text cannot run on (as in Sheets).
          if (cell.scrollWidth > cell.clientWidth + 1)
            found.push(`cell R${row + 1}C${column + 1} cut off: "${cell.textContent}" needs ${cell.scrollWidth} px`);
        }
      }
      const charts = [...document.querySelectorAll('.chart')].slice(0, 3);
      if (charts.length < 3) found.push(`only ${charts.length} charts drawn`);
      charts.forEach((chart, i) => found.push(...outside(`chart ${i + 1}`, chart.getBoundingClientRect())));
      return [`area ${area.left},${area.top} to ${area.right},${area.bottom}`, ...found];
    },
    { cells },
  );
}

describe.each(LANGUAGES)('the dashboard’s first screen in %s', (language, userLocale, browserLocale) => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(browser, openExampleSpreadsheet({ userLocale }), { locale: browserLocale });
  });
  afterAll(async () => closeSession(session));

  it('holds every key number, whole, and the three main charts without scrolling, at 1400 x 900 with the sidebar closed', async () => {
    const { playground, page, problems } = session;
    const frame = await openSidebar(page, playground);
    await goToStep(frame, 4);
    await createAndWait(frame);
    const [dashboard] = dashboardsOf(session);
    await page.click('#sidebar-close');
    await page.waitForSelector('#sidebar-panel', { state: 'hidden' });
    await page.locator('#grid-scroller').evaluate((grid) => grid.scrollTo(0, 0));
    await page.waitForTimeout(300);

    // The key numbers: the rows under the "Key numbers" heading, every filled cell of them.
    const app = playground.spreadsheet.services.SpreadsheetApp.getActive();
    const sheet = app.getSheetByName(dashboard);
    const values = sheet?.getRange(1, 1, 40, 8).getDisplayValues() ?? [];
    const heading = values.findIndex((row) => row[0] === format(language, 'dashboard.keyNumbers'));
    expect(heading).toBeGreaterThanOrEqual(0);
    const cells: { row: number; column: number }[] = [];
    for (let r = heading; r < values.length && values[r][0] !== ''; r++)
      values[r].forEach((text, c) => {
        if (text !== '') cells.push({ row: r, column: c });
      });
    expect(cells.length).toBeGreaterThan(20);

    const shot = `dashboard-first-screen-${language}.png`;
    await saveScreenshot(page, shot, shot);
    const [area, ...outside] = await outsideFirstScreen(page, cells);
    expect({ area, outside }).toEqual({ area, outside: [] });
    expect(problems).toEqual([]);
  });
});
