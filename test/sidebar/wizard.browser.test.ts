/**
 * The wizard, end to end: the unchanged dist/Sidebar.html in the playground's
 * panel, driven in a real Chromium in each of its four languages, against the
 * unchanged dist/ bundle behind an emulated spreadsheet. The dashboard it
 * writes is checked cell by cell against the add-on's functions called
 * directly on the same ranges; the person's own sheets must come out of two
 * runs byte for byte as they went in. Screenshots of every step in every
 * language go to artifacts/screenshots (git-ignored) for people to look at.
 */

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { writtenDate } from '../../sidebar/dates';
import { launchChromium } from '../../scripts/playground/chromium';
import { openExampleSpreadsheet } from '../../scripts/playground/server';
import { openOfflineSpreadsheet, type OfflineSpreadsheet } from '../../scripts/emulator/offlineSpreadsheet';
import { ROOT } from '../../scripts/lib/paths';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { CATALOG } from '../../src/catalog';
import { format } from '../../src/i18n/language';
import type { CellValue } from '../../src/input/cells';
import {
  closeSession,
  createAndWait,
  errorCells,
  openSession,
  openSidebar,
  rolesOf,
  type Session,
  setSheetChosen,
  settled,
  userSheetsState,
  waitReady,
} from '../support/playgroundBrowser';

jest.setTimeout(600_000);

const SCREENSHOTS = resolve(ROOT, 'artifacts/screenshots');

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const session = (spreadsheet: OfflineSpreadsheet): Promise<Session> => openSession(browser, spreadsheet);
const close = closeSession;

// Calling the add-on's functions directly on the ranges a dashboard formula names ----------

