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
  readonly toasts: readonly { readonly id: number; readonly title: string; readonly message: string }[];
}

export interface SheetSummary {
  readonly id: number;
  readonly name: string;
  /** Rows and columns to draw: the data plus a margin, at least Sheets' visible minimum. */
  readonly rows: number;
  readonly columns: number;
  readonly frozenRows: number;
  readonly columnWidths: Readonly<Record<number, number>>;
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

export interface ChartView {
  readonly id: number;
  readonly type: string;
  /** Anchor cell, 0-based, and pixel offsets. */
  readonly row: number;
  readonly column: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  /** Category labels (the first column of the data) and one series per further column. */
  readonly labels: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
    readonly color?: string;
  }[];
}

export interface CellsView {
  readonly sheetId: number;
  readonly version: number;
  readonly from: number;
  readonly rows: readonly (readonly CellView[])[];
  readonly charts: readonly ChartView[];
}
