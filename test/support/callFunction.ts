import { customFunctionsOf } from '../../src/addon/customFunctions';
import { CATALOG } from '../../src/catalog';
import type { CellResult } from '../../src/input/cells';
import { numberFormatOf } from '../../src/input/sheetsLocales';
import { timeZoneNamed } from '../../src/time/timeZone';

/**
 * Calls a custom function as Sheets would (through the add-on's own wrapper,
 * with its error handling), in a spreadsheet of the given time zone and locale.
 */
export function callFunction(name: string, args: unknown[], zone = 'UTC', locale = 'en_US'): CellResult {
  const fn = customFunctionsOf(CATALOG, {
    timeZone: () => timeZoneNamed(zone),
    numberFormat: () => numberFormatOf(locale),
  })[name];
  if (fn === undefined) throw new Error(`no catalog function ${name}`);
  return fn(...(args as never[]));
}

/** The label -> value pairs of a two-column table. */
export function asRecord(table: unknown): Record<string, unknown> {
  if (!Array.isArray(table)) throw new Error('not a table');
  return Object.fromEntries((table as unknown[][]).map(([label, value]) => [String(label), value]));
}
