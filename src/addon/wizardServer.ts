/**
 * The server API the wizard sidebar calls with google.script.run
 * (src/wizard/wizardProtocol.ts names each function, what it takes and
 * returns): a thin layer of reads and writes. Each call reads every sheet it
 * needs once with getValues(); everything between reading and writing is in
 * src/wizard (what a sheet looks like, the data check, the facts, the
 * dashboard and its layout). It writes only to dashboard sheets the add-on
 * created and marked, under the document lock, building each on a new sheet
 * that replaces the old one only once it is complete.
 */

import { segmentsComparableWith } from '../benchmarks/benchmarkLookup';
import { CATALOG } from '../catalog';
import { formatDateTime } from '../i18n/formatTime';
import { format, isLanguage, type Language, languageOfLocale } from '../i18n/language';
import type { ReaderContext } from '../input/cellReaders';
import type { ColumnRole } from '../input/headings';
import type { ArgumentSeparator } from '../input/sheetsLocales';
import { isoDateOfDay } from '../time/civilDays';
import { columnLetters } from '../wizard/a1';
import { layoutPrepared, prepareDashboard } from '../wizard/buildDashboard';
import { CURRENCY_CODES } from '../wizard/currencies';
import type { Translate } from '../wizard/dashboardBlocks';
import type { DashboardSheet } from '../wizard/dashboardLayout';
import { checkDataHealth, type DataProblem } from '../wizard/dataHealth';
import { factsOf, matchedCustomers } from '../wizard/dataFacts';
import { detectHeaderRow } from '../wizard/detectHeaderRow';
import { proposeRoles, WIZARD_ROLES } from '../wizard/proposeRoles';
import { looksLikeData } from '../wizard/sheetKinds';
import { columnCells, headingAt, relocate, type SheetValues } from '../wizard/sheetValues';
import { parseStoredDashboard, type StoredDashboard } from '../wizard/storedDashboard';
import { WizardError } from '../wizard/wizardError';
import { metricAvailability } from '../wizard/wizardMetrics';
import type {
  DashboardOutcome,
  DataCheck,
  ExistingDashboardChoice,
  SheetInspection,
  SqlPanel,
  WizardStart,
} from '../wizard/wizardProtocol';
import { parseSqlRequest, warehouseSql } from '../wizard/warehouseSql';
import {
  defaultOptions,
  parseSources,
  parseWizardSettings,
  type SheetMapping,
  type WizardSettings,
} from '../wizard/wizardSettings';
import { appsScript, type SheetApi, type SpreadsheetApi } from './appsScriptApi';
import { writeDashboard } from './dashboardWriter';
import { documentStore } from './documentStore';
import { probeArgumentSeparator } from './formulaSyntax';
import { spreadsheetNumberFormat, spreadsheetTimeZone } from './spreadsheetTimeZone';

const SETTINGS_PROPERTY = 'loyaltyMetrics.wizardSettings';
const DASHBOARD_PROPERTY = 'loyaltyMetrics.dashboard';
/**
 * Developer metadata the add-on puts on each dashboard sheet it creates. The
 * add-on replaces or deletes a sheet only when it carries this mark (and is
 * the one the document's properties name), so a stored id that points at a
 * person's own sheet (a copied document, a hand-edited property) can never
 * make it delete that sheet.
 */
export const DASHBOARD_MARKER = 'loyaltyMetrics.dashboardSheet';
const LANGUAGE_PROPERTY = 'loyaltyMetrics.language';
const PREVIEW_ROWS = 5;
/** The rows of a sheet read to tell whether it looks like data. */
const SAMPLE_ROWS = 30;
const LOCK_WAIT_MS = 10_000;
const FUNCTION_NAMES: ReadonlySet<string> = new Set(CATALOG.map((spec) => spec.name));

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

// Reading ---------------------------------------------------------------------------------

interface SheetData {
  readonly sheet: SheetApi;
  readonly values: SheetValues;
}

function readSheet(spreadsheet: SpreadsheetApi, name: string): SheetData {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) throw new WizardError('error.sheetMissing', { sheet: name });
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  const values = rows === 0 || columns === 0 ? [] : sheet.getRange(1, 1, rows, columns).getValues();
  return { sheet, values };
}

