/**
 * What the sidebar and the server API exchange, in one place for both sides.
 * Everything is plain JSON (google.script.run fails on a Date): dates travel
 * as ISO text. `WizardServerApi` names every server function the sidebar may
 * call with its arguments and result; the sidebar's calls are typed through
 * it, and a test checks that src/addon exports each of them.
 */

import type { ColumnRole } from '../input/headings';
import type { Language } from '../i18n/language';
import type { CurrencyCode } from './currencies';
import type { DataProblem } from './dataHealth';
import type { Failure, Headline } from './dashboardLayout';
import type { MetricAvailability } from './wizardMetrics';
import type { DashboardMode, DashboardOptions, SheetMapping, WizardSettings } from './wizardSettings';

export interface SheetListing {
  readonly name: string;
  /** The sheet's last row with content (its rows, headings included). */
  readonly rows: number;
  /**
   * Rows of values under a heading: what the wizard ticks to start with. A
   * sheet of formulas or results (a summary), an empty sheet, or a dashboard
   * the add-on made is not.
   */
  readonly looksLikeData: boolean;
}

export interface DashboardInfo {
  readonly sheet: string;
  readonly mode: DashboardMode;
  /** ISO date-time of the last build. */
  readonly computedOn: string;
}

export interface BenchmarkChoice {
  /** The segment id saved in the options (compareWith). */
  readonly id: string;
  /** As the publishers name it (not translated). */
  readonly label: string;
}

export interface WizardStart {
  readonly language: Language;
  /** The spreadsheet's sheets in order, without the add-on's dashboards. */
  readonly sheets: readonly SheetListing[];
  readonly activeSheet: string;
  readonly saved: WizardSettings | null;
  readonly defaults: DashboardOptions;
  readonly currencies: readonly CurrencyCode[];
  /** The dashboard the add-on made last, if it is still there. */
  readonly dashboard: DashboardInfo | null;
  /** The segments whose benchmarks the key numbers can be compared with ("Compare with"). */
  readonly benchmarkSegments: readonly BenchmarkChoice[];
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
  /** Problems and plausibility warnings, errors first; each says its severity. */
  readonly problems: readonly DataProblem[];
  readonly metrics: readonly MetricAvailability[];
  /** The earliest and the latest date in the mapped date columns, ISO, or '' when none. */
  readonly firstDate: string;
  readonly latestDate: string;
  /** Defaults that follow from the data, shown in Options. */
  readonly suggested: {
    /** What a subscriber pays per period of the dashboard, from the orders of the customers on the list; null when the orders do not tell. */
    readonly subscriptionRevenue: number | null;
  };
}

/** What to do when a dashboard made by the add-on is already there: update it in place, or make another beside it. */
export type ExistingDashboardChoice = 'update' | 'new';

export interface DashboardOutcome extends DashboardInfo {
  readonly url: string;
  readonly currency: CurrencyCode;
  readonly headline: readonly Headline[];
  /**
   * Every key number and table that could not be computed, with the
   * function's message and what to change; empty when every cell computed.
   * The sidebar says "ready" only when it is empty.
   */
  readonly failures: readonly Failure[];
  /** What the wizard decided on the person's behalf (another model tried, a default taken), a sentence each, in their language. */
  readonly notices: readonly string[];
}

/** "Data too big for a sheet?": the BigQuery SQL for the mapped columns. */
export interface SqlRequest {
  readonly sources: readonly SheetMapping[];
  /** The person's BigQuery table for each mapped sheet, by sheet name ("my-project.shop.orders"). */
  readonly tables: Readonly<Record<string, string>>;
}

export interface SqlPanel {
  /** One view per mapped sheet that is a table of the conventions (orders, customers, responses), renaming their columns. */
  readonly views: readonly { readonly sheet: string; readonly table: string; readonly sql: string }[];
  /** The queries of the chosen metrics' functions, over those views, in the order to run them. */
  readonly queries: readonly { readonly name: string; readonly sql: string }[];
}

/**
 * The server functions the sidebar calls (google.script.run), with what they
 * take and return. The server side takes `unknown` and checks it.
 */
export interface WizardServerApi {
  wizardStart(): WizardStart;
  wizardSetLanguage(language: Language): void;
  wizardInspectSheet(name: string): SheetInspection;
  wizardCheckData(sources: readonly SheetMapping[]): DataCheck;
  wizardCreateDashboard(settings: WizardSettings, existing: ExistingDashboardChoice): DashboardOutcome;
  wizardRefreshDashboard(): DashboardOutcome;
  wizardOpenDashboard(): void;
  wizardSql(request: SqlRequest): SqlPanel;
  showFunctionHelp(): void;
}
