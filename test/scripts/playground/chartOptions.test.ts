/**
 * The options a chart was built with, as the emulated EmbeddedChartBuilder
 * records them (dotted names nested, objects merged) and as the playground
 * reads them (Google Charts' names; anything else ignored, never an error).
 */

import { openOfflineSpreadsheet } from '../../../scripts/emulator/offlineSpreadsheet';
import { chartOptionsOf } from '../../../scripts/playground/chartOptions';
import { chartViewOf } from '../../../scripts/playground/chartData';
import { serialOfMonth } from '../../../scripts/playground/page/chartScale';
import { instantOfSerial } from '../../../scripts/emulator/wallClock';

const ZONE = 'America/Sao_Paulo';

function spreadsheet() {
  const month = (m: number) => new Date(instantOfSerial(serialOfMonth(2024, m), ZONE));
  return openOfflineSpreadsheet(
    {
      Data: [
        ['Month', 'NPS', 'CI low', 'CI width'],
        [month(1), 10, 2, 16],
        [month(2), null, null, null],
        [month(3), -5, -20, 30],
        [null, null, null, null],
        ['', '', '', ''],
      ],
      Segments: [
        ['Segment', 'Customers'],
        ['Champions', 12],
        ['At risk', 'n/a'],
      ],
    },
    { name: 'Options', timeZone: ZONE },
  );
}

describe('EmulatedChartBuilder.setOption', () => {
  it('nests dotted names and merges objects into what was set before, as plain data', () => {
    const book = spreadsheet();
    const sheet = book.services.SpreadsheetApp.getActive().getSheetByName('Data');
    if (sheet === null) throw new Error('no sheet');
    const chart = sheet
      .newChart()
      .addRange(sheet.getRange('A1:D4'))
      .setOption('hAxis', { format: 'MMM yyyy', viewWindow: { min: 1 } })
      .setOption('hAxis.title', 'Month')
      .setOption('hAxis.viewWindow.max', 9)
      .setOption('series', { 1: { areaOpacity: 0 } })
      .setOption('series.1.type', 'area')
      .setOption('colors', ['#111111'])
      .setOption('colors', ['#222222', '#333333'])
      .setOption('when', new Date(Date.UTC(2024, 0, 1)))
      .build();
    sheet.insertChart(chart);
    expect(book.workbook.state(sheet.getSheetId()).charts[0].options).toEqual({
      hAxis: { format: 'MMM yyyy', viewWindow: { min: 1, max: 9 }, title: 'Month' },
      series: { 1: { areaOpacity: 0, type: 'area' } },
      colors: ['#222222', '#333333'],
      when: '2024-01-01T00:00:00.000Z',
    });
  });
});

describe('chartOptionsOf', () => {
  it('reads the Google Charts options the playground draws, with their defaults', () => {
    expect(chartOptionsOf({})).toEqual({
      legend: { position: 'right' },
      isStacked: false,
      seriesType: 'line',
      series: {},
      hAxis: { viewWindow: {}, slantedTextAngle: 30, textPosition: 'out' },
      vAxis: { viewWindow: {}, slantedTextAngle: 30, textPosition: 'out' },
      useFirstColumnAsDomain: true,
      treatLabelsAsText: false,
      interpolateNulls: false,
      chartArea: {},
    });
    const options = chartOptionsOf({
      title: 'NPS',
      isStacked: true,
      legend: { position: 'bottom', textStyle: { fontSize: 9 } },
      series: { 0: { type: 'line', lineWidth: 3 }, 2: { type: 'area', areaOpacity: 0.2, visibleInLegend: false } },
      hAxis: { format: 'MMM yyyy', slantedText: false, showTextEvery: 2 },
      vAxes: { 0: { title: 'NPS', viewWindow: { min: -100, max: 100 } } },
      lineDashStyle: [4, 4],
      chartArea: { width: '80%', left: 40 },
      bar: { groupWidth: '75%' },
    });
    expect(options).toMatchObject({
      title: 'NPS',
      isStacked: 'absolute',
      legend: { position: 'bottom' },
      series: { 0: { type: 'line', lineWidth: 3 }, 2: { type: 'area', areaOpacity: 0.2, visibleInLegend: false } },
      hAxis: { format: 'MMM yyyy', slantedText: false, showTextEvery: 2 },
      vAxis: { title: 'NPS', viewWindow: { min: -100, max: 100 } },
      chartArea: { width: '80%', left: 40 },
      barGroupWidth: '75%',
    });
  });

  it('ignores unknown options and values of the wrong type, as Sheets does', () => {
    const options = chartOptionsOf({
      title: 42,
      colors: ['#fff', 3],
      legend: 'sideways',
      isStacked: 'yes',
      series: { x: { type: 'line' }, 1: { type: 'pie', lineWidth: -2, areaOpacity: 4, color: 7 } },
      hAxis: { viewWindow: { min: 'low' }, slantedTextAngle: 0, gridlines: { count: 1 } },
      animation: { duration: 500 },
      curveType: 'function',
    });
    expect(options).toEqual(chartOptionsOf({}));
  });

  it('draws no vAxis.title, only vAxes.0.title: Sheets is reported to drop the first when set through the builder', () => {
    expect(chartOptionsOf({ vAxis: { title: 'dropped', format: '0%' } }).vAxis).toMatchObject({ format: '0%' });
    expect(chartOptionsOf({ vAxis: { title: 'dropped' } }).vAxis.title).toBeUndefined();
    expect(chartOptionsOf({ vAxes: { 0: { title: 'shown' } } }).vAxis.title).toBe('shown');
    expect(chartOptionsOf({ hAxis: { title: 'Month' } }).hAxis.title).toBe('Month');
  });
});

