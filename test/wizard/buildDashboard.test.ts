/**
 * A dashboard built from the example workbook (examples/coffeeShop.ts), with
 * the wizard's defaults, as a newcomer would: pure, before anything is written
 * (src/wizard/buildDashboard.ts and the layout it makes). The browser tests
 * walk the same path through the sidebar and the emulated spreadsheet.
 */

import { coffeeShopWorkbook } from '../../examples/coffeeShop';
import { format } from '../../src/i18n/language';
import { numberFormatOf as localeNumbers } from '../../src/input/sheetsLocales';
import { timeZoneNamed } from '../../src/time/timeZone';
import { layoutPrepared, prepareDashboard, type BuildEnvironment } from '../../src/wizard/buildDashboard';
import type { Translate } from '../../src/wizard/dashboardBlocks';
import type { Area, DashboardSheet } from '../../src/wizard/dashboardLayout';
import { evaluateCall } from '../../src/wizard/evaluateCall';
import { WizardError } from '../../src/wizard/wizardError';
import { WIZARD_METRICS, type MetricId } from '../../src/wizard/wizardMetrics';
import { defaultOptions, type DashboardOptions, type WizardSettings } from '../../src/wizard/wizardSettings';
import { EXAMPLE_SOURCES } from '../support/exampleSources';

const ZONE = timeZoneNamed('Europe/Amsterdam');
const EXAMPLE = coffeeShopWorkbook();
const values = (sheet: string) => EXAMPLE.sheets[sheet] ?? [];

const SOURCES = EXAMPLE_SOURCES;

const PRESELECTED = WIZARD_METRICS.filter((m) => m.preselected).map((m) => m.id);

function settings(
  options: Partial<DashboardOptions> = {},
  metrics: readonly MetricId[] = PRESELECTED,
  rest: Partial<WizardSettings> = {},
): WizardSettings {
  return {
    language: 'en',
    mode: 'snapshot',
    sources: SOURCES,
    metrics,
    options: { ...defaultOptions('en'), ...options },
    ...rest,
  };
}

function environment(extra: Partial<BuildEnvironment> = {}): BuildEnvironment {
  return {
    zone: ZONE,
    numberFormat: localeNumbers('en_US'),
    now: Date.UTC(2025, 0, 2, 9, 30),
    timeText: () => '2 Jan 2025, 10:30',
    ...extra,
  };
}

const translate =
  (language: WizardSettings['language']): Translate =>
  (key, parameters) =>
    format(language, key, parameters);

function build(wanted: WizardSettings, extra: Partial<BuildEnvironment> = {}): DashboardSheet {
  const prepared = prepareDashboard(wanted, values, environment(extra), translate(wanted.language));
  return layoutPrepared(prepared, ',', ZONE);
}

const inside = (a: Area, b: Area) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

