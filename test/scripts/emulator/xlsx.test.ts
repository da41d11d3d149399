import zlib from 'node:zlib';
import { writeXlsx, type XlsxWorkbook } from '../../../scripts/emulator/xlsx';

/**
 * The writer is checked by reading its output back with a small zip reader
 * written here from the zip spec (APPNOTE.TXT), and by looking for hand-worked
 * SpreadsheetML in the parts: expected values never come from the code under test.
 */

interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly text: string;
}

interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  /** The end-of-central-directory record's fields. */
  readonly entriesOnDisk: number;
  readonly entriesTotal: number;
  readonly centralSize: number;
  readonly centralOffset: number;
  readonly endOffset: number;
  /** Central directory entries actually found between centralOffset and the end record. */
  readonly centralEntriesFound: number;
}

/** Bit by bit, with no table: independent of the writer's table-driven CRC-32. */
function bitwiseCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Node's own CRC-32 where this Node has it (20.15+), else the bitwise one above. */
function referenceCrc32(bytes: Uint8Array): number {
  const nodeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return typeof nodeCrc32 === 'function' ? nodeCrc32(bytes) : bitwiseCrc32(bytes);
}

function readZip(zipBytes: Buffer): ZipArchive {
  const endOffset = zipBytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(endOffset).toBe(zipBytes.length - 22); // no archive comment
  const entriesOnDisk = zipBytes.readUInt16LE(endOffset + 8);
  const entriesTotal = zipBytes.readUInt16LE(endOffset + 10);
  const centralSize = zipBytes.readUInt32LE(endOffset + 12);
  const centralOffset = zipBytes.readUInt32LE(endOffset + 16);
  const entries: ZipEntry[] = [];
  let at = centralOffset;
  while (at < endOffset) {
    expect(zipBytes.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zipBytes.readUInt16LE(at + 28);
    const extraLength = zipBytes.readUInt16LE(at + 30);
    const commentLength = zipBytes.readUInt16LE(at + 32);
    entries.push(readEntry(zipBytes, at));
    at += 46 + nameLength + extraLength + commentLength;
  }
  expect(at).toBe(endOffset);
  return {
    entries,
    entriesOnDisk,
    entriesTotal,
    centralSize,
    centralOffset,
    endOffset,
    centralEntriesFound: entries.length,
  };
}

/** One entry, from its central directory header at `at`, checked against its local header and CRC. */
function readEntry(zipBytes: Buffer, at: number): ZipEntry {
  const flags = zipBytes.readUInt16LE(at + 8);
  const method = zipBytes.readUInt16LE(at + 10);
  const crc = zipBytes.readUInt32LE(at + 16);
  const compressedSize = zipBytes.readUInt32LE(at + 20);
  const size = zipBytes.readUInt32LE(at + 24);
  const nameLength = zipBytes.readUInt16LE(at + 28);
  const localOffset = zipBytes.readUInt32LE(at + 42);
  const name = zipBytes.toString('utf8', at + 46, at + 46 + nameLength);

  expect(zipBytes.readUInt32LE(localOffset)).toBe(0x04034b50);
  expect(zipBytes.readUInt16LE(localOffset + 6)).toBe(flags);
  expect(zipBytes.readUInt16LE(localOffset + 8)).toBe(method);
  expect(zipBytes.readUInt32LE(localOffset + 14)).toBe(crc);
  expect(zipBytes.readUInt32LE(localOffset + 18)).toBe(compressedSize);
  expect(zipBytes.readUInt32LE(localOffset + 22)).toBe(size);
  const localNameLength = zipBytes.readUInt16LE(localOffset + 26);
  const localExtraLength = zipBytes.readUInt16LE(localOffset + 28);
  expect(zipBytes.toString('utf8', localOffset + 30, localOffset + 30 + localNameLength)).toBe(name);

  const dataStart = localOffset + 30 + localNameLength + localExtraLength;
  const data = zlib.inflateRawSync(zipBytes.subarray(dataStart, dataStart + compressedSize));
  expect(data.length).toBe(size);
  expect(crc).toBe(referenceCrc32(data));
  expect(crc).toBe(bitwiseCrc32(data));
  return { name, flags, method, text: data.toString('utf8') };
}

function partsOf(workbook: XlsxWorkbook): Map<string, string> {
  return new Map(readZip(writeXlsx(workbook)).entries.map((entry) => [entry.name, entry.text]));
}

function part(parts: Map<string, string>, name: string): string {
  const text = parts.get(name);
  if (text === undefined) throw new Error(`No part ${name}`);
  return text;
}

/** Each <c> element of a worksheet by its r attribute, as written. */
function cellsOf(sheetXml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const match of sheetXml.matchAll(/<c r="([A-Z]+[0-9]+)"[^>]*?(?:\/>|>.*?<\/c>)/g)) cells.set(match[1], match[0]);
  return cells;
}

