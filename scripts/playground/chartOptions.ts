/**
 * The options an embedded chart was built with (EmbeddedChartBuilder.setOption,
 * recorded as a tree by the emulation), read the way Sheets reads them: the
 * configuration options of Google Charts' core charts, which the Apps Script
 * reference points to for setOption ("For more details, see the Google
 * Visualization documentation", EmbeddedComboChartBuilder). Only what the
 * playground draws is read; any other option, or a value of the wrong type,
 * is ignored, as Sheets ignores what it does not know, never an error.
 *
 * Option names and meanings, from the Google Charts configuration options of
 * LineChart, AreaChart, BarChart, ColumnChart and ComboChart
 * (developers.google.com/chart/interactive/docs/gallery/...):
 * - title, colors, backgroundColor, legend.position ('right' by default;
 *   'bottom', 'top', 'none'; 'in' and 'labeled' are drawn as 'right' here);
 * - isStacked: true or 'absolute' stacks series; 'percent' and 'relative'
 *   rescale each stack to 100% / 1. In an area chart "the value for each series
 *   will always be stacked relative to the preceding series value", negative or
 *   not (AreaChart, Stacking Areas); stacked bars put "negative values ... in
 *   reverse order below the chart's axis baseline" (BarChart);
 * - seriesType (ComboChart: the type of any series 'series' does not name;
 *   'line' by default) and series: { index: { type: 'line' | 'area' | 'bars',
 *   color, lineWidth, pointSize, areaOpacity, visibleInLegend, labelInLegend,
 *   lineDashStyle } }, keyed by the series' 0-based index;
 * - hAxis / vAxis: title, format, viewWindow.min/max, minValue/maxValue,
 *   slantedText, slantedTextAngle (30 by default), showTextEvery,
 *   textPosition ('none' hides the labels), gridlines.count. In a BarChart
 *   hAxis is the horizontal axis, that is the values, and vAxis the categories.
 *   vAxes.0 (the first vertical axis) overrides vAxis, hAxes.0 hAxis;
 * - lineWidth, pointSize (0 by default: a lone point between gaps is not
 *   drawn), areaOpacity (0.3 by default), interpolateNulls, chartArea
 *   (left, top, width, height in pixels or '70%'), bar.groupWidth;
 * - useFirstColumnAsDomain and treatLabelsAsText, Sheets' own options for the
 *   ranges: the first column is the domain (true here unless set false), and
 *   dates or numbers in it are categories rather than a continuous axis.
 *
 * One observation about Sheets itself: vAxis.title set through the builder is
 * reported not to show in Sheets, while vAxes: {0: {title}} does
 * (gist.github.com/tanaikech/4125cc280e15c0fc726cb2fe4f35a3f7, "the title of
 * vAxis which is put by setOption("vAxis", {title: "y axis"}) doesn't work").
 * The playground follows that report and draws only vAxes.0.title, so that a
 * title which would be missing in Sheets is missing here too.
 */

import type { AxisOptions, ChartOptions, Length, SeriesOptions, SeriesType } from './protocol';

