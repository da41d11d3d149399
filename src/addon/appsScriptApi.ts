/**
 * The part of Apps Script's services that the add-on uses, as types.
 *
 * The add-on reaches every service through `appsScript` below, typed with
 * these interfaces, never through the globals directly (lint enforces it). The
 * real services satisfy the interfaces (checked at compile time by the
 * accessors, which return the globals), and the offline emulation in
 * scripts/emulator implements them. So a call the emulation lacks is a
 * compile error here, not a surprise at run time; to use a new method, add it
 * to these interfaces and to the emulation.
 */

import type { CellValue } from '../input/cells';

export interface RangeApi {
  getA1Notation(): string;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getSheet(): SheetApi;
  getValue(): CellValue;
  getValues(): CellValue[][];
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  getNumberFormats(): string[][];
  setValue(value: CellValue): RangeApi;
  setValues(values: CellValue[][]): RangeApi;
  setFormula(formula: string): RangeApi;
  setFormulas(formulas: string[][]): RangeApi;
  setNumberFormat(numberFormat: string): RangeApi;
  setNumberFormats(numberFormats: string[][]): RangeApi;
  setFontWeight(fontWeight: 'bold' | 'normal' | null): RangeApi;
  setFontColor(color: string | null): RangeApi;
  setBackground(color: string | null): RangeApi;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeApi;
  clearContent(): RangeApi;
  clear(): RangeApi;
}

export interface SheetApi {
  getName(): string;
  setName(name: string): SheetApi;
  getSheetId(): number;
  getIndex(): number;
  getParent(): SpreadsheetApi;
  getRange(a1Notation: string): RangeApi;
  getRange(row: number, column: number): RangeApi;
  getRange(row: number, column: number, numRows: number): RangeApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getDataRange(): RangeApi;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  activate(): SheetApi;
  clear(): SheetApi;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetApi;
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
  newChart(): EmbeddedChartBuilderApi;
  insertChart(chart: EmbeddedChartApi): void;
  getCharts(): EmbeddedChartApi[];
  removeChart(chart: EmbeddedChartApi): void;
  addDeveloperMetadata(key: string, value: string): SheetApi;
  getDeveloperMetadata(): DeveloperMetadataApi[];
  setRightToLeft(rightToLeft: boolean): SheetApi;
}

export interface DeveloperMetadataApi {
  getKey(): string;
  getValue(): string | null;
}

export interface SpreadsheetApi {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getSpreadsheetTimeZone(): string;
  getSpreadsheetLocale(): string;
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  getActiveSheet(): SheetApi;
  setActiveSheet(sheet: SheetApi): SheetApi;
  insertSheet(sheetName: string): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getRange(a1Notation: string): RangeApi;
  /** A popup in the lower corner; timeoutSeconds 5 when left out, negative to stay until closed. */
  toast(message: string, title: string, timeoutSeconds?: number): void;
}

export interface ConditionalFormatRuleBuilderApi {
  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilderApi;
  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilderApi;
  setGradientMaxpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

export interface ConditionalFormatRuleApi {
  getRanges(): RangeApi[];
}

export interface EmbeddedChartBuilderApi {
  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilderApi;
  addRange(range: RangeApi): EmbeddedChartBuilderApi;
  setNumHeaders(headers: number): EmbeddedChartBuilderApi;
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderApi;
  setOption(option: string, value: unknown): EmbeddedChartBuilderApi;
  build(): EmbeddedChartApi;
}

export interface EmbeddedChartApi {
  getChartId(): number | null;
  getRanges(): RangeApi[];
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface HtmlOutputApi {
  getContent(): string;
  getTitle(): string;
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
}

export interface UiApi {
  createAddonMenu(): MenuApi;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
}

export interface SpreadsheetAppApi {
  readonly InterpolationType: typeof GoogleAppsScript.Spreadsheet.InterpolationType;
  getActive(): SpreadsheetApi;
  getActiveSpreadsheet(): SpreadsheetApi;
  getUi(): UiApi;
  flush(): void;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
}

export interface ChartsApi {
  readonly ChartType: typeof GoogleAppsScript.Charts.ChartType;
}

export interface HtmlServiceApi {
  createHtmlOutput(html: string): HtmlOutputApi;
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  getProperties(): { [key: string]: string };
  setProperty(key: string, value: string): PropertiesApi;
  setProperties(properties: { [key: string]: string }): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
}

export interface PropertiesServiceApi {
  getDocumentProperties(): PropertiesApi;
  getUserProperties(): PropertiesApi;
}

export interface SessionApi {
  getActiveUserLocale(): string;
  getScriptTimeZone(): string;
}

export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface LockServiceApi {
  getDocumentLock(): LockApi;
}

export interface CacheApi {
  get(key: string): string | null;
  put(key: string, value: string, expirationInSeconds: number): void;
  remove(key: string): void;
}

export interface CacheServiceApi {
  getDocumentCache(): CacheApi | null;
}

export interface UtilitiesApi {
  formatDate(date: Date, timeZone: string, format: string): string;
}

/** Every service the add-on may use, by its global name. */
export interface AppsScriptServices {
  readonly SpreadsheetApp: SpreadsheetAppApi;
  readonly Charts: ChartsApi;
  readonly HtmlService: HtmlServiceApi;
  readonly PropertiesService: PropertiesServiceApi;
  readonly Session: SessionApi;
  readonly LockService: LockServiceApi;
  readonly CacheService: CacheServiceApi;
  readonly Utilities: UtilitiesApi;
}

/**
 * The services, each looked up only when used: onOpen runs before the user
 * authorizes the add-on in a document (AuthMode.NONE) and must touch nothing
 * but the Ui.
 */
export const appsScript = {
  spreadsheetApp: (): SpreadsheetAppApi => SpreadsheetApp,
  charts: (): ChartsApi => Charts,
  htmlService: (): HtmlServiceApi => HtmlService,
  propertiesService: (): PropertiesServiceApi => PropertiesService,
  session: (): SessionApi => Session,
  lockService: (): LockServiceApi => LockService,
  cacheService: (): CacheServiceApi => CacheService,
  utilities: (): UtilitiesApi => Utilities,
};