describe('the newcomer’s dashboard of the example workbook, every default accepted', () => {
  const sheet = build(settings());

  it('computes every key number and table: nothing fails', () => {
    expect(sheet.failures).toEqual([]);
    expect(sheet.errors).toEqual([]);
    expect(sheet.headline.every((h) => h.value !== null)).toBe(true);
  });

  it('shows the key numbers the example allows, subscription value and "does loyalty pay?" among them', () => {
    expect(sheet.headline.map((h) => h.label)).toEqual([
      'NPS',
      'CSAT (share satisfied)',
      "Promoters' lead in buying again",
      'Churn rate, last complete month',
      'Retention rate, last complete month',
      'Residual value of active subscribers',
      'Repeat purchase rate',
      'Orders per customer',
      'Average order value',
      'Upsell rate',
      'Referral rate',
      'CLV per customer (3 years)',
    ]);
  });

  it('puts the NPS trend, the retention curves and the RFM segments on the first screen, 620 px wide, one under another', () => {
    const first = sheet.charts.slice(0, 3);
    expect(first.map((c) => c.title)).toEqual([
      'NPS by quarter with its 95% interval',
      'Retention curves by cohort',
      'Customers by RFM segment',
    ]);
    for (const [i, chart] of first.entries()) {
      expect(chart).toMatchObject({ column: 4, row: 1 + 11 * i, width: 620, height: i === 2 ? 280 : 230 });
    }
    // 21 px rows: the third chart ends within row 36, the last the playground's 900 px window shows whole.
    expect((first[2].row - 1) * 21 + first[2].height).toBeLessThanOrEqual(36 * 21);
    // Left of it the key numbers, 250 + 110 + 140 px, and the chart beside them ends within 1400 px.
    const left = sheet.columnWidths.filter((w) => w.column < 4).reduce((sum, w) => sum + w.width, 0);
    expect(left + first[0].offsetX + first[0].width).toBeLessThan(1400 - 50);
    expect(Math.max(...sheet.keyCells.map((c) => c.row))).toBeLessThan(34);
  });

  it('draws the NPS trend with its interval as a band: the line, the lower end unseen, the width stacked on it', () => {
    const trend = sheet.charts[0];
    expect(trend.type).toBe('COMBO');
    expect(trend.options).toMatchObject({
      isStacked: true,
      series: {
        0: { type: 'line' },
        1: { type: 'area', areaOpacity: 0 },
        2: { type: 'area', labelInLegend: '95% interval' },
      },
    });
    // Four ranges from the same row: period, NPS, CI low, and the helper column of widths.
    expect(new Set(trend.ranges.map((r) => r.row)).size).toBe(1);
    expect(trend.ranges).toHaveLength(4);
    const band = trend.ranges[3];
    const block = sheet.blocks.find((b) => b.column === band.column && b.row === band.row && b.columns === 1);
    expect(block?.values[0]).toEqual(['Interval width']);
    // Snapshot widths are CI high - CI low of each period.
    const table = sheet.blocks.find((b) => b.values.some((r) => r[0] === 'Period start'));
    const headings = table?.values.find((r) => r[0] === 'Period start') as unknown[];
    const low = headings.indexOf('CI low');
    const high = headings.indexOf('CI high');
    const firstRow = (table?.values.indexOf(headings as never) ?? 0) + 1;
    const row = table?.values[firstRow] as number[];
    expect(block?.values[1][0]).toBeCloseTo(row[high] - row[low], 12);
  });

  it('draws retention as a few curves, not one line per cohort: the weighted average and the three latest cohorts', () => {
    const curves = sheet.charts[1];
    expect(curves.type).toBe('LINE');
    expect(curves.ranges).toHaveLength(5);
  });

  it('never lets a table, with the rows it may grow into, run into another table or a chart', () => {
    for (const mode of ['live', 'snapshot'] as const) {
      const laid = build(settings({}, PRESELECTED, { mode }));
      // A chart's cells: from its anchor, its width in the sheet's column widths, its height in 21 px rows.
      const widthOf = (column: number) => laid.columnWidths.find((w) => w.column === column)?.width ?? 100;
      const chartArea = (chart: DashboardSheet['charts'][number]): Area => {
        let columns = 0;
        for (let px = -chart.offsetX; px < chart.width; columns++) px += widthOf(chart.column + columns);
        return { row: chart.row, column: chart.column, rows: Math.ceil(chart.height / 21), columns };
      };
      const areas = [...laid.tableAreas, ...laid.charts.map(chartArea)];
      for (const [i, a] of areas.entries())
        for (const b of areas.slice(i + 1))
          expect({ mode, a, b, overlap: inside(a, b) }).toEqual({ mode, a, b, overlap: false });
      // And none reaches up into the key numbers and settings.
      const left = laid.blocks[0];
      for (const table of laid.tableAreas) expect(table.row).toBeGreaterThan(left.row + left.rows);
    }
  });

  it('writes a heat map over the cohort table’s period columns', () => {
    expect(sheet.heatmaps).toHaveLength(1);
  });

  it('is not right to left in English', () => {
    expect(sheet.rightToLeft).toBe(false);
  });
});

describe('in the person’s language', () => {
  it('writes every label, table headings included, in Persian, on a right-to-left sheet', () => {
    const sheet = build(settings({}, PRESELECTED, { language: 'fa' }));
    expect(sheet.rightToLeft).toBe(true);
    expect(sheet.failures).toEqual([]);
    const texts = sheet.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string');
    // No English heading left: every heading row is translated.
    for (const english of ['Period start', 'Responses', 'Churn rate', 'Segment', 'Customers', 'Cohort'])
      expect(texts).not.toContain(english);
    expect(sheet.charts[0].options).toMatchObject({
      series: { 2: { labelInLegend: format('fa', 'dashboard.bandLabel') } },
    });
  });
});