type Tree = Readonly<Record<string, unknown>>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);
const tree = (value: unknown): Tree => (isTree(value) ? value : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const nonNegative = (value: unknown): number | undefined => {
  const n = finite(value);
  return n !== undefined && n >= 0 ? n : undefined;
};
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const opacity = (value: unknown): number | undefined => {
  const n = finite(value);
  return n !== undefined && n >= 0 && n <= 1 ? n : undefined;
};
const length = (value: unknown): Length | undefined => {
  if (nonNegative(value) !== undefined) return value as number;
  return typeof value === 'string' && /^\d+(\.\d+)?%$/.test(value.trim()) ? (value.trim() as Length) : undefined;
};
const seriesType = (value: unknown): SeriesType | undefined =>
  value === 'line' || value === 'area' || value === 'bars' ? value : undefined;

/** Keeps only the keys whose value is defined, so the options compare and serialize cleanly. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function axis(raw: Tree, override: Tree, withTitle: boolean): AxisOptions {
  const merged: Tree = { ...raw, ...override };
  const viewWindow = tree(merged.viewWindow);
  const angle = finite(merged.slantedTextAngle);
  const every = finite(merged.showTextEvery);
  const count = finite(tree(merged.gridlines).count);
  return defined({
    title: withTitle ? text(merged.title) : text(override.title),
    format: text(merged.format),
    viewWindow: defined({ min: finite(viewWindow.min), max: finite(viewWindow.max) }),
    minValue: finite(merged.minValue),
    maxValue: finite(merged.maxValue),
    slantedText: flag(merged.slantedText),
    // Google Charts accepts -90..90; 30 by default.
    slantedTextAngle: angle !== undefined && angle !== 0 && Math.abs(angle) <= 90 ? angle : 30,
    showTextEvery: every !== undefined && every >= 1 ? Math.floor(every) : undefined,
    textPosition: merged.textPosition === 'none' ? ('none' as const) : ('out' as const),
    gridlinesCount: count !== undefined && count >= 2 ? Math.floor(count) : undefined,
  });
}

function seriesOptions(raw: unknown): Readonly<Record<number, SeriesOptions>> {
  // An object keyed by index ({0: {...}}) or an array, as Google Charts accepts both.
  const entries: [string, unknown][] = Array.isArray(raw)
    ? raw.map((v, i) => [String(i), v])
    : Object.entries(tree(raw));
  const out: Record<number, SeriesOptions> = {};
  for (const [key, value] of entries) {
    if (!/^\d+$/.test(key) || !isTree(value)) continue;
    const dash = Array.isArray(value.lineDashStyle) ? value.lineDashStyle : undefined;
    const options: SeriesOptions = defined({
      type: seriesType(value.type),
      color: text(value.color),
      lineWidth: nonNegative(value.lineWidth),
      pointSize: nonNegative(value.pointSize),
      areaOpacity: opacity(value.areaOpacity),
      visibleInLegend: flag(value.visibleInLegend),
      labelInLegend: text(value.labelInLegend),
      lineDashStyle:
        dash !== undefined && dash.length > 0 && dash.every((d) => nonNegative(d) !== undefined)
          ? (dash as number[])
          : undefined,
    });
    if (Object.keys(options).length > 0) out[Number(key)] = options;
  }
  return out;
}

function stacking(value: unknown): ChartOptions['isStacked'] {
  if (value === true || value === 'absolute' || value === 'true') return 'absolute';
  if (value === 'percent' || value === 'relative') return value;
  return false;
}

function legendPosition(value: unknown): ChartOptions['legend']['position'] {
  // 'legend' may be a position string (older Google Charts) or { position }.
  const position = typeof value === 'string' ? value : tree(value).position;
  return position === 'bottom' || position === 'top' || position === 'none' ? position : 'right';
}

/** The options of a chart spec (the tree setOption recorded), as the playground draws them. */
export function chartOptionsOf(raw: Tree): ChartOptions {
  const vAxes = tree(tree(raw.vAxes)['0'] ?? (Array.isArray(raw.vAxes) ? raw.vAxes[0] : undefined));
  const hAxes = tree(tree(raw.hAxes)['0'] ?? (Array.isArray(raw.hAxes) ? raw.hAxes[0] : undefined));
  const colors = Array.isArray(raw.colors) && raw.colors.every((c) => typeof c === 'string') ? raw.colors : undefined;
  const chartArea = tree(raw.chartArea);
  return defined({
    title: text(raw.title),
    colors: colors as string[] | undefined,
    backgroundColor: text(raw.backgroundColor) ?? text(tree(raw.backgroundColor).fill),
    legend: { position: legendPosition(raw.legend) },
    isStacked: stacking(raw.isStacked),
    seriesType: seriesType(raw.seriesType) ?? 'line',
    series: seriesOptions(raw.series),
    hAxis: axis(tree(raw.hAxis), hAxes, true),
    // See above: vAxis.title is not drawn; vAxes.0.title is.
    vAxis: axis(tree(raw.vAxis), vAxes, false),
    useFirstColumnAsDomain: flag(raw.useFirstColumnAsDomain) ?? true,
    treatLabelsAsText: flag(raw.treatLabelsAsText) ?? false,
    lineWidth: nonNegative(raw.lineWidth),
    pointSize: nonNegative(raw.pointSize),
    areaOpacity: opacity(raw.areaOpacity),
    interpolateNulls: flag(raw.interpolateNulls) ?? false,
    chartArea: defined({
      left: length(chartArea.left),
      top: length(chartArea.top),
      width: length(chartArea.width),
      height: length(chartArea.height),
    }),
    barGroupWidth: length(tree(raw.bar).groupWidth),
  });
}