/** The shared strings' texts, in index order. */
function sharedStringsOf(xml: string): string[] {
  return [...xml.matchAll(/<si><t(?: xml:space="preserve")?>(.*?)<\/t><\/si>/gs)].map((match) => match[1]);
}

/** A light well-formedness check: tags nest and close, and every & starts an entity. */
function expectWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const open: string[] = [];
  for (const [, closing, name, , selfClosing] of body.matchAll(
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g,
  )) {
    if (closing === '/') expect(open.pop()).toBe(name);
    else if (selfClosing !== '/') open.push(name);
  }
  expect(open).toEqual([]);
  expect(body.replace(/&(amp|lt|gt|quot|apos|#[0-9]+);/g, '')).not.toMatch(/&/);
}

const THAI_CUSTOMER = 'ลูกค้า';
const PERSIAN_CUSTOMER = 'مشتری';

const SAMPLE: XlsxWorkbook = {
  timeZone: 'Asia/Bangkok',
  sheets: [
    {
      name: 'Responses',
      frozenRows: 1,
      columnWidths: { 0: 140, 27: 70 },
      // Deliberately out of order: the writer must sort rows and columns.
      cells: [
        { row: 6, col: 1, value: 9 },
        { row: 0, col: 1, value: 'Score' },
        { row: 0, col: 0, value: 'Customer' },
        { row: 1, col: 1, value: 42.5 },
        { row: 1, col: 0, value: `A<B & ${THAI_CUSTOMER} ${PERSIAN_CUSTOMER}` },
        { row: 2, col: 0, value: true },
        { row: 2, col: 1, value: false },
        { row: 3, col: 0, value: null, error: '#N/A' },
        { row: 3, col: 1, value: 'ignored', error: '#ERROR!' },
        { row: 4, col: 0, value: 0.625, formula: '=NPS(Responses!D:D)', numberFormat: '0.0%' },
        { row: 4, col: 1, value: 'a < b', formula: '=IF(A1<>"",A1&"<","")' },
        { row: 4, col: 2, value: true, formula: '=A3' },
        { row: 4, col: 3, value: null, error: '#DIV/0!', formula: '=1/0' },
        // 2024-03-15 00:00 in Bangkok (UTC+7) is 2024-03-14 17:00 UTC.
        { row: 5, col: 0, value: new Date(Date.UTC(2024, 2, 14, 17, 0)) },
        // 2024-03-15 18:00 in Bangkok, with the cell's own format.
        { row: 5, col: 1, value: new Date(Date.UTC(2024, 2, 15, 11, 0)), numberFormat: 'yyyy-mm-dd hh:mm' },
        { row: 5, col: 2, value: 1234.5, numberFormat: '#,##0.00' },
        { row: 5, col: 3, value: 0.5, numberFormat: '0.0%' },
        { row: 6, col: 0, value: '' },
        { row: 6, col: 2, value: null },
        { row: 6, col: 25, value: 'Z' },
        { row: 6, col: 27, value: 'AB' },
        { row: 7, col: 0, value: '', formula: '=""' },
      ],
    },
    { name: 'Q1/Q2 [draft]: *?', cells: [{ row: 0, col: 701, value: 1 }] },
    { name: 'A sheet name that is much longer than Excel allows', cells: [{ row: 0, col: 702, value: 2 }] },
    { name: 'responses', cells: [{ row: 1048575, col: 16383, value: 3 }] },
    { name: 'R&D <team>', cells: [] },
  ],
};

describe('writeXlsx', () => {
  const zipBytes = writeXlsx(SAMPLE);
  const archive = readZip(zipBytes);
  const parts = new Map(archive.entries.map((entry) => [entry.name, entry.text]));
  const sheet1 = part(parts, 'xl/worksheets/sheet1.xml');
  const cells = cellsOf(sheet1);
  const strings = sharedStringsOf(part(parts, 'xl/sharedStrings.xml'));
  const styles = part(parts, 'xl/styles.xml');

  /** The s attribute of a cell of sheet 1 (0, General, when absent). */
  const styleOf = (ref: string): number => Number(/ s="(\d+)"/.exec(cells.get(ref) ?? '')?.[1] ?? 0);
  /** The numFmtId of a cellXfs entry. */
  const formatIdOfStyle = (style: number): number => {
    const xfs = /<cellXfs count="\d+">(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
    const xf = [...xfs.matchAll(/<xf [^>]*?\/>/g)][style]?.[0] ?? '';
    return Number(/numFmtId="(\d+)"/.exec(xf)?.[1]);
  };
  const formatCodeOf = (id: number): string | undefined =>
    new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"/>`).exec(styles)?.[1];

  it('writes a zip whose directory and end record agree, with deflated, UTF-8-named entries', () => {
    expect(archive.entriesOnDisk).toBe(13);
    expect(archive.entriesTotal).toBe(13);
    expect(archive.centralEntriesFound).toBe(13);
    expect(archive.centralOffset + archive.centralSize).toBe(archive.endOffset);
    for (const entry of archive.entries) {
      expect(entry.method).toBe(8);
      expect(entry.flags & 0x0800).toBe(0x0800);
    }
  });

  it('holds exactly the package parts, each well-formed XML', () => {
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
      'xl/worksheets/sheet5.xml',
    ]);
    expect(archive.entries[0].name).toBe('[Content_Types].xml');
    for (const text of parts.values()) expectWellFormed(text);
  });

  it('declares a content type for every part', () => {
    const types = part(parts, '[Content_Types].xml');
    const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    expect(types).toContain(
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    );
    expect(types).toContain('<Default Extension="xml" ContentType="application/xml"/>');
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>`);
    expect(types).toContain(`<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>`);
    expect(types).toContain(`<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>`);
    for (const n of [1, 2, 3, 4, 5]) {
      expect(types).toContain(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${ct}.worksheet+xml"/>`);
    }
    expect(types).toContain(
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    );
  });

  it('links the workbook, its sheets, styles and shared strings', () => {
    const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    expect(part(parts, '_rels/.rels')).toContain(
      `<Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/>`,
    );
    const workbookRels = part(parts, 'xl/_rels/workbook.xml.rels');
    expect(workbookRels).toContain(`<Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/>`);
    expect(workbookRels).toContain(`<Relationship Id="rId5" Type="${rels}/worksheet" Target="worksheets/sheet5.xml"/>`);
    expect(workbookRels).toContain(`Type="${rels}/styles" Target="styles.xml"`);
    expect(workbookRels).toContain(`Type="${rels}/sharedStrings" Target="sharedStrings.xml"`);
  });

  it('sanitizes sheet names: forbidden characters, 31-character limit, case-insensitive uniqueness, XML escaping', () => {
    const sheets = [
      ...part(parts, 'xl/workbook.xml').matchAll(/<sheet name="([^"]*)" sheetId="(\d+)" r:id="(\w+)"\/>/g),
    ];
    expect(sheets.map((match) => match[1])).toEqual([
      'Responses',
      'Q1_Q2 _draft__ __',
      'A sheet name that is much longe',
      'responses (2)',
      'R&amp;D &lt;team&gt;',
    ]);
    expect(sheets.map((match) => [match[2], match[3]])).toEqual([
      ['1', 'rId1'],
      ['2', 'rId2'],
      ['3', 'rId3'],
      ['4', 'rId4'],
      ['5', 'rId5'],
    ]);
  });

  it('writes rows and cells in ascending order whatever the input order', () => {
    const rows = [...sheet1.matchAll(/<row r="(\d+)">/g)].map((match) => Number(match[1]));
    expect(rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...cells.keys()].join(' ')).toBe('A1 B1 A2 B2 A3 B3 A4 B4 A5 B5 C5 D5 A6 B6 C6 D6 B7 Z7 AB7 A8');
    expect(sheet1).toContain('<dimension ref="A1:AB8"/>');
  });

  it('stores numbers, shared strings (escaped, non-ASCII) and booleans', () => {
    expect(cells.get('B2')).toBe('<c r="B2"><v>42.5</v></c>');
    expect(cells.get('A1')).toBe('<c r="A1" t="s"><v>0</v></c>');
    expect(cells.get('B1')).toBe('<c r="B1" t="s"><v>1</v></c>');
    expect(cells.get('A2')).toBe('<c r="A2" t="s"><v>2</v></c>');
    expect(strings.slice(0, 3)).toEqual(['Customer', 'Score', 'A&lt;B &amp; ลูกค้า مشتری']);
    expect(cells.get('A3')).toBe('<c r="A3" t="b"><v>1</v></c>');
    expect(cells.get('B3')).toBe('<c r="B3" t="b"><v>0</v></c>');
  });

  it('stores errors, mapping codes Excel does not know to #VALUE!', () => {
    expect(cells.get('A4')).toBe('<c r="A4" t="e"><v>#N/A</v></c>');
    expect(cells.get('B4')).toBe('<c r="B4" t="e"><v>#VALUE!</v></c>');
  });

  it('stores formulas without "=", XML-escaped, with their cached results', () => {
    expect(cells.get('A5')).toBe(`<c r="A5" s="${styleOf('A5')}"><f>NPS(Responses!D:D)</f><v>0.625</v></c>`);
    expect(cells.get('B5')).toBe(
      '<c r="B5" t="str"><f>IF(A1&lt;&gt;&quot;&quot;,A1&amp;&quot;&lt;&quot;,&quot;&quot;)</f><v>a &lt; b</v></c>',
    );
    expect(cells.get('C5')).toBe('<c r="C5" t="b"><f>A3</f><v>1</v></c>');
    expect(cells.get('D5')).toBe('<c r="D5" t="e"><f>1/0</f><v>#DIV/0!</v></c>');
    expect(cells.get('A8')).toBe('<c r="A8" t="str"><f>&quot;&quot;</f><v></v></c>');
  });

  it("stores dates as serial numbers on the workbook's wall clock with a date format", () => {
    // 2024-01-01 is serial 45292; + 31 (Jan) + 29 (Feb 2024) + 14 = 45366 for 2024-03-15.
    expect(cells.get('A6')).toBe(`<c r="A6" s="${styleOf('A6')}"><v>45366</v></c>`);
    // 18:00 is three quarters of a day.
    expect(cells.get('B6')).toBe(`<c r="B6" s="${styleOf('B6')}"><v>45366.75</v></c>`);
    expect(formatCodeOf(formatIdOfStyle(styleOf('A6')))).toBe('yyyy-mm-dd');
    expect(formatCodeOf(formatIdOfStyle(styleOf('B6')))).toBe('yyyy-mm-dd hh:mm');
  });

  it('puts each distinct custom number format in numFmts (from id 164) with one cellXfs entry', () => {
    const numFmts = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)];
    expect(numFmts.map((match) => match[2]).sort()).toEqual(['#,##0.00', '0.0%', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm']);
    expect(numFmts.map((match) => Number(match[1])).sort()).toEqual([164, 165, 166, 167]);
    expect(styles).toContain('<numFmts count="4">');
    expect(styles).toContain('<cellXfs count="5">');
    expect(formatIdOfStyle(0)).toBe(0);
    expect(formatCodeOf(formatIdOfStyle(styleOf('C6')))).toBe('#,##0.00');
    expect(formatCodeOf(formatIdOfStyle(styleOf('D6')))).toBe('0.0%');
    // The same format shares one style.
    expect(styleOf('A5')).toBe(styleOf('D6'));
    expect(styleOf('A1')).toBe(0);
  });

  it('skips empty strings and nulls, and names columns past Z', () => {
    expect(cells.has('C7')).toBe(false);
    expect(cells.get('Z7')).toBe(`<c r="Z7" t="s"><v>${strings.indexOf('Z')}</v></c>`);
    expect(cells.get('AB7')).toBe(`<c r="AB7" t="s"><v>${strings.indexOf('AB')}</v></c>`);
    expect(part(parts, 'xl/worksheets/sheet2.xml')).toContain('<c r="ZZ1"><v>1</v></c>');
    expect(part(parts, 'xl/worksheets/sheet3.xml')).toContain('<c r="AAA1"><v>2</v></c>');
    expect(part(parts, 'xl/worksheets/sheet4.xml')).toContain('<row r="1048576"><c r="XFD1048576"><v>3</v></c></row>');
    expect(part(parts, 'xl/worksheets/sheet5.xml')).toContain('<sheetData/>');
  });

  it('freezes rows and sets column widths in character units', () => {
    expect(sheet1).toContain(
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0">' +
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    );
    // 140 px / 7 = 20; 70 px / 7 = 10.
    expect(sheet1).toContain(
      '<cols><col min="1" max="1" width="20" customWidth="1"/><col min="28" max="28" width="10" customWidth="1"/></cols>',
    );
    // Schema order: dimension, sheetViews, cols, sheetData.
    const order = ['<dimension', '<sheetViews', '<cols', '<sheetData'].map((tag) => sheet1.indexOf(tag));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(part(parts, 'xl/worksheets/sheet2.xml')).not.toContain('<pane');
    expect(part(parts, 'xl/worksheets/sheet2.xml')).not.toContain('<cols>');
  });

  it('is deterministic', () => {
    expect(writeXlsx(SAMPLE).equals(zipBytes)).toBe(true);
  });
});

