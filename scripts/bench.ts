/**
 * npm run bench: the time of each custom function on Sheets-shaped input of
 * 10k, 100k and 1M rows, through the built bundle: its first call in a fresh
 * script scope (as in Sheets, where each cell is its own execution) and its
 * warm median, beside two baselines measured in the same run on the same
 * input:
 *   - hand loop: the simplest hand-written loop computing the same result;
 *   - native: the formulas a user would type instead (COUNTIF, COUNTIFS,
 *     AVERAGE...) evaluated by HyperFormula, timed as the recalculation that
 *     follows a change to the data.
 * Then the predictive functions (BTYD_FIT, CLV_PREDICT), which have no such
 * baselines, in their own table (scripts/bench/predictiveBench.ts).
 * Prints Markdown tables; `npm run bench -- --readme` also writes them into
 * the README's Performance section. `--only=NPS,BTYD` runs only the cases
 * named (BTYD: the predictive table; SQL: the warehouse queries in DuckDB on
 * 10 and 100 million orders, scripts/bench/sqlBench.ts, written into its own
 * README table); `--no-sql` everything but SQL; BENCH_SIZES=10000 only those
 * sizes.
 */

import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../src/catalog';
import type { BenchCase, BenchInput } from './bench/benchCase';
import { CUSTOMER_CASES } from './bench/customerCases';
import { ORDER_CASES } from './bench/orderCases';
import { benchPredictive } from './bench/predictiveBench';
import { benchSql } from './bench/sqlBench';
import { SURVEY_CASES } from './bench/surveyCases';
import { type BundleRuntime, loadBundle } from './emulator/appsScriptRuntime';
import { createFormulaEngine } from './emulator/formulaEngine';
import { EmulatedUtilities } from './emulator/services';
import { ROOT } from './lib/paths';

const CASES: BenchCase[] = [...SURVEY_CASES, ...CUSTOMER_CASES, ...ORDER_CASES];
const SIZES = benchSizes(process.env.BENCH_SIZES) ?? [10_000, 100_000, 1_000_000];
const ZONE = 'UTC';
/**
 * A native recalculation slower than this is not repeated at larger sizes
 * (a COUNTIFS grid over 1M rows would take many minutes); the table then
 * shows the smaller size's time as a lower bound.
 */
const NATIVE_CUTOFF_MS = 10_000;
/** The issues' targets: how many times faster than the native formulas a function must be on 1M rows. */
const SPEEDUP_TARGETS: Record<string, number> = { NPS: 5, COHORT_RETENTION: 20 };

/**
 * BENCH_SIZES=10000,100000 runs only those sizes (a quick check of new
 * cases); unset, all three. Not with --readme, whose table must be complete.
 */
function benchSizes(text: string | undefined): number[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  if (process.argv.includes('--readme')) throw new Error('BENCH_SIZES is for quick checks; unset it to use --readme.');
  const sizes = text.split(',').map((size) => Number(size.trim().replace(/_/g, '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 2)) {
    throw new Error(`BENCH_SIZES must be whole numbers of rows separated by commas, such as 10000,100000; got ${text}`);
  }
  return sizes;
}

/**
 * A script scope of its own: the bundle loaded into new globals, as Apps
 * Script does for each execution (the compiled script is shared, as Google's
 * is between executions; nothing the bundle keeps in a global survives).
 */
function freshRuntime(): BundleRuntime {
  return loadBundle({
    SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => ZONE, getSpreadsheetLocale: () => 'en_US' }) },
    Session: { getScriptTimeZone: () => ZONE },
    // No document cache: every timed call fits afresh, as the first cell over new orders does.
    CacheService: { getDocumentCache: () => null },
    Utilities: new EmulatedUtilities(),
  });
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(fn: () => unknown): { ms: number; result: unknown } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function medianTime(fn: () => unknown, runs: number): { ms: number; result: unknown } {
  let result: unknown;
  const samples: number[] = [];
  // Warm up until the code is optimized (at least 20 calls or 300 ms), as in a sheet that recalculates.
  const warmUpEnd = Date.now() + 300;
  for (let i = 0; i < 20 || Date.now() < warmUpEnd; i++) fn();
  for (let i = 0; i < runs; i++) {
    const run = time(fn);
    samples.push(run.ms);
    result = run.result;
  }
  return { ms: median(samples), result };
}

