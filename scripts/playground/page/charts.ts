/** Draws a chart the add-on inserted, from its recorded spec and data, as SVG. */

import type { ChartView } from '../protocol';

const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];
const MARGIN = { top: 36, right: 16, bottom: 48, left: 48 };

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Round tick values covering [low, high]. */
function ticks(low: number, high: number, count = 5): number[] {
  if (low === high) return [low];
  const raw = (high - low) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.floor(low / step) * step; t <= high + step / 2; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

export function renderChart(chart: ChartView): SVGSVGElement {
  const { width, height } = chart;
  const svg = element('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': chart.title || 'chart',
  }) as SVGSVGElement;
  svg.append(element('text', { x: MARGIN.left, y: 22, class: 'chart-title' }, chart.title));
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (values.length === 0) {
    svg.append(element('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle' }, 'No data'));
    return svg;
  }
  const bars = chart.type === 'COLUMN' || chart.type === 'BAR';
  const scale = ticks(Math.min(0, ...values), Math.max(...values));
  const [low, high] = [scale[0], scale[scale.length - 1]];
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const y = (v: number) => MARGIN.top + plotHeight - ((v - low) / (high - low || 1)) * plotHeight;
  const slot = plotWidth / Math.max(1, chart.labels.length);
  const x = (i: number) => MARGIN.left + slot * (i + 0.5);

  for (const tick of scale) {
    svg.append(
      element('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick), stroke: '#e0e0e0' }),
    );
    svg.append(element('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, String(tick)));
  }
  const every = Math.ceil(chart.labels.length / 8);
  chart.labels.forEach((label, i) => {
    if (i % every === 0)
      svg.append(element('text', { x: x(i), y: height - MARGIN.bottom + 16, 'text-anchor': 'middle' }, label));
  });

  chart.series.forEach((series, s) => {
    const colour = series.color ?? PALETTE[s % PALETTE.length];
    if (bars) {
      const barWidth = (slot * 0.8) / chart.series.length;
      series.values.forEach((v, i) => {
        if (v === null) return;
        const left = x(i) - slot * 0.4 + barWidth * s;
        svg.append(
          element('rect', {
            x: left,
            y: Math.min(y(v), y(0)),
            width: barWidth,
            height: Math.abs(y(v) - y(0)),
            fill: colour,
          }),
        );
      });
    } else {
      const points = series.values.map((v, i) => (v === null ? null : `${x(i)},${y(v)}`));
      // A gap in the data breaks the line.
      let run: string[] = [];
      const flush = () => {
        if (run.length > 0)
          svg.append(element('polyline', { points: run.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }));
        run = [];
      };
      points.forEach((p) => (p === null ? flush() : run.push(p)));
      flush();
    }
    svg.append(element('rect', { x: MARGIN.left + s * 130, y: height - 18, width: 10, height: 10, fill: colour }));
    svg.append(element('text', { x: MARGIN.left + s * 130 + 14, y: height - 9 }, series.name.slice(0, 18)));
  });
  return svg;
}
