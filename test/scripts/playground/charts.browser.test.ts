/**
 * The playground's charts in a real Chromium, drawn from what the add-on may
 * ask Sheets for through EmbeddedChartBuilder: line, area, column, bar and
 * combo charts at 600 x 260 with 24, 60 and 200 monthly dates, long category
 * names, a band drawn as a stacked pair of areas. No two labels may overlap
 * (their boxes, as drawn, turned with slanted text), none may stick out of the
 * chart, and the band must fill exactly between its lower and upper line.
 * Screenshots go to artifacts/screenshots (git-ignored).
 */

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openOfflineSpreadsheet } from '../../../scripts/emulator/offlineSpreadsheet';
import type { EmbeddedChartBuilderApi } from '../../../src/addon/appsScriptApi';
import { instantOfSerial } from '../../../scripts/emulator/wallClock';
import { launchChromium } from '../../../scripts/playground/chromium';
import { type Playground, startPlayground } from '../../../scripts/playground/server';
import { serialOfMonth } from '../../../scripts/playground/page/chartScale';
import { ROOT } from '../../../scripts/lib/paths';

jest.setTimeout(180_000);

const SCREENSHOTS = resolve(ROOT, 'artifacts/screenshots');
const ZONE = 'Asia/Tokyo';
const SIZE = { width: 600, height: 260 };

const LONG_NAMES = [
  'Champions of the loyalty programme',
  'Loyal customers who buy every month',
  'Potential loyalists',
  'Recent customers (first order this quarter)',
  'Promising',
  'Customers needing attention',
  'About to sleep',
  'At risk: spent a lot, not lately',
  'Cannot lose them, the biggest spenders',
  'Hibernating',
  'Lost',
  'Others without a segment of their own',
];

const PERSIAN_TITLE = 'NPS به تفکیک ماه با بازهٔ اطمینان 95%';

interface ChartCase {
  readonly name: string;
  readonly build: (builder: EmbeddedChartBuilderApi) => EmbeddedChartBuilderApi;
  /** At least this many labels along the domain axis (thinned, but not to nothing). */
  readonly minDomainLabels: number;
}

let playground: Playground;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const cases: ChartCase[] = [];
const CASE_COUNT = 16;

