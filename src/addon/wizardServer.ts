/**
 * The server API the wizard sidebar calls with google.script.run: top-level
 * functions taking and returning plain JSON (src/wizard/wizardProtocol.ts).
 * Each reads every sheet it needs once with getValues(), and writes only to
 * the dashboard sheet the add-on created, under the document lock, building
 * it on a new sheet that replaces the old one only once it is complete.
 */

import type { CellValue } from '../input/cells';
import { dateReader, type ReaderContext } from '../input/cellReaders';
import { isBlank } from '../input/cells';
import { format, isLanguage, type Language, languageOfLocale } from '../i18n/language';
import { isoDateOfDay } from '../time/civilDays';
import type { TimeZone } from '../time/timeZone';
import { columnLetters } from '../wizard/a1';
import { CURRENCY_CODES } from '../wizard/currencies';
import { checkDataHealth, type DataProblem } from '../wizard/dataHealth';
import { dashboardBlocks, type FunctionCall, type SettingId, type Translate } from '../wizard/dashboardBlocks';
import { type DashboardSheet, layoutDashboard } from '../wizard/dashboardLayout';
import { detectHeaderRow } from '../wizard/detectHeaderRow';
import { type CallResult, evaluateCall } from '../wizard/evaluateCall';
import { DATE_ROLES, proposeRoles, WIZARD_ROLES } from '../wizard/proposeRoles';
import { WizardError } from '../wizard/wizardError';
import { metricAvailability } from '../wizard/wizardMetrics';
import type {
  DashboardInfo,
  DashboardOutcome,
  DataCheck,
  SheetInspection,
  WizardStart,
} from '../wizard/wizardProtocol';
import {
  defaultOptions,
  parseSources,
  parseWizardSettings,
  type SheetMapping,
  type WizardSettings,
} from '../wizard/wizardSettings';
import { appsScript, type SheetApi, type SpreadsheetApi } from './appsScriptApi';
import { writeDashboard } from './dashboardWriter';
import { probeArgumentSeparator } from './formulaSyntax';
import type { ArgumentSeparator } from '../input/sheetsLocales';
import { spreadsheetNumberFormat, spreadsheetTimeZone } from './spreadsheetTimeZone';

const SETTINGS_PROPERTY = 'loyaltyMetrics.wizardSettings';
const DASHBOARD_PROPERTY = 'loyaltyMetrics.dashboard';
/**
 * Developer metadata the add-on puts on the dashboard sheet it creates. The
 * add-on replaces or deletes a sheet only when it carries this mark (and is
 * the one the document's properties name), so a stored id that points at a
 * person's own sheet (a copied document, a hand-edited property) can never
 * make it delete that sheet.
 */
export const DASHBOARD_MARKER = 'loyaltyMetrics.dashboardSheet';
const LANGUAGE_PROPERTY = 'loyaltyMetrics.language';
const PREVIEW_ROWS = 5;
const LOCK_WAIT_MS = 10_000;

interface StoredDashboard extends DashboardInfo {
  readonly sheetId: number;
}

// Language --------------------------------------------------------------------------------

/** The person's choice in the sidebar, else their account's locale. */
export function userLanguage(): Language {
  const chosen = appsScript.propertiesService().getUserProperties().getProperty(LANGUAGE_PROPERTY);
  return isLanguage(chosen) ? chosen : languageOfLocale(appsScript.session().getActiveUserLocale());
}

/** Runs a server function; a WizardError becomes an Error whose message is in the person's language. */
function speaking<T>(language: () => Language, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (!(error instanceof WizardError)) throw error;
    const lang = language();
    const parameters = Object.fromEntries(
      Object.entries(error.parameters).map(([name, value]) => [
        name,
        typeof value === 'object' ? format(lang, value.message) : value,
      ]),
    );
    throw new Error(format(lang, error.key, parameters), { cause: error });
  }
}

