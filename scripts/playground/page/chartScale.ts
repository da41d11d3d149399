/**
 * The arithmetic of a chart's axes, apart from any drawing: round tick values,
 * calendar ticks for dates (given as Sheets serials: days since 1899-12-30 on
 * the spreadsheet's wall clock), label texts through a format, and how many
 * category labels to skip so the rest fit. Pure, so it can be tested in Node.
 */

import { formatCellValue } from '../../emulator/numberFormat';

const MS_PER_DAY = 86_400_000;
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);

/** About `count` round values (1, 2, 2.5 or 5 times a power of ten apart) from at or below low to at or above high. */
export function niceTicks(low: number, high: number, count: number): number[] {
  if (!(high > low)) {
    const pad = low === 0 ? 1 : Math.abs(low) / 10;
    return niceTicks(low - pad, high + pad, count);
  }
  const raw = (high - low) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * 0.999) ?? raw;
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  const out: number[] = [];
  for (let i = first; i <= last && out.length < 1000; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** The round values within [low, high] (for an axis whose ends are fixed, as by viewWindow). */
export function ticksWithin(low: number, high: number, count: number): number[] {
  return niceTicks(low, high, count).filter(
    (t) => t >= low - 1e-9 * Math.abs(high - low) && t <= high + 1e-9 * Math.abs(high - low),
  );
}

/** Decimal places a step needs (0.25 -> 2, 5 -> 0). */
export function decimalsOf(step: number): number {
  for (let d = 0; d <= 10; d++) {
    const scaled = Math.abs(step) * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return 10;
}

/**
 * A function writing axis values: a Sheets or ICU number pattern ('0%',
 * '#,##0.0'), one of Google Charts' named formats ('percent', 'decimal',
 * 'scientific', 'short', 'long'), or, without one, as many decimals as the
 * step between ticks needs, with thousands separators (Google Charts' default
 * style for a number axis).
 */
export function numberLabeler(format: string | undefined, step: number): (value: number) => string {
  const named: Record<string, string> = { percent: '#,##0%', decimal: '#,##0.###', scientific: '0.###E+0' };
  if (format === 'short' || format === 'long') {
    const compact = new Intl.NumberFormat('en-US', {
      notation: 'compact',
      compactDisplay: format,
      maximumFractionDigits: 1,
    });
    return (value) => compact.format(value);
  }
  const pattern = format === undefined || format === 'none' ? undefined : (named[format] ?? format);
  if (pattern !== undefined) return (value) => formatCellValue(value, pattern, 'UTC');
  const decimals = decimalsOf(step);
  const plain = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (value) => plain.format(Math.abs(value) < 1e-12 ? 0 : value);
}

/** An ICU date pattern (Google Charts' hAxis.format) as the Sheets pattern that reads the same: a lone 'y' is the full year. */
export function sheetsDatePattern(icu: string): string {
  return icu.replace(/(?<![yY])[yY](?![yY])|(?<![yY])[yY]{3}(?![yY])/g, 'yyyy');
}

export function dateLabel(serial: number, pattern: string): string {
  return formatCellValue(serial, sheetsDatePattern(pattern), 'UTC');
}

/** The Sheets serial of the first day of a month (month 1-12). */
export function serialOfMonth(year: number, month: number): number {
  return (Date.UTC(year, month - 1, 1) - SHEETS_EPOCH_MS) / MS_PER_DAY;
}

function civil(serial: number): { year: number; month: number } {
  const date = new Date(SHEETS_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** A step between date ticks: whole days, or whole months (12 and more: years). */
export interface DateStep {
  readonly unit: 'day' | 'month';
  readonly size: number;
}

/** From the finest to the coarsest; a chart tries them in turn until its labels fit. */
export const DATE_STEPS: readonly DateStep[] = [
  ...[1, 2, 7, 14].map((size) => ({ unit: 'day' as const, size })),
  ...[1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200].map((size) => ({ unit: 'month' as const, size })),
];

/** The default label pattern for ticks a step apart (Unverified against Sheets: 'MMM yyyy'-like for months). */
export function defaultDatePattern(step: DateStep): string {
  if (step.unit === 'day') return 'd MMM';
  return step.size >= 12 ? 'yyyy' : 'MMM yyyy';
}

/** Calendar ticks within [low, high]: days a multiple of the step from 1899-12-30, or months whose index is. */
export function dateTicks(low: number, high: number, step: DateStep, limit = 400): number[] {
  const out: number[] = [];
  if (step.unit === 'day') {
    // Weekly ticks fall on Mondays (serial 2 is Monday 1900-01-01).
    const offset = step.size === 7 || step.size === 14 ? 2 : 0;
    for (
      let t = Math.ceil((low - offset) / step.size) * step.size + offset;
      t <= high && out.length <= limit;
      t += step.size
    )
      out.push(t);
    return out;
  }
  const start = civil(Math.ceil(low));
  let index = start.year * 12 + start.month - 1;
  if (serialOfMonth(start.year, start.month) < low) index++;
  index = Math.ceil(index / step.size) * step.size;
  for (; out.length <= limit; index += step.size) {
    const serial = serialOfMonth(Math.floor(index / 12), (index % 12) + 1);
    if (serial > high) break;
    out.push(serial);
  }
  return out;
}

/**
 * How many categories apart labels must be so that, slot pixels per
 * category, no two labels overlap: upright labels need their width plus a
 * gap; labels slanted at `angle` degrees need their height plus a gap across
 * the slant (parallel boxes `distance * sin(angle)` apart).
 */
export function labelEvery(slot: number, widest: number, height: number, gap: number, angle = 0): number {
  if (slot <= 0) return Number.POSITIVE_INFINITY;
  const need = angle === 0 ? widest + gap : (height + gap) / Math.sin((Math.abs(angle) * Math.PI) / 180);
  return Math.max(1, Math.ceil(need / slot - 1e-9));
}