/**
 * The native formulas over the same data in HyperFormula: the time to
 * recalculate them after one data cell changes (median of a few changes).
 */
function nativeTime(
  benchCase: BenchCase,
  input: BenchInput,
  runtime: BundleRuntime,
  runs: number,
): { ms: number; result: unknown } {
  const columns = Object.values(input.columns);
  const data = columns[0].map((_, r) => columns.map((column) => toEngineCell(column[r][0])));
  const engine = createFormulaEngine(runtime, { Data: data, Out: [] }, { timeZone: ZONE, catalog: CATALOG });
  engine.addFormulas('Out', benchCase.nativeFormulas(input));
  const samples: number[] = [];
  const changed = { sheet: engine.hf.getSheetId('Data') as number, row: data.length - 1, col: 0 };
  const original = engine.hf.getCellSerialized(changed);
  // Alternate the last data cell between two other values, so every change recalculates.
  const alternatives =
    typeof original === 'number' ? [original === 5 ? 6 : 5, original === 7 ? 8 : 7] : ['N/A', 'skip'];
  for (let i = 0; i < runs; i++) {
    samples.push(time(() => engine.hf.setCellContents(changed, [[alternatives[i % 2]]])).ms);
    if (samples[0] > 10_000) break; // one sample of a recalculation that slow says enough
  }
  engine.hf.setCellContents(changed, [[original]]);
  const result = benchCase.nativeResult?.((address) => engine.value(`Out!${address}`));
  return { ms: median(samples), result };
}

function toEngineCell(cell: unknown): string | number | boolean | null {
  if (cell === '' || cell === null || cell === undefined) return null;
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    return `=DATE(${(cell as Date).getUTCFullYear()},${(cell as Date).getUTCMonth() + 1},${(cell as Date).getUTCDate()})`;
  }
  return cell as string | number | boolean;
}

const format = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** Loose equality of results computed two ways (numbers to 9 significant digits). */
function sameResult(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameResult(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => sameResult((a as never)[k], (b as never)[k]));
  }
  return a === b;
}