function dataSheet(): (string | number | Date | null)[][] {
  const rows: (string | number | Date | null)[][] = [
    ['Month', 'NPS', 'CI low', 'CI width', 'Promoters %', 'Passives %'],
  ];
  for (let i = 0; i < 200; i++) {
    const year = 2010 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const nps = Math.round(20 * Math.sin(i / 7) + 5);
    const half = 12 + (i % 5);
    rows.push([
      new Date(instantOfSerial(serialOfMonth(year, month), ZONE)),
      nps,
      nps - half,
      2 * half,
      0.4 + 0.1 * Math.sin(i / 5),
      0.3,
    ]);
  }
  LONG_NAMES.forEach((name, i) => {
    rows[i + 1].push(null, name, 40 + ((i * 37) % 90));
  });
  rows[0].push(null, 'Segment', 'Customers');
  // A cohort table: rows are cohorts (series), columns the months since the first order.
  rows[0].push(null, 'Cohort', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  for (let c = 0; c < 24; c++) {
    const cohort = new Date(instantOfSerial(serialOfMonth(2023 + Math.floor(c / 12), (c % 12) + 1), ZONE));
    const row = rows[c + 1];
    while (row.length < 9) row.push(null);
    row.push(
      null,
      cohort,
      ...Array.from({ length: 12 }, (_, m) => (m < 24 - c ? 0.9 ** (m * (1 + (c % 6) / 10)) : null)),
    );
  }
  return rows;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const spreadsheet = openOfflineSpreadsheet(
    { Data: dataSheet(), Charts: [['Charts drawn from Data']] },
    {
      name: 'Charts',
      timeZone: ZONE,
    },
  );
  const { SpreadsheetApp: app, Charts: charts } = spreadsheet.services;
  const data = app.getActive().getSheetByName('Data');
  const sheet = app.getActive().getSheetByName('Charts');
  if (data === null || sheet === null) throw new Error('no sheets');
  data.getRange('A2:A201').setNumberFormat('yyyy-mm-dd');
  data.getRange('E2:F201').setNumberFormat('0%');
  data.getRange('K2:K25').setNumberFormat('mmm yyyy');
  const types = charts.ChartType;
  const range = (a1: string) => data.getRange(a1);
  const sized = (builder: EmbeddedChartBuilderApi, title: string) =>
    builder.setOption('title', title).setOption('width', SIZE.width).setOption('height', SIZE.height);
  for (const months of [24, 60, 200]) {
    cases.push({
      name: `line-${months}-months`,
      build: (b) =>
        sized(b, `NPS by month, ${months} months`)
          .setChartType(types.LINE)
          .addRange(range(`A1:B${months + 1}`))
          .setOption('legend', { position: 'bottom' }),
      minDomainLabels: 3,
    });
    cases.push({
      name: `column-${months}-months`,
      build: (b) =>
        sized(b, `Promoters by month (columns), ${months} months`)
          .setChartType(types.COLUMN)
          .addRange(range(`A1:A${months + 1}`))
          .addRange(range(`E1:E${months + 1}`))
          .setOption('legend', { position: 'none' }),
      minDomainLabels: 3,
    });
  }
  cases.push(
    {
      name: 'column-long-names',
      build: (b) =>
        sized(b, 'Customers by RFM segment (columns, long names)')
          .setChartType(types.COLUMN)
          .addRange(range('H1:I13'))
          .setOption('legend', { position: 'none' }),
      minDomainLabels: 4,
    },
    {
      name: 'column-long-names-upright',
      build: (b) =>
        sized(b, 'The same with slantedText false: every k-th label')
          .setChartType(types.COLUMN)
          .addRange(range('H1:I13'))
          .setOption('hAxis', { slantedText: false })
          .setOption('legend', { position: 'none' }),
      minDomainLabels: 2,
    },
    {
      name: 'bar-long-names',
      build: (b) =>
        sized(b, 'Customers by RFM segment (bars)')
          .setChartType(types.BAR)
          .addRange(range('H1:I13'))
          .setOption('legend', { position: 'none' })
          .setOption('colors', ['#1a73e8']),
      minDomainLabels: 0,
    },
    {
      name: 'bar-long-names-taller',
      build: (b) =>
        sized(b, 'The same, 400 px tall: every segment named')
          .setChartType(types.BAR)
          .addRange(range('H1:I13'))
          .setOption('height', 400)
          .setOption('legend', { position: 'none' })
          .setOption('hAxis', { title: 'Customers' }),
      minDomainLabels: 12,
    },
    {
      name: 'combo-band',
      build: (b) =>
        sized(b, 'NPS by month with its 95% interval as a band')
          .setChartType(types.COMBO)
          .addRange(range('A1:D37'))
          .setOption('isStacked', true)
          .setOption('series', {
            0: { type: 'line', color: '#1a73e8', lineWidth: 2 },
            1: { type: 'area', color: '#1a73e8', areaOpacity: 0, lineWidth: 0, visibleInLegend: false },
            2: { type: 'area', color: '#1a73e8', areaOpacity: 0.2, lineWidth: 0, labelInLegend: '95% interval' },
          })
          .setOption('hAxis', { format: 'MMM yyyy', title: 'Month' })
          .setOption('vAxes', { 0: { title: 'NPS', viewWindow: { min: -100, max: 100 } } })
          .setOption('legend', { position: 'bottom' }),
      minDomainLabels: 3,
    },
    {
      name: 'area-stacked',
      build: (b) =>
        sized(b, 'Shares, stacked areas, legend right')
          .setChartType(types.AREA)
          .addRange(range('A1:A61'))
          .addRange(range('E1:F61'))
          .setOption('isStacked', true)
          .setOption('vAxis.format', '0%'),
      minDomainLabels: 3,
    },
    {
      name: 'retention-curves',
      build: (b) =>
        sized(b, 'Retention curves by cohort (rows as series)')
          .setChartType(types.LINE)
          .addRange(range('K1:W7'))
          .setTransposeRowsAndColumns(true)
          .setOption('legend', { position: 'right' })
          .setOption('vAxis', { format: '0%', viewWindow: { min: 0, max: 1 } })
          .setOption('hAxis', { title: 'Months since the first order' })
          .setOption('noSuchOption', { ignored: true }),
      minDomainLabels: 3,
    },
    {
      name: 'retention-24-cohorts-legend-right',
      build: (b) =>
        sized(b, '24 cohorts: the legend pages')
          .setChartType(types.LINE)
          .addRange(range('K1:W25'))
          .setTransposeRowsAndColumns(true)
          .setOption('vAxis', { format: '0%' }),
      minDomainLabels: 3,
    },
    {
      // A Persian title that starts with a Latin word: laid out right to left as a whole, not scrambled.
      name: 'persian-title',
      build: (b) =>
        sized(b, PERSIAN_TITLE)
          .setChartType(types.LINE)
          .addRange(range('A1:B25'))
          .setOption('legend', { position: 'bottom' }),
      minDomainLabels: 3,
    },
    {
      name: 'retention-24-cohorts-legend-bottom',
      build: (b) =>
        sized(b, '24 cohorts, legend at the bottom')
          .setChartType(types.LINE)
          .addRange(range('K1:W25'))
          .setTransposeRowsAndColumns(true)
          .setOption('legend', { position: 'bottom' })
          .setOption('vAxis', { format: '0%' }),
      minDomainLabels: 3,
    },
  );
  cases.forEach((chartCase, i) => {
    sheet.insertChart(chartCase.build(sheet.newChart().setPosition(3 + i * 14, 2, 0, 0)).build());
  });
  sheet.activate();
  playground = await startPlayground({ port: 0, spreadsheet });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(playground.url);
  await page.waitForFunction((n) => document.querySelectorAll('.chart svg').length === n, cases.length);
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly texts: { readonly role: string; readonly text: string; readonly corners: [number, number][] }[];
}

/** Every text of the chart as the quadrilateral it covers in the chart's own pixels (slanted ones turned). */
function geometry(chartIndex: number): Promise<Geometry> {
  return page.evaluate((index) => {
    const svg = document.querySelectorAll<SVGSVGElement>('.chart svg')[index];
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].map((node) => {
      const box = node.getBBox();
      const matrix = node.getCTM() as DOMMatrix;
      const corners = [
        [box.x, box.y],
        [box.x + box.width, box.y],
        [box.x + box.width, box.y + box.height],
        [box.x, box.y + box.height],
      ].map(([x, y]) => {
        const point = new DOMPoint(x, y).matrixTransform(matrix);
        return [point.x, point.y] as [number, number];
      });
      return { role: node.dataset.role ?? '', text: node.textContent ?? '', corners };
    });
    return { width: svg.width.baseVal.value, height: svg.height.baseVal.value, texts };
  }, chartIndex);
}

