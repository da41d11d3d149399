/**
 * The grid: column and row headers, the cells of the rows in view (fetched in
 * blocks and cached per workbook version), a selection with the formula bar,
 * and the add-on's charts drawn over the cells.
 *
 * A right-to-left sheet (Sheet.setRightToLeft) is drawn mirrored, as Sheets
 * draws it: column A on the right, the row numbers on the right edge, text
 * starting at each cell's right side and running on to the left, numbers at
 * the left side, charts anchored from the right. Everything is placed by its
 * distance from the sheet's start edge (left, or right when mirrored), and the
 * scroller itself is right to left, so it opens on column A.
 */

import type { CellView, ChartView, SheetSummary } from '../protocol';
import { api } from './api';
import { renderChart } from './charts';

const ROW_HEIGHT = 21;
const HEADER_WIDTH = 46;
const DEFAULT_WIDTH = 100;
const BLOCK = 100;

const letters = (column: number): string => {
  let out = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
};

export class Grid {
  private sheet: SheetSummary | undefined;
  private version = -1;
  private readonly blocks = new Map<
    number,
    Promise<{ rows: readonly (readonly CellView[])[]; charts: readonly ChartView[] }>
  >();
  private selected = { row: 0, column: 0 };
  /** Charts drawn once per view of the data (a ChartView object per workbook version). */
  private readonly drawnCharts = new WeakMap<ChartView, SVGSVGElement>();
  private drawing = false;
  /** A draw asked for while one was under way (a scroll, another sheet): done when that one ends. */
  private drawAgain = false;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly canvas: HTMLElement,
    private readonly nameBox: HTMLElement,
    private readonly formulaText: HTMLElement,
  ) {
    scroller.addEventListener('scroll', () => void this.draw());
    scroller.addEventListener('keydown', (event) => this.onKey(event));
    canvas.addEventListener('click', (event) => {
      const cell = (event.target as HTMLElement).closest<HTMLElement>('.cell');
      if (cell !== null) this.select(Number(cell.dataset.row), Number(cell.dataset.column));
    });
  }

  /** Shows a sheet at a workbook version; cached cells of older versions are dropped. */
  show(sheet: SheetSummary, version: number): void {
    if (this.sheet?.id !== sheet.id) {
      this.selected = { row: 0, column: 0 };
      this.scroller.scrollTo(0, 0);
    }
    if (this.sheet?.id !== sheet.id || this.version !== version) this.blocks.clear();
    this.scroller.dir = sheet.rightToLeft ? 'rtl' : 'ltr';
    this.scroller.classList.toggle('rtl', sheet.rightToLeft);
    this.sheet = sheet;
    this.version = version;
    void this.draw();
  }

  focus(): void {
    this.scroller.focus();
  }

  private width(column: number): number {
    return this.sheet?.columnWidths[column + 1] ?? DEFAULT_WIDTH;
  }

  private left(column: number): number {
    let x = HEADER_WIDTH;
    for (let c = 0; c < column; c++) x += this.width(c);
    return x;
  }

  private block(index: number) {
    let block = this.blocks.get(index);
    if (block === undefined && this.sheet !== undefined) {
      block = api.cells(this.sheet.id, index * BLOCK, BLOCK);
      this.blocks.set(index, block);
    }
    return block;
  }

  private async draw(): Promise<void> {
    if (this.sheet === undefined) return;
    if (this.drawing) {
      this.drawAgain = true;
      return;
    }
    this.drawing = true;
    try {
      const sheet = this.sheet;
      const first = Math.max(0, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - 10);
      const last = Math.min(sheet.rows, first + Math.ceil(this.scroller.clientHeight / ROW_HEIGHT) + 20);
      const indices = [...new Set([Math.floor(first / BLOCK), Math.floor(Math.max(first, last - 1) / BLOCK)])];
      const blocks = await Promise.all(indices.map((i) => this.block(i)));
      if (sheet !== this.sheet) return;
      const rows = new Map<number, readonly CellView[]>();
      blocks.forEach((block, b) => block?.rows.forEach((cells, r) => rows.set(indices[b] * BLOCK + r, cells)));
      this.paint(sheet, first, last, rows, blocks[0]?.charts ?? []);
    } finally {
      this.drawing = false;
      if (this.drawAgain) {
        this.drawAgain = false;
        void this.draw();
      }
    }
  }

  private paint(
    sheet: SheetSummary,
    first: number,
    last: number,
    rows: Map<number, readonly CellView[]>,
    charts: readonly ChartView[],
  ): void {
    const nodes: HTMLElement[] = [];
    const { scrollTop } = this.scroller;
    // Distance scrolled from the start edge (a right-to-left scroller counts it negative).
    const scrollStart = Math.abs(this.scroller.scrollLeft);
    this.canvas.style.width = `${this.left(sheet.columns)}px`;
    this.canvas.style.height = `${(sheet.rows + 1) * ROW_HEIGHT}px`;
    // Frozen rows and the headers stay in view: they are placed at the scroll offset.
    const frozen = Math.min(sheet.frozenRows, sheet.rows);
    const rowTop = (row: number) => (row < frozen ? scrollTop + (row + 1) * ROW_HEIGHT : (row + 1) * ROW_HEIGHT);
    const visible = [
      ...Array.from({ length: frozen }, (_, r) => r),
      ...Array.from({ length: last - first }, (_, i) => first + i).filter((r) => r >= frozen),
    ];
    for (const row of visible) {
      const top = rowTop(row);
      const cells = rows.get(row);
      // Right to left, so a cell's text running on over empty neighbours is drawn above them.
      for (let c = sheet.columns - 1; c >= 0; c--) {
        const view = cells?.[c];
        const cell = this.box('cell', top, this.left(c), this.overflowWidth(cells, c), view?.text ?? '');
        cell.dataset.row = String(row);
        cell.dataset.column = String(c);
        if (row < frozen) cell.classList.add('frozen');
        if (view?.numeric) cell.classList.add('numeric');
        if (view?.error !== undefined) {
          cell.classList.add('error');
          cell.title = view.error;
        }
        if (view?.bold) cell.style.fontWeight = 'bold';
        if (view?.color) cell.style.color = view.color;
        if (view?.background) cell.style.background = view.background;
        if (view?.align) cell.style.textAlign = view.align;
        if (row === this.selected.row && c === this.selected.column) cell.classList.add('selected');
        nodes.push(cell);
      }
      nodes.push(this.box('row-header', top, scrollStart, HEADER_WIDTH, String(row + 1)));
    }
    for (const chart of charts) {
      const frame = document.createElement('div');
      frame.className = 'chart';
      frame.dataset.chartId = String(chart.id);
      frame.style.top = `${(chart.row + 1) * ROW_HEIGHT + chart.offsetY}px`;
      frame.style[sheet.rightToLeft ? 'right' : 'left'] = `${this.left(chart.column) + chart.offsetX}px`;
      let svg = this.drawnCharts.get(chart);
      if (svg === undefined) {
        svg = renderChart(chart);
        this.drawnCharts.set(chart, svg);
      }
      frame.append(svg);
      nodes.push(frame);
    }
    for (let c = 0; c < sheet.columns; c++)
      nodes.push(this.box('col-header', scrollTop, this.left(c), this.width(c), letters(c)));
    nodes.push(this.box('corner', scrollTop, scrollStart, HEADER_WIDTH, ''));
    this.canvas.replaceChildren(...nodes);
    this.updateFormulaBar(rows.get(this.selected.row)?.[this.selected.column]);
  }

  /** As in Sheets, left-aligned text runs on over the empty cells to its right. */
  private overflowWidth(cells: readonly CellView[] | undefined, column: number): number {
    const view = cells?.[column];
    let width = this.width(column);
    if (view === undefined || view.text === '' || view.numeric || view.align !== undefined) return width;
    for (let next = column + 1; next < (cells?.length ?? 0); next++) {
      const neighbour = cells?.[next];
      if (neighbour !== undefined && (neighbour.text !== '' || neighbour.background !== undefined)) break;
      if (width >= view.text.length * 8) break;
      width += this.width(next);
    }
    return width;
  }

  /** A positioned box; `start` is its distance from the sheet's start edge (the right one when mirrored). */
  private box(className: string, top: number, start: number, width: number, text: string): HTMLElement {
    const node = document.createElement('div');
    node.className = className;
    node.style.top = `${top}px`;
    node.style[this.sheet?.rightToLeft ? 'right' : 'left'] = `${start}px`;
    node.style.width = `${width}px`;
    node.textContent = text;
    return node;
  }

  private select(row: number, column: number): void {
    if (this.sheet === undefined) return;
    this.selected = {
      row: Math.max(0, Math.min(row, this.sheet.rows - 1)),
      column: Math.max(0, Math.min(column, this.sheet.columns - 1)),
    };
    const top = (this.selected.row + 1) * ROW_HEIGHT;
    if (top < this.scroller.scrollTop + ROW_HEIGHT) this.scroller.scrollTop = top - ROW_HEIGHT;
    if (top + ROW_HEIGHT > this.scroller.scrollTop + this.scroller.clientHeight)
      this.scroller.scrollTop = top + 2 * ROW_HEIGHT - this.scroller.clientHeight;
    void this.draw();
  }

  private updateFormulaBar(cell: CellView | undefined): void {
    this.nameBox.textContent = `${letters(this.selected.column)}${this.selected.row + 1}`;
    this.formulaText.textContent = cell?.formula ?? cell?.text ?? '';
    this.formulaText.title = cell?.error ?? '';
  }

  private onKey(event: KeyboardEvent): void {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    let move = moves[event.key];
    if (move === undefined) return;
    // Mirrored, the arrow keys still move the way they point.
    if (this.sheet?.rightToLeft && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) move = [0, -move[1]];
    event.preventDefault();
    this.select(this.selected.row + move[0], this.selected.column + move[1]);
  }
}
