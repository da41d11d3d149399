/**
 * The playground: an offline stand-in for Google Sheets in the browser. It
 * serves the example workbook (or any offline spreadsheet) with the add-on
 * installed: sheet tabs, a grid of values, the add-on menu onOpen built, and
 * the add-on's own dist/Sidebar.html in a 300 px panel, talking to the bundle
 * through google.script.run. What the add-on writes appears in the grid.
 *
 * State lives in memory and resets when the server restarts.
 */

import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { coffeeShopWorkbook } from '../../examples/coffeeShop';
import { parseA1 } from '../emulator/a1Notation';
import { gradientColors } from '../emulator/conditionalFormat';
import { formatCellValue } from '../emulator/numberFormat';
import { type OfflineSpreadsheet, openOfflineSpreadsheet } from '../emulator/offlineSpreadsheet';
import { localizeFormula } from '../emulator/formulaText';
import { argumentSeparatorOf, numberFormatOf } from '../../src/input/sheetsLocales';
import { ScriptBridge } from '../emulator/scriptBridge';
import type { CellInput, Workbook } from '../emulator/workbook';
import { writeXlsx, type XlsxCell } from '../emulator/xlsx';
import { ROOT } from '../lib/paths';
import { blockOf, chartViewOf } from './chartData';
import type { CellView, CellsView, SheetSummary, WorkbookView } from './protocol';

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** The spreadsheet to serve; the example workbook when left out. */
  readonly spreadsheet?: OfflineSpreadsheet;
  /** Delay of each google.script.run call, to mimic Apps Script's round trip. */
  readonly latencyMs?: number;
}

export interface Playground {
  readonly url: string;
  readonly spreadsheet: OfflineSpreadsheet;
  readonly bridge: ScriptBridge;
  close(): Promise<void>;
}

const ADDON_MENU_TITLE = 'Loyalty Metrics';
const MIN_ROWS = 60;
const MIN_COLUMNS = 14;

/**
 * The example workbook ("Bean There" coffee shop) with the add-on installed,
 * in a spreadsheet of the given locale (en_US unless said; its own formulas
 * are then written in that locale's syntax, as a person there would type them).
 */
export function openExampleSpreadsheet(
  options: { readonly userLocale?: string; readonly locale?: string } = {},
): OfflineSpreadsheet {
  const locale = options.locale ?? 'en_US';
  const localized = (formula: string | number) =>
    typeof formula === 'string'
      ? localizeFormula(formula, argumentSeparatorOf(locale), numberFormatOf(locale).decimal)
      : formula;
  const example = coffeeShopWorkbook();
  const sheets: Record<string, CellInput[][]> = {};
  // Numbers the export wrote as text ("$24.00") are written the locale's way ("$24,00" in de_DE).
  const decimal = numberFormatOf(locale).decimal;
  const text = (cell: CellInput): CellInput =>
    typeof cell === 'string' && decimal === ',' && /^\$?\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell;
  for (const [name, rows] of Object.entries(example.sheets)) {
    const cells: CellInput[][] = rows.map((row) => row.map(text));
    for (const [address, formula] of Object.entries(example.formulas[name] ?? {})) {
      const { startRow, startColumn } = parseA1(address);
      while (cells.length < startRow) cells.push([]);
      const row = cells[startRow - 1];
      while (row.length < startColumn) row.push(null);
      row[startColumn - 1] = localized(formula);
    }
    sheets[name] = cells;
  }
  const spreadsheet = openOfflineSpreadsheet(sheets, {
    name: 'Bean There (example)',
    timeZone: 'Europe/Amsterdam',
    userLocale: options.userLocale,
    locale,
  });
  const app = spreadsheet.services.SpreadsheetApp.getActive();
  for (const [sheetName, formats] of Object.entries(example.formats)) {
    for (const [range, format] of Object.entries(formats))
      app.getRange(`${sheetName}!${range}`).setNumberFormat(format);
  }
  const summary = app.getSheetByName('Summary');
  summary?.setColumnWidth(1, 170);
  summary?.activate();
  return spreadsheet;
}

