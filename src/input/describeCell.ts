/** How a cell's content is quoted in an error message. */

import { isoDateOfDay } from '../time/civilDays';
import type { TimeZone } from '../time/timeZone';
import { type CellValue, isDate } from './cells';

const MAX_QUOTED_LENGTH = 40;

export function describeCell(cell: CellValue, zone?: TimeZone): string {
  if (cell === null || cell === undefined || cell === '') return 'nothing';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return 'an invalid date';
    return zone === undefined ? 'a date' : `the date ${isoDateOfDay(zone.localDayOf(cell.getTime()))}`;
  }
  const text = String(cell);
  const shown = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;
  return `"${shown}"`;
}
