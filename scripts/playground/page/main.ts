/**
 * The playground page: a Sheets-like frame around the offline workbook. The
 * server is the single source of state; the page redraws when the server
 * says something changed (server-sent events).
 */

import type { WorkbookView } from '../protocol';
import { api } from './api';
import { Grid } from './grid';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const grid = new Grid(byId('grid-scroller'), byId('grid-canvas'), byId('name-box'), byId('formula-text'));
let view: WorkbookView | undefined;
let shownSidebar: number | undefined;
let shownDialog: number | undefined;

async function refresh(): Promise<void> {
  view = await api.workbook();
  document.title = `${view.name} (offline Sheets playground)`;
  byId('doc-title').textContent = view.name;
  drawTabs(view);
  drawExtensionsMenu(view);
  drawWindows(view);
  drawToast(view);
  const sheet = view.sheets.find((s) => s.id === view?.activeSheetId) ?? view.sheets[0];
  if (sheet !== undefined) grid.show(sheet, view.version);
}

function drawTabs(workbook: WorkbookView): void {
  const tabs = workbook.sheets.map((sheet) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'tab';
    tab.role = 'tab';
    tab.textContent = sheet.name;
    tab.setAttribute('aria-selected', String(sheet.id === workbook.activeSheetId));
    tab.addEventListener('click', () => void api.activate(sheet.id).then(refresh));
    return tab;
  });
  byId('sheet-tabs').replaceChildren(...tabs);
}

function drawExtensionsMenu(workbook: WorkbookView): void {
  const menu = byId('extensions-menu');
  const nodes: HTMLElement[] = [];
  if (workbook.menu === null) {
    const none = document.createElement('div');
    none.className = 'submenu-title';
    none.textContent = 'No add-on menu (onOpen did not build one)';
    nodes.push(none);
  } else {
    const title = document.createElement('div');
    title.className = 'submenu-title';
    title.textContent = workbook.menu.title;
    nodes.push(title);
    for (const item of workbook.menu.items) {
      const button = document.createElement('button');
      button.type = 'button';
      button.role = 'menuitem';
      button.textContent = item.caption;
      button.addEventListener('click', async () => {
        closeMenus();
        const result = await api.runMenuItem(item.functionName);
        if (!result.ok) showAlert(result.message ?? 'The add-on failed.');
        await refresh();
      });
      nodes.push(button);
    }
  }
  menu.replaceChildren(...nodes);
}

function drawWindows(workbook: WorkbookView): void {
  const panel = byId('sidebar-panel');
  if (workbook.sidebar === null) {
    panel.hidden = true;
    shownSidebar = undefined;
  } else if (workbook.sidebar.id !== shownSidebar) {
    shownSidebar = workbook.sidebar.id;
    byId('sidebar-title').textContent = workbook.sidebar.title;
    byId<HTMLIFrameElement>('sidebar-frame').src = `/ui/${workbook.sidebar.id}`;
    panel.hidden = false;
  }
  const dialog = byId('dialog');
  if (workbook.dialog === null) {
    dialog.hidden = true;
    shownDialog = undefined;
  } else if (workbook.dialog.id !== shownDialog) {
    shownDialog = workbook.dialog.id;
    byId('dialog-title').textContent = workbook.dialog.title;
    const frame = byId<HTMLIFrameElement>('dialog-frame');
    frame.src = `/ui/${workbook.dialog.id}`;
    frame.style.width = `${workbook.dialog.width ?? 600}px`;
    frame.style.height = `${workbook.dialog.height ?? 400}px`;
    dialog.hidden = false;
  }
}

/**
 * The toast, as Sheets shows one: a popup in the lower corner with a close
 * button, gone when its time is up (5 s unless the add-on said otherwise; a
 * negative timeout keeps it until closed). The server knows how long it has
 * left; a new toast replaces the one before.
 */
let shownToast: number | undefined;
let toastTimer: ReturnType<typeof setTimeout> | undefined;
const expiredToasts = new Set<number>();

function drawToast(workbook: WorkbookView): void {
  const box = byId('toast');
  const toast = workbook.toast;
  clearTimeout(toastTimer);
  if (toast === null || expiredToasts.has(toast.id)) {
    box.hidden = true;
    shownToast = undefined;
    return;
  }
  if (toast.id !== shownToast) {
    shownToast = toast.id;
    byId('toast-title').textContent = toast.title;
    byId('toast-title').hidden = toast.title === '';
    byId('toast-message').textContent = toast.message;
    box.hidden = false;
  }
  if (toast.remainingMs !== null) {
    toastTimer = setTimeout(() => {
      expiredToasts.add(toast.id);
      box.hidden = true;
      shownToast = undefined;
    }, toast.remainingMs);
  }
}

byId('toast-close').addEventListener('click', () => {
  if (shownToast === undefined) return;
  const id = shownToast;
  expiredToasts.add(id);
  byId('toast').hidden = true;
  shownToast = undefined;
  void api.closeWindow(id).then(refresh);
});

function showAlert(message: string): void {
  const alert = byId('alert');
  alert.textContent = message;
  alert.hidden = false;
  setTimeout(() => (alert.hidden = true), 8000);
}

function closeMenus(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.menu-button')) {
    button.setAttribute('aria-expanded', 'false');
    (button.nextElementSibling as HTMLElement).hidden = true;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.menu-button')) {
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const open = button.getAttribute('aria-expanded') !== 'true';
    closeMenus();
    button.setAttribute('aria-expanded', String(open));
    (button.nextElementSibling as HTMLElement).hidden = !open;
  });
}
document.addEventListener('click', closeMenus);

byId('sidebar-close').addEventListener('click', () => {
  if (shownSidebar !== undefined) void api.closeWindow(shownSidebar).then(refresh);
});
byId('dialog-close').addEventListener('click', () => {
  if (shownDialog !== undefined) void api.closeWindow(shownDialog).then(refresh);
});

/** google.script.host calls from a sidebar or dialog (see googleScriptShim.ts). */
window.addEventListener(
  'message',
  (event: MessageEvent<{ type?: string; action?: string; value?: number; id?: number }>) => {
    if (event.origin !== window.location.origin || event.data?.type !== 'apps-script-host') return;
    const { action, value, id } = event.data;
    if (action === 'close' && id !== undefined) void api.closeWindow(id).then(refresh);
    if (action === 'focus') grid.focus();
    if (action === 'setHeight' && id === shownDialog && value !== undefined)
      byId('dialog-frame').style.height = `${value}px`;
    if (action === 'setWidth' && id === shownDialog && value !== undefined)
      byId('dialog-frame').style.width = `${value}px`;
  },
);

new EventSource('/api/events').addEventListener('message', () => void refresh());
void refresh();
