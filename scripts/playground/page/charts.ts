/**
 * Draws a chart the add-on inserted as SVG, as Google Sheets draws it from
 * the same data and options (Google Charts' core charts; the options read are
 * listed in ../chartOptions.ts): line, area, bar (horizontal), column and
 * combo charts, stacked or not, with their legend, title, axis titles and
 * formats.
 *
 * Axis labels never overlap, as in Google Charts, which shows "as many labels
 * as possible without overlapping" (hAxis.showTextEvery) and slants category
 * labels "if they cannot all fit when drawn upright" (hAxis.slantedText): every
 * label is measured in the page's own fonts, a continuous axis takes the
 * finest calendar or round step whose labels fit, a category axis slants its
 * labels or shows every k-th one, and a label too long for its room is cut
 * short with an ellipsis. Text and marks carry data-* attributes so the
 * browser tests can check the geometry.
 */

import { isDatePattern } from '../../emulator/numberFormat';
import type { AxisOptions, ChartOptions, ChartView, Length, SeriesType } from '../protocol';
import {
  DATE_STEPS,
  type DateStep,
  dateLabel,
  dateTicks,
  defaultDatePattern,
  labelEvery,
  niceTicks,
  numberLabeler,
  ticksWithin,
} from './chartScale';

const SVG = 'http://www.w3.org/2000/svg';
const FONT_FAMILY = "Roboto, Arial, 'Noto Sans Thai', Vazirmatn, 'Noto Sans TC', sans-serif";
/** Sheets' standard theme colours, then their lighter tints (Unverified beyond the first six). */
const PALETTE = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
  '#fcd04f',
  '#71c287',
  '#ff994d',
  '#7ed1d7',
];
const COLOURS = { text: '#5f6368', title: '#202124', grid: '#e8eaed', baseline: '#9aa0a6' };
/** Pixels kept free between two labels, and around the chart's edge. */
const GAP = 6;
const PAD = 8;
/** Google Charts' defaults: bar groups fill 61.8% of a category, areas are 30% opaque, lines 2 px. */
const BAR_GROUP = 0.618;
const AREA_OPACITY = 0.3;
const LINE_WIDTH = 2;

interface Font {
  readonly size: number;
  readonly weight?: number;
  readonly style?: 'italic';
}
const FONTS = {
  tick: { size: 11 },
  legend: { size: 12 },
  title: { size: 14, weight: 500 },
  axisTitle: { size: 12, style: 'italic' },
} satisfies Record<string, Font>;

