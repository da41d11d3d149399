/**
 * "Data too big for a sheet?": the BigQuery SQL for the columns the person
 * mapped (README, "Beyond one sheet"). For each mapped sheet that is one of
 * the conventions' input tables (orders, customers, responses), a view over
 * the person's own BigQuery table that renames their columns to the
 * conventions' names, with dates as DATE in the spreadsheet's time zone; then
 * the metric queries (src/sql, the same text as `npm run sql -- --dialect
 * bigquery`) of every metric the mapping allows, over those views.
 *
 * Column names are the sheet's headings as BigQuery's schema auto-detection
 * names the columns of a CSV export with a heading row: every character other
 * than a letter, a digit or _ becomes _ ("Customer ID" is Customer_ID; the
 * substitution is described in bxparks/bigquery-schema-generator issue 14),
 * and a name that would start with a digit gets a leading _, as a column name
 * must start with a letter or an underscore (BigQuery, "Specify a schema",
 * Column names). The views go into the dataset of the first table given,
 * named loyalty_<table>, so they never replace a table of the person's.
 */

import { CATALOG } from '../catalog';
import type { ColumnRole } from '../input/headings';
import { type GeneratedQuery, generateQueries } from '../sql';
import { DIALECTS, sqlText } from '../sql/dialect';
import type { InputTable } from '../sql/query';
import { columnLetters } from './a1';
import { conventionTable, TABLE_COLUMNS } from './warehouseTables';
import { WizardError } from './wizardError';
import { metricAvailability, type MetricId, WIZARD_METRICS } from './wizardMetrics';
import type { SqlPanel, SqlRequest } from './wizardProtocol';
import { type MappedColumnRef, parseSources, type SheetMapping } from './wizardSettings';

/**
 * The queries each wizard metric brings, in the order to run them; a metric
 * with no warehouse query (a by-segment view, the subscription model, the
 * survey-and-orders join) brings none.
 */
const METRIC_QUERIES: Readonly<Record<MetricId, readonly string[]>> = {
  nps: ['nps', 'nps_summary'],
  npsTrend: ['nps_trend'],
  npsSegments: ['nps_by'],
  csat: ['csat'],
  churn: ['churn_rate', 'retention_rate'],
  churnTrend: ['churn_trend'],
  churnBySegment: [],
  churnBySource: [],
  subscriptionValue: [],
  repeatPurchase: ['repeat_purchase_rate'],
  frequency: ['purchase_frequency'],
  orderValue: ['avg_order_value'],
  upsell: ['upsell_rate'],
  referral: ['referral_rate'],
  clv: ['clv'],
  cohorts: ['cohort_retention'],
  rfm: ['rfm', 'rfm_summary'],
  predictedClv: ['customer_summary', 'btyd_patterns', 'btyd_spend_sample'],
  loyaltyImpact: [],
};

/** The SQL type of each conventions column, for a column the person did not map (a typed NULL). */
const COLUMN_TYPES: Readonly<Record<string, string>> = {
  customer_id: 'STRING',
  order_date: 'DATE',
  amount: 'FLOAT64',
  product: 'STRING',
  order_id: 'STRING',
  start_date: 'DATE',
  end_date: 'DATE',
  source: 'STRING',
  response_date: 'DATE',
  score: 'FLOAT64',
  segment: 'STRING',
};

const DATE_COLUMNS = new Set(['order_date', 'start_date', 'end_date', 'response_date']);

/** CSAT reads the score column of responses as 1-5 answers: a view of its own maps satisfaction there. */
const CSAT_VIEW = 'csat_';

export interface TableName {
  /** Empty for "dataset.table", which BigQuery reads in the query's own project. */
  readonly project: string;
  readonly dataset: string;
  readonly table: string;
}

/**
 * A BigQuery table name, project.dataset.table or dataset.table, or null when
 * it is not one: projects are lower-case letters, digits, hyphens (and the
 * "domain:" of older projects), datasets letters, digits and underscores,
 * tables letters, marks, digits, connectors, dashes and spaces (BigQuery,
 * "Table naming").
 */
export function parseTableName(text: string): TableName | null {
  const parts = text.trim().split('.');
  if (parts.length < 2) return null;
  const table = parts[parts.length - 1];
  const dataset = parts[parts.length - 2];
  const project = parts.slice(0, -2).join('.');
  if (!/^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd} ]{1,1024}$/u.test(table) || table.trim() !== table) return null;
  if (!/^[A-Za-z0-9_]{1,1024}$/.test(dataset)) return null;
  if (project !== '' && !/^[a-z][a-z0-9.:-]{0,127}[a-z0-9]$/.test(project)) return null;
  return { project, dataset, table };
}

const nameOf = ({ project, dataset, table }: TableName) =>
  (project === '' ? '' : `${project}.`) + `${dataset}.${table}`;

/** A sheet's heading as BigQuery's auto-detection names the column. */
export function bigQueryColumnName(heading: string): string {
  const name = heading.trim().replace(/[^\p{L}\p{M}\p{N}_]/gu, '_');
  return /^\p{N}/u.test(name) ? `_${name}` : name;
}

/** A table name for a sheet when the person has not given one: my-project.my_dataset.<the sheet's name>. */
function exampleTable(sheet: string): TableName {
  const table = sheet
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return { project: 'my-project', dataset: 'my_dataset', table: table === '' ? 'table' : table };
}

function tableOf(request: SqlRequest, sheet: string): TableName {
  const given = (request.tables[sheet] ?? '').trim();
  if (given === '') return exampleTable(sheet);
  const parsed = parseTableName(given);
  if (parsed === null) throw new WizardError('sql.badTable', { sheet });
  return parsed;
}

