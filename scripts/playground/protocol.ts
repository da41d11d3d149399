/** What the playground server sends its page (plain JSON), in one place for both sides. */

export interface WorkbookView {
  readonly name: string;
  readonly timeZone: string;
  readonly version: number;
  readonly activeSheetId: number;
  readonly sheets: readonly SheetSummary[];
  /** The add-on menu onOpen built: Extensions > {title} > items. */
  readonly menu: {
    readonly title: string;
    readonly items: readonly { readonly caption: string; readonly functionName: string }[];
  } | null;
  readonly sidebar: UiWindow | null;
  readonly dialog: UiWindow | null;
  /** The toast on show, if any: Sheets shows one at a time, a new one replacing the last. */
  readonly toast: ToastView | null;
}

/** Spreadsheet.toast(message, title, timeoutSeconds), as Sheets shows it: a popup in the lower corner. */
export interface ToastView {
  readonly id: number;
  readonly title: string;
  readonly message: string;
  /** Milliseconds left before it goes by itself; null when it stays until closed (a negative timeout). */
  readonly remainingMs: number | null;
}

export interface SheetSummary {
  readonly id: number;
  readonly name: string;
  /** Rows and columns to draw: the data plus a margin, at least Sheets' visible minimum. */
  readonly rows: number;
  readonly columns: number;
  readonly frozenRows: number;
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Sheet.setRightToLeft(true): column A on the right, the grid mirrored, as Sheets draws such a sheet. */
  readonly rightToLeft: boolean;
}

export interface UiWindow {
  readonly id: number;
  readonly title: string;
  readonly width?: number;
  readonly height?: number;
}

/** One cell as drawn: the text Sheets would show, and what explains it. */
export interface CellView {
  readonly text: string;
  readonly formula?: string;
  /** Error cells: the message Sheets shows on hover. */
  readonly error?: string;
  readonly numeric?: boolean;
  readonly bold?: boolean;
  readonly color?: string;
  readonly background?: string;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * A chart the add-on inserted, resolved against the sheet: its data as Sheets
 * reads it from the ranges (first column the domain, further columns the
 * series, the header row naming them) and the options it set, normalized to
 * the Google Charts options the playground draws (chartOptions.ts).
 */
export interface ChartView {
  readonly id: number;
  /** Charts.ChartType name: LINE, AREA, BAR (horizontal bars), COLUMN, COMBO; others are drawn as LINE. */
  readonly type: string;
  /** Anchor cell, 0-based, and pixel offsets. */
  readonly row: number;
  readonly column: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  readonly height: number;
  readonly domain: ChartDomain;
  readonly series: readonly ChartSeries[];
  readonly options: ChartOptions;
}

export interface ChartDomain {
  /**
   * 'date' when every domain cell is a date, 'number' when every one is a
   * number (both drawn on a continuous axis in line, area and combo charts,
   * as Google Charts does), else 'text' (one category per row).
   */
  readonly kind: 'date' | 'number' | 'text';
  /** Per row: a date as its Sheets serial (days on the spreadsheet's wall clock), a number, or the row index for text. */
  readonly values: readonly number[];
  /** Per row: the cell as the sheet shows it (its number format), the category label on a discrete axis. */
  readonly labels: readonly string[];
  /** The number format the domain cells share, if any. */
  readonly format?: string;
}

export interface ChartSeries {
  /** From the header row, as the cell shows it. */
  readonly name: string;
  /** Per domain row; null where the cell is blank or not a number (a gap). */
  readonly values: readonly (number | null)[];
  /** The number format the series' cells share, if any (Sheets labels the value axis with it). */
  readonly format?: string;
}

/** The options of Google Charts' core charts the playground draws; anything else the add-on sets is ignored. */
export interface ChartOptions {
  readonly title?: string;
  readonly colors?: readonly string[];
  readonly backgroundColor?: string;
  readonly legend: { readonly position: 'right' | 'bottom' | 'top' | 'none' };
  readonly isStacked: false | 'absolute' | 'percent' | 'relative';
  readonly seriesType: SeriesType;
  readonly series: Readonly<Record<number, SeriesOptions>>;
  readonly hAxis: AxisOptions;
  readonly vAxis: AxisOptions;
  readonly useFirstColumnAsDomain: boolean;
  readonly treatLabelsAsText: boolean;
  readonly lineWidth?: number;
  readonly pointSize?: number;
  readonly areaOpacity?: number;
  readonly interpolateNulls: boolean;
  readonly chartArea: {
    readonly left?: Length;
    readonly top?: Length;
    readonly width?: Length;
    readonly height?: Length;
  };
  /** Width of a group of bars as a share of the space for one category ('bar.groupWidth'). */
  readonly barGroupWidth?: Length;
}

export type SeriesType = 'line' | 'area' | 'bars';

/** Pixels, or a share of the chart ('70%'). */
export type Length = number | `${number}%`;

export interface SeriesOptions {
  readonly type?: SeriesType;
  readonly color?: string;
  readonly lineWidth?: number;
  readonly pointSize?: number;
  readonly areaOpacity?: number;
  readonly visibleInLegend?: boolean;
  readonly labelInLegend?: string;
  readonly lineDashStyle?: readonly number[];
}

export interface AxisOptions {
  readonly title?: string;
  /** A number or date pattern ('0%', '#,##0', 'MMM yyyy') or one of Google's names ('percent', 'decimal', 'short'). */
  readonly format?: string;
  readonly viewWindow: { readonly min?: number; readonly max?: number };
  readonly minValue?: number;
  readonly maxValue?: number;
  /** undefined: slant only when upright labels do not fit (Google Charts' default). */
  readonly slantedText?: boolean;
  readonly slantedTextAngle: number;
  readonly showTextEvery?: number;
  readonly textPosition: 'out' | 'none';
  readonly gridlinesCount?: number;
}

export interface CellsView {
  readonly sheetId: number;
  readonly version: number;
  readonly from: number;
  readonly rows: readonly (readonly CellView[])[];
  readonly charts: readonly ChartView[];
}