// Reading sheets --------------------------------------------------------------------------

interface SheetData {
  readonly sheet: SheetApi;
  /** Rows 1 to the last row, columns 1 to the last column, read once. */
  readonly values: readonly (readonly CellValue[])[];
}

function readSheet(spreadsheet: SpreadsheetApi, name: string): SheetData {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) throw new WizardError('error.sheetMissing', { sheet: name });
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  const values = rows === 0 || columns === 0 ? [] : sheet.getRange(1, 1, rows, columns).getValues();
  return { sheet, values };
}

/** One column's cells from a 1-based row down, as a column range argument. */
function columnCells(data: SheetData, column: number, firstRow: number): CellValue[][] {
  const cells: CellValue[][] = [];
  for (let r = firstRow - 1; r < data.values.length; r++) cells.push([data.values[r][column - 1] ?? '']);
  return cells;
}

const headingAt = (data: SheetData, headerRow: number, column: number): string =>
  headerRow === 0 ? '' : String(data.values[headerRow - 1]?.[column - 1] ?? '').trim();

/**
 * The mapping with each column found again by its heading when columns have
 * moved since it was saved; a heading that is gone is an error naming it.
 */
function relocate(mapping: SheetMapping, data: SheetData): SheetMapping {
  if (mapping.headerRow === 0) return mapping;
  const headings = (data.values[mapping.headerRow - 1] ?? []).map((cell) => String(cell ?? '').trim());
  const roles: SheetMapping['roles'] = Object.fromEntries(
    Object.entries(mapping.roles).map(([role, ref]) => {
      if (ref.heading === '' || headings[ref.column - 1] === ref.heading) return [role, ref];
      const moved = headings.indexOf(ref.heading);
      if (moved === -1) throw new WizardError('error.columnMissing', { column: ref.heading, sheet: mapping.sheet });
      return [role, { column: moved + 1, heading: ref.heading }];
    }),
  );
  return { ...mapping, roles };
}

function latestDay(mapping: SheetMapping, data: SheetData, context: ReaderContext): number | undefined {
  const reader = dateReader(context);
  let latest: number | undefined;
  for (const role of DATE_ROLES) {
    const ref = mapping.roles[role];
    if (ref === undefined) continue;
    for (let r = mapping.headerRow; r < data.values.length; r++) {
      const cell = data.values[r][ref.column - 1];
      if (isBlank(cell)) continue;
      try {
        const day = reader.read(cell as Exclude<CellValue, null | undefined>);
        if (day !== undefined && (latest === undefined || day > latest)) latest = Math.floor(day);
      } catch {
        // Not a date: the data-health check reports it.
      }
    }
  }
  return latest;
}

function savedSettings(): WizardSettings | null {
  const saved = appsScript.propertiesService().getDocumentProperties().getProperty(SETTINGS_PROPERTY);
  if (saved === null) return null;
  try {
    return parseWizardSettings(JSON.parse(saved));
  } catch {
    return null;
  }
}

/** The add-on's dashboard sheet: the one the document's properties name, if it carries the add-on's mark. */
function storedDashboard(spreadsheet: SpreadsheetApi): { info: StoredDashboard; sheet: SheetApi } | null {
  const info = parseStoredDashboard(
    appsScript.propertiesService().getDocumentProperties().getProperty(DASHBOARD_PROPERTY),
  );
  if (info === null) return null;
  const sheet = spreadsheet.getSheets().find((s) => s.getSheetId() === info.sheetId);
  return sheet === undefined || !isMarked(sheet) ? null : { info, sheet };
}

function isMarked(sheet: SheetApi): boolean {
  return sheet.getDeveloperMetadata().some((metadata) => metadata.getKey() === DASHBOARD_MARKER);
}