describe('chartViewOf', () => {
  it('reads dates in the first column as dates, the header row as the series names, blank cells as gaps', () => {
    const book = spreadsheet();
    const sheet = book.services.SpreadsheetApp.getActive().getSheetByName('Data');
    if (sheet === null) throw new Error('no sheet');
    sheet.getRange('A2:A4').setNumberFormat('mmm yyyy');
    // The range reaches past the table, as an open range or room to grow would: blank columns at its end are no series.
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:F6')).setOption('width', 640).build());
    const view = chartViewOf(book.workbook, book.workbook.state(sheet.getSheetId()).charts[0]);
    expect(view.domain).toEqual({
      kind: 'date',
      values: [serialOfMonth(2024, 1), serialOfMonth(2024, 2), serialOfMonth(2024, 3)],
      labels: ['Jan 2024', 'Feb 2024', 'Mar 2024'],
      format: 'mmm yyyy',
    });
    expect(view.series.map((s) => [s.name, s.values])).toEqual([
      ['NPS', [10, null, -5]],
      ['CI low', [2, null, -20]],
      ['CI width', [16, null, 30]],
    ]);
    expect([view.width, view.height]).toEqual([640, 371]);
  });

  it('takes the first row for a header when a column changes kind below it, unless setNumHeaders says', () => {
    const book = spreadsheet();
    const sheet = book.services.SpreadsheetApp.getActive().getSheetByName('Data');
    if (sheet === null) throw new Error('no sheet');
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('B2:D4')).build());
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).setNumHeaders(0).build());
    const [numbers, forced] = book.workbook
      .state(sheet.getSheetId())
      .charts.map((chart) => chartViewOf(book.workbook, chart));
    // Numbers only: no header, the first column is the domain.
    expect(numbers.domain).toMatchObject({ kind: 'number', values: [10, -5] });
    expect(numbers.series.map((s) => s.name)).toEqual(['Series 1', 'Series 2']);
    // setNumHeaders(0): the heading row is data, and the domain is text.
    expect(forced.domain.kind).toBe('text');
    expect(forced.domain.labels[0]).toBe('Month');
  });

  it('reads categories as text, and rows as series when transposed', () => {
    const book = spreadsheet();
    const app = book.services.SpreadsheetApp.getActive();
    const segments = app.getSheetByName('Segments');
    if (segments === null) throw new Error('no sheet');
    segments.insertChart(segments.newChart().addRange(segments.getRange('A1:B3')).build());
    segments.insertChart(
      segments.newChart().addRange(segments.getRange('A1:B3')).setTransposeRowsAndColumns(true).build(),
    );
    const [plain, transposed] = book.workbook
      .state(segments.getSheetId())
      .charts.map((chart) => chartViewOf(book.workbook, chart));
    expect(plain.domain).toMatchObject({ kind: 'text', labels: ['Champions', 'At risk'] });
    // Text in a series is no number: a gap, as Sheets leaves it.
    expect(plain.series).toEqual([{ name: 'Customers', values: [12, null] }]);
    expect(transposed.domain.labels).toEqual(['Customers']);
    expect(transposed.series.map((s) => [s.name, s.values])).toEqual([
      ['Champions', [12]],
      ['At risk', [null]],
    ]);
  });
});