function element(name: string, attributes: Record<string, string | number | undefined>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function fontAttributes(font: Font): Record<string, string | number | undefined> {
  return { 'font-size': font.size, 'font-weight': font.weight, 'font-style': font.style };
}

// Measuring text ---------------------------------------------------------------------------

/** Widths of texts as the page draws them: measured once in a hidden SVG with the chart's fonts. */
class TextMeter {
  private svg: SVGSVGElement | undefined;
  private readonly widths = new Map<string, number>();
  private readonly heights = new Map<string, { height: number; shift: number }>();

  private probe(textContent: string, font: Font): DOMRect {
    if (this.svg === undefined || !this.svg.isConnected) {
      this.svg = element('svg', {
        style: 'position:absolute;left:-10000px;top:0;width:10px;height:10px;visibility:hidden;direction:ltr',
        'font-family': FONT_FAMILY,
        'aria-hidden': 'true',
      }) as SVGSVGElement;
      document.body.append(this.svg);
    }
    const node = element('text', { x: 0, y: 0, 'dominant-baseline': 'central', ...fontAttributes(font) }, textContent);
    this.svg.append(node);
    const box = (node as SVGTextElement).getBBox();
    node.remove();
    return box;
  }

  width(textContent: string, font: Font): number {
    const key = `${font.size}|${font.weight ?? ''}|${font.style ?? ''}|${textContent}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = textContent === '' ? 0 : this.probe(textContent, font).width;
      this.widths.set(key, width);
    }
    return width;
  }

  /** The height of a line of text in the font, and how far its box's centre lies below the y it is drawn at. */
  metrics(font: Font): { height: number; shift: number } {
    const key = `${font.size}|${font.weight ?? ''}|${font.style ?? ''}`;
    let metrics = this.heights.get(key);
    if (metrics === undefined) {
      const box = this.probe('Mg', font);
      metrics = { height: box.height, shift: box.y + box.height / 2 };
      this.heights.set(key, metrics);
    }
    return metrics;
  }

  height(font: Font): number {
    return this.metrics(font).height;
  }

  /** The text, or its longest beginning that fits with an ellipsis (at least the ellipsis). */
  fit(textContent: string, font: Font, maxWidth: number): string {
    if (this.width(textContent, font) <= maxWidth) return textContent;
    const characters = Array.from(textContent);
    let low = 0;
    let high = characters.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.width(`${characters.slice(0, middle).join('').trimEnd()}…`, font) <= maxWidth) low = middle;
      else high = middle - 1;
    }
    return `${characters.slice(0, low).join('').trimEnd()}…`;
  }
}

const meter = new TextMeter();

// Series, stacking and the value range ---------------------------------------------------------

interface DrawnSeries {
  readonly index: number;
  readonly name: string;
  readonly type: SeriesType;
  readonly color: string;
  readonly lineWidth: number;
  readonly pointSize: number;
  readonly areaOpacity: number;
  readonly inLegend: boolean;
  readonly dash?: string;
  /** Per domain row, in value units: where the mark starts (0, or the stack below) and ends; null for a gap. */
  readonly base: readonly (number | null)[];
  readonly top: readonly (number | null)[];
}

const TYPE_OF_CHART: Readonly<Record<string, SeriesType>> = { LINE: 'line', AREA: 'area', BAR: 'bars', COLUMN: 'bars' };

function drawnSeries(chart: ChartView): DrawnSeries[] {
  const { options } = chart;
  const resolved = chart.series.map((series, index) => {
    const own = options.series[index] ?? {};
    const type: SeriesType =
      chart.type === 'COMBO' ? (own.type ?? options.seriesType) : (TYPE_OF_CHART[chart.type] ?? 'line');
    return {
      index,
      name: own.labelInLegend ?? series.name,
      type,
      color: own.color ?? options.colors?.[index] ?? PALETTE[index % PALETTE.length],
      lineWidth: own.lineWidth ?? options.lineWidth ?? LINE_WIDTH,
      pointSize: own.pointSize ?? options.pointSize ?? 0,
      areaOpacity: own.areaOpacity ?? options.areaOpacity ?? AREA_OPACITY,
      inLegend: own.visibleInLegend ?? true,
      dash: own.lineDashStyle?.join(' '),
      values: series.values,
    };
  });
  const stacked = options.isStacked !== false;
  const rows = chart.domain.values.length;
  const out: DrawnSeries[] = [];
  // Stacking is per kind of mark: areas on the areas before them, bars on bars; lines are drawn where they are.
  const below = {
    area: Array<number>(rows).fill(0),
    barsUp: Array<number>(rows).fill(0),
    barsDown: Array<number>(rows).fill(0),
  };
  const totals = (type: SeriesType) =>
    Array.from({ length: rows }, (_, j) =>
      resolved.filter((s) => s.type === type).reduce((sum, s) => sum + Math.abs(s.values[j] ?? 0), 0),
    );
  const scaleTotals = { area: totals('area'), bars: totals('bars') };
  for (const series of resolved) {
    const base: (number | null)[] = [];
    const top: (number | null)[] = [];
    series.values.forEach((raw, j) => {
      let value = raw;
      if (value !== null && stacked && options.isStacked !== 'absolute' && series.type !== 'line') {
        const total = series.type === 'area' ? scaleTotals.area[j] : scaleTotals.bars[j];
        value = total === 0 ? 0 : value / total;
      }
      if (!stacked || series.type === 'line') {
        base.push(value === null ? null : 0);
        top.push(value);
        return;
      }
      if (series.type === 'area') {
        // "The value for each series will always be stacked relative to the preceding series value."
        const from = below.area[j];
        below.area[j] = from + (value ?? 0);
        base.push(value === null ? null : from);
        top.push(value === null ? null : from + value);
        return;
      }
      // Bars: positive values stack up from the baseline, negative ones down from it.
      const stack = value !== null && value < 0 ? below.barsDown : below.barsUp;
      const from = stack[j];
      stack[j] = from + (value ?? 0);
      base.push(value === null ? null : from);
      top.push(value === null ? null : from + value);
    });
    out.push({ ...series, base, top });
  }
  return out;
}

// Axes ---------------------------------------------------------------------------------------

interface ValueAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  readonly label: (value: number) => string;
}

/** Round ticks over the values, as many as `fits` allows (at most the gridline count asked for, 5 by default). */
function valueAxis(
  values: readonly number[],
  includeZero: boolean,
  axis: AxisOptions,
  format: string | undefined,
  fits: (ticks: readonly number[], label: (v: number) => string, min: number, max: number) => boolean,
): ValueAxis {
  let low = Math.min(...values, ...(axis.minValue !== undefined ? [axis.minValue] : []));
  let high = Math.max(...values, ...(axis.maxValue !== undefined ? [axis.maxValue] : []));
  if (includeZero) {
    low = Math.min(low, 0);
    high = Math.max(high, 0);
  }
  const fixedMin = axis.viewWindow.min;
  const fixedMax = axis.viewWindow.max;
  if (fixedMin !== undefined) low = fixedMin;
  if (fixedMax !== undefined) high = fixedMax;
  if (!(high > low)) {
    const pad = low === 0 ? 1 : Math.abs(low) / 10;
    if (fixedMin === undefined) low -= pad;
    if (fixedMax === undefined || !(high + pad > low)) high = low + 2 * pad;
  }
  let best: ValueAxis | undefined;
  for (let count = axis.gridlinesCount ?? 5; count >= 2; count--) {
    const raw = niceTicks(low, high, count);
    const step = raw.length > 1 ? raw[1] - raw[0] : 1;
    const min = fixedMin ?? Math.min(raw[0], low);
    const max = fixedMax ?? Math.max(raw[raw.length - 1], high);
    const ticks = fixedMin !== undefined || fixedMax !== undefined ? ticksWithin(min, max, count) : raw;
    const label = numberLabeler(format, step);
    best = { min, max, ticks, label };
    if (fits(ticks, label, min, max)) return best;
  }
  // Even two ticks do not fit: keep the ends only when they fit, else none.
  const last = best as ValueAxis;
  const ends = [last.ticks[0], last.ticks[last.ticks.length - 1]];
  return { ...last, ticks: fits(ends, last.label, last.min, last.max) ? ends : [] };
}

interface Label {
  readonly text: string;
  /** Centre along the axis, in pixels. */
  readonly at: number;
  readonly width: number;
}

/** Labels at positions, keeping each one only if it clears the last kept one and stays within [from, to]. */
function greedy(labels: readonly Label[], from: number, to: number): Label[] {
  const kept: Label[] = [];
  for (const label of labels) {
    if (label.at - label.width / 2 < from || label.at + label.width / 2 > to) continue;
    const previous = kept[kept.length - 1];
    if (previous !== undefined && label.at - label.width / 2 < previous.at + previous.width / 2 + GAP) continue;
    kept.push(label);
  }
  return kept;
}

const allClear = (labels: readonly Label[], from: number, to: number) =>
  greedy(labels, from, to).length === labels.length;

interface DomainLayout {
  /** Pixel position of each domain row along the axis. */
  readonly position: (row: number) => number;
  /** Pixels one category (or the smallest gap between two points) takes. */
  readonly slot: number;
  readonly labels: readonly Label[];
  /** Slanted labels: the angle (degrees), else 0. */
  readonly angle: number;
  /** Pixels the labels take across the axis. */
  readonly depth: number;
}

/** Where the horizontal domain axis puts each row and which labels it shows. */
function horizontalDomain(
  chart: ChartView,
  axis: AxisOptions,
  left: number,
  right: number,
  hasBars: boolean,
  maxDepth: number,
): DomainLayout {
  const { domain } = chart;
  const font = FONTS.tick;
  const height = meter.height(font);
  const width = right - left;
  const rows = domain.values.length;
  const continuous = domain.kind !== 'text' && !chart.options.treatLabelsAsText && chart.type !== 'BAR';
  const hidden = axis.textPosition === 'none';
  if (continuous) {
    let low = axis.viewWindow.min ?? Math.min(...domain.values);
    let high = axis.viewWindow.max ?? Math.max(...domain.values);
    const sorted = [...domain.values].sort((a, b) => a - b);
    const spacing = Math.min(
      ...sorted
        .slice(1)
        .map((v, i) => v - sorted[i])
        .filter((d) => d > 0),
      high - low || 1,
    );
    if (hasBars) {
      low -= spacing / 2;
      high += spacing / 2;
    }
    if (!(high > low)) {
      const pad = domain.kind === 'date' ? 15 : 1;
      low -= pad;
      high += pad;
    }
    const at = (value: number) => left + ((value - low) / (high - low)) * width;
    const labelsOf = (ticks: readonly number[], text: (v: number) => string): Label[] =>
      ticks.map((tick) => {
        const content = meter.fit(text(tick), font, width / 2);
        return { text: content, at: at(tick), width: meter.width(content, font) };
      });
    let labels: Label[] = [];
    if (!hidden && domain.kind === 'date') {
      const usable = DATE_STEPS.filter((step) => (high - low) / stepDays(step) <= width / 8);
      const pattern = (step: DateStep) => axis.format ?? defaultDatePattern(step);
      const candidates = usable.map((step) => labelsOf(dateTicks(low, high, step), (v) => dateLabel(v, pattern(step))));
      labels =
        candidates.find((c) => c.length > 0 && allClear(c, 1, chart.width - 1)) ??
        greedy(candidates.filter((c) => c.length > 0).pop() ?? [], 1, chart.width - 1);
    } else if (!hidden) {
      for (let count = 10; count >= 2; count--) {
        const ticks = ticksWithin(low, high, count);
        const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        const format = axis.format ?? domain.format;
        labels = labelsOf(
          ticks,
          numberLabeler(format !== undefined && isDatePattern(format) ? undefined : format, step),
        );
        if (allClear(labels, 1, chart.width - 1)) break;
        labels = greedy(labels, 1, chart.width - 1);
      }
    }
    return {
      position: (row) => at(domain.values[row]),
      slot: (spacing / (high - low)) * width,
      labels,
      angle: 0,
      depth: labels.length > 0 ? height : 0,
    };
  }
  // One category per row.
  const slot = width / Math.max(1, rows);
  const position = (row: number) => left + slot * (row + 0.5);
  if (hidden || rows === 0) return { position, slot, labels: [], angle: 0, depth: 0 };
  const texts = domain.labels.map((label, row) =>
    axis.format !== undefined && domain.kind === 'date'
      ? dateLabel(domain.values[row], axis.format)
      : axis.format !== undefined && domain.kind === 'number'
        ? numberLabeler(axis.format, 1)(domain.values[row])
        : label,
  );
  const upright = texts.map((t) => meter.fit(t, font, Math.max(width / 2, slot - GAP)));
  const widest = Math.max(...upright.map((t) => meter.width(t, font)));
  const fitsUpright = labelEvery(slot, widest, height, GAP) === 1;
  const slant = axis.slantedText ?? !fitsUpright;
  if (!slant) {
    // Every k-th label, k the smallest that leaves each one room for its text (or for 80 px of it),
    // each cut short to its room and to what it has before the chart's edge.
    let every = Math.max(1, axis.showTextEvery ?? 1);
    while (every * slot - GAP < Math.min(widest, 80) && every < rows) every++;
    const room = every * slot - GAP;
    const labels: Label[] = [];
    texts.forEach((t, row) => {
      if (row % every !== 0) return;
      const edge = 2 * Math.min(position(row) - 1, chart.width - 1 - position(row));
      const content = meter.fit(t, font, Math.min(room, edge));
      labels.push({ text: content, at: position(row), width: meter.width(content, font) });
    });
    return { position, slot, labels: greedy(labels, 1, chart.width - 1), angle: 0, depth: height };
  }
  const angle = axis.slantedTextAngle;
  const radians = (Math.abs(angle) * Math.PI) / 180;
  // A slanted label of width w reaches w sin(a) + h cos(a) below the axis and w cos(a) to the side.
  const longest = Math.max(0, (maxDepth - height * Math.cos(radians)) / Math.sin(radians));
  const every = Math.max(labelEvery(slot, 0, height, GAP, angle), axis.showTextEvery ?? 1);
  const labels: Label[] = [];
  texts.forEach((t, row) => {
    if (row % every !== 0) return;
    const room = Math.min(longest, (position(row) - PAD) / Math.max(Math.cos(radians), 1e-6));
    if (room < meter.width('…', font)) return;
    const content = meter.fit(t, font, room);
    labels.push({ text: content, at: position(row), width: meter.width(content, font) });
  });
  const depth = Math.max(0, ...labels.map((l) => l.width * Math.sin(radians) + height * Math.cos(radians)));
  return { position, slot, labels, angle, depth };
}

function stepDays(step: DateStep): number {
  return step.unit === 'day' ? step.size : step.size * 30.44;
}

// Drawing --------------------------------------------------------------------------------------

function resolveLength(length: Length | undefined, whole: number): number | undefined {
  if (length === undefined) return undefined;
  return typeof length === 'number' ? length : (parseFloat(length) / 100) * whole;
}

/** Hebrew or Arabic script (Persian among it): a text holding any reads right to left as a whole. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A text whose box is centred on (x, y) across its line (along it as
 * text-anchor says). A Persian text is laid out right to left, so that
 * "NPS به تفکیک فصل ... 95%" reads in its order rather than scrambled by a
 * left-to-right base direction; its anchor is mirrored so that its box stays
 * where the layout measured it.
 */
function text(
  content: string,
  x: number,
  y: number,
  font: Font,
  role: string,
  extra: Record<string, string | number | undefined> = {},
): SVGElement {
  const rightToLeft = RIGHT_TO_LEFT.test(content);
  const anchor = extra['text-anchor'] ?? 'start';
  const mirrored = anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : anchor;
  return element(
    'text',
    {
      x,
      y: y - meter.metrics(font).shift,
      'dominant-baseline': 'central',
      fill: role === 'title' ? COLOURS.title : COLOURS.text,
      'data-role': role,
      ...fontAttributes(font),
      ...extra,
      ...(rightToLeft ? { direction: 'rtl', 'text-anchor': mirrored } : {}),
    },
    content,
  );
}

/** The format the value axis labels its ticks with: the axis' own, else the one the series' cells share. */
function valueFormat(chart: ChartView, axis: AxisOptions): string | undefined {
  if (axis.format !== undefined) return axis.format;
  if (chart.options.isStacked === 'percent') return '0%';
  const formats = new Set(chart.series.map((s) => s.format));
  const [only] = formats;
  return formats.size === 1 && only !== undefined && !isDatePattern(only) ? only : undefined;
}

interface LegendEntry {
  readonly series: DrawnSeries;
  readonly text: string;
  readonly width: number;
}

export function renderChart(chart: ChartView): SVGSVGElement {
  const { width, height, options } = chart;
  const svg = element('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': options.title ?? 'chart',
    'font-family': FONT_FAMILY,
    // Laid out left to right, also on a right-to-left sheet (whose direction the SVG would otherwise inherit).
    direction: 'ltr',
    class: 'chart-svg',
    'data-chart-type': chart.type,
  }) as SVGSVGElement;
  svg.append(element('rect', { x: 0, y: 0, width, height, fill: options.backgroundColor ?? '#ffffff' }));

  // The title, top left.
  const titleHeight = meter.height(FONTS.title);
  let top = PAD;
  if (options.title !== undefined && options.title !== '') {
    const title = meter.fit(options.title, FONTS.title, width - 2 * PAD);
    svg.append(text(title, PAD + 4, top + titleHeight / 2, FONTS.title, 'title'));
    top += titleHeight + 6;
  }

  const series = drawnSeries(chart);
  const values = series.flatMap((s) => [...s.base, ...s.top]).filter((v): v is number => v !== null);
  if (values.length === 0 || chart.domain.values.length === 0) {
    svg.append(text('No data', width / 2, height / 2, FONTS.legend, 'no-data', { 'text-anchor': 'middle' }));
    return svg;
  }

  // The legend: entries for the series shown in it (stacked areas list the bottom series last, as Google Charts does).
  const legendFont = FONTS.legend;
  const legendHeight = meter.height(legendFont);
  const position = options.legend.position;
  let entries: LegendEntry[] = series
    .filter((s) => s.inLegend)
    .map((s) => ({ series: s, text: s.name, width: meter.width(s.name, legendFont) }));
  if (position === 'right' && chart.type === 'AREA' && options.isStacked !== false) entries = entries.reverse();
  const swatch = 18;
  const legendWidth =
    position === 'right' && entries.length > 0
      ? Math.min(Math.max(...entries.map((e) => e.width)) + swatch + 4, width * 0.3)
      : 0;
  if (position === 'top' && entries.length > 0) top += legendHeight + 8;

  const horizontal = chart.type === 'BAR';
  const domainAxis = horizontal ? options.vAxis : options.hAxis;
  const valueAxisOptions = horizontal ? options.hAxis : options.vAxis;
  const tickFont = FONTS.tick;
  const tickHeight = meter.height(tickFont);
  /** From the plot's bottom edge to the top of the labels under it: clear of the lowest value label. */
  const below = Math.max(8, tickHeight / 2 + 3);
  const axisTitleHeight = meter.height(FONTS.axisTitle);
  const hTitle = options.hAxis.title;
  const vTitle = options.vAxis.title;
  const bottomLegend = position === 'bottom' && entries.length > 0 ? legendHeight + 8 : 0;
  const bottomTitle = hTitle !== undefined && hTitle !== '' ? axisTitleHeight + 6 : 0;
  const leftTitle = vTitle !== undefined && vTitle !== '' ? axisTitleHeight + 6 : 0;
  const includeZero = series.some((s) => s.type !== 'line');
  const format = valueFormat(chart, valueAxisOptions);
  const area = options.chartArea;
  const rightEdge = width - PAD - (legendWidth > 0 ? legendWidth + 12 : 0);
  const plotTop = resolveLength(area.top, height) ?? top + tickHeight / 2;

  let plot = { left: 0, right: 0, top: plotTop, bottom: 0 };
  let yAxis: ValueAxis | undefined;
  let domain: DomainLayout | undefined;
  let categoryLabels: Label[] = [];

  if (!horizontal) {
    // Columns, lines and areas: values up the left, the domain along the bottom. The label band and the
    // value labels' width depend on each other through the plot's size: settle them in a few rounds.
    let depth = tickHeight;
    let left = PAD + leftTitle + 30;
    for (let round = 0; round < 4; round++) {
      const bottom =
        resolveLength(area.height, height) !== undefined
          ? plot.top + (resolveLength(area.height, height) as number)
          : height - PAD - bottomLegend - bottomTitle - (depth > 0 ? depth + below : 0);
      const plotHeight = Math.max(10, bottom - plot.top);
      yAxis = valueAxis(values, includeZero, valueAxisOptions, format, (ticks, _label, min, max) => {
        if (ticks.length < 2) return true;
        return (plotHeight * (ticks[1] - ticks[0])) / (max - min) >= tickHeight + 4;
      });
      const axisValues = yAxis;
      const labelWidth =
        valueAxisOptions.textPosition === 'none'
          ? 0
          : Math.max(0, ...axisValues.ticks.map((t) => meter.width(axisValues.label(t), tickFont)));
      const newLeft = resolveLength(area.left, width) ?? PAD + leftTitle + labelWidth + (labelWidth > 0 ? 6 : 0);
      const right =
        resolveLength(area.width, width) !== undefined
          ? newLeft + (resolveLength(area.width, width) as number)
          : rightEdge;
      const maxDepth = Math.max(tickHeight, height * 0.3);
      domain = horizontalDomain(
        chart,
        domainAxis,
        newLeft,
        right,
        series.some((s) => s.type === 'bars'),
        maxDepth,
      );
      plot = { left: newLeft, right, top: plot.top, bottom: Math.max(plot.top + 10, bottom) };
      if (Math.abs(newLeft - left) < 0.5 && Math.abs(domain.depth - depth) < 0.5) break;
      left = newLeft;
      depth = domain.depth;
    }
  } else {
    // Horizontal bars: categories down the left, values along the bottom.
    const bottom =
      height - PAD - bottomLegend - bottomTitle - (options.hAxis.textPosition === 'none' ? 0 : tickHeight + below);
    plot.bottom =
      resolveLength(area.height, height) !== undefined
        ? plot.top + (resolveLength(area.height, height) as number)
        : bottom;
    const rows = chart.domain.values.length;
    const slot = (plot.bottom - plot.top) / Math.max(1, rows);
    const every = Math.max(labelEvery(slot, tickHeight, tickHeight, 2), domainAxis.showTextEvery ?? 1);
    const hidden = domainAxis.textPosition === 'none';
    const texts = hidden ? [] : chart.domain.labels.map((l) => meter.fit(l, tickFont, width * 0.3));
    const labelWidth = Math.max(0, ...texts.map((t) => meter.width(t, tickFont)));
    plot.left = resolveLength(area.left, width) ?? PAD + leftTitle + labelWidth + (labelWidth > 0 ? 6 : 0);
    plot.right =
      resolveLength(area.width, width) !== undefined
        ? plot.left + (resolveLength(area.width, width) as number)
        : rightEdge;
    categoryLabels = texts
      .map((t, row) => ({ text: t, at: plot.top + slot * (row + 0.5), width: meter.width(t, tickFont), row }))
      .filter(({ row }) => row % every === 0);
    domain = { position: (row) => plot.top + slot * (row + 0.5), slot, labels: [], angle: 0, depth: 0 };
    // Room at the right end for half the last value label, which is centred on the plot's edge.
    const rough = valueAxis(values, true, valueAxisOptions, format, () => true);
    const lastLabel = rough.ticks.length > 0 ? rough.label(rough.ticks[rough.ticks.length - 1]) : '';
    if (resolveLength(area.width, width) === undefined)
      plot.right = Math.max(plot.left + 10, plot.right - meter.width(lastLabel, tickFont) / 2);
    const plotWidth = plot.right - plot.left;
    yAxis = valueAxis(values, true, valueAxisOptions, format, (ticks, label, min, max) => {
      const labels = ticks.map((t) => {
        const content = label(t);
        return {
          text: content,
          at: plot.left + ((t - min) / (max - min)) * plotWidth,
          width: meter.width(content, tickFont),
        };
      });
      return allClear(labels, 1, width - 1);
    });
  }
  const axisValues = yAxis as ValueAxis;
  const layout = domain as DomainLayout;
  const valueAt = (v: number) => {
    const share = (v - axisValues.min) / (axisValues.max - axisValues.min);
    return horizontal ? plot.left + share * (plot.right - plot.left) : plot.bottom - share * (plot.bottom - plot.top);
  };

  // Gridlines and the baseline.
  const grid = element('g', { 'data-role': 'gridlines' });
  for (const tick of axisValues.ticks) {
    const at = valueAt(tick);
    const line = horizontal
      ? { x1: at, x2: at, y1: plot.top, y2: plot.bottom }
      : { x1: plot.left, x2: plot.right, y1: at, y2: at };
    grid.append(
      element('line', {
        ...line,
        stroke: tick === 0 && axisValues.min < 0 ? COLOURS.baseline : COLOURS.grid,
        'stroke-width': 1,
        class: 'gridline',
        'data-value': tick,
      }),
    );
  }
  svg.append(grid);

  // The marks, clipped to the plot (a viewWindow may cut them).
  const clipId = `chart-clip-${chart.id}-${Math.random().toString(36).slice(2)}`;
  const clip = element('clipPath', { id: clipId });
  clip.append(
    element('rect', {
      x: plot.left,
      y: plot.top - 1,
      width: plot.right - plot.left,
      height: plot.bottom - plot.top + 2,
    }),
  );
  svg.append(clip);
  const marks = element('g', { 'clip-path': `url(#${clipId})`, 'data-role': 'marks' });
  drawBars(marks, series, layout, valueAt, horizontal, options);
  drawAreas(marks, series, layout, valueAt);
  drawLines(marks, series, layout, valueAt, options);
  svg.append(marks);

  // Value labels.
  if (valueAxisOptions.textPosition !== 'none') {
    for (const tick of axisValues.ticks) {
      const content = axisValues.label(tick);
      svg.append(
        horizontal
          ? text(content, valueAt(tick), plot.bottom + below + tickHeight / 2, tickFont, 'value-label', {
              'text-anchor': 'middle',
            })
          : text(content, plot.left - 6, valueAt(tick), tickFont, 'value-label', { 'text-anchor': 'end' }),
      );
    }
  }
  // Domain labels.
  if (horizontal) {
    for (const label of categoryLabels)
      svg.append(text(label.text, plot.left - 6, label.at, tickFont, 'domain-label', { 'text-anchor': 'end' }));
  } else if (layout.angle === 0) {
    for (const label of layout.labels)
      svg.append(
        text(label.text, label.at, plot.bottom + below + tickHeight / 2, tickFont, 'domain-label', {
          'text-anchor': 'middle',
        }),
      );
  } else {
    const radians = (Math.abs(layout.angle) * Math.PI) / 180;
    const y = plot.bottom + below + (tickHeight / 2) * Math.cos(radians);
    for (const label of layout.labels)
      svg.append(
        text(label.text, label.at, y, tickFont, 'domain-label', {
          'text-anchor': 'end',
          transform: `rotate(${-Math.abs(layout.angle)} ${label.at} ${y})`,
        }),
      );
  }

  // Axis titles: the horizontal one under its labels, the vertical one turned up the left side.
  const labelBand = horizontal
    ? options.hAxis.textPosition === 'none'
      ? 0
      : tickHeight + below
    : layout.depth > 0
      ? layout.depth + below
      : 0;
  if (bottomTitle > 0) {
    const content = meter.fit(hTitle as string, FONTS.axisTitle, plot.right - plot.left);
    svg.append(
      text(
        content,
        (plot.left + plot.right) / 2,
        plot.bottom + labelBand + 6 + axisTitleHeight / 2,
        FONTS.axisTitle,
        'axis-title',
        {
          'text-anchor': 'middle',
        },
      ),
    );
  }
  if (leftTitle > 0) {
    const content = meter.fit(vTitle as string, FONTS.axisTitle, plot.bottom - plot.top);
    const x = PAD + axisTitleHeight / 2;
    const y = (plot.top + plot.bottom) / 2;
    svg.append(
      text(content, x, y, FONTS.axisTitle, 'axis-title', {
        'text-anchor': 'middle',
        transform: `rotate(-90 ${x} ${y})`,
      }),
    );
  }

  drawLegend(svg, entries, position, {
    width,
    plot,
    legendWidth,
    swatch,
    y: position === 'top' ? top - legendHeight / 2 - 4 : plot.bottom + labelBand + bottomTitle + 8 + legendHeight / 2,
  });
  return svg;
}

type ValueAt = (value: number) => number;

function runs(values: readonly (number | null)[], skipNulls: boolean): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  values.forEach((v, j) => {
    if (v === null) {
      if (skipNulls) return;
      if (run.length > 0) out.push(run);
      run = [];
    } else run.push(j);
  });
  if (run.length > 0) out.push(run);
  return out;
}

function drawAreas(group: SVGElement, series: readonly DrawnSeries[], domain: DomainLayout, valueAt: ValueAt): void {
  for (const s of series.filter((s) => s.type === 'area')) {
    for (const run of runs(s.top, false)) {
      const upper = run.map((j) => `${domain.position(j)},${valueAt(s.top[j] as number)}`);
      const lower = [...run].reverse().map((j) => `${domain.position(j)},${valueAt(s.base[j] as number)}`);
      group.append(
        element('path', {
          d: `M${upper.join('L')}L${lower.join('L')}Z`,
          fill: s.color,
          'fill-opacity': s.areaOpacity,
          stroke: 'none',
          class: 'area',
          'data-series': s.index,
        }),
      );
      if (s.lineWidth > 0)
        group.append(
          element('polyline', {
            points: upper.join(' '),
            fill: 'none',
            stroke: s.color,
            'stroke-width': s.lineWidth,
            'stroke-dasharray': s.dash,
            class: 'area-line',
            'data-series': s.index,
          }),
        );
      drawPoints(group, s, run, domain, valueAt);
    }
  }
}

function drawLines(
  group: SVGElement,
  series: readonly DrawnSeries[],
  domain: DomainLayout,
  valueAt: ValueAt,
  options: ChartOptions,
): void {
  for (const s of series.filter((s) => s.type === 'line')) {
    for (const run of runs(s.top, options.interpolateNulls)) {
      if (s.lineWidth > 0 && run.length > 1)
        group.append(
          element('polyline', {
            points: run.map((j) => `${domain.position(j)},${valueAt(s.top[j] as number)}`).join(' '),
            fill: 'none',
            stroke: s.color,
            'stroke-width': s.lineWidth,
            'stroke-dasharray': s.dash,
            'stroke-linejoin': 'round',
            class: 'line',
            'data-series': s.index,
          }),
        );
      drawPoints(group, s, run, domain, valueAt);
    }
  }
}

function drawPoints(
  group: SVGElement,
  s: DrawnSeries,
  run: readonly number[],
  domain: DomainLayout,
  valueAt: ValueAt,
): void {
  if (s.pointSize <= 0) return;
  for (const j of run)
    group.append(
      element('circle', {
        cx: domain.position(j),
        cy: valueAt(s.top[j] as number),
        r: s.pointSize / 2,
        fill: s.color,
        class: 'point',
        'data-series': s.index,
      }),
    );
}

function drawBars(
  group: SVGElement,
  series: readonly DrawnSeries[],
  domain: DomainLayout,
  valueAt: ValueAt,
  horizontal: boolean,
  options: ChartOptions,
): void {
  const bars = series.filter((s) => s.type === 'bars');
  if (bars.length === 0) return;
  const groupWidth = Math.max(1, resolveLength(options.barGroupWidth, domain.slot) ?? domain.slot * BAR_GROUP);
  const stacked = options.isStacked !== false;
  const thickness = stacked ? groupWidth : groupWidth / bars.length;
  bars.forEach((s, b) => {
    s.top.forEach((end, j) => {
      const start = s.base[j];
      if (end === null || start === null) return;
      const centre = domain.position(j) - groupWidth / 2 + (stacked ? 0 : thickness * b);
      const [from, to] = [valueAt(start), valueAt(end)].sort((p, q) => p - q);
      group.append(
        element('rect', {
          ...(horizontal
            ? { x: from, y: centre, width: to - from, height: thickness }
            : { x: centre, y: from, width: thickness, height: to - from }),
          fill: s.color,
          class: 'bar',
          'data-series': s.index,
        }),
      );
    });
  });
}

function drawLegend(
  svg: SVGElement,
  entries: readonly LegendEntry[],
  position: ChartOptions['legend']['position'],
  at: {
    width: number;
    plot: { left: number; right: number; top: number; bottom: number };
    legendWidth: number;
    swatch: number;
    y: number;
  },
): void {
  if (position === 'none' || entries.length === 0) return;
  const font = FONTS.legend;
  const rowHeight = meter.height(font) + 6;
  const group = element('g', { 'data-role': 'legend' });
  const mark = (entry: LegendEntry, x: number, y: number) =>
    entry.series.type === 'line'
      ? element('line', { x1: x, x2: x + 12, y1: y, y2: y, stroke: entry.series.color, 'stroke-width': 2 })
      : element('rect', {
          x,
          y: y - 5,
          width: 12,
          height: 10,
          fill: entry.series.color,
          'fill-opacity': entry.series.type === 'area' ? Math.max(entry.series.areaOpacity, 0.3) : 1,
        });
  if (position === 'right') {
    const x = at.width - PAD - at.legendWidth;
    const fit = Math.max(1, Math.floor((at.plot.bottom - at.plot.top) / rowHeight));
    const shown = entries.length <= fit ? entries : entries.slice(0, Math.max(1, fit - 1));
    shown.forEach((entry, i) => {
      const y = at.plot.top + rowHeight * (i + 0.5);
      group.append(mark(entry, x, y));
      group.append(text(meter.fit(entry.text, font, at.legendWidth - at.swatch), x + at.swatch, y, font, 'legend'));
    });
    // More entries than room: Google Charts pages its legend ("1/3" between arrows).
    if (shown.length < entries.length) {
      const y = at.plot.top + rowHeight * (shown.length + 0.5);
      const pages = `1/${Math.ceil(entries.length / shown.length)}`;
      group.append(pagerArrow(x + 4, y, 'up'), text(pages, x + 12, y, font, 'legend'));
      group.append(pagerArrow(x + 18 + meter.width(pages, font), y, 'down'));
    }
  } else {
    const pager = meter.width('1/99', font) + 24 + GAP;
    let x = at.plot.left;
    let shown = 0;
    for (const entry of entries) {
      const content = meter.fit(entry.text, font, at.width * 0.45);
      const needed = at.swatch + meter.width(content, font);
      const room = at.width - PAD - (shown + 1 < entries.length ? pager : 0);
      if (x + needed > room) break;
      group.append(mark(entry, x, at.y));
      group.append(text(content, x + at.swatch, at.y, font, 'legend'));
      x += needed + 14;
      shown++;
    }
    if (shown < entries.length) {
      const pages = `1/${Math.ceil(entries.length / Math.max(1, shown))}`;
      group.append(pagerArrow(x + 4, at.y, 'left'), text(pages, x + 12, at.y, font, 'legend'));
      group.append(pagerArrow(x + 18 + meter.width(pages, font), at.y, 'right'));
    }
  }
  svg.append(group);
}

/** A small triangle of the legend's pager, drawn rather than typed (the fonts may lack the arrow characters). */
function pagerArrow(x: number, y: number, direction: 'up' | 'down' | 'left' | 'right'): SVGElement {
  const points = {
    up: `${x - 4},${y + 3} ${x + 4},${y + 3} ${x},${y - 3}`,
    down: `${x - 4},${y - 3} ${x + 4},${y - 3} ${x},${y + 3}`,
    left: `${x + 3},${y - 4} ${x + 3},${y + 4} ${x - 3},${y}`,
    right: `${x - 3},${y - 4} ${x - 3},${y + 4} ${x + 3},${y}`,
  }[direction];
  return element('polygon', { points, fill: COLOURS.text, 'data-role': 'legend-pager' });
}
