/**
 * Which of the warehouse conventions' input tables (src/sql/query.ts
 * INPUT_TABLES: orders, customers, responses) a mapped sheet is, by its
 * roles, and which role fills each of the table's columns. Small and free of
 * the SQL itself, so the sidebar can use it too.
 */

import type { ColumnRole } from '../input/headings';
import type { InputTable } from '../sql/query';

/** Each input table's columns, in the conventions' order, with the role that fills it. */
export const TABLE_COLUMNS = {
  orders: [
    ['customer_id', 'customer'],
    ['order_date', 'orderDate'],
    ['amount', 'amount'],
    ['product', 'product'],
    ['order_id', 'order'],
  ],
  customers: [
    ['customer_id', 'customer'],
    ['start_date', 'startDate'],
    ['end_date', 'endDate'],
    ['source', 'source'],
  ],
  responses: [
    ['response_date', 'responseDate'],
    ['customer_id', 'customer'],
    ['score', 'score'],
    ['segment', 'segment'],
  ],
} as const satisfies Record<InputTable, readonly (readonly [string, ColumnRole])[]>;

/**
 * The table a sheet is: orders when it has order dates and customer ids; else
 * a customer list when it has start dates or acquisition sources; else
 * survey answers when it has scores or satisfaction answers; else none.
 */
export function conventionTable(roles: Readonly<Partial<Record<ColumnRole, unknown>>>): InputTable | null {
  const has = (role: ColumnRole) => roles[role] !== undefined && roles[role] !== null;
  if (has('orderDate') && has('customer')) return 'orders';
  if (has('startDate') || has('source')) return 'customers';
  if (has('score') || has('satisfaction')) return 'responses';
  return null;
}