async function pageAssets(): Promise<{ script: string; styles: string; page: string; shim: string }> {
  const bundle = (entry: string) =>
    build({
      entryPoints: [resolve(ROOT, entry)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      logLevel: 'warning',
    }).then((result) => result.outputFiles[0].text);
  const [script, shim] = await Promise.all([
    bundle('scripts/playground/page/main.ts'),
    bundle('scripts/playground/googleScriptShim.ts'),
  ]);
  return {
    script,
    shim,
    styles: readFileSync(resolve(ROOT, 'scripts/playground/page/styles.css'), 'utf8'),
    page: readFileSync(resolve(ROOT, 'scripts/playground/page/index.html'), 'utf8'),
  };
}

/**
 * The page the add-on showed (a sidebar or dialog), with the google.script
 * client included first in its head, as Apps Script includes its own. The
 * add-on's HTML itself is unchanged.
 */
export function withScriptClient(html: string): string {
  const tag = '<script src="/google-script.js"></script>';
  const head = /<head[^>]*>/i.exec(html);
  if (head !== null) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const spreadsheet = options.spreadsheet ?? openExampleSpreadsheet();
  const bridge = new ScriptBridge(spreadsheet, { latencyMs: options.latencyMs });
  const assets = await pageAssets();
  const { workbook, ui } = spreadsheet;
  const streams = new Set<ServerResponse>();

  let announce: NodeJS.Timeout | undefined;
  const changed = () => {
    announce ??= setTimeout(() => {
      announce = undefined;
      for (const stream of streams)
        stream.write(`data: ${JSON.stringify({ version: workbook.version + ui.events.length * 1e9 })}\n\n`);
    }, 30);
  };
  const unsubscribe = [workbook.onChange(changed), ui.onEvent(changed)];
  const results = new ResultStreams();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, 'text/plain', `playground error: ${error instanceof Error ? error.stack : String(error)}`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (request.method === 'GET' && path === '/') return send(response, 200, 'text/html; charset=utf-8', assets.page);
    if (request.method === 'GET' && path === '/playground.js')
      return send(response, 200, 'text/javascript; charset=utf-8', assets.script);
    if (request.method === 'GET' && path === '/playground.css')
      return send(response, 200, 'text/css; charset=utf-8', assets.styles);
    if (request.method === 'GET' && path === '/api/workbook') return sendJson(response, workbookView(spreadsheet));
    if (request.method === 'GET' && path === '/api/events') return openStream(request, response);
    const cells = /^\/api\/sheets\/(\d+)\/cells$/.exec(path);
    if (request.method === 'GET' && cells !== null) {
      const from = Number(url.searchParams.get('from') ?? 0);
      const count = Math.min(500, Number(url.searchParams.get('count') ?? 100));
      return sendJson(response, cellsView(workbook, Number(cells[1]), from, count));
    }
    const activate = /^\/api\/sheets\/(\d+)\/activate$/.exec(path);
    if (request.method === 'POST' && activate !== null) {
      workbook.activate(Number(activate[1]));
      return sendJson(response, { ok: true });
    }
    if (request.method === 'POST' && path === '/api/menu') {
      const { functionName } = JSON.parse(await readBody(request)) as { functionName: string };
      if (!ui.menu?.items.some((item) => item.functionName === functionName))
        return sendJson(response, { ok: false, message: 'No such menu item.' });
      try {
        spreadsheet.execute(functionName);
        return sendJson(response, { ok: true });
      } catch (error) {
        return sendJson(response, { ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    }
    const close = /^\/api\/ui\/(\d+)\/close$/.exec(path);
    if (request.method === 'POST' && close !== null) {
      ui.close(Number(close[1]));
      return sendJson(response, { ok: true });
    }
    const page = /^\/ui\/(\d+)$/.exec(path);
    if (request.method === 'GET' && page !== null) {
      const event = ui.events.find((e) => e.id === Number(page[1]));
      if (event?.html === undefined) return send(response, 404, 'text/plain', 'no such window');
      return send(response, 200, 'text/html; charset=utf-8', withScriptClient(event.html));
    }
    if (request.method === 'GET' && path === '/google-script.js') {
      const functions = `window.__APPS_SCRIPT_FUNCTIONS__ = ${JSON.stringify(bridge.callableFunctions())};\n`;
      return send(response, 200, 'text/javascript; charset=utf-8', functions + assets.shim);
    }
    if (request.method === 'GET' && path === '/google-script/results') {
      return results.open(url.searchParams.get('page') ?? '', request, response);
    }
    if (request.method === 'POST' && path === '/google-script/run') {
      const body = JSON.parse(await readBody(request)) as {
        pageId: string;
        callId: number;
        functionName: string;
        args: unknown[];
      };
      // Answered at once; the result follows on the page's results stream.
      sendJson(response, { accepted: true });
      results.deliver(body.pageId, body.callId, await bridge.run(body));
      return;
    }
    if (request.method === 'GET' && path === '/download.xlsx') {
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${workbook.name.replace(/[^\w .()-]/g, '')}.xlsx"`,
      });
      response.end(xlsxOf(workbook));
      return;
    }
    send(response, 404, 'text/plain', 'not found');
  }

  function openStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    response.write(`data: ${JSON.stringify({ version: workbook.version })}\n\n`);
    streams.add(response);
    request.on('close', () => streams.delete(response));
  }

  await new Promise<void>((done) => server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    spreadsheet,
    bridge,
    close: async () => {
      unsubscribe.forEach((stop) => stop());
      for (const stream of streams) stream.end();
      results.closeAll();
      clearTimeout(announce);
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/**
 * One event stream per page for google.script.run results; results that are
 * ready before the page's stream connects wait for it.
 */
class ResultStreams {
  private readonly streams = new Map<string, ServerResponse>();
  private readonly waiting = new Map<string, string[]>();

  open(pageId: string, request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.streams.set(pageId, response);
    for (const message of this.waiting.get(pageId) ?? []) response.write(message);
    this.waiting.delete(pageId);
    request.on('close', () => {
      if (this.streams.get(pageId) === response) this.streams.delete(pageId);
    });
  }

  deliver(pageId: string, callId: number, response: unknown): void {
    const message = `data: ${JSON.stringify({ callId, response })}\n\n`;
    const stream = this.streams.get(pageId);
    if (stream !== undefined) stream.write(message);
    else this.waiting.set(pageId, [...(this.waiting.get(pageId) ?? []), message]);
  }

  closeAll(): void {
    for (const stream of this.streams.values()) stream.end();
    this.streams.clear();
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function sendJson(response: ServerResponse, body: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// Views of the workbook ------------------------------------------------------------------

export function workbookView(spreadsheet: OfflineSpreadsheet): WorkbookView {
  const { workbook, ui } = spreadsheet;
  const open = (kind: 'sidebar' | 'dialog') => {
    const event = [...ui.events].reverse().find((e) => e.kind === kind);
    return event !== undefined && (kind === 'sidebar' ? ui.openSidebar()?.id === event.id : !ui.isClosed(event.id))
      ? { id: event.id, title: event.title, width: event.width, height: event.height }
      : null;
  };
  return {
    name: workbook.name,
    timeZone: workbook.timeZone,
    version: workbook.version,
    activeSheetId: workbook.activeSheet,
    sheets: workbook.orderedSheetIds().map((id) => sheetSummary(workbook, id)),
    menu: ui.menu === undefined ? null : { title: ADDON_MENU_TITLE, items: ui.menu.items },
    sidebar: open('sidebar'),
    dialog: open('dialog'),
    toast: toastView(ui),
  };
}

function toastView(ui: OfflineSpreadsheet['ui']): WorkbookView['toast'] {
  const toast = ui.openToast();
  return toast === undefined
    ? null
    : { id: toast.id, title: toast.title, message: toast.message ?? '', remainingMs: ui.remainingMs(toast) };
}

function sheetSummary(workbook: Workbook, id: number): SheetSummary {
  const state = workbook.state(id);
  return {
    id,
    name: workbook.sheetName(id),
    rows: Math.max(MIN_ROWS, workbook.lastRow(id) + 20),
    columns: Math.max(MIN_COLUMNS, workbook.lastColumn(id) + 2),
    frozenRows: state.frozenRows,
    columnWidths: Object.fromEntries(state.columnWidths),
    rightToLeft: state.rightToLeft,
  };
}

export function cellsView(workbook: Workbook, sheetId: number, from: number, count: number): CellsView {
  const columns = Math.max(MIN_COLUMNS, workbook.lastColumn(sheetId) + 2);
  const values = workbook.values(sheetId, from, 0, count, columns);
  const formulas = workbook.formulas(sheetId, from, 0, count, columns);
  const ruleColours = conditionalColours(workbook, sheetId);
  const rows = values.map((cells, r) =>
    cells.map((value, c): CellView => {
      const row = from + r;
      const style = workbook.styleAt(sheetId, row, c);
      const error = typeof value === 'string' && value.startsWith('#') ? workbook.errorAt(sheetId, row, c) : undefined;
      const view: Record<string, unknown> = {
        text: error?.error ?? formatCellValue(value, style?.numberFormat, workbook.timeZone),
        formula: formulas[r][c] || undefined,
        error: error?.message,
        numeric: typeof value === 'number' || value instanceof Date || undefined,
        bold: style?.bold,
        color: style?.fontColor,
        background: ruleColours.get(`${row},${c}`) ?? style?.background,
        align: style?.align,
      };
      return Object.fromEntries(Object.entries(view).filter(([, v]) => v !== undefined)) as unknown as CellView;
    }),
  );
  return {
    sheetId,
    version: workbook.version,
    from,
    rows,
    charts: workbook.state(sheetId).charts.map((chart) => chartViewOf(workbook, chart)),
  };
}

function conditionalColours(workbook: Workbook, sheetId: number): Map<string, string> {
  const colours = new Map<string, string>();
  for (const rule of workbook.state(sheetId).rules) {
    const cells = rule.ranges.flatMap((a1) => {
      const at = blockOf(workbook, a1);
      if (at === undefined) return [];
      return workbook
        .values(at.sheetId, at.row, at.column, at.rows, at.columns)
        .flatMap((row, r) => row.map((value, c) => ({ key: `${at.row + r},${at.column + c}`, value })));
    });
    for (const [key, colour] of gradientColors(rule, cells)) colours.set(key, colour);
  }
  return colours;
}

function xlsxOf(workbook: Workbook): Buffer {
  const sheets = workbook.orderedSheetIds().map((id) => {
    const state = workbook.state(id);
    const cells: XlsxCell[] = [];
    workbook.sheetValues(id).forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = workbook.formulas(id, r, c, 1, 1)[0][0] || undefined;
        const error =
          typeof value === 'string' && value.startsWith('#') ? workbook.errorAt(id, r, c)?.error : undefined;
        if (value === '' && formula === undefined) return;
        cells.push({ row: r, col: c, value, formula, error, numberFormat: workbook.styleAt(id, r, c)?.numberFormat });
      }),
    );
    return {
      name: workbook.sheetName(id),
      cells,
      frozenRows: state.frozenRows,
      columnWidths: Object.fromEntries(state.columnWidths),
    };
  });
  return writeXlsx({ sheets, timeZone: workbook.timeZone });
}