/** The stored record of the last build, or null when it is missing or not of the expected shape. */
function parseStoredDashboard(stored: string | null): StoredDashboard | null {
  if (stored === null) return null;
  try {
    const value = JSON.parse(stored) as Partial<StoredDashboard> | null;
    if (value === null || typeof value !== 'object' || typeof value.sheetId !== 'number') return null;
    return {
      sheetId: value.sheetId,
      sheet: typeof value.sheet === 'string' ? value.sheet : '',
      mode: value.mode === 'snapshot' ? 'snapshot' : 'live',
      computedOn: typeof value.computedOn === 'string' ? value.computedOn : '',
    };
  } catch {
    return null;
  }
}

// The API (interim fields on the sidebar branch: looksLikeData, benchmarkSegments, firstDate, suggested,
// failures and notices are the lead's; this file is replaced by the lead's server at merge) ---------------------------------------------------------------------------------

export function wizardStart(): WizardStart {
  const language = userLanguage();
  const spreadsheet = appsScript.spreadsheetApp().getActive();
  const dashboard = storedDashboard(spreadsheet);
  const sheets = spreadsheet
    .getSheets()
    .filter((sheet) => sheet.getSheetId() !== dashboard?.info.sheetId)
    .map((sheet) => ({ name: sheet.getName(), rows: sheet.getLastRow(), looksLikeData: true }));
  const saved = savedSettings();
  return {
    language,
    sheets,
    activeSheet: spreadsheet.getActiveSheet().getName(),
    saved,
    defaults: defaultOptions(saved?.language ?? language),
    currencies: CURRENCY_CODES,
    benchmarkSegments: [],
    dashboard:
      dashboard === null
        ? null
        : { sheet: dashboard.sheet.getName(), mode: dashboard.info.mode, computedOn: dashboard.info.computedOn },
  };
}

export function wizardSetLanguage(language: unknown): void {
  if (!isLanguage(language)) return;
  appsScript.propertiesService().getUserProperties().setProperty(LANGUAGE_PROPERTY, language);
}

export function wizardInspectSheet(name: unknown): SheetInspection {
  return speaking(userLanguage, () => {
    const spreadsheet = appsScript.spreadsheetApp().getActive();
    const data = readSheet(spreadsheet, String(name));
    const header = detectHeaderRow(data.values.slice(0, 10));
    const headerRow = header + 1;
    const width = Math.max(0, ...data.values.slice(0, 50).map((row) => row.length));
    const columns = Array.from({ length: width }, (_, c) => ({
      heading: headingAt(data, headerRow, c + 1),
      cells: columnCells(data, c + 1, headerRow + 1).map((row) => row[0]),
    }));
    let roles = proposeRoles(columns);
    let fromSaved = false;
    const saved = savedSettings()?.sources.find((s) => s.sheet === data.sheet.getName());
    if (saved !== undefined) {
      try {
        const found = relocate(saved, data);
        roles = columns.map((_, c) => WIZARD_ROLES.find((role) => found.roles[role]?.column === c + 1) ?? null);
        fromSaved = true;
      } catch {
        // A saved column is gone: fall back to the fresh proposal.
      }
    }
    const previewRows = Math.min(PREVIEW_ROWS, data.values.length - headerRow);
    const preview =
      previewRows > 0 && width > 0 ? data.sheet.getRange(headerRow + 1, 1, previewRows, width).getDisplayValues() : [];
    return {
      sheet: data.sheet.getName(),
      headerRow,
      lastRow: data.values.length,
      columns: columns.map((column, c) => ({
        column: c + 1,
        letter: columnLetters(c + 1),
        heading: column.heading,
        role: roles[c],
      })),
      preview,
      fromSaved,
    };
  });
}

