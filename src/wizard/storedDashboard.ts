/**
 * The document's record of the dashboard the add-on built last: which sheet
 * (by id), live or snapshot, when. Read back from a document property, which
 * anyone with edit access can change, so it is checked field by field; a
 * record of another shape is no record at all.
 */

import type { DashboardInfo } from './wizardProtocol';

export interface StoredDashboard extends DashboardInfo {
  readonly sheetId: number;
}

export function parseStoredDashboard(stored: string | null): StoredDashboard | null {
  if (stored === null) return null;
  try {
    const value = JSON.parse(stored) as Partial<StoredDashboard> | null;
    if (value === null || typeof value !== 'object' || typeof value.sheetId !== 'number') return null;
    return {
      sheetId: value.sheetId,
      sheet: typeof value.sheet === 'string' ? value.sheet : '',
      mode: value.mode === 'snapshot' ? 'snapshot' : 'live',
      computedOn: typeof value.computedOn === 'string' ? value.computedOn : '',
    };
  } catch {
    return null;
  }
}
