import type { CallContext } from '../../src/input/callContext';
import { type TimeZone, timeZoneNamed } from '../../src/time/timeZone';

/** A call context as the add-on builds it, for a spreadsheet in the given zone. */
export function contextFor(functionName: string, zone: string | TimeZone = 'UTC'): CallContext {
  const timeZone = typeof zone === 'string' ? timeZoneNamed(zone) : zone;
  return { functionName, timeZone: () => timeZone };
}

/** A one-column range as Sheets passes it. */
export const columnOf = (...cells: unknown[]) => cells.map((cell) => [cell]) as never;
