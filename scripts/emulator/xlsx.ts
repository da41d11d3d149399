/**
 * A dependency-free .xlsx (Office Open XML) writer for the offline
 * spreadsheet's "Download .xlsx" button: enough SpreadsheetML for Excel,
 * LibreOffice and Google Sheets to open the emulated workbook with its
 * values, formulas (with cached results), number formats, frozen rows and
 * column widths.
 *
 * The zip container is written by hand (deflate from node:zlib, our own
 * CRC-32) so the tool needs no npm package. Output is byte-for-byte
 * deterministic: no timestamps, fixed part order, strings and formats
 * numbered in order of first use.
 */
import { deflateRawSync } from 'node:zlib';
import { serialOfInstant, utcOffsetMs } from './wallClock';

export type XlsxCellValue = string | number | boolean | Date | null;

export interface XlsxCell {
  /** 0-based. */
  readonly row: number;
  /** 0-based. */
  readonly col: number;
  /** The computed value (for a formula, its current result); a Date makes a date cell. */
  readonly value: XlsxCellValue;
  /** E.g. '=NPS(Responses!D:D)', with the leading '='; written as <f> with the value cached. */
  readonly formula?: string;
  /** A Sheets/Excel number format code such as '0.0%', 'yyyy-mm-dd', '#,##0.00'. */
  readonly numberFormat?: string;
  /** An error value such as '#N/A' or '#ERROR!'; the value is then ignored. */
  readonly error?: string;
}

export interface XlsxSheet {
  readonly name: string;
  readonly cells: readonly XlsxCell[];
  readonly frozenRows?: number;
  /** Pixel widths by 0-based column index. */
  readonly columnWidths?: Readonly<Record<number, number>>;
}

export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheet[];
  /** IANA zone whose wall clock Date values are written on, like the spreadsheet's own setting. */
  readonly timeZone: string;
}

/** The .xlsx file bytes. */
export function writeXlsx(workbook: XlsxWorkbook): Buffer {
  // Fail on a bad zone even when no cell holds a Date, so a typo is not
  // discovered only on the day a date first appears.
  utcOffsetMs(workbook.timeZone, 0);
  // Excel refuses a workbook without sheets.
  const sheets = workbook.sheets.length > 0 ? workbook.sheets : [{ name: 'Sheet1', cells: [] }];
  const names = sanitizeSheetNames(sheets.map((sheet) => sheet.name));
  const parts = new PartContext(workbook.timeZone);
  const sheetXml = sheets.map((sheet, index) => worksheetXml(sheet, index, parts));
  return zip([
    { name: '[Content_Types].xml', text: contentTypesXml(sheets.length) },
    { name: '_rels/.rels', text: ROOT_RELS_XML },
    { name: 'docProps/app.xml', text: APP_XML },
    { name: 'docProps/core.xml', text: CORE_XML },
    { name: 'xl/workbook.xml', text: workbookXml(names) },
    { name: 'xl/_rels/workbook.xml.rels', text: workbookRelsXml(sheets.length) },
    { name: 'xl/styles.xml', text: parts.styles.xml() },
    { name: 'xl/sharedStrings.xml', text: parts.strings.xml() },
    ...sheetXml.map((text, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, text })),
  ]);
}

// ---------------------------------------------------------------------------
// Package parts
// ---------------------------------------------------------------------------

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SPREADSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const ROOT_RELS_XML =
  XML_DECLARATION +
  `<Relationships xmlns="${PACKAGE_RELS_NS}">` +
  `<Relationship Id="rId1" Type="${DOC_RELS_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PACKAGE_RELS_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${DOC_RELS_NS}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

const APP_XML =
  XML_DECLARATION +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  '<Application>loyalty-metrics offline spreadsheet</Application>' +
  '</Properties>';

// No dcterms:created: a timestamp would make two downloads of the same sheet differ.
const CORE_XML =
  XML_DECLARATION +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/">' +
  '<dc:creator>loyalty-metrics</dc:creator>' +
  '</cp:coreProperties>';

function contentTypesXml(sheetCount: number): string {
  const override = (part: string, type: string): string => `<Override PartName="${part}" ContentType="${type}"/>`;
  const sheets = range(sheetCount).map((index) =>
    override(`/xl/worksheets/sheet${index + 1}.xml`, `${SPREADSHEET_CT}.worksheet+xml`),
  );
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('/xl/workbook.xml', `${SPREADSHEET_CT}.sheet.main+xml`) +
    override('/xl/styles.xml', `${SPREADSHEET_CT}.styles+xml`) +
    override('/xl/sharedStrings.xml', `${SPREADSHEET_CT}.sharedStrings+xml`) +
    sheets.join('') +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

function workbookXml(sheetNames: readonly string[]): string {
  const sheets = sheetNames.map(
    (name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
  );
  return (
    XML_DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS_NS}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets>${sheets.join('')}</sheets>` +
    '</workbook>'
  );
}

