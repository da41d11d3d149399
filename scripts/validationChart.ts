/**
 * The README's calibration-versus-holdout figures for the CDNOW sample:
 * BTYD_VALIDATE (BG/NBD, calibration to 1997-09-30, holdout to 1998-06-30)
 * through the catalog, its bucket table printed as Markdown, and its weekly
 * tracking table drawn as an SVG line chart and rendered to
 * examples/screenshots/btyd-validate-cdnow.png by the bundled Chromium.
 *
 *   npx tsx scripts/validationChart.ts
 */

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { customFunctionsOf } from '../src/addon/customFunctions';
import { CATALOG } from '../src/catalog';
import { EN_US_NUMBERS } from '../src/input/sheetsLocales';
import { timeZoneNamed } from '../src/time/timeZone';
import { parseCdnowSample, readReferenceFile, referenceDataDir } from './lib/cdnowFiles';
import { ROOT } from './lib/paths';
import { launchChromium } from './playground/chromium';

const OUTPUT = resolve(ROOT, 'examples', 'screenshots', 'btyd-validate-cdnow.png');
const WIDTH = 720;
const HEIGHT = 400;
const MARGIN = { left: 64, right: 24, top: 40, bottom: 48 };

async function main(): Promise<void> {
  const rows = parseCdnowSample(readReferenceFile(referenceDataDir(), 'CDNOW_sample.txt'));
  const fn = customFunctionsOf(CATALOG, {
    timeZone: () => timeZoneNamed('UTC'),
    numberFormat: () => EN_US_NUMBERS,
  }).BTYD_VALIDATE;
  const result = fn(
    [['Customer ID'], ...rows.map((row) => [row.sampleId])] as never,
    [['Order date'], ...rows.map((row) => [row.date])] as never,
    [['Amount'], ...rows.map((row) => [row.dollars])] as never,
    '1997-09-30' as never,
    '1998-06-30' as never,
  ) as unknown[][];

  const heading = result.findIndex((row) => row[0] === 'Week ending');
  const round = (value: unknown, digits: number) => (typeof value === 'number' ? value.toFixed(digits) : String(value));
  const markdown = [
    `| ${result[0].join(' | ')} |`,
    '|---|---:|---:|---:|',
    ...result.slice(1, 10).map((row) => `| ${row[0]} | ${row[1]} | ${round(row[2], 3)} | ${round(row[3], 3)} |`),
    ...result.slice(10, heading - 1).map((row) => `| ${row[0]} | ${round(row[1], 3)} | | |`),
  ].join('\n');
  console.log(markdown);

  const weeks = result.slice(heading + 1) as [Date, number, number][];
  const maxY = Math.ceil(Math.max(...weeks.flatMap((w) => [w[1], w[2]])) / 1000) * 1000;
  const x = (k: number) => MARGIN.left + (k / weeks.length) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (v: number) => HEIGHT - MARGIN.bottom - (v / maxY) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const path = (column: 1 | 2) =>
    weeks.map((w, k) => `${k === 0 ? 'M' : 'L'}${x(k + 1).toFixed(1)},${y(w[column]).toFixed(1)}`).join(' ');
  const calibrationWeeks = weeks.findIndex((w) => w[0].toISOString().slice(0, 10) >= '1997-09-30') + 1;
  const ticksY = Array.from({ length: maxY / 1000 + 1 }, (_, i) => i * 1000);
  const ticksX = [0, 13, 26, 39, 52, 65, 78];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">
  <rect width="100%" height="100%" fill="white"/>
  <text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15">CDNOW sample: cumulative repeat purchases, actual vs BG/NBD (BTYD_VALIDATE)</text>
  ${ticksY.map((v) => `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e5e5"/><text x="${MARGIN.left - 8}" y="${y(v) + 4}" text-anchor="end">${v.toLocaleString('en-US')}</text>`).join('\n  ')}
  ${ticksX.map((k) => `<text x="${x(k)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${k}</text>`).join('\n  ')}
  <text x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${HEIGHT - 10}" text-anchor="middle">Week (from 1997-01-01)</text>
  <line x1="${x(calibrationWeeks)}" x2="${x(calibrationWeeks)}" y1="${MARGIN.top}" y2="${HEIGHT - MARGIN.bottom}" stroke="#888" stroke-dasharray="3,3"/>
  <text x="${x(calibrationWeeks) + 6}" y="${MARGIN.top + 14}" fill="#555">calibration | holdout</text>
  <path d="${path(1)}" fill="none" stroke="#1f77b4" stroke-width="2"/>
  <path d="${path(2)}" fill="none" stroke="#d62728" stroke-width="2" stroke-dasharray="6,4"/>
  <rect x="${MARGIN.left + 12}" y="${MARGIN.top + 30}" width="190" height="44" fill="white" stroke="#ccc"/>
  <line x1="${MARGIN.left + 22}" x2="${MARGIN.left + 52}" y1="${MARGIN.top + 46}" y2="${MARGIN.top + 46}" stroke="#1f77b4" stroke-width="2"/>
  <text x="${MARGIN.left + 60}" y="${MARGIN.top + 50}">Actual cumulative</text>
  <line x1="${MARGIN.left + 22}" x2="${MARGIN.left + 52}" y1="${MARGIN.top + 64}" y2="${MARGIN.top + 64}" stroke="#d62728" stroke-width="2" stroke-dasharray="6,4"/>
  <text x="${MARGIN.left + 60}" y="${MARGIN.top + 68}">Predicted cumulative</text>
</svg>`;

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    writeFileSync(OUTPUT, await page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } }));
  } finally {
    await browser.close();
  }
  console.log(`wrote ${OUTPUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