export function wizardCheckData(sources: unknown): DataCheck {
  return speaking(userLanguage, () => {
    const mappings = parseSources(sources);
    const spreadsheet = appsScript.spreadsheetApp().getActive();
    const zone = spreadsheetTimeZone();
    const readers: ReaderContext = { timeZone: () => zone, numberFormat: spreadsheetNumberFormat };
    const problems: DataProblem[] = [];
    let latest: number | undefined;
    const mapped = mappings.map((source) => {
      const data = readSheet(spreadsheet, source.sheet);
      const mapping = relocate(source, data);
      const columns = WIZARD_ROLES.flatMap((role) => {
        const ref = mapping.roles[role];
        if (ref === undefined) return [];
        const name = ref.heading || columnLetters(ref.column);
        return [{ role, name, cells: columnCells(data, ref.column, mapping.headerRow + 1).map((row) => row[0]) }];
      });
      problems.push(...checkDataHealth(mapping.sheet, columns, mapping.headerRow + 1, readers));
      const day = latestDay(mapping, data, readers);
      if (day !== undefined && (latest === undefined || day > latest)) latest = day;
      return { sheet: mapping.sheet, roles: new Set(columns.map((c) => c.role)) };
    });
    return {
      problems,
      metrics: metricAvailability(mapped),
      firstDate: '',
      latestDate: latest === undefined ? '' : isoDateOfDay(latest),
      suggested: { subscriptionRevenue: null },
    };
  });
}

export function wizardCreateDashboard(input: unknown): DashboardOutcome {
  return speaking(userLanguage, () => buildDashboard(parseWizardSettings(input)));
}

export function wizardRefreshDashboard(): DashboardOutcome {
  return speaking(userLanguage, () => {
    const settings = savedSettings();
    if (settings === null) throw new WizardError('error.noSettings');
    return buildDashboard(settings);
  });
}

/** Shows the dashboard sheet (the sidebar's link), without reloading the spreadsheet. */
export function wizardOpenDashboard(): void {
  const spreadsheet = appsScript.spreadsheetApp().getActive();
  storedDashboard(spreadsheet)?.sheet.activate();
}

// Building --------------------------------------------------------------------------------

