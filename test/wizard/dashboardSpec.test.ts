/**
 * The declarative table of what the dashboard shows (src/wizard/dashboardSpec.ts)
 * refers to functions and their output columns by name: every name must be one
 * the function declares (its catalog `output`), so that renaming a column in a
 * function breaks this test, not a dashboard; and every call must fit its
 * function's parameters.
 */

import { CATALOG } from '../../src/catalog';
import type { FunctionSpec } from '../../src/catalog/functionSpec';
import { type CallSpec, METRIC_PRESENTATIONS } from '../../src/wizard/dashboardSpec';
import { METRIC_IDS, WIZARD_METRICS } from '../../src/wizard/wizardMetrics';

const SPECS = new Map(CATALOG.map((spec) => [spec.name, spec]));
const tables = METRIC_PRESENTATIONS.flatMap((p) => (p.tables ?? []).map((table) => ({ metric: p.metric, table })));
const calls: { where: string; call: CallSpec }[] = [
  ...tables.map(({ table }) => ({ where: table.id, call: table.call })),
  ...METRIC_PRESENTATIONS.flatMap((p) =>
    (p.kpis ?? []).flatMap((kpi) => ('fn' in kpi.value ? [{ where: kpi.label, call: kpi.value }] : [])),
  ),
];

/** Every word a function declares it writes: headings (templates as written) and labels. */
const declared = (spec: FunctionSpec) =>
  new Set([
    ...(spec.output?.columns ?? []),
    ...(spec.output?.moreColumns ?? []).flat(),
    ...(spec.output?.labels ?? []),
  ]);

describe('METRIC_PRESENTATIONS', () => {
  it('presents only metrics the wizard offers, each once', () => {
    const metrics = METRIC_PRESENTATIONS.map((p) => p.metric);
    expect(new Set(metrics).size).toBe(metrics.length);
    for (const metric of metrics) expect(METRIC_IDS).toContain(metric);
    // Every offered metric shows something.
    expect([...metrics].sort()).toEqual([...WIZARD_METRICS.map((m) => m.id)].sort());
  });

  it.each(calls.map((c) => [c.where, c.call] as const))('%s calls a catalog function with what it takes', (_, call) => {
    const spec = SPECS.get(call.fn) as FunctionSpec;
    expect(spec).toBeDefined();
    expect(call.args.length).toBeLessThanOrEqual(spec.parameters.length);
    call.args.forEach((arg, i) => {
      const parameter = spec.parameters[i];
      // A column goes to a range parameter; a language only to the last, `language`.
      if (arg.kind === 'role')
        expect({ parameter: parameter.name, kind: parameter.kind }).toEqual({
          parameter: parameter.name,
          kind: 'range',
        });
      if (arg.kind === 'language') expect(parameter.name).toBe('language');
      if (arg.kind === 'asOf') expect(parameter.name).toMatch(/as_of|holdout_end/);
    });
  });

  it.each(tables.map((t) => [t.table.id, t.table] as const))(
    '%s names only columns its function declares',
    (_, table) => {
      const spec = SPECS.get(table.call.fn) as FunctionSpec;
      const words = declared(spec);
      const names = [
        ...Object.keys(table.kinds),
        ...(table.heatmap === undefined ? [] : [table.heatmap]),
        ...(table.chart === undefined
          ? []
          : [
              table.chart.domain,
              ...table.chart.series.filter((s) => s !== '*'),
              ...(table.chart.band === undefined ? [] : [table.chart.band.low, table.chart.band.high]),
              ...(table.chart.interval === undefined ? [] : [table.chart.interval.low, table.chart.interval.high]),
            ]),
      ];
      expect(names.filter((name) => !words.has(name))).toEqual([]);
    },
  );

  it('refers to table cells by a column and a row label the table declares', () => {
    for (const presentation of METRIC_PRESENTATIONS)
      for (const kpi of presentation.kpis ?? []) {
        if ('fn' in kpi.value) continue;
        const ref = kpi.value;
        const table = tables.find((t) => t.table.id === ref.table)?.table;
        expect(table).toBeDefined();
        const words = declared(SPECS.get(table?.call.fn ?? '') as FunctionSpec);
        expect(words.has(ref.column)).toBe(true);
        if ('row' in ref) expect(words.has(ref.row)).toBe(true);
      }
  });

  it('puts three different charts first: the NPS trend, retention by cohort, RFM segments', () => {
    const charts = tables
      .flatMap(({ table }) => (table.chart === undefined ? [] : [table]))
      .sort((a, b) => (a.chart?.priority ?? 0) - (b.chart?.priority ?? 0));
    expect(charts.slice(0, 3).map((t) => t.id)).toEqual(['npsTrend', 'cohortCurves', 'rfm']);
    expect(new Set(charts.map((t) => t.chart?.priority)).size).toBe(charts.length);
  });
});
