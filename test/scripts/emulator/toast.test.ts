/**
 * Spreadsheet.toast(message, title, timeoutSeconds) as Apps Script documents
 * it: "if null, the toast defaults to 5 seconds; if negative, the toast
 * remains until dismissed"; one toast at a time, the newest replacing the last.
 */

import {
  EmulatedSpreadsheet,
  TOAST_DEFAULT_SECONDS,
  toastDurationMs,
  UiRecorder,
} from '../../../scripts/emulator/spreadsheetApp';
import { Workbook } from '../../../scripts/emulator/workbook';

function setup() {
  let now = 1_000_000;
  const ui = new UiRecorder(() => now);
  const workbook = new Workbook({ Sheet1: [] }, { name: 'Toasts', timeZone: 'UTC', locale: 'en_US', catalog: [] });
  const spreadsheet = new EmulatedSpreadsheet(workbook, ui);
  return { ui, spreadsheet, wait: (ms: number) => (now += ms) };
}

describe('toasts', () => {
  it('lasts 5 s by default, the given seconds otherwise, and until closed when negative', () => {
    expect(TOAST_DEFAULT_SECONDS).toBe(5);
    expect([toastDurationMs(undefined), toastDurationMs(null), toastDurationMs(2), toastDurationMs(-1)]).toEqual([
      5000,
      5000,
      2000,
      null,
    ]);
  });

  it('shows the newest toast until its time is up', () => {
    const { ui, spreadsheet, wait } = setup();
    expect(ui.openToast()).toBeUndefined();
    spreadsheet.toast('Saved', 'Dashboard');
    expect(ui.openToast()).toMatchObject({ message: 'Saved', title: 'Dashboard' });
    expect(ui.remainingMs(ui.openToast() as never)).toBe(5000);
    wait(4999);
    expect(ui.openToast()?.message).toBe('Saved');
    wait(1);
    expect(ui.openToast()).toBeUndefined();
    spreadsheet.toast('First', 'A', 30);
    spreadsheet.toast('Second', 'B', 30);
    expect(ui.openToast()?.message).toBe('Second');
  });

  it('keeps a toast with a negative timeout until it is closed', () => {
    const { ui, spreadsheet, wait } = setup();
    spreadsheet.toast('Until closed', 'Sticky', -1);
    wait(3_600_000);
    const toast = ui.openToast();
    expect(toast?.message).toBe('Until closed');
    expect(ui.remainingMs(toast as never)).toBeNull();
    ui.close((toast as { id: number }).id);
    expect(ui.openToast()).toBeUndefined();
  });
});