/** "2026-11-24 14:05" on the spreadsheet's clock. */
function localTime(ms: number, zone: TimeZone): string {
  const day = zone.localDayOf(ms);
  const minutes = Math.floor((day - Math.floor(day)) * 1440 + 1e-6);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${isoDateOfDay(Math.floor(day))} ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

function buildDashboard(requested: WizardSettings): DashboardOutcome {
  const lock = appsScript.lockService().getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new WizardError('error.busy');
  try {
    const spreadsheet = appsScript.spreadsheetApp().getActive();
    const zone = spreadsheetTimeZone();
    const numberFormat = spreadsheetNumberFormat();
    const readers: ReaderContext = { timeZone: () => zone, numberFormat: () => numberFormat };
    const { language, mode, options } = requested;
    const t: Translate = (key, parameters) => format(language, key, parameters);

    const data = new Map<string, SheetData>();
    const sources = requested.sources.map((source) => {
      const sheetData = readSheet(spreadsheet, source.sheet);
      data.set(source.sheet, sheetData);
      return relocate(source, sheetData);
    });
    const settings: WizardSettings = { ...requested, sources };
    const blocks = dashboardBlocks(settings, {
      t,
      latestDay: (sheet) => {
        const source = sources.find((s) => s.sheet === sheet);
        return source === undefined ? undefined : latestDay(source, data.get(sheet) as SheetData, readers);
      },
    });
    if (blocks.kpis.length === 0 && blocks.tables.length === 0) throw new WizardError('error.nothingToDo');

    const settingValue = (id: SettingId): CellValue => {
      const setting = blocks.settings.find((s) => s.id === id);
      if (setting === undefined) return '';
      return setting.kind === 'date' ? zone.dateOfLocalDay(setting.value) : setting.value;
    };
    const columns = new Map<string, CellValue[][]>();
    const results = new Map<string, CallResult>();
    const result = (call: FunctionCall): CallResult => {
      const key = JSON.stringify(call);
      let found = results.get(key);
      if (found === undefined) {
        found = evaluateCall(call, {
          column: (sheet, column, firstRow) => {
            const columnKey = `${sheet}\u0000${column}\u0000${firstRow}`;
            let cells = columns.get(columnKey);
            if (cells === undefined) {
              cells = columnCells(data.get(sheet) as SheetData, column, firstRow);
              columns.set(columnKey, cells);
            }
            return cells;
          },
          setting: settingValue,
          timeZone: () => zone,
          numberFormat: () => numberFormat,
        });
        results.set(key, found);
      }
      return found;
    };

    const now = Date.now();
    const sheetList = blocks.sheets.join(', ');
    const title = t('dashboard.title');
    const layoutOn = (argumentSeparator: ArgumentSeparator) =>
      layoutDashboard({
        blocks,
        result,
        mode,
        title,
        note:
          mode === 'live'
            ? t('dashboard.live', { sheets: sheetList })
            : t('dashboard.snapshot', { time: localTime(now, zone), sheets: sheetList }),
        keyNumbersHeading: t('dashboard.keyNumbers'),
        settingsHeading: t('dashboard.settings'),
        currency: options.currency,
        zone,
        argumentSeparator,
      });

    let layout: DashboardSheet | undefined;
    const sheet = replaceDashboard(spreadsheet, title, (fresh) => {
      // Formulas in the spreadsheet's own syntax, asked of the spreadsheet itself on the new sheet.
      const separator = mode === 'live' ? probeArgumentSeparator(fresh, spreadsheet.getSpreadsheetLocale()) : ',';
      layout = layoutOn(separator);
      writeDashboard(fresh, layout);
    });
    const written = layout as DashboardSheet;
    const computedOn = new Date(now).toISOString();
    const stored: StoredDashboard = { sheetId: sheet.getSheetId(), sheet: sheet.getName(), mode, computedOn };
    appsScript
      .propertiesService()
      .getDocumentProperties()
      .setProperties({ [SETTINGS_PROPERTY]: JSON.stringify(settings), [DASHBOARD_PROPERTY]: JSON.stringify(stored) });
    return {
      sheet: sheet.getName(),
      mode,
      computedOn,
      url: `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`,
      currency: options.currency,
      headline: written.headline,
      failures: [],
      notices: [],
    };
  } finally {
    lock.releaseLock();
  }
}

/**
 * Writes the dashboard on a new sheet, in the old one's place, and only then
 * removes the old one: a failure halfway leaves the previous dashboard as it
 * was (and no half-written sheet). Only the sheet the add-on created (known
 * by its id) is ever replaced; a person's own sheet that happens to have the
 * same name is left alone and the dashboard takes another name.
 */
function replaceDashboard(spreadsheet: SpreadsheetApi, title: string, write: (sheet: SheetApi) => void): SheetApi {
  const previous = storedDashboard(spreadsheet)?.sheet;
  const position = previous === undefined ? spreadsheet.getSheets().length : previous.getIndex() - 1;
  const fresh = spreadsheet.insertSheet(freeName(spreadsheet, `${title} (…)`, previous), position);
  try {
    fresh.addDeveloperMetadata(DASHBOARD_MARKER, 'dashboard');
    write(fresh);
  } catch (error) {
    spreadsheet.deleteSheet(fresh);
    throw error;
  }
  if (previous !== undefined) spreadsheet.deleteSheet(previous);
  fresh.setName(freeName(spreadsheet, title, fresh));
  fresh.activate();
  return fresh;
}

/** The name, or the name with (2), (3)... when another sheet (not `ours`) has it. */
function freeName(spreadsheet: SpreadsheetApi, name: string, ours: SheetApi | undefined): string {
  const taken = new Set(
    spreadsheet
      .getSheets()
      .filter((sheet) => ours === undefined || sheet.getSheetId() !== ours.getSheetId())
      .map((sheet) => sheet.getName()),
  );
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
  return candidate;
}
