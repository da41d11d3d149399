/**
 * The example workbook's three data sheets (examples/coffeeShop.ts) mapped as
 * the wizard proposes them, headings in row 1: the sources of the wizard's
 * tests. `exampleSources` keeps only the sheets and roles a test names, for
 * tests of what a dashboard offers when a role is missing.
 */

import type { ColumnRole } from '../../src/input/headings';
import type { WizardSettings } from '../../src/wizard/wizardSettings';

type Sources = WizardSettings['sources'];

export const EXAMPLE_SOURCES: Sources = [
  {
    sheet: 'Customers',
    headerRow: 1,
    roles: {
      customer: { column: 1, heading: 'Customer ID' },
      startDate: { column: 3, heading: 'Start date' },
      endDate: { column: 4, heading: 'Cancel date' },
      source: { column: 5, heading: 'Source' },
      segment: { column: 6, heading: 'Plan' },
    },
  },
  {
    sheet: 'Orders',
    headerRow: 1,
    roles: {
      order: { column: 1, heading: 'Order ID' },
      customer: { column: 2, heading: 'Customer ID' },
      orderDate: { column: 3, heading: 'Order date' },
      amount: { column: 4, heading: 'Amount' },
      product: { column: 5, heading: 'Product' },
    },
  },
  {
    sheet: 'Responses',
    headerRow: 1,
    roles: {
      responseDate: { column: 1, heading: 'Response date' },
      customer: { column: 2, heading: 'Customer ID' },
      segment: { column: 3, heading: 'Plan' },
      score: { column: 4, heading: 'NPS' },
      satisfaction: { column: 5, heading: 'CSAT' },
    },
  },
];

/** The example's sources with only the sheets and roles named, in the order of EXAMPLE_SOURCES. */
export function exampleSources(keep: Readonly<Record<string, readonly ColumnRole[]>>): Sources {
  return EXAMPLE_SOURCES.filter((source) => keep[source.sheet] !== undefined).map((source) => ({
    ...source,
    roles: Object.fromEntries(
      Object.entries(source.roles).filter(([role]) => keep[source.sheet].includes(role as ColumnRole)),
    ),
  }));
}