/** The spreadsheet's time zone and number format, read once, as the cell readers take them. */
function readerContext(): ReaderContext {
  const zone = spreadsheetTimeZone();
  const numberFormat = spreadsheetNumberFormat();
  return { timeZone: () => zone, numberFormat: () => numberFormat };
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

const isMarked = (sheet: SheetApi): boolean =>
  sheet.getDeveloperMetadata().some((metadata) => metadata.getKey() === DASHBOARD_MARKER);

/** The add-on's last dashboard: the sheet the document's properties name, if it carries the add-on's mark. */
function storedDashboard(spreadsheet: SpreadsheetApi): { info: StoredDashboard; sheet: SheetApi } | null {
  const info = parseStoredDashboard(
    appsScript.propertiesService().getDocumentProperties().getProperty(DASHBOARD_PROPERTY),
  );
  if (info === null) return null;
  const sheet = spreadsheet.getSheets().find((s) => s.getSheetId() === info.sheetId);
  return sheet === undefined || !isMarked(sheet) ? null : { info, sheet };
}

/** Whether the sheet's first rows look like data rather than results (src/wizard/sheetKinds.ts). */
function sheetLooksLikeData(sheet: SheetApi): boolean {
  const rows = Math.min(SAMPLE_ROWS, sheet.getLastRow());
  const columns = sheet.getLastColumn();
  if (rows === 0 || columns === 0) return false;
  const range = sheet.getRange(1, 1, rows, columns);
  return looksLikeData(range.getValues(), range.getFormulas(), FUNCTION_NAMES);
}

// The API ---------------------------------------------------------------------------------

export function wizardStart(): WizardStart {
  const language = userLanguage();
  const spreadsheet = appsScript.spreadsheetApp().getActive();
  const dashboard = storedDashboard(spreadsheet);
  const sheets = spreadsheet
    .getSheets()
    .filter((sheet) => !isMarked(sheet))
    .map((sheet) => ({ name: sheet.getName(), rows: sheet.getLastRow(), looksLikeData: sheetLooksLikeData(sheet) }));
  const saved = savedSettings();
  return {
    language,
    sheets,
    activeSheet: spreadsheet.getActiveSheet().getName(),
    saved,
    defaults: defaultOptions(saved?.language ?? language),
    currencies: CURRENCY_CODES,
    dashboard:
      dashboard === null
        ? null
        : { sheet: dashboard.sheet.getName(), mode: dashboard.info.mode, computedOn: dashboard.info.computedOn },
    benchmarkSegments: segmentsComparableWith(['NPS', 'CHURN_RATE']).map(({ id, label }) => ({ id, label })),
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
    const headerRow = detectHeaderRow(data.values.slice(0, 10)) + 1;
    const width = Math.max(0, ...data.values.slice(0, 50).map((row) => row.length));
    const columns = Array.from({ length: width }, (_, c) => ({
      heading: headingAt(data.values, headerRow, c + 1),
      cells: columnCells(data.values, c + 1, headerRow + 1).map((row) => row[0]),
    }));
    let roles = proposeRoles(columns);
    let fromSaved = false;
    const saved = savedSettings()?.sources.find((s) => s.sheet === data.sheet.getName());
    if (saved !== undefined) {
      try {
        const found = relocate(saved, data.values);
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

/** The cells of a source's column mapped to a role, from its first data row down. */
function roleColumnOf(data: ReadonlyMap<string, SheetData>) {
  return (source: SheetMapping, role: ColumnRole) => {
    const ref = source.roles[role];
    const values = data.get(source.sheet)?.values;
    return ref === undefined || values === undefined
      ? undefined
      : columnCells(values, ref.column, source.headerRow + 1).map((row) => row[0]);
  };
}

export function wizardCheckData(sources: unknown): DataCheck {
  return speaking(userLanguage, () => {
    const spreadsheet = appsScript.spreadsheetApp().getActive();
    const context = readerContext();
    const data = new Map<string, SheetData>();
    const mappings = parseSources(sources).map((source) => {
      const sheetData = readSheet(spreadsheet, source.sheet);
      data.set(source.sheet, sheetData);
      return relocate(source, sheetData.values);
    });
    const roleColumn = roleColumnOf(data);
    const problems: DataProblem[] = mappings.flatMap((mapping) => {
      const columns = WIZARD_ROLES.flatMap((role) => {
        const ref = mapping.roles[role];
        if (ref === undefined) return [];
        return [{ role, name: ref.heading || columnLetters(ref.column), cells: roleColumn(mapping, role) ?? [] }];
      });
      return checkDataHealth(mapping.sheet, columns, mapping.headerRow + 1, context);
    });
    const rank = { error: 0, warning: 1, note: 2 };
    problems.sort((a, b) => rank[a.severity] - rank[b.severity]);
    const facts = factsOf(mappings, roleColumn, context);
    const roles = mappings.map((m) => ({ sheet: m.sheet, roles: new Set(Object.keys(m.roles) as ColumnRole[]) }));
    const metrics = metricAvailability(roles).map((available) => {
      const source = mappings.find((m) => m.sheet === available.sheet);
      const other = mappings.find((m) => m.sheet === available.otherSheet);
      if (source === undefined || other === undefined) return available;
      const matched = matchedCustomers(
        roleColumn(source, 'customer') ?? [],
        roleColumn(other, 'customer') ?? [],
        context,
      );
      return { ...available, matched };
    });
    return {
      problems,
      metrics,
      firstDate: facts.span === undefined ? '' : isoDateOfDay(facts.span.first),
      latestDate: facts.span === undefined ? '' : isoDateOfDay(facts.span.last),
      suggested: { subscriptionRevenue: facts.subscriptionRevenue ?? null },
    };
  });
}

export function wizardCreateDashboard(input: unknown, existing?: unknown): DashboardOutcome {
  return speaking(userLanguage, () => {
    const settings = parseWizardSettings(input);
    const spreadsheet = appsScript.spreadsheetApp().getActive();
    const choice: ExistingDashboardChoice | undefined =
      existing === 'update' || existing === 'new' ? existing : undefined;
    // Never over an existing dashboard without the person's say.
    if (choice === undefined && storedDashboard(spreadsheet) !== null) throw new WizardError('create.chooseExisting');
    return buildDashboard(settings, choice ?? 'update');
  });
}

export function wizardRefreshDashboard(): DashboardOutcome {
  return speaking(userLanguage, () => {
    const settings = savedSettings();
    if (settings === null) throw new WizardError('error.noSettings');
    return buildDashboard(settings, 'update');
  });
}

/** "Data too big for a sheet?": the BigQuery SQL for the mapped columns (no network call: text to copy). */
export function wizardSql(input: unknown): SqlPanel {
  return speaking(userLanguage, () => warehouseSql(parseSqlRequest(input), spreadsheetTimeZone().name));
}

/** Shows the dashboard sheet (the sidebar's link), without reloading the spreadsheet. */
export function wizardOpenDashboard(): void {
  const spreadsheet = appsScript.spreadsheetApp().getActive();
  storedDashboard(spreadsheet)?.sheet.activate();
}

// Building --------------------------------------------------------------------------------

function buildDashboard(requested: WizardSettings, existing: ExistingDashboardChoice): DashboardOutcome {
  const lock = appsScript.lockService().getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new WizardError('error.busy');
  try {
    const spreadsheet = appsScript.spreadsheetApp().getActive();
    const zone = spreadsheetTimeZone();
    const numberFormat = spreadsheetNumberFormat();
    const { language, mode } = requested;
    const t: Translate = (key, parameters) => format(language, key, parameters);
    const userLocale = appsScript.session().getActiveUserLocale();

    const data = new Map<string, SheetData>();
    const sources = requested.sources.map((source) => {
      const sheetData = readSheet(spreadsheet, source.sheet);
      data.set(source.sheet, sheetData);
      return relocate(source, sheetData.values);
    });
    const now = Date.now();
    const prepared = prepareDashboard(
      { ...requested, sources },
      (sheet) => data.get(sheet)?.values ?? [],
      {
        zone,
        numberFormat,
        store: documentStore,
        now,
        timeText: (ms) => formatDateTime(ms, language, zone, userLocale),
      },
      t,
    );
    if (prepared.blocks.kpis.length === 0 && prepared.blocks.tables.length === 0)
      throw new WizardError('error.nothingToDo');

    let layout: DashboardSheet | undefined;
    const previous = existing === 'update' ? storedDashboard(spreadsheet)?.sheet : undefined;
    const sheet = replaceDashboard(spreadsheet, t('dashboard.title'), previous, (fresh) => {
      // Formulas in the spreadsheet's own syntax, asked of the spreadsheet itself on the new sheet.
      const separator: ArgumentSeparator =
        mode === 'live' ? probeArgumentSeparator(fresh, spreadsheet.getSpreadsheetLocale()) : ',';
      layout = layoutPrepared(prepared, separator, zone);
      writeDashboard(fresh, layout);
    });
    const written = layout as DashboardSheet;
    const computedOn = new Date(now).toISOString();
    const stored: StoredDashboard = { sheetId: sheet.getSheetId(), sheet: sheet.getName(), mode, computedOn };
    appsScript
      .propertiesService()
      .getDocumentProperties()
      .setProperties({
        [SETTINGS_PROPERTY]: JSON.stringify(prepared.settings),
        [DASHBOARD_PROPERTY]: JSON.stringify(stored),
      });
    return {
      sheet: sheet.getName(),
      mode,
      computedOn,
      url: `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`,
      currency: prepared.settings.options.currency,
      headline: written.headline,
      failures: written.failures,
      notices: prepared.notices,
    };
  } finally {
    lock.releaseLock();
  }
}

/**
 * Writes the dashboard on a new sheet, in the old one's place when there is
 * one to update, and only then removes the old one: a failure halfway leaves
 * the previous dashboard as it was (and no half-written sheet). Only a sheet
 * the add-on created and marked is ever replaced; a person's own sheet that
 * happens to have the same name is left alone and the dashboard takes another
 * name.
 */
function replaceDashboard(
  spreadsheet: SpreadsheetApi,
  title: string,
  previous: SheetApi | undefined,
  write: (sheet: SheetApi) => void,
): SheetApi {
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