async function main(): Promise<void> {
  const withReadme = process.argv.includes('--readme');
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  // --no-sql: every case but the warehouse's (which takes minutes at 100 million orders and has its own section).
  if (process.argv.includes('--no-sql')) {
    if (only) throw new Error('--no-sql is for the whole bench; with --only, leave SQL out of the list instead.');
  } else if (!only || only.includes('SQL')) await sqlSection(withReadme);
  if (only && only.every((name) => name === 'SQL')) return;
  const runtime = freshRuntime();
  const lines = [
    '| Function | Rows | First call (ms) | Add-on, warm (ms) | Hand loop (ms) | Native formulas (ms) | vs hand loop | Native / add-on |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const targets: string[] = [];
  console.log(lines.join('\n'));
  for (const benchCase of CASES.filter((c) => !only || only.includes(c.name))) {
    /** The native time at the last size measured, when it passed NATIVE_CUTOFF_MS: larger sizes are not run. */
    let nativeTooSlow: { rows: number; ms: number } | undefined;
    for (const rows of SIZES) {
      // The first call in a fresh script scope, as most calls in Sheets are (every cell its own execution), on
      // input made in that scope; then the warm median of the same call repeated.
      const fresh = freshRuntime();
      const freshInput = benchCase.input(rows, fresh);
      const first = time(() => benchCase.call(fresh, freshInput));
      const input = benchCase.input(rows, runtime);
      const runs = rows >= 1_000_000 ? 5 : 9;
      const addOn = medianTime(() => benchCase.call(runtime, input), runs);
      const hand = medianTime(() => benchCase.handLoop(input), runs);
      let nativeCell: string;
      let speedupCell: string;
      let speedup: number;
      if (nativeTooSlow === undefined) {
        const native = nativeTime(benchCase, input, runtime, rows >= 1_000_000 ? 3 : 5);
        if (native.result !== undefined && !sameResult(hand.result, native.result)) {
          throw new Error(
            `${benchCase.name}: the hand loop and the native formulas disagree at ${rows} rows: ${JSON.stringify(hand.result)} vs ${JSON.stringify(native.result)}`,
          );
        }
        if (native.ms > NATIVE_CUTOFF_MS) nativeTooSlow = { rows, ms: native.ms };
        speedup = native.ms / addOn.ms;
        nativeCell = format(native.ms);
        speedupCell = `${speedup.toFixed(1)}x`;
      } else {
        // More rows never recalculate faster, so the smaller size's time is a lower bound.
        speedup = nativeTooSlow.ms / addOn.ms;
        nativeCell = `> ${format(nativeTooSlow.ms)} (not run: ${format(nativeTooSlow.ms)} at ${nativeTooSlow.rows.toLocaleString('en-US')} rows)`;
        speedupCell = `> ${speedup.toFixed(1)}x`;
      }
      const line = `| ${benchCase.name} | ${rows.toLocaleString('en-US')} | ${format(first.ms)} | ${format(addOn.ms)} | ${format(hand.ms)} | ${nativeCell} | ${(addOn.ms / hand.ms).toFixed(1)}x | ${speedupCell} |`;
      lines.push(line);
      console.log(line);
      if (rows === 1_000_000) {
        if (addOn.ms >= 1000)
          targets.push(`MISSED: ${benchCase.name} takes ${format(addOn.ms)} ms on 1M rows (target < 1000 ms)`);
        const goal = SPEEDUP_TARGETS[benchCase.name];
        if (goal !== undefined) {
          targets.push(
            `${speedup >= goal ? 'met' : 'MISSED'}: ${benchCase.name} on 1M rows is ${speedupCell} faster than native formulas (target >= ${goal}x)`,
          );
        }
        if (benchCase.name === 'NPS') {
          const ratio = addOn.ms / hand.ms;
          targets.push(
            `${ratio <= 2 ? 'met' : 'MISSED'}: NPS on 1M rows is ${ratio.toFixed(2)}x the hand loop (target <= 2x)`,
          );
        }
      }
    }
  }
  if (!targets.some((t) => t.includes('takes'))) targets.push('met: every function runs under 1 s on 1M rows');
  const predictive =
    !only || only.includes('BTYD') ? benchPredictive(runtime, freshRuntime) : { lines: [], targets: [] };
  targets.push(...predictive.targets);
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const report = [
    ...lines,
    '',
    ...(predictive.lines.length
      ? [
          'Predictive models (each call fits afresh; see scripts/bench/predictiveBench.ts):',
          '',
          ...predictive.lines,
          '',
        ]
      : []),
    `Measured on ${machine}.`,
    '',
    ...targets.map((t) => `- ${t}`),
  ].join('\n');
  console.log(`\nMeasured on ${machine}.\n${targets.map((t) => `- ${t}`).join('\n')}`);
  if (withReadme) writeReadmeSection('bench', report);
}

/** The warehouse table: printed, and with --readme written between its own markers. */
async function sqlSection(withReadme: boolean): Promise<void> {
  const { lines, notes } = await benchSql();
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const report = [...lines, '', `Measured on ${machine}.`, '', ...notes.map((note) => `- ${note}`)].join('\n');
  console.log(`\n${notes.join('\n')}\n`);
  if (withReadme) writeReadmeSection('bench-sql', report);
}

/** Replaces the README's text between `<!-- NAME:start ... -->` and `<!-- NAME:end -->`. */
function writeReadmeSection(name: string, report: string): void {
  const path = resolve(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = `<!-- ${name}:start (written by \`npm run bench -- --readme\`) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${name} markers`);
  writeFileSync(path, `${readme.slice(0, from + start.length)}\n\n${report}\n\n${readme.slice(to)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
