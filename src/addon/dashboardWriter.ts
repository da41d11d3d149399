/**
 * Writes a laid-out dashboard (src/wizard/dashboardLayout.ts) onto a sheet the
 * add-on created: contents block by block with setValues, formats and styles
 * by range, the heatmap as one conditional-format rule, then the charts.
 * Nothing here is per row: the work is proportional to the number of blocks.
 */

import type { Area, DashboardSheet } from '../wizard/dashboardLayout';
import { appsScript, type SheetApi } from './appsScriptApi';

const MUTED = '#5f6368';
/**
 * The most cells one setValues call writes. Google documents no limit, but
 * very large calls are reported to fail or time out; batches of this size keep
 * each request small while the number of calls stays low (20 for a million cells).
 */
const WRITE_BATCH_CELLS = 50_000;
const ERROR_RED = '#d93025';
/** Google Sheets' own "green to red" colour scale, reversed so that high retention is green. */
const HEATMAP = { low: '#e67c73', middle: '#ffd666', high: '#57bb8a' };

export function writeDashboard(sheet: SheetApi, dashboard: DashboardSheet): void {
  const app = appsScript.spreadsheetApp();
  // A Persian dashboard reads right to left, as the person's own Persian sheets do.
  if (dashboard.rightToLeft) sheet.setRightToLeft(true);
  const range = (area: Area) => sheet.getRange(area.row, area.column, area.rows, area.columns);
  const areas = [...dashboard.blocks, ...dashboard.formats, ...dashboard.heatmaps];
  growGrid(
    sheet,
    Math.max(...areas.map((a) => a.row + a.rows - 1)),
    Math.max(...areas.map((a) => a.column + a.columns - 1)),
  );

  for (const block of dashboard.blocks) {
    // A snapshot's long table goes in batches, each one setValues call of at most WRITE_BATCH_CELLS cells.
    const rowsPerBatch = Math.max(1, Math.floor(WRITE_BATCH_CELLS / Math.max(1, block.columns)));
    for (let first = 0; first < block.rows; first += rowsPerBatch) {
      const rows = block.values.slice(first, first + rowsPerBatch).map((row) => [...row]);
      range({ row: block.row + first, column: block.column, rows: rows.length, columns: block.columns }).setValues(
        rows,
      );
    }
  }
  for (const format of dashboard.formats) range(format).setNumberFormat(format.format);
  for (const area of dashboard.bold) range(area).setFontWeight('bold');
  for (const area of dashboard.muted) range(area).setFontColor(MUTED);
  for (const area of dashboard.errors) range(area).setFontColor(ERROR_RED);
  for (const { column, width } of dashboard.columnWidths) sheet.setColumnWidth(column, width);

  const number = app.InterpolationType.NUMBER;
  sheet.setConditionalFormatRules(
    dashboard.heatmaps.map((area) =>
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue(HEATMAP.low, number, '0')
        .setGradientMidpointWithValue(HEATMAP.middle, number, '0.5')
        .setGradientMaxpointWithValue(HEATMAP.high, number, '1')
        .setRanges([range(area)])
        .build(),
    ),
  );

  const types = appsScript.charts().ChartType;
  const chartType = { LINE: types.LINE, BAR: types.BAR, COLUMN: types.COLUMN, COMBO: types.COMBO } as const;
  for (const chart of dashboard.charts) {
    let builder = sheet
      .newChart()
      .setChartType(chartType[chart.type])
      .setNumHeaders(1)
      .setPosition(chart.row, chart.column, chart.offsetX, 0)
      .setOption('title', chart.title)
      .setOption('width', chart.width)
      .setOption('height', chart.height);
    for (const [name, value] of Object.entries(chart.options)) builder = builder.setOption(name, value);
    for (const area of chart.ranges) builder = builder.addRange(range(area));
    sheet.insertChart(builder.build());
  }
}

/** A new sheet has 1000 rows and 26 columns; a snapshot of a long table needs more. */
function growGrid(sheet: SheetApi, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