/** Worksheets take rId1..rIdN (matching workbookXml); styles and strings follow. */
function workbookRelsXml(sheetCount: number): string {
  const relationship = (id: number, type: string, target: string): string =>
    `<Relationship Id="rId${id}" Type="${DOC_RELS_NS}/${type}" Target="${target}"/>`;
  const sheets = range(sheetCount).map((index) =>
    relationship(index + 1, 'worksheet', `worksheets/sheet${index + 1}.xml`),
  );
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_RELS_NS}">` +
    sheets.join('') +
    relationship(sheetCount + 1, 'styles', 'styles.xml') +
    relationship(sheetCount + 2, 'sharedStrings', 'sharedStrings.xml') +
    '</Relationships>'
  );
}

/** The workbook-wide tables that every worksheet adds to while it is written. */
class PartContext {
  readonly strings = new SharedStrings();
  readonly styles = new NumberFormatStyles();
  constructor(readonly timeZone: string) {}
}

/** xl/sharedStrings.xml: each distinct text once, cells refer to it by index. */
class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private references = 0;

  indexOf(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(text, index);
    }
    return index;
  }

  xml(): string {
    const items = [...this.indexes.keys()].map((text) => `<si>${textElement(text)}</si>`);
    return (
      XML_DECLARATION +
      `<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.indexes.size}">` +
      items.join('') +
      '</sst>'
    );
  }
}

/** Custom number formats start here; 0-163 are Excel's built-in ids. */
const FIRST_CUSTOM_FORMAT_ID = 164;

/**
 * xl/styles.xml. A cell's only styling is its number format, so each distinct
 * format code gets one numFmt (id 164 up) and one cellXfs entry; cellXfs 0 is
 * General, the style of every cell without an s attribute.
 */
class NumberFormatStyles {
  private readonly styleIndexes = new Map<string, number>();

  /** The cellXfs index (the cell's s attribute) for a format code; 0 for General. */
  styleOf(formatCode: string | undefined): number {
    if (formatCode === undefined || formatCode === '' || formatCode.toLowerCase() === 'general') return 0;
    let index = this.styleIndexes.get(formatCode);
    if (index === undefined) {
      index = this.styleIndexes.size + 1;
      this.styleIndexes.set(formatCode, index);
    }
    return index;
  }

