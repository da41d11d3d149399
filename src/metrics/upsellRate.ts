/**
 * Upsell rate: the share of customers who bought more than one distinct
 * product (compared as text). Null for no customers.
 */

import type { KeyIndex } from './keyIndex';

export function upsellRate(customers: KeyIndex, products: KeyIndex): number | null {
  const count = customers.keys.length;
  if (count === 0) return null;
  const firstProduct = new Int32Array(count).fill(-1);
  const upsold = new Uint8Array(count);
  for (let i = 0; i < customers.ofRow.length; i++) {
    const c = customers.ofRow[i];
    const product = products.ofRow[i];
    if (firstProduct[c] === -1) firstProduct[c] = product;
    else if (firstProduct[c] !== product) upsold[c] = 1;
  }
  let total = 0;
  for (let c = 0; c < count; c++) total += upsold[c];
  return total / count;
}
