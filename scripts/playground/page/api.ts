/** The page's calls to the playground server. */

import type { CellsView, WorkbookView } from '../protocol';

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const api = {
  workbook: () => fetch('/api/workbook').then((r) => json<WorkbookView>(r)),
  cells: (sheetId: number, from: number, count: number) =>
    fetch(`/api/sheets/${sheetId}/cells?from=${from}&count=${count}`).then((r) => json<CellsView>(r)),
  activate: (sheetId: number) =>
    fetch(`/api/sheets/${sheetId}/activate`, { method: 'POST' }).then((r) => json<{ ok: boolean }>(r)),
  runMenuItem: (functionName: string) =>
    fetch('/api/menu', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ functionName }),
    }).then((r) => json<{ ok: boolean; message?: string }>(r)),
  closeWindow: (id: number) => fetch(`/api/ui/${id}/close`, { method: 'POST' }).then((r) => json<{ ok: boolean }>(r)),
};
