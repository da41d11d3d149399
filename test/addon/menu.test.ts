/**
 * Extensions > Loyalty Metrics > Refresh dashboard: the toast says when the
 * dashboard was computed as the person reads a time (their language, the
 * spreadsheet's time zone), not as the ISO timestamp the dashboard keeps.
 * The wizard's server is replaced by a stand-in that reports a refresh.
 */

import { EmulatedUtilities } from '../../scripts/emulator/services';
import type { Language } from '../../src/i18n/language';

const refresh = { computedOn: '2026-12-01T14:10:00.000Z', language: 'en' as Language };

jest.mock('../../src/addon/wizardServer', () => ({
  wizardRefreshDashboard: () => ({ computedOn: refresh.computedOn }),
  userLanguage: () => refresh.language,
}));

// Imported after the mock is in place.
import { refreshDashboard } from '../../src/addon/menu';

interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds?: number;
}

function installServices(timeZone: string, userLocale: string): Toast[] {
  const toasts: Toast[] = [];
  Object.assign(globalThis, {
    SpreadsheetApp: {
      getActive: () => ({
        getSpreadsheetTimeZone: () => timeZone,
        getSpreadsheetLocale: () => 'en_US',
        toast: (message: string, title: string, timeoutSeconds?: number) =>
          toasts.push({ message, title, timeoutSeconds }),
      }),
    },
    Session: { getActiveUserLocale: () => userLocale, getScriptTimeZone: () => 'UTC' },
    Utilities: new EmulatedUtilities(),
  });
  return toasts;
}

afterEach(() => {
  for (const name of ['SpreadsheetApp', 'Session', 'Utilities']) delete (globalThis as Record<string, unknown>)[name];
});

describe('refreshDashboard', () => {
  it('toasts the time the dashboard was computed, formatted for the person, for long enough to read it', () => {
    const toasts = installServices('Europe/Amsterdam', 'en_GB');
    refresh.language = 'en';
    refreshDashboard();
    expect(toasts).toEqual([
      { title: 'The dashboard is ready.', message: 'Computed on 1 Dec 2026, 15:10', timeoutSeconds: 10 },
    ]);
    expect(toasts[0].message).not.toContain('2026-12-01T');
  });

  it('uses the spreadsheet’s time zone and the person’s language', () => {
    const toasts = installServices('Asia/Kathmandu', 'fa_IR');
    refresh.language = 'fa';
    refreshDashboard();
    expect(toasts[0].title).toBe('داشبورد آماده است.');
    expect(toasts[0].message).toContain('۱۹:۵۵');
    expect(toasts[0].message).toContain('دسامبر');
  });

  it('shows the stored text as it is when it is not a time', () => {
    const toasts = installServices('UTC', 'en');
    refresh.language = 'en';
    refresh.computedOn = 'sometime';
    try {
      refreshDashboard();
    } finally {
      refresh.computedOn = '2026-12-01T14:10:00.000Z';
    }
    expect(toasts[0].message).toBe('Computed on sometime');
  });
});
