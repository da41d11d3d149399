/**
 * "Data too big for a sheet?": the views that rename a person's BigQuery
 * columns to the conventions' names, and the queries of the metrics their
 * mapping allows. Every statement must parse as BigQuery SQL (node-sql-parser,
 * as test/sql/bigquery.test.ts checks the generated queries).
 */

import { Parser } from 'node-sql-parser';
import { CATALOG } from '../../src/catalog';
import { generateQueries } from '../../src/sql';
import { DIALECTS } from '../../src/sql/dialect';
import { INPUT_TABLES } from '../../src/sql/query';
import { conventionTable, TABLE_COLUMNS } from '../../src/wizard/warehouseTables';
import { bigQueryColumnName, parseSqlRequest, parseTableName, warehouseSql } from '../../src/wizard/warehouseSql';
import { WizardError } from '../../src/wizard/wizardError';
import type { SqlRequest } from '../../src/wizard/wizardProtocol';
import type { SheetMapping } from '../../src/wizard/wizardSettings';

const parser = new Parser();
const ref = (column: number, heading: string) => ({ column, heading });

const ORDERS: SheetMapping = {
  sheet: 'Orders',
  headerRow: 1,
  roles: {
    order: ref(1, 'Order ID'),
    customer: ref(2, 'Customer ID'),
    orderDate: ref(3, 'Order date'),
    amount: ref(4, 'Amount'),
    product: ref(5, 'Product'),
  },
};
const CUSTOMERS: SheetMapping = {
  sheet: 'Customers',
  headerRow: 1,
  roles: {
    customer: ref(1, 'Customer ID'),
    startDate: ref(3, 'Start date'),
    endDate: ref(4, 'Cancel date'),
    source: ref(5, 'Source'),
    segment: ref(6, 'Plan'),
  },
};
const RESPONSES: SheetMapping = {
  sheet: 'Responses',
  headerRow: 1,
  roles: {
    responseDate: ref(1, 'Response date'),
    customer: ref(2, 'Customer ID'),
    segment: ref(3, 'Segment'),
    score: ref(4, 'Likelihood to recommend (0-10)'),
    satisfaction: ref(5, 'Satisfaction (1-5)'),
  },
};

const EXAMPLE: SqlRequest = {
  sources: [CUSTOMERS, ORDERS, RESPONSES],
  tables: {
    Customers: 'bean-there.shop.customers',
    Orders: 'bean-there.shop.orders',
    Responses: 'bean-there.survey.answers',
  },
};

const parses = (sql: string) => () => parser.astify(sql, { database: 'bigquery' });

describe('the tables of the conventions', () => {
  it('fill exactly the columns of src/sql INPUT_TABLES, in their order', () => {
    for (const [table, columns] of Object.entries(TABLE_COLUMNS))
      expect(columns.map(([column]) => column)).toEqual(INPUT_TABLES[table as keyof typeof INPUT_TABLES]);
  });

  it('tell a sheet by its roles', () => {
    expect(conventionTable(ORDERS.roles)).toBe('orders');
    expect(conventionTable(CUSTOMERS.roles)).toBe('customers');
    expect(conventionTable(RESPONSES.roles)).toBe('responses');
    // Order dates without customer ids are no orders table; a list of sources alone is a customer list.
    expect(conventionTable({ orderDate: ref(1, 'Date') })).toBeNull();
    expect(conventionTable({ source: ref(1, 'Source') })).toBe('customers');
    expect(conventionTable({ satisfaction: ref(1, 'CSAT') })).toBe('responses');
    expect(conventionTable({ product: ref(1, 'Product') })).toBeNull();
  });
});

describe('bigQueryColumnName', () => {
  it.each([
    ['Customer ID', 'Customer_ID'],
    ['Column.example 1', 'Column_example_1'],
    ['Likelihood to recommend (0-10)', 'Likelihood_to_recommend__0_10_'],
    ['  Amount ', 'Amount'],
    ['2024 revenue', '_2024_revenue'],
    ['order_id', 'order_id'],
    ['รหัสลูกค้า', 'รหัสลูกค้า'],
    ['顧客 編號', '顧客_編號'],
  ])('%s is %s', (heading, name) => {
    expect(bigQueryColumnName(heading)).toBe(name);
  });
});