describe('the as-of date', () => {
  it('refuses a date before the first row of the data', () => {
    expect(() => prepareDashboard(settings({ asOf: '2000-01-01' }), values, environment(), translate('en'))).toThrow(
      WizardError,
    );
    try {
      prepareDashboard(settings({ asOf: '2000-01-01' }), values, environment(), translate('en'));
    } catch (error) {
      expect((error as WizardError).key).toBe('options.asOfBeforeData');
      // The first date of any mapped date column.
      const first = ['Customers', 'Orders', 'Responses']
        .flatMap((name) =>
          EXAMPLE.sheets[name].slice(1).flatMap((row) => row.filter((c) => /^\d{4}-\d\d-\d\d$/.test(String(c)))),
        )
        .map(String)
        .sort()[0];
      expect((error as WizardError).parameters).toMatchObject({ date: '2000-01-01', first });
    }
  });

  it('takes a date after the last row, saying what it means', () => {
    const prepared = prepareDashboard(settings({ asOf: '2030-01-01' }), values, environment(), translate('en'));
    expect(prepared.notices).toEqual([
      expect.stringContaining('As of 2030-01-01 is after the latest date in the data'),
    ]);
  });

  it('holds every number to a date inside the data, and labels none as counting every row', () => {
    const at = build(settings({ asOf: '2024-10-31' }));
    const latest = build(settings());
    expect(at.failures).toEqual([]);
    const value = (sheet: DashboardSheet, label: string) => sheet.headline.find((h) => h.label === label)?.value;
    for (const label of ['NPS', 'Repeat purchase rate', 'Orders per customer', 'CLV per customer (3 years)'])
      expect({ label, differs: value(at, label) !== value(latest, label) }).toEqual({ label, differs: true });
    expect(at.headline.some((h) => h.label.includes('every row'))).toBe(false);
  });

  it('labels a number that cannot honour it (NPS without response dates) as counting every row', () => {
    const noDates = SOURCES.map((s) =>
      s.sheet === 'Responses' ? { ...s, roles: { score: { column: 4, heading: 'NPS' } } } : s,
    );
    const sheet = build(settings({ asOf: '2024-06-30' }, ['nps'], { sources: noDates }));
    expect(sheet.headline.map((h) => h.label)).toEqual(['NPS (every row: no dates mapped)']);
  });
});

describe('predicted value', () => {
  it('says which models it tried when none fits the orders (the example’s regular subscriptions), and what to do', () => {
    const sheet = build(settings({}, [...PRESELECTED, 'predictedClv']));
    const failed = sheet.failures.filter((f) => f.label === 'Predicted CLV by customer');
    expect(failed).toHaveLength(1);
    expect(failed[0].message).toMatch(/^CLV_PREDICT: the BG\/NBD fit did not converge/);
    expect(failed[0].advice).toBe(
      'Tried BG/NBD, MBG/NBD, Pareto/NBD: none fits these orders. For subscriptions, tick “Predicted subscription value” instead.',
    );
  });

  it('uses the next model when the chosen one does not fit, and says so', () => {
    // A stand-in: the BG/NBD fit fails, the others compute as usual.
    const evaluate: typeof evaluateCall = (call, inputs) =>
      call.fn === 'CLV_PREDICT' && call.args.some((a) => a.kind === 'literal' && a.value === 'bgnbd')
        ? { ok: false, message: 'CLV_PREDICT: the BG/NBD fit did not converge.' }
        : call.fn === 'CLV_PREDICT'
          ? {
              ok: true,
              value: [
                ['Customer', 'Predicted CLV'],
                ['A', 10],
              ],
            }
          : evaluateCall(call, inputs);
    const prepared = prepareDashboard(
      settings({}, ['predictedClv']),
      values,
      environment({ evaluate }),
      translate('en'),
    );
    expect(prepared.notices).toEqual(['BG/NBD did not fit these orders; the dashboard uses MBG/NBD.']);
    expect(prepared.settings.options.model).toBe('mbgnbd');
  });
});

describe('Compare with', () => {
  it('shows a benchmark beside NPS and churn, with its publisher and year, and none beside CSAT', () => {
    const sheet = build(settings({ compareWith: 'retail' }, ['nps', 'csat', 'churn']));
    const left = sheet.blocks[0].values;
    const row = (label: string) => left.find((r) => r[0] === label) as unknown[];
    expect(row('Key numbers')[3]).toBe('Benchmark: Retail');
    expect(row('NPS')[3]).toMatch(/^\d+ · .+, \d{4}/);
    expect(row('CSAT (share satisfied)')[3]).toBeNull();
    // With the benchmark column too, the first screen's charts still end within 1400 px (row numbers: 46 px).
    const full = build(settings({ compareWith: 'retail' }));
    const widths = full.columnWidths.filter((w) => w.column < 5).reduce((sum, w) => sum + w.width, 0);
    const chart = full.charts[0];
    expect(chart?.column).toBe(5);
    expect(46 + widths + (chart?.offsetX ?? 0) + (chart?.width ?? 0)).toBeLessThanOrEqual(1400);
    expect(left.some((r) => typeof r[0] === 'string' && r[0].startsWith('Benchmarks are context, not targets'))).toBe(
      true,
    );
  });
});