/** The arguments of a formula the wizard wrote: ranges, $B$7 references, "text" and numbers. */
function argumentsOf(formula: string, spreadsheet: OfflineSpreadsheet, dashboard: string): unknown[] {
  const app = spreadsheet.services.SpreadsheetApp.getActive();
  const inner = /^=[A-Z_]+\((.*)\)$/.exec(formula)?.[1] ?? '';
  return inner.split(/[,;] /).map((arg) => {
    if (/^"/.test(arg)) return arg.slice(1, -1);
    if (/^-?\d/.test(arg)) return Number(arg);
    if (/^\$[A-Z]+\$\d+$/.test(arg)) return app.getSheetByName(dashboard)?.getRange(arg.replace(/\$/g, '')).getValue();
    return app.getRange(arg).getValues();
  });
}

function directCall(formula: string, spreadsheet: OfflineSpreadsheet, dashboard: string): CellValue[][] {
  const name = /^=([A-Z_]+)\(/.exec(formula)?.[1] as string;
  const result = spreadsheet.execute(name, ...argumentsOf(formula, spreadsheet, dashboard));
  return Array.isArray(result) ? (result as CellValue[][]) : [[result as CellValue]];
}

const comparable = (value: unknown): unknown =>
  Object.prototype.toString.call(value) === '[object Date]'
    ? new Date((value as Date).getTime()).toISOString()
    : typeof value === 'number'
      ? Number(value.toPrecision(12))
      : value;

interface WrittenFormula {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

const FUNCTION_NAMES = new Set(CATALOG.map((spec) => spec.name));

/**
 * The add-on's formulas on the dashboard, found by reading the whole sheet:
 * each cell that is one call of an add-on function (not the change against
 * the previous period, a lookup in a table or Sheets' own functions).
 */
function dashboardFormulas(spreadsheet: OfflineSpreadsheet, dashboard: string): WrittenFormula[] {
  const sheet = spreadsheet.services.SpreadsheetApp.getActive().getSheetByName(dashboard);
  if (sheet === null) throw new Error(`no sheet ${dashboard}`);
  const formulas = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getFormulas();
  return formulas.flatMap((row, r) =>
    row.flatMap((formula, c) =>
      FUNCTION_NAMES.has(/^=([A-Z_]+)\(/.exec(formula)?.[1] ?? '') ? [{ row: r + 1, column: c + 1, formula }] : [],
    ),
  );
}

/** Each formula's cells (one, or the spilled table) against the function called directly. */
function expectCellsEqualDirectCalls(
  spreadsheet: OfflineSpreadsheet,
  dashboard: string,
  formulas: readonly WrittenFormula[],
): void {
  const sheet = spreadsheet.services.SpreadsheetApp.getActive().getSheetByName(dashboard);
  for (const { row, column, formula } of formulas) {
    const expected = directCall(formula, spreadsheet, dashboard);
    const shown = sheet?.getRange(row, column, expected.length, expected[0].length).getValues();
    expect({ formula, cells: shown?.map((r) => r.map(comparable)) }).toEqual({
      formula,
      cells: expected.map((r) => r.map(comparable)),
    });
  }
}

/**
 * A snapshot holds the same numbers as values. Its tables need no room to
 * grow, so they are packed closer together than the live ones: each
 * function's result is found as a block somewhere on the sheet, cell for cell.
 */
function expectSnapshotEqualsDirectCalls(
  spreadsheet: OfflineSpreadsheet,
  dashboard: string,
  formulas: readonly WrittenFormula[],
): void {
  const sheet = spreadsheet.services.SpreadsheetApp.getActive().getSheetByName(dashboard);
  if (sheet === null) throw new Error(`no sheet ${dashboard}`);
  // Sheets reads text written with setValues as if typed, so an id such as "1001" comes back as the number 1001 in
  // a snapshot (the live cell keeps the function's text): the two are compared as the same id here.
  const asWritten = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
  const cells = sheet
    .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
    .getValues()
    .map((r) => r.map((v) => comparable(asWritten(v))));
  const blockAt = (row: number, column: number, rows: number, columns: number) =>
    JSON.stringify(cells.slice(row, row + rows).map((r) => r.slice(column, column + columns)));
  for (const { row, column, formula } of formulas) {
    const expected = directCall(formula, spreadsheet, dashboard).map((r) => r.map((v) => comparable(asWritten(v))));
    const wanted = JSON.stringify(expected);
    // A key number stays in its cell; a table may sit elsewhere.
    const single = expected.length === 1 && expected[0].length === 1;
    const found = single
      ? blockAt(row - 1, column - 1, 1, 1) === wanted
      : cells.some((r, i) =>
          r.some(
            (value, j) => value === expected[0][0] && blockAt(i, j, expected.length, expected[0].length) === wanted,
          ),
        );
    expect({ formula, found }).toEqual({ formula, found: true });
  }
}

// Driving the wizard ------------------------------------------------------------------------

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
}

const EXAMPLE_SHEETS = ['Customers', 'Orders', 'Responses', 'Summary', 'Customer metrics'];
/** The colour the dashboard gives a number that could not be computed (src/addon/dashboardWriter.ts). */
const ERROR_RED = '#d93025';

describe.each([
  ['en', 'en_US'],
  ['th', 'th'],
  ['fa', 'fa_IR'],
  ['zh-TW', 'zh_TW'],
] as const)('the wizard in %s', (language, userLocale) => {
  let current: Session;

  beforeAll(async () => {
    current = await session(openExampleSpreadsheet({ userLocale }));
  });
  afterAll(async () => close(current));

  it('walks from the example rows to a live dashboard, then a snapshot, leaving the person’s sheets untouched', async () => {
    const { playground, page, problems } = current;
    const spreadsheet = playground.spreadsheet;
    const before = userSheetsState(spreadsheet, EXAMPLE_SHEETS);
    const frame = await openSidebar(page, playground);
    await frame.waitForSelector('fieldset.sheets');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe(language);

    // Step 1: the three sheets of data are ticked to start with; the active sheet (Summary, a sheet of results) is not.
    expect(await frame.locator('.sheets .check', { hasText: 'Summary' }).locator('input').isChecked()).toBe(false);
    for (const sheet of ['Customers', 'Orders', 'Responses']) {
      expect(await frame.locator('.sheets .check', { hasText: sheet }).locator('input').isChecked()).toBe(true);
      await frame.waitForSelector(`fieldset.sheet-columns >> text=${sheet}`);
    }
    await waitReady(frame);
    expect(await rolesOf(frame, 'Customers')).toEqual({
      'Customer ID': 'customer',
      Name: '',
      'Start date': 'startDate',
      'Cancel date': 'endDate',
      Source: 'source',
      Plan: 'segment',
    });
    expect(await rolesOf(frame, 'Orders')).toEqual({
      'Order ID': 'order',
      'Customer ID': 'customer',
      'Order date': 'orderDate',
      Amount: 'amount',
      Product: 'product',
    });
    expect(await rolesOf(frame, 'Responses')).toEqual({
      'Response date': 'responseDate',
      'Customer ID': 'customer',
      Segment: 'segment',
      'Likelihood to recommend (0-10)': 'score',
      'Satisfaction (1-5)': 'satisfaction',
      'Ease (1-7)': '',
    });
    // The data-health check names the text answers ("N/A", "Prefer not to say") with their rows, as a note.
    expect(await frame.locator('.problems li').allTextContents()).toEqual([
      expect.stringContaining('13, 32, 40, 45, 52'),
    ]);
    expect(await frame.locator('.problems[data-severity="note"] li').count()).toBe(1);
    await shot(page, `wizard-${language}-1-data`);

    if (language === 'fa') {
      // Right to left: the whole layout mirrors (Next on the left, the title on the right).
      expect(await frame.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const x = (selector: string) => frame.locator(selector).evaluate((node) => node.getBoundingClientRect().x);
      expect(await x('#next')).toBeLessThan(await x('#function-help'));
      expect(await x('#title')).toBeGreaterThan(await x('#language'));
      const firstStep = await frame
        .locator('#steps li')
        .first()
        .evaluate((node) => node.getBoundingClientRect().x);
      const lastStep = await frame
        .locator('#steps li')
        .last()
        .evaluate((node) => node.getBoundingClientRect().x);
      expect(firstStep).toBeGreaterThan(lastStep);
    } else {
      expect(await frame.evaluate(() => document.documentElement.dir)).toBe('ltr');
    }

    // Step 2: every metric the three sheets allow is offered; predicted CLV is there but opt-in.
    await frame.click('#next');
    await frame.waitForSelector('fieldset.metrics');
    const enabled = await frame.locator('fieldset.metrics input:not([disabled])').count();
    expect(enabled).toBe(19);
    expect(await frame.locator('#metric-predictedClv').isChecked()).toBe(false);
    expect(await frame.locator('#metric-nps').isChecked()).toBe(true);
    await shot(page, `wizard-${language}-2-metrics`);

    // Step 3: defaults shown; the latest date in the data is offered as the as-of date, in the language's order.
    await frame.click('#next');
    await frame.waitForSelector('#option-period');
    expect(await frame.locator('#option-period').inputValue()).toBe('month');
    expect(await frame.locator('#option-asOf').getAttribute('placeholder')).toBe(writtenDate('2024-12-31', language));
    expect(await frame.locator('#option-grossMargin').inputValue()).toBe('60');
    await shot(page, `wizard-${language}-3-options`);

    // Step 4: live.
    await frame.click('#next');
    await frame.waitForSelector('#mode-live');
    expect(await frame.locator('#mode-live').isChecked()).toBe(true);
    await shot(page, `wizard-${language}-4-create`);
    await createAndWait(frame);
    await shot(page, `wizard-${language}-5-live-dashboard`);
    // The charts below the key numbers, and the cohort heatmap at the right end.
    await page.locator('#grid-scroller').evaluate((grid) => grid.scrollTo(0, 420));
    await page.waitForTimeout(200);
    await shot(page, `wizard-${language}-5b-charts`);
    await page.locator('#grid-scroller').evaluate((grid) => grid.scrollTo(grid.scrollWidth, 0));
    await page.waitForTimeout(200);
    await shot(page, `wizard-${language}-5c-cohort-heatmap`);
    await page.locator('#grid-scroller').evaluate((grid) => grid.scrollTo(0, 0));

    const app = spreadsheet.services.SpreadsheetApp.getActive();
    const dashboards = app.getSheets().filter((s) => !EXAMPLE_SHEETS.includes(s.getName()));
    expect(dashboards).toHaveLength(1);
    const dashboard = dashboards[0].getName();
    if (language === 'en') expect(dashboard).toBe('Loyalty dashboard');
    const link = await frame.locator('#dashboard-link').textContent();
    expect(link).toContain(dashboard);
    const formulas = dashboardFormulas(spreadsheet, dashboard);
    // Key numbers and tables, each a formula over open ranges of the person's sheets.
    expect(formulas.map((f) => f.formula)).toEqual(
      expect.arrayContaining([
        '=NPS(Responses!D2:D, Responses!A2:A)',
        // Tables get the dashboard's language as their last argument, for their headings.
        expect.stringMatching(/^=COHORT_RETENTION\(Orders!B2:B, Orders!C2:C, "month"(, "[^"]*")*\)$/),
      ]),
    );
    expect(formulas.length).toBeGreaterThanOrEqual(16);
    expectCellsEqualDirectCalls(spreadsheet, dashboard, formulas);
    expect(errorCells(spreadsheet, dashboard, ERROR_RED)).toEqual([]);
    // The headline numbers in the sidebar are those cells, in Latin digits as in the sheet.
    const npsCell = formulas.find((f) => f.formula.startsWith('=NPS(')) as WrittenFormula;
    const nps = app.getSheetByName(dashboard)?.getRange(npsCell.row, npsCell.column).getValue() as number;
    expect(await frame.locator('.headline dd').first().textContent()).toBe(
      new Intl.NumberFormat(`${language}-u-nu-latn`, { maximumFractionDigits: 0 }).format(nps),
    );
    expect(await frame.locator('#outcome-heading').textContent()).toBe(format(language, 'create.done'));
    const charts = app.getSheetByName(dashboard)?.getCharts() ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(3);

    // Snapshot: the same dashboard as values, in place of the live one.
    const index = app.getSheetByName(dashboard)?.getIndex();
    await frame.click('#mode-snapshot');
    // The dashboard is there now: the wizard asks, and the person updates it.
    await createAndWait(frame, 'update');
    await shot(page, `wizard-${language}-6-snapshot-dashboard`);
    expect(app.getSheets().map((s) => s.getName())).toEqual([...EXAMPLE_SHEETS, dashboard]);
    expect(app.getSheetByName(dashboard)?.getIndex()).toBe(index);
    expect(dashboardFormulas(spreadsheet, dashboard)).toEqual([]);
    expectSnapshotEqualsDirectCalls(spreadsheet, dashboard, formulas);
    // The snapshot says when it was computed (a date and a time of day).
    // (In Persian the server writes that time in Persian digits.)
    expect(app.getSheetByName(dashboard)?.getRange('A2').getValue()).toMatch(/[\d۰-۹]{4}.*[\d۰-۹]{1,2}:[\d۰-۹]{2}/);

    // Refresh recomputes the snapshot from the saved settings, again in place.
    await frame.click('#refresh');
    await settled(playground);
    await frame.waitForSelector('.outcome #outcome-heading');
    expect(app.getSheets().map((s) => s.getName())).toEqual([...EXAMPLE_SHEETS, dashboard]);

    // The link in the sidebar shows the dashboard.
    await page.click('.tab >> text=Summary');
    await frame.click('#dashboard-link');
    await page.waitForFunction(
      (name) => document.querySelector('.tab[aria-selected="true"]')?.textContent === name,
      dashboard,
    );

    expect(userSheetsState(spreadsheet, EXAMPLE_SHEETS)).toBe(before);
    expect(problems).toEqual([]);
  });

  it('reopens with the saved settings and finds moved columns again by their headings', async () => {
    const { playground, page, problems } = current;
    const app = playground.spreadsheet.services.SpreadsheetApp.getActive();
    // The person swaps Amount and Product in their Orders sheet.
    const orders = app.getSheetByName('Orders');
    const swapped =
      orders
        ?.getRange('D1:E')
        .getValues()
        .map(([amount, product]) => [product, amount]) ?? [];
    orders?.getRange(1, 4, swapped.length, 2).setValues(swapped);
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    expect(await frame.locator('.sheets input:checked').count()).toBe(3);
    expect(await frame.locator('#language').inputValue()).toBe(language);
    expect(await rolesOf(frame, 'Orders')).toMatchObject({ Product: 'product', Amount: 'amount' });
    for (let step = 1; step < 4; step++) await frame.click('#next');
    await frame.waitForSelector('#mode-snapshot:checked');
    await frame.click('#mode-live');
    await createAndWait(frame, 'update');
    const dashboard = app.getActiveSheet().getName();
    const formulas = dashboardFormulas(playground.spreadsheet, dashboard).map((f) => f.formula);
    expect(formulas).toContain('=AVG_ORDER_VALUE(Orders!E2:E, Orders!A2:A, Orders!C2:C)');
    expectCellsEqualDirectCalls(
      playground.spreadsheet,
      dashboard,
      dashboardFormulas(playground.spreadsheet, dashboard),
    );
    expect(problems).toEqual([]);
  });
});

describe.each(['de_DE', 'fa_IR'])('the wizard in a %s spreadsheet', (locale) => {
  let current: Session;

  beforeAll(async () => {
    current = await session(openExampleSpreadsheet({ locale }));
  });
  afterAll(async () => close(current));

  it('writes a live dashboard whose every cell evaluates, its formulas in the locale’s syntax', async () => {
    const { playground, page, problems } = current;
    const spreadsheet = playground.spreadsheet;
    const frame = await openSidebar(page, playground);
    await frame.waitForSelector('fieldset.sheets');
    await setSheetChosen(frame, 'Summary', false);
    for (const sheet of ['Customers', 'Orders', 'Responses']) {
      await setSheetChosen(frame, sheet, true);
      await frame.waitForSelector(`fieldset.sheet-columns >> text=${sheet}`);
    }
    await waitReady(frame);
    for (let step = 1; step < 4; step++) await frame.click('#next');
    await frame.waitForSelector('#mode-live:checked');
    await createAndWait(frame);
    await shot(page, `wizard-${locale}-live-dashboard`);

    const app = spreadsheet.services.SpreadsheetApp.getActive();
    const dashboard = app.getActiveSheet().getName();
    const formulas = dashboardFormulas(spreadsheet, dashboard);
    expect(formulas.map((f) => f.formula)).toEqual(
      expect.arrayContaining(['=COHORT_RETENTION(Orders!B2:B; Orders!C2:C; "month")']),
    );
    expect(formulas.filter((f) => f.formula.includes(', '))).toEqual([]);
    const sheetId = spreadsheet.workbook.sheetIdByName(dashboard) as number;
    const errors = spreadsheet.workbook
      .sheetValues(sheetId)
      .flatMap((row, r) => row.map((_, c) => spreadsheet.workbook.errorAt(sheetId, r, c)))
      .filter((error) => error !== undefined);
    expect(errors).toEqual([]);
    expectCellsEqualDirectCalls(spreadsheet, dashboard, formulas);
    expect(problems).toEqual([]);
  });
});

describe('what comes from the sheet stays text', () => {
  let current: Session;
  const hostile = '<img src=x onerror=alert(1)>';

  beforeAll(async () => {
    const spreadsheet = openOfflineSpreadsheet(
      {
        [`<b>${hostile}</b>`]: [
          [hostile, 'Customer ID', 'Order date', 'Amount'],
          [hostile, 'C-1', '2024-01-05', 10],
          ['x', 'C-2', '2024-02-05', 12],
          ['y', '<script>alert(2)</script>', '2024-03-05', 14],
        ],
      },
      { name: 'Hostile', timeZone: 'UTC' },
    );
    current = await session(spreadsheet);
  });
  afterAll(async () => close(current));

  it('shows headings, values and sheet names with markup as text', async () => {
    const { playground, page, problems } = current;
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    expect(await frame.locator('.sheets label').first().textContent()).toContain(`<b>${hostile}</b>`);
    expect(await frame.locator('.column-role bdi').first().textContent()).toBe(hostile);
    expect(await frame.locator('.preview').textContent()).toContain('<script>alert(2)</script>');
    expect(await frame.locator('img, b, .preview script').count()).toBe(0);
    await shot(page, 'wizard-escaping');

    // Metrics this sheet cannot support are shown disabled, naming the column they need.
    await frame.click('#next');
    await frame.waitForSelector('fieldset.metrics');
    expect(await frame.locator('#metric-nps').isDisabled()).toBe(true);
    expect(await frame.locator('#metric-nps-line').textContent()).toContain('Needs: Score (0-10)');
    expect(await frame.locator('#metric-churn-line').textContent()).toContain('Needs: Start date, End date');
    expect(await frame.locator('#metric-rfm').isDisabled()).toBe(false);
    expect(problems).toEqual([]);
  });
});

describe('access', () => {
  let current: Session;

  beforeAll(async () => {
    current = await session(openExampleSpreadsheet());
  });
  afterAll(async () => close(current));

  /** Every enabled control has a name, and all text has a contrast of at least 4.5:1 with what is behind it (WCAG AA). */
  async function audit(frame: Frame): Promise<{ unnamed: string[]; lowContrast: string[] }> {
    return frame.evaluate(() => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      const background = (node: Element | null): number[] => {
        for (let at = node; at !== null; at = at.parentElement) {
          const [r, g, b, a = 1] = rgb(getComputedStyle(at).backgroundColor);
          if (a > 0) return [r, g, b];
        }
        return [255, 255, 255];
      };
      const unnamed: string[] = [];
      for (const control of document.querySelectorAll<HTMLElement>('input, select, button')) {
        const id = control.id;
        const label = id === '' ? null : document.querySelector(`label[for="${id}"]`);
        const name =
          control.getAttribute('aria-label') ??
          label?.textContent ??
          control.closest('label')?.textContent ??
          control.textContent;
        if ((name ?? '').trim() === '') unnamed.push(control.outerHTML.slice(0, 80));
      }
      const lowContrast: string[] = [];
      for (const node of document.querySelectorAll<HTMLElement>('body *')) {
        const ownText = [...node.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
        if (!ownText || node.closest('[disabled], .disabled, option') !== null || node.offsetParent === null) continue;
        const text = luminance(rgb(getComputedStyle(node).color));
        const behind = luminance(background(node));
        const ratio = (Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05);
        if (ratio < 4.5) lowContrast.push(`${node.tagName}.${node.className}: ${ratio.toFixed(2)}`);
      }
      return { unnamed, lowContrast };
    });
  }

  it('labels every control, keeps contrast, and can be walked with the keyboard with a visible focus', async () => {
    const { playground, page, problems } = current;
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    for (let step = 1; step <= 4; step++) {
      expect(await audit(frame)).toEqual({ unnamed: [], lowContrast: [] });
      if (step < 4) await frame.click('#next');
    }
    await frame.click('#back');
    // Keyboard: Tab reaches the controls in order, each showing a focus outline; Enter on Next moves on.
    await frame.focus('#language');
    const outlines: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      outlines.push(
        await frame.evaluate(() => {
          const active = document.activeElement as HTMLElement;
          return `${active.tagName}#${active.id}: ${getComputedStyle(active).outlineStyle}`;
        }),
      );
    }
    expect(outlines.filter((focused) => focused.endsWith(': none'))).toEqual([]);
    await frame.focus('#next');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('#mode-live');
    expect(problems).toEqual([]);
  });
});

describe('a sheet of 100,000 order rows', () => {
  let current: Session;
  const ROWS = 100_000;

  beforeAll(async () => {
    const random = seededRandom(7);
    const rows: (string | number)[][] = [['Order ID', 'Customer ID', 'Order date', 'Amount', 'Product']];
    const first = Date.UTC(2022, 0, 1);
    // Customers who buy at rates of their own, spend amounts of their own and stop buying at some point, as a
    // shop's do: orders spread evenly over everyone and every day (one purchase rate for all, nobody leaving) run
    // the predicted CLV's purchase model to the edge of its parameters, which the dashboard reports instead of a
    // number.
    for (let i = 0; i < ROWS; i++) {
      const customer = Math.floor(20_000 * random() ** 2);
      const own = seededRandom(1_000 + customer);
      const start = Math.floor(own() * 900);
      const span = Math.min(1000 - start, 1 + Math.floor(-Math.log(own()) * 400));
      const level = 10 + 60 * own();
      const day = start + Math.floor(random() * span);
      rows.push([
        `O-${i}`,
        `C-${customer}`,
        new Date(first + day * 86_400_000).toISOString().slice(0, 10),
        Math.round(level * (0.5 + random())),
        random() < 0.7 ? 'Beans' : 'Mug',
      ]);
    }
    current = await session(openOfflineSpreadsheet({ Orders: rows }, { name: 'Big shop', timeZone: 'UTC' }));
  });
  afterAll(async () => close(current));

  it('completes the wizard (live dashboard) with every number computed', async () => {
    const { playground, page, problems } = current;
    const frame = await openSidebar(page, playground);
    await waitReady(frame);
    expect(await frame.locator('.sheets label').first().textContent()).toContain(String(ROWS + 1));
    await frame.click('#next');
    // Every order metric, predicted CLV (a BG/NBD and Gamma-Gamma fit on 20,000 customers) included.
    await frame.click('#metric-predictedClv');
    await frame.click('#next');
    await frame.click('#next');
    const started = Date.now();
    await createAndWait(frame);
    const seconds = (Date.now() - started) / 1000;
    await shot(page, 'wizard-100k-rows');
    // Every key number computed: the finish says ready, lists no failure, and no cell of the dashboard is an error.
    expect(await frame.locator('.headline dd').count()).toBeGreaterThanOrEqual(6);
    expect(await frame.locator('.headline dd.error').count()).toBe(0);
    expect(await frame.locator('#outcome-heading').textContent()).toBe(format('en', 'create.done'));
    expect(await frame.locator('.failures li').count()).toBe(0);
    const dashboard = playground.spreadsheet.services.SpreadsheetApp.getActive().getActiveSheet();
    expect(errorCells(playground.spreadsheet, dashboard.getName(), ERROR_RED)).toEqual([]);
    // Far below Apps Script's 6-minute limit for one call.
    expect(seconds).toBeLessThan(120);
    expect(problems).toEqual([]);
  });
});