describe('writeXlsx edge cases', () => {
  it('does not depend on the machine time zone: midnight UTC is 07:00 in Bangkok', () => {
    const sheet = part(
      partsOf({
        timeZone: 'Asia/Bangkok',
        sheets: [{ name: 'S', cells: [{ row: 0, col: 0, value: new Date('2024-03-15T00:00:00Z') }] }],
      }),
      'xl/worksheets/sheet1.xml',
    );
    // 45366 + 7/24 = 45366.291666...
    const serial = Number(/<v>([^<]*)<\/v>/.exec(sheet)?.[1]);
    expect(serial).toBeCloseTo(45366 + 7 / 24, 9);
  });

  it('keeps spaces, escapes control characters and literal _xHHHH_ in cell text', () => {
    const strings = part(
      partsOf({
        timeZone: 'UTC',
        sheets: [{ name: 'S', cells: [{ row: 0, col: 0, value: ' a\r\nb\u0001 _x0041_' }] }],
      }),
      'xl/sharedStrings.xml',
    );
    expect(strings).toContain('<si><t xml:space="preserve"> a_x000D_\nb_x0001_ _x005F_x0041_</t></si>');
  });

  it('writes one empty sheet for a workbook without sheets, and later cells win at the same position', () => {
    const empty = partsOf({ timeZone: 'UTC', sheets: [] });
    expect(part(empty, 'xl/workbook.xml')).toContain('<sheet name="Sheet1" sheetId="1" r:id="rId1"/>');
    const overwritten = partsOf({
      timeZone: 'UTC',
      sheets: [
        {
          name: 'S',
          cells: [
            { row: 0, col: 0, value: 1 },
            { row: 0, col: 0, value: 2 },
          ],
        },
      ],
    });
    expect(part(overwritten, 'xl/worksheets/sheet1.xml')).toContain('<c r="A1"><v>2</v></c>');
  });

  it('rejects cells outside the grid and unknown time zones', () => {
    expect(() =>
      writeXlsx({ timeZone: 'UTC', sheets: [{ name: 'S', cells: [{ row: -1, col: 0, value: 1 }] }] }),
    ).toThrow(RangeError);
    expect(() =>
      writeXlsx({ timeZone: 'UTC', sheets: [{ name: 'S', cells: [{ row: 0, col: 16384, value: 1 }] }] }),
    ).toThrow(RangeError);
    expect(() => writeXlsx({ timeZone: 'Not/AZone', sheets: [] })).toThrow(RangeError);
  });
});