/** One line of a comment: no line breaks, so a sheet's name cannot end the comment. */
const commentText = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

function columnExpression(
  column: string,
  ref: MappedColumnRef | undefined,
  zone: string,
): { sql: string; note?: string } {
  if (ref === undefined) return { sql: `CAST(NULL AS ${COLUMN_TYPES[column]})` };
  const named = ref.heading === '' ? columnLetters(ref.column) : bigQueryColumnName(ref.heading);
  const source = `\`${named}\``;
  const note =
    ref.heading === '' ? `column ${columnLetters(ref.column)} of the sheet: write its name in your table` : undefined;
  return { sql: DATE_COLUMNS.has(column) ? `DATE(${source}, ${sqlText(zone)})` : source, note };
}

function viewSql(
  table: InputTable,
  view: string,
  sheet: string,
  source: TableName,
  roles: SheetMapping['roles'],
  zone: string,
  roleFor: (column: string, role: ColumnRole) => ColumnRole = (_, role) => role,
  purpose = `the ${table} table of the conventions`,
): string {
  const columns = TABLE_COLUMNS[table];
  const lines = columns.map(([column, role], i) => {
    const { sql, note } = columnExpression(column, roles[roleFor(column, role)], zone);
    const comma = i < columns.length - 1 ? ',' : '';
    return `  ${sql} AS ${column}${comma}${note === undefined ? '' : `  -- ${note}`}`;
  });
  return [
    `-- Loyalty Metrics: the sheet "${commentText(sheet)}" as ${purpose}`,
    `-- (${columns.map(([column]) => column).join(', ')}).`,
    `-- Dates become DATE in the spreadsheet's time zone, ${commentText(zone)}: DATE(x, '${commentText(zone)}') reads a TIMESTAMP;`,
    '-- where a column is a DATE already, write its name alone.',
    `CREATE OR REPLACE VIEW \`${view}\` AS`,
    'SELECT',
    ...lines,
    `FROM \`${nameOf(source)}\`;`,
    '',
  ].join('\n');
}

/** The SQL for the mapping: a view per conventions table, then the queries of the metrics it allows. */
export function warehouseSql(request: SqlRequest, timeZone: string): SqlPanel {
  const kinds = new Map<InputTable, SheetMapping>();
  for (const source of request.sources) {
    const kind = conventionTable(source.roles);
    if (kind !== null && !kinds.has(kind)) kinds.set(kind, source);
  }
  const satisfaction = request.sources.find((source) => source.roles.satisfaction !== undefined);
  const first = request.sources.find((source) => kinds.get(conventionTable(source.roles) as InputTable) === source);
  if (first === undefined) return { views: [], queries: [] };
  const home = tableOf(request, first.sheet);
  const prefix = `${home.project === '' ? '' : `${home.project}.`}${home.dataset}.loyalty_`;

  const views: { sheet: string; table: string; sql: string }[] = [];
  const viewed = new Set<string>();
  for (const table of Object.keys(TABLE_COLUMNS) as InputTable[]) {
    const mapping = kinds.get(table);
    if (mapping === undefined) continue;
    const name = `${prefix}${table}`;
    views.push({
      sheet: mapping.sheet,
      table: name,
      sql: viewSql(table, name, mapping.sheet, tableOf(request, mapping.sheet), mapping.roles, timeZone),
    });
    viewed.add(table);
  }
  if (satisfaction !== undefined) {
    const name = `${prefix}${CSAT_VIEW}responses`;
    views.push({
      sheet: satisfaction.sheet,
      table: name,
      sql: viewSql(
        'responses',
        name,
        satisfaction.sheet,
        tableOf(request, satisfaction.sheet),
        satisfaction.roles,
        timeZone,
        (column, role) => (column === 'score' ? 'satisfaction' : role),
        'the responses table of the conventions for csat, its satisfaction answers (1-5) as the score',
      ),
    });
  }

  const available = new Set(
    metricAvailability(
      request.sources.map((s) => ({
        sheet: s.sheet,
        roles: new Set((Object.keys(s.roles) as ColumnRole[]).filter((role) => s.roles[role] !== undefined)),
      })),
    )
      .filter((m) => m.sheet !== undefined)
      .map((m) => m.id),
  );
  const generated = new Map<string, GeneratedQuery>(
    generateQueries(CATALOG, DIALECTS.bigquery, prefix).map((query) => [query.name, query]),
  );
  const csat = generateQueries(CATALOG, DIALECTS.bigquery, `${prefix}${CSAT_VIEW}`).find((q) => q.name === 'csat');
  const names = [...new Set(WIZARD_METRICS.filter((m) => available.has(m.id)).flatMap((m) => METRIC_QUERIES[m.id]))];
  const queries = names.flatMap((name) => {
    if (name === 'csat') return satisfaction === undefined || csat === undefined ? [] : [csat];
    const query = generated.get(name);
    return query !== undefined && query.tables.every((table) => viewed.has(table)) ? [query] : [];
  });
  return { views, queries: queries.map((query) => ({ name: query.name, sql: query.source })) };
}

/** The request as the sidebar sent it (JSON from a browser), checked. */
export function parseSqlRequest(input: unknown): SqlRequest {
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const sources = parseSources(record.sources);
  const given = typeof record.tables === 'object' && record.tables !== null ? record.tables : {};
  const tables: Record<string, string> = {};
  for (const source of sources) {
    const table = Object.prototype.hasOwnProperty.call(given, source.sheet)
      ? (given as Record<string, unknown>)[source.sheet]
      : undefined;
    if (typeof table === 'string') tables[source.sheet] = table;
  }
  return { sources, tables };
}
