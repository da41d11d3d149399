import { type CallContext, callContextOf } from '../../src/input/callContext';
import type { ReaderContext } from '../../src/input/cellReaders';
import { numberFormatOf } from '../../src/input/sheetsLocales';
import { type TimeZone, timeZoneNamed } from '../../src/time/timeZone';

/** A call context as the add-on builds it, for a spreadsheet in the given zone and locale. */
export function contextFor(functionName: string, zone: string | TimeZone = 'UTC', locale = 'en_US'): CallContext {
  const timeZone = typeof zone === 'string' ? timeZoneNamed(zone) : zone;
  return callContextOf(functionName, { timeZone: () => timeZone, numberFormat: () => numberFormatOf(locale) });
}

/** What the cell readers need: a zone and a locale. */
export function readerContext(zone: string | TimeZone = 'UTC', locale = 'en_US'): ReaderContext {
  return contextFor('TEST', zone, locale);
}

/** A one-column range as Sheets passes it. */
export const columnOf = (...cells: unknown[]) => cells.map((cell) => [cell]) as never;
