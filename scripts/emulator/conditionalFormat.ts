/**
 * The colours a gradient conditional-format rule gives its cells (a colour
 * scale, as the cohort heatmap uses): each numeric cell is placed between the
 * rule's minpoint, optional midpoint and maxpoint, and its colour is
 * interpolated in RGB between theirs. Points are NUMBER (a value), PERCENT
 * (a share of the way from the smallest to the largest value), PERCENTILE
 * (of the values), MIN or MAX (the smallest or largest value). Cells that are
 * not numbers keep no colour.
 */

import type { ConditionalRuleSpec, GradientPoint } from './workbook';

export interface RuleCell {
  readonly key: string;
  readonly value: unknown;
}

/** Colour of each numeric cell of the rule's ranges, by cell key. */
export function gradientColors(rule: ConditionalRuleSpec, cells: readonly RuleCell[]): Map<string, string> {
  const numbers = cells.filter((cell): cell is { key: string; value: number } => typeof cell.value === 'number');
  const colours = new Map<string, string>();
  const { min, mid, max } = rule.gradient;
  if (numbers.length === 0 || min === undefined || max === undefined) return colours;
  const sorted = numbers.map((cell) => cell.value).sort((a, b) => a - b);
  const low = pointValue(min, sorted);
  const high = pointValue(max, sorted);
  const middle = mid === undefined ? undefined : pointValue(mid, sorted);
  for (const { key, value } of numbers) {
    if (middle !== undefined && mid !== undefined) {
      colours.set(
        key,
        value <= middle
          ? blend(min.color, mid.color, share(value, low, middle))
          : blend(mid.color, max.color, share(value, middle, high)),
      );
    } else {
      colours.set(key, blend(min.color, max.color, share(value, low, high)));
    }
  }
  return colours;
}

function pointValue(point: GradientPoint, sorted: readonly number[]): number {
  const smallest = sorted[0];
  const largest = sorted[sorted.length - 1];
  const value = Number(point.value);
  switch (point.type) {
    case 'MIN':
      return smallest;
    case 'MAX':
      return largest;
    case 'PERCENT':
      return smallest + ((largest - smallest) * value) / 100;
    case 'PERCENTILE': {
      const position = ((sorted.length - 1) * value) / 100;
      const below = Math.floor(position);
      const above = Math.min(sorted.length - 1, below + 1);
      return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
    default:
      return value;
  }
}

/** Where a value sits between two points, clamped to [0, 1]. */
function share(value: number, from: number, to: number): number {
  if (to === from) return value >= to ? 1 : 0;
  return Math.min(1, Math.max(0, (value - from) / (to - from)));
}

function blend(from: string, to: string, t: number): string {
  const a = rgb(from);
  const b = rgb(to);
  const channel = (i: number) =>
    Math.round(a[i] + (b[i] - a[i]) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

function rgb(colour: string): [number, number, number] {
  const hex = colour.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex.padEnd(6, '0');
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) || 0) as [number, number, number];
}