  xml(): string {
    const codes = [...this.styleIndexes.keys()];
    const numFmts = codes.map(
      (code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT_ID + i}" formatCode="${escapeXml(code)}"/>`,
    );
    const xfs = codes.map(
      (_, i) =>
        `<xf numFmtId="${FIRST_CUSTOM_FORMAT_ID + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    );
    // Fonts, fills, borders and the Normal style are the minimum Excel
    // requires; the two fills (none, gray125) are reserved by the spec.
    return (
      XML_DECLARATION +
      `<styleSheet xmlns="${MAIN_NS}">` +
      (codes.length > 0 ? `<numFmts count="${codes.length}">${numFmts.join('')}</numFmts>` : '') +
      '<fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${codes.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

// ---------------------------------------------------------------------------
// Worksheets
// ---------------------------------------------------------------------------

/** Excel's grid: 1,048,576 rows by 16,384 columns (A..XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Excel's column width unit is roughly one digit of the default font, about 7 pixels. */
const PIXELS_PER_WIDTH_UNIT = 7;
const MAX_COLUMN_WIDTH = 255;

function worksheetXml(sheet: XlsxSheet, sheetIndex: number, parts: PartContext): string {
  const rows = cellsByRow(sheet);
  const rowXml: string[] = [];
  const written: Array<{ row: number; col: number }> = [];
  for (const [row, cells] of rows) {
    const cellXml: string[] = [];
    for (const cell of cells) {
      const xml = cellElement(cell, parts);
      if (xml === undefined) continue;
      cellXml.push(xml);
      written.push(cell);
    }
    if (cellXml.length > 0) rowXml.push(`<row r="${row + 1}">${cellXml.join('')}</row>`);
  }
  // Element order is fixed by the schema: dimension, sheetViews, cols, sheetData.
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS_NS}">` +
    `<dimension ref="${dimensionRef(written)}"/>` +
    sheetViewsXml(sheet, sheetIndex) +
    colsXml(sheet) +
    (rowXml.length > 0 ? `<sheetData>${rowXml.join('')}</sheetData>` : '<sheetData/>') +
    '</worksheet>'
  );
}

/**
 * Cells grouped by row, rows and the cells in each ascending, as the schema
 * requires. When two cells share a position the later one wins, as if the
 * caller had written them to a sheet in order.
 */
function cellsByRow(sheet: XlsxSheet): Array<[number, XlsxCell[]]> {
  const rows = new Map<number, Map<number, XlsxCell>>();
  for (const cell of sheet.cells) {
    checkPosition(cell, sheet.name);
    let row = rows.get(cell.row);
    if (row === undefined) {
      row = new Map();
      rows.set(cell.row, row);
    }
    row.set(cell.col, cell);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => [row, [...cells.values()].sort((a, b) => a.col - b.col)]);
}

function checkPosition(cell: XlsxCell, sheetName: string): void {
  const inGrid = (n: number, limit: number): boolean => Number.isInteger(n) && n >= 0 && n < limit;
  if (!inGrid(cell.row, MAX_ROWS) || !inGrid(cell.col, MAX_COLS)) {
    throw new RangeError(`Cell (row ${cell.row}, col ${cell.col}) of sheet "${sheetName}" is outside Excel's grid`);
  }
}

function dimensionRef(cells: ReadonlyArray<{ row: number; col: number }>): string {
  if (cells.length === 0) return 'A1';
  // A loop, not Math.min(...spread): a large sheet would overflow the call stack.
  let [top, left, bottom, right] = [MAX_ROWS, MAX_COLS, 0, 0];
  for (const { row, col } of cells) {
    [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
  }
  const first = cellRef(top, left);
  const last = cellRef(bottom, right);
  return first === last ? first : `${first}:${last}`;
}

function sheetViewsXml(sheet: XlsxSheet, sheetIndex: number): string {
  const frozenRows = sheet.frozenRows ?? 0;
  if (!Number.isInteger(frozenRows) || frozenRows < 0 || frozenRows >= MAX_ROWS) {
    throw new RangeError(`frozenRows of sheet "${sheet.name}" must be a whole number of rows, not ${frozenRows}`);
  }
  // The first tab is the one shown on opening.
  const selected = sheetIndex === 0 ? ' tabSelected="1"' : '';
  const pane =
    frozenRows > 0
      ? `<pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/>`
      : '';
  return `<sheetViews><sheetView${selected} workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function colsXml(sheet: XlsxSheet): string {
  const widths = Object.entries(sheet.columnWidths ?? {})
    .map(([key, pixels]) => ({ col: Number(key), pixels }))
    .sort((a, b) => a.col - b.col);
  if (widths.length === 0) return '';
  const cols = widths.map(({ col, pixels }) => {
    if (!Number.isInteger(col) || col < 0 || col >= MAX_COLS || !Number.isFinite(pixels) || pixels < 0) {
      throw new RangeError(`Column width ${pixels} for column ${col} of sheet "${sheet.name}" is not usable`);
    }
    const width = Math.min(MAX_COLUMN_WIDTH, Math.round((pixels / PIXELS_PER_WIDTH_UNIT) * 100) / 100);
    return `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`;
  });
  return `<cols>${cols.join('')}</cols>`;
}

/** What a cell stores: its t attribute (absent for a number) and the text of its <v>, if any. */
interface StoredValue {
  readonly type?: 's' | 'str' | 'b' | 'e';
  readonly v?: string;
}

/** A <c> element, or undefined for a cell with nothing to store. */
function cellElement(cell: XlsxCell, parts: PartContext): string | undefined {
  const formula = formulaBody(cell.formula);
  const stored = storedValue(cell, formula !== undefined, parts);
  if (stored === undefined) return undefined;
  const defaultFormat = cell.value instanceof Date && cell.error === undefined ? 'yyyy-mm-dd' : undefined;
  const style = parts.styles.styleOf(cell.numberFormat ?? defaultFormat);
  const attributes =
    `r="${cellRef(cell.row, cell.col)}"` +
    (style > 0 ? ` s="${style}"` : '') +
    (stored.type !== undefined ? ` t="${stored.type}"` : '');
  const f = formula !== undefined ? `<f>${escapeXml(formula)}</f>` : '';
  const v = stored.v !== undefined ? `<v>${stored.v}</v>` : '';
  return `<c ${attributes}>${f}${v}</c>`;
}

/** The formula without its leading '=', or undefined when there is none. */
function formulaBody(formula: string | undefined): string | undefined {
  const body = formula?.startsWith('=') ? formula.slice(1) : formula;
  return body === undefined || body.trim() === '' ? undefined : body;
}

/**
 * How a cell's value is stored. A plain string goes to the shared-string
 * table; a formula's string result must be inline (t="str"), since Excel
 * reads a cached t="s" value as an index. Empty values are stored only to
 * carry a formula.
 */
function storedValue(cell: XlsxCell, hasFormula: boolean, parts: PartContext): StoredValue | undefined {
  if (cell.error !== undefined) return errorValue(cell.error);
  const value = cell.value;
  if (value === null) return hasFormula ? {} : undefined;
  if (typeof value === 'boolean') return { type: 'b', v: value ? '1' : '0' };
  if (typeof value === 'number') return numberValue(value);
  if (value instanceof Date) return dateValue(value, parts.timeZone);
  if (value === '') return hasFormula ? { type: 'str', v: '' } : undefined;
  if (hasFormula) return { type: 'str', v: escapeXml(encodeXString(truncateText(value))) };
  return { type: 's', v: String(parts.strings.indexOf(truncateText(value))) };
}

/** XML has no NaN or Infinity for a number; Sheets shows such results as #NUM!. */
function numberValue(value: number): StoredValue {
  return Number.isFinite(value) ? { v: String(value) } : errorValue('#NUM!');
}

/**
 * Sheets' serial date-time on the workbook's wall clock, which is also
 * Excel's from 1900-03-01 on (Excel's fictitious 1900-02-29 only shifts
 * earlier dates).
 */
function dateValue(value: Date, timeZone: string): StoredValue {
  const instant = value.getTime();
  return Number.isNaN(instant) ? errorValue('#VALUE!') : numberValue(serialOfInstant(instant, timeZone));
}

/**
 * The error codes Excel's file format knows. Sheets has more (#ERROR!, a
 * formula it could not parse); Excel reports a file holding an unknown code
 * as damaged, so those are written as #VALUE!.
 */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

function errorValue(error: string): StoredValue {
  const code = error.trim().toUpperCase();
  return { type: 'e', v: escapeXml(EXCEL_ERRORS.has(code) ? code : '#VALUE!') };
}

/** Excel's cap on the text of one cell; it truncates longer text when opening, with a repair warning. */
const MAX_CELL_TEXT = 32_767;

function truncateText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  // Never cut a surrogate pair in half.
  const end = isHighSurrogate(text.charCodeAt(MAX_CELL_TEXT - 1)) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
  return text.slice(0, end);
}

/** A shared string's <t>, keeping leading/trailing spaces and line breaks that XML would otherwise let go. */
function textElement(text: string): string {
  const escaped = escapeXml(encodeXString(text));
  return /^\s|\s$|\n/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** The column letters of a 0-based column: 0 -> A, 25 -> Z, 26 -> AA, 16383 -> XFD. */
function columnName(col: number): string {
  let name = '';
  // Bijective base 26: there is no zero digit, so shift by one at every place.
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellRef(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

// ---------------------------------------------------------------------------
// Sheet names
// ---------------------------------------------------------------------------

const MAX_SHEET_NAME = 31;
const FORBIDDEN_SHEET_NAME_CHARS = /[[\]:*?/\\]/g;

/**
 * Names Excel accepts: at most 31 characters, none of []:*?/\, not starting
 * or ending with an apostrophe, not the reserved "History", and unique
 * ignoring case. Formulas that mention a renamed sheet are not rewritten.
 */
function sanitizeSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, index) => {
    const cleaned = stripUnencodable(name)
      .replace(/[\t\n\r]/g, ' ')
      .replace(FORBIDDEN_SHEET_NAME_CHARS, '_');
    // Apostrophes are stripped after cutting, so the cut cannot expose one at the end.
    let base = cutAt(cleaned, MAX_SHEET_NAME).replace(/^'+|'+$/g, '');
    if (base.trim() === '') base = `Sheet${index + 1}`;
    if (base.toLowerCase() === 'history') base = 'History_';
    const unique = uniqueName(base, taken);
    taken.add(unique.toUpperCase());
    return unique;
  });
}

/** The name, or the name with " (2)", " (3)", ... fitted into 31 characters. */
function uniqueName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()); n++) {
    const suffix = ` (${n})`;
    name = cutAt(base, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return name;
}

/** The first `max` UTF-16 units of a text, one fewer rather than half a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// ---------------------------------------------------------------------------
// XML text
// ---------------------------------------------------------------------------

/**
 * Characters XML 1.0 cannot carry at all, not even as &#..; references: C0
 * controls other than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates.
 */
const UNENCODABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function stripUnencodable(text: string): string {
  return text.replace(UNENCODABLE, '');
}

/** Escapes for element text and attribute values alike; CR as a reference so parsers do not fold it into LF. */
function escapeXml(text: string): string {
  return stripUnencodable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

/**
 * Cell text is an ST_Xstring, where Excel decodes "_xHHHH_" as a character:
 * that is the only way to store control characters and CR, and a literal
 * "_x0041_" must itself be escaped (as "_x005F_x0041_") to survive.
 */
function encodeXString(text: string): string {
  return text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(UNENCODABLE, (char) => (isSurrogate(char) ? '\ufffd' : hexEscape(char)))
    .replace(/\r/g, () => hexEscape('\r'));
}

function isSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

function hexEscape(char: string): string {
  return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

// ---------------------------------------------------------------------------
// Zip container
// ---------------------------------------------------------------------------

interface ZipPart {
  readonly name: string;
  readonly text: string;
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
/** 2.0: the first version with deflate. */
const ZIP_VERSION = 20;
/** General purpose flag bit 11: file names are UTF-8. */
const UTF8_NAMES_FLAG = 0x0800;
const DEFLATE_METHOD = 8;
/** 1980-01-01 00:00, the earliest DOS date: a fixed stamp keeps the output deterministic. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
/** Without Zip64 extensions, counts are 16-bit and sizes and offsets 32-bit. */
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

/** The fields a local file header and its central directory entry share, after their signatures. */
interface EntryFields {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

function zip(parts: readonly ZipPart[]): Buffer {
  if (parts.length > MAX_ENTRIES) throw new RangeError('Too many zip entries for a zip without Zip64');
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.from(part.text, 'utf8');
    const compressed = deflateRawSync(data);
    const fields = {
      name: Buffer.from(part.name, 'utf8'),
      crc: crc32(data),
      compressedSize: compressed.length,
      size: data.length,
    };
    const local = localHeader(fields);
    central.push(centralHeader(fields, offset));
    chunks.push(local, compressed);
    offset += local.length + compressed.length;
  }
  const centralDirectory = Buffer.concat(central);
  if (offset + centralDirectory.length > MAX_OFFSET) throw new RangeError('Workbook too large for a zip without Zip64');
  return Buffer.concat([
    ...chunks,
    centralDirectory,
    endOfCentralDirectory(parts.length, centralDirectory.length, offset),
  ]);
}

function localHeader(fields: EntryFields): Buffer {
  const header = Buffer.alloc(30 + fields.name.length);
  header.writeUInt32LE(LOCAL_HEADER_SIGNATURE, 0);
  writeEntryFields(header, 4, fields);
  fields.name.copy(header, 30);
  return header;
}

function centralHeader(fields: EntryFields, localHeaderOffset: number): Buffer {
  const header = Buffer.alloc(46 + fields.name.length);
  header.writeUInt32LE(CENTRAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(ZIP_VERSION, 4); // version made by: MS-DOS attributes, spec 2.0
  writeEntryFields(header, 6, fields);
  // Comment length, disk number, internal and external attributes stay 0.
  header.writeUInt32LE(localHeaderOffset, 42);
  fields.name.copy(header, 46);
  return header;
}

/** Version needed, flags, method, time, date, CRC, sizes, name and extra lengths: 26 bytes from `at`. */
function writeEntryFields(header: Buffer, at: number, fields: EntryFields): void {
  header.writeUInt16LE(ZIP_VERSION, at);
  header.writeUInt16LE(UTF8_NAMES_FLAG, at + 2);
  header.writeUInt16LE(DEFLATE_METHOD, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressedSize, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.name.length, at + 22);
  header.writeUInt16LE(0, at + 24); // no extra field
}

function endOfCentralDirectory(entries: number, centralSize: number, centralOffset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY_SIGNATURE, 0);
  // Disk numbers (4) stay 0: a single-disk archive.
  record.writeUInt16LE(entries, 8); // entries on this disk
  record.writeUInt16LE(entries, 10); // entries in total
  record.writeUInt32LE(centralSize, 12);
  record.writeUInt32LE(centralOffset, 16);
  // Comment length (20) stays 0.
  return record;
}

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), one table lookup per byte. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