describe('parseTableName', () => {
  it('reads project.dataset.table and dataset.table', () => {
    expect(parseTableName('bean-there.shop.orders')).toEqual({
      project: 'bean-there',
      dataset: 'shop',
      table: 'orders',
    });
    expect(parseTableName(' shop.orders ')).toEqual({ project: '', dataset: 'shop', table: 'orders' });
    expect(parseTableName('example.com:bean-there.shop.orders 2024')).toEqual({
      project: 'example.com:bean-there',
      dataset: 'shop',
      table: 'orders 2024',
    });
  });

  it.each(['orders', 'shop.', '.orders', 'Bean.shop.orders', 'p.sh-op.orders', 'p.shop.ord`ers', 'p.shop.a;b', ''])(
    'refuses %p',
    (text) => {
      expect(parseTableName(text)).toBeNull();
    },
  );
});

describe('warehouseSql', () => {
  const panel = warehouseSql(EXAMPLE, 'Europe/Amsterdam');

  it('writes a view per conventions table, in the dataset of the first table, never over a table of the person', () => {
    expect(panel.views.map((v) => [v.sheet, v.table])).toEqual([
      ['Orders', 'bean-there.shop.loyalty_orders'],
      ['Customers', 'bean-there.shop.loyalty_customers'],
      ['Responses', 'bean-there.shop.loyalty_responses'],
      // CSAT reads the score column as 1-5 answers: the satisfaction answers get a view of their own.
      ['Responses', 'bean-there.shop.loyalty_csat_responses'],
    ]);
    for (const view of panel.views) expect(Object.values(EXAMPLE.tables)).not.toContain(view.table);
  });

  it('renames the mapped columns, dates in the spreadsheet’s zone, and gives the others as typed NULLs', () => {
    const orders = panel.views[0].sql;
    expect(orders).toContain('CREATE OR REPLACE VIEW `bean-there.shop.loyalty_orders` AS');
    expect(orders).toContain('`Customer_ID` AS customer_id,');
    expect(orders).toContain("DATE(`Order_date`, 'Europe/Amsterdam') AS order_date,");
    expect(orders).toContain('`Amount` AS amount,');
    expect(orders).toContain('`Order_ID` AS order_id\n');
    expect(orders).toContain('FROM `bean-there.shop.orders`;');
    const customers = panel.views[1].sql;
    expect(customers).toContain("DATE(`Cancel_date`, 'Europe/Amsterdam') AS end_date,");
    expect(customers).toContain('`Source` AS source\n');
    const csat = panel.views[3].sql;
    expect(csat).toContain('`Satisfaction__1_5_` AS score,');
    expect(csat).toContain('FROM `bean-there.survey.answers`;');
    const noProduct = warehouseSql(
      { sources: [{ ...ORDERS, roles: { ...ORDERS.roles, product: undefined } }], tables: {} },
      'UTC',
    );
    expect(noProduct.views[0].sql).toContain('CAST(NULL AS STRING) AS product,');
  });

  it('gives the queries of every metric the mapping allows, over the views', () => {
    expect(panel.queries.map((q) => q.name)).toEqual([
      'nps',
      'nps_summary',
      'nps_trend',
      'nps_by',
      'csat',
      'churn_rate',
      'retention_rate',
      'churn_trend',
      'repeat_purchase_rate',
      'purchase_frequency',
      'avg_order_value',
      'upsell_rate',
      'referral_rate',
      'clv',
      'cohort_retention',
      'rfm',
      'rfm_summary',
      'customer_summary',
      'btyd_patterns',
      'btyd_spend_sample',
    ]);
    const byName = Object.fromEntries(panel.queries.map((q) => [q.name, q.sql]));
    expect(byName.nps).toContain('FROM `bean-there.shop.loyalty_responses`');
    expect(byName.csat).toContain('FROM `bean-there.shop.loyalty_csat_responses`');
    expect(byName.clv).toContain('FROM `bean-there.shop.loyalty_orders`');
    // The very text npm run sql writes, with the views' prefix.
    const generated = generateQueries(CATALOG, DIALECTS.bigquery, 'bean-there.shop.loyalty_');
    expect(byName.rfm).toBe(generated.find((q) => q.name === 'rfm')?.source);
  });

  it('gives only what the mapping allows: orders alone have no survey or customer-list query', () => {
    const orders = warehouseSql({ sources: [ORDERS], tables: { Orders: 'shop.orders' } }, 'UTC');
    expect(orders.views.map((v) => v.table)).toEqual(['shop.loyalty_orders']);
    expect(orders.queries.map((q) => q.name)).not.toContain('nps');
    expect(orders.queries.map((q) => q.name)).not.toContain('churn_rate');
    expect(orders.queries.map((q) => q.name)).toContain('clv');
    // Without a product, no upsell rate.
    const noProduct = warehouseSql(
      { sources: [{ ...ORDERS, roles: { ...ORDERS.roles, product: undefined } }], tables: {} },
      'UTC',
    );
    expect(noProduct.queries.map((q) => q.name)).not.toContain('upsell_rate');
    expect(
      warehouseSql({ sources: [{ sheet: 'Notes', headerRow: 1, roles: { product: ref(1, 'P') } }], tables: {} }, 'UTC'),
    ).toEqual({
      views: [],
      queries: [],
    });
  });

  it('parses as BigQuery SQL, every view and every query', () => {
    for (const view of panel.views) expect(parses(view.sql)).not.toThrow();
    for (const query of panel.queries) expect(parses(query.sql)).not.toThrow();
    // The check can fail.
    expect(parses(`${panel.views[0].sql.replace('AS\nSELECT', 'AS\nSELEC')}`)).toThrow();
  });

  it('shows an example table for a sheet whose table is not given yet, and says which name is wrong', () => {
    const example = warehouseSql({ sources: [ORDERS, RESPONSES], tables: {} }, 'UTC');
    expect(example.views[0].sql).toContain('FROM `my-project.my_dataset.orders`;');
    expect(example.views[0].table).toBe('my-project.my_dataset.loyalty_orders');
    expect(() => warehouseSql({ sources: [ORDERS], tables: { Orders: 'orders' } }, 'UTC')).toThrow(
      new WizardError('sql.badTable', { sheet: 'Orders' }),
    );
  });

  it('keeps names from the sheet out of the SQL’s code: a sheet name cannot end a comment', () => {
    const hostile: SheetMapping = { ...ORDERS, sheet: 'Orders\nDROP TABLE x; --' };
    const sql = warehouseSql({ sources: [hostile], tables: {} }, 'UTC').views[0].sql;
    expect(sql.split('\n').filter((line) => line.includes('DROP'))).toEqual([
      expect.stringMatching(/^-- Loyalty Metrics: the sheet "Orders DROP TABLE x; --"/),
    ]);
    expect(parses(sql)).not.toThrow();
  });

  it('names a column of a sheet without headings by its letter, with a note to rename it', () => {
    const headless: SheetMapping = {
      sheet: 'Raw',
      headerRow: 0,
      roles: { customer: ref(2, ''), orderDate: ref(3, ''), amount: ref(4, '') },
    };
    const sql = warehouseSql({ sources: [headless], tables: {} }, 'UTC').views[0].sql;
    expect(sql).toContain("DATE(`C`, 'UTC') AS order_date,  -- column C of the sheet: write its name in your table");
    expect(parses(sql)).not.toThrow();
  });
});

describe('parseSqlRequest', () => {
  it('keeps the mappings and the table names of their sheets, as text', () => {
    expect(
      parseSqlRequest({ sources: [ORDERS], tables: { Orders: 'shop.orders', Other: 'x.y', toString: 'a.b' } }),
    ).toEqual({ sources: [ORDERS], tables: { Orders: 'shop.orders' } });
    expect(parseSqlRequest({ sources: [ORDERS], tables: { Orders: 42 } })).toEqual({ sources: [ORDERS], tables: {} });
    expect(() => parseSqlRequest({ sources: [] })).toThrow(WizardError);
    expect(() => parseSqlRequest(null)).toThrow(WizardError);
  });
});