/** Whether two convex polygons overlap by more than a hair (separating-axis test). */
function overlap(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  for (const polygon of [a, b]) {
    for (let i = 0; i < polygon.length; i++) {
      const [x1, y1] = polygon[i];
      const [x2, y2] = polygon[(i + 1) % polygon.length];
      const normal = [y2 - y1, x1 - x2];
      const project = (points: readonly [number, number][]) => points.map(([x, y]) => x * normal[0] + y * normal[1]);
      const pa = project(a);
      const pb = project(b);
      const length = Math.hypot(normal[0], normal[1]) || 1;
      if (Math.min(...pa) >= Math.max(...pb) - 0.01 * length || Math.min(...pb) >= Math.max(...pa) - 0.01 * length)
        return false;
    }
  }
  return true;
}

describe('charts drawn as Sheets draws them', () => {
  it('draws every chart without a console error', async () => {
    expect(cases).toHaveLength(CASE_COUNT);
    expect(problems).toEqual([]);
    // The grid draws its nodes anew on every scroll, so each chart is scrolled into view first and shot by its box.
    for (const [i, chartCase] of cases.entries()) {
      await page.evaluate((index) => {
        const frame = document.querySelectorAll<HTMLElement>('.chart')[index];
        (document.getElementById('grid-scroller') as HTMLElement).scrollTop = frame.offsetTop - 30;
      }, i);
      await page.waitForTimeout(150);
      const clip = await page.evaluate((index) => {
        const box = document.querySelectorAll('.chart svg')[index].getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      }, i);
      await page.screenshot({ path: resolve(SCREENSHOTS, `chart-${chartCase.name}.png`), clip });
    }
  });

  it.each([...Array(CASE_COUNT).keys()])(
    'chart %i: no two labels overlap, none sticks out, the domain keeps labels',
    async (i) => {
      const chartCase = cases[i];
      const { width, height, texts } = await geometry(i);
      expect(width).toBe(SIZE.width);
      expect(height).toBe(chartCase.name === 'bar-long-names-taller' ? 400 : SIZE.height);
      const clashes: string[] = [];
      for (let a = 0; a < texts.length; a++)
        for (let b = a + 1; b < texts.length; b++)
          if (overlap(texts[a].corners, texts[b].corners)) clashes.push(`"${texts[a].text}" / "${texts[b].text}"`);
      expect({ chart: chartCase.name, clashes }).toEqual({ chart: chartCase.name, clashes: [] });
      const outside = texts
        .filter((t) => t.corners.some(([x, y]) => x < -0.5 || y < -0.5 || x > width + 0.5 || y > height + 0.5))
        .map((t) => t.text);
      expect({ chart: chartCase.name, outside }).toEqual({ chart: chartCase.name, outside: [] });
      const domainLabels = texts.filter((t) => t.role === 'domain-label');
      expect(domainLabels.length).toBeGreaterThanOrEqual(chartCase.minDomainLabels);
    },
  );

  it('lays a Persian title out right to left, its box where a left-to-right title starts', async () => {
    const persian = cases.findIndex((c) => c.name === 'persian-title');
    const titleOf = async (index: number) => {
      const { texts } = await geometry(index);
      return texts.find((t) => t.role === 'title');
    };
    const title = await titleOf(persian);
    const direction = await page.evaluate((index) => {
      const svg = document.querySelectorAll('.chart svg')[index];
      return svg.querySelector('text[data-role="title"]')?.getAttribute('direction');
    }, persian);
    expect(title?.text).toBe(PERSIAN_TITLE);
    expect(direction).toBe('rtl');
    // The same left edge as the English title of the chart before it.
    const english = await titleOf(persian - 1);
    expect(Math.abs((title?.corners[0][0] ?? 0) - (english?.corners[0][0] ?? 0))).toBeLessThan(1);
  });

  it('labels dates as dates: monthly data as "Jan 2010"-like months or years', async () => {
    const { texts } = await geometry(cases.findIndex((c) => c.name === 'line-24-months'));
    const labels = texts.filter((t) => t.role === 'domain-label').map((t) => t.text);
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(label).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d$/);
    const long = await geometry(cases.findIndex((c) => c.name === 'line-200-months'));
    for (const label of long.texts.filter((t) => t.role === 'domain-label').map((t) => t.text))
      expect(label).toMatch(/^(20\d\d|[A-Z][a-z]{2} 20\d\d)$/);
  });

  it('names series from the header row as the cells show them, and pages a legend too long for its room', async () => {
    const six = await geometry(cases.findIndex((c) => c.name === 'retention-curves'));
    expect(six.texts.filter((t) => t.role === 'legend').map((t) => t.text)).toEqual([
      'Jan 2023',
      'Feb 2023',
      'Mar 2023',
      'Apr 2023',
      'May 2023',
      'Jun 2023',
    ]);
    for (const name of ['retention-24-cohorts-legend-right', 'retention-24-cohorts-legend-bottom']) {
      const { texts } = await geometry(cases.findIndex((c) => c.name === name));
      const legend = texts.filter((t) => t.role === 'legend').map((t) => t.text);
      expect(legend[0]).toBe('Jan 2023');
      expect(legend[legend.length - 1]).toMatch(/^1\/\d+$/);
    }
  });

  it('draws horizontal bars for BAR and vertical ones for COLUMN, each category named', async () => {
    const shapes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('.chart svg')].map((svg) => {
        const bars = [...svg.querySelectorAll<SVGRectElement>('rect.bar')];
        return {
          type: svg.dataset.chartType,
          bars: bars.length,
          wide: bars.filter((b) => b.width.baseVal.value > b.height.baseVal.value).length,
        };
      }),
    );
    const bar = shapes[cases.findIndex((c) => c.name === 'bar-long-names')];
    expect(bar).toEqual({ type: 'BAR', bars: 12, wide: 12 });
    const column = shapes[cases.findIndex((c) => c.name === 'column-long-names')];
    expect(column).toMatchObject({ type: 'COLUMN', bars: 12, wide: 0 });
    // At 260 px, 12 rows are too close for a label each: every other one is named, as Google Charts skips labels.
    const short = await geometry(cases.findIndex((c) => c.name === 'bar-long-names'));
    const shown = short.texts.filter((t) => t.role === 'domain-label').map((t) => t.text);
    expect(shown.length).toBeGreaterThanOrEqual(6);
    expect(shown[0]).toMatch(/^Champions/);
    // At 400 px every segment has its label, long ones cut short with an ellipsis.
    const tall = await geometry(cases.findIndex((c) => c.name === 'bar-long-names-taller'));
    const names = tall.texts.filter((t) => t.role === 'domain-label').map((t) => t.text);
    expect(names).toHaveLength(12);
    expect(names).toContain('Hibernating');
    expect(names.some((n) => n.endsWith('…'))).toBe(true);
  });

  it('fills a band exactly between the lower line and the upper one (a transparent area with the width stacked on it)', async () => {
    const index = cases.findIndex((c) => c.name === 'combo-band');
    const result = await page.evaluate((chartIndex) => {
      const svg = document.querySelectorAll<SVGSVGElement>('.chart svg')[chartIndex];
      const gridlines = [...svg.querySelectorAll<SVGLineElement>('line.gridline')].map((line) => ({
        value: Number(line.dataset.value),
        y: line.y1.baseVal.value,
      }));
      const [g1, g2] = [gridlines[0], gridlines[gridlines.length - 1]];
      const yOf = (v: number) => g1.y + ((v - g1.value) * (g2.y - g1.y)) / (g2.value - g1.value);
      const line = svg.querySelector<SVGPolylineElement>('polyline.line[data-series="0"]');
      const band = svg.querySelector<SVGPathElement>('path.area[data-series="2"]');
      const lower = svg.querySelector<SVGPathElement>('path.area[data-series="1"]');
      if (line === null || band === null || lower === null) return { missing: true };
      const xs = [...line.points].map((p) => p.x);
      return {
        missing: false,
        xs,
        lowerOpacity: lower.getAttribute('fill-opacity'),
        bandOpacity: band.getAttribute('fill-opacity'),
        legend: [...svg.querySelectorAll('[data-role="legend"] text')].map((t) => t.textContent),
        y0: yOf(0),
        yScale: yOf(1) - yOf(0),
      };
    }, index);
    expect(result.missing).toBe(false);
    expect(result.lowerOpacity).toBe('0');
    expect(result.bandOpacity).toBe('0.2');
    // The lower area is left out of the legend; the band is named by labelInLegend.
    expect(result.legend).toEqual(['NPS', '95% interval']);
    const xs = result.xs as number[];
    expect(xs).toHaveLength(36);
    // The data of the first 36 months: NPS, low, width (see dataSheet).
    const rows = dataSheet().slice(1, 37);
    const checks = await page.evaluate(
      ({ chartIndex, points }) => {
        const svg = document.querySelectorAll<SVGSVGElement>('.chart svg')[chartIndex];
        const band = svg.querySelector('path.area[data-series="2"]') as SVGPathElement;
        return points.map(({ x, y }) => band.isPointInFill(new DOMPoint(x, y)));
      },
      {
        chartIndex: index,
        points: rows.flatMap((row, j) => {
          const low = row[2] as number;
          const high = low + (row[3] as number);
          const y = (v: number) => (result.y0 as number) + v * (result.yScale as number);
          return [
            { x: xs[j], y: (y(low) + y(high)) / 2 },
            { x: xs[j], y: y(high) - 3 },
            { x: xs[j], y: y(low) + 3 },
          ];
        }),
      },
    );
    const expected = rows.flatMap(() => [true, false, false]);
    expect(checks).toEqual(expected);
    // The intervals cross zero in this data: stacking is relative to the preceding series, not split at zero.
    expect(rows.some((row) => (row[2] as number) < 0 && (row[2] as number) + (row[3] as number) > 0)).toBe(true);
  });
});
