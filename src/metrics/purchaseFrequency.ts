/** Purchase frequency: orders per customer (order rows / distinct customers). Null for no customers. */

import type { KeyIndex } from './keyIndex';

export function purchaseFrequency(customers: KeyIndex): number | null {
  return customers.keys.length === 0 ? null : customers.ofRow.length / customers.keys.length;
}
