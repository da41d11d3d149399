/**
 * What the sidebar and the server API exchange, in one place for both sides.
 * Everything is plain JSON (google.script.run fails on a Date): dates travel
 * as ISO text.
 */

import type { ColumnRole } from '../input/headings';
import type { Language } from '../i18n/language';
import type { CurrencyCode } from './currencies';
import type { DataProblem } from './dataHealth';
import type { Headline } from './dashboardLayout';
import type { MetricAvailability } from './wizardMetrics';
import type { DashboardMode, DashboardOptions, WizardSettings } from './wizardSettings';

export interface SheetListing {
  readonly name: string;
  /** The sheet's last row with content (its rows, headings included). */
  readonly rows: number;
}

export interface DashboardInfo {
  readonly sheet: string;
  readonly mode: DashboardMode;
  /** ISO date-time of the last build. */
  readonly computedOn: string;
}

export interface WizardStart {
  readonly language: Language;
  readonly sheets: readonly SheetListing[];
  readonly activeSheet: string;
  readonly saved: WizardSettings | null;
  readonly defaults: DashboardOptions;
  readonly currencies: readonly CurrencyCode[];
  readonly dashboard: DashboardInfo | null;
}

export interface ColumnProposal {
  /** 1-based. */
  readonly column: number;
  readonly letter: string;
  /** The heading text, or '' when the sheet has no heading row. */
  readonly heading: string;
  readonly role: ColumnRole | null;
}

export interface SheetInspection {
  readonly sheet: string;
  /** 1-based; 0 when there is none. */
  readonly headerRow: number;
  readonly lastRow: number;
  readonly columns: readonly ColumnProposal[];
  /** The first data rows as Sheets displays them. */
  readonly preview: readonly (readonly string[])[];
  /** True when the roles come from the saved settings (found again by heading if columns moved). */
  readonly fromSaved: boolean;
}

export interface DataCheck {
  readonly problems: readonly DataProblem[];
  readonly metrics: readonly MetricAvailability[];
  /** The latest date in the mapped date columns, ISO, or '' when none. */
  readonly latestDate: string;
}

export interface DashboardOutcome extends DashboardInfo {
  readonly url: string;
  readonly currency: CurrencyCode;
  readonly headline: readonly Headline[];
}
