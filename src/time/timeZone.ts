/**
 * A spreadsheet's time zone, reduced to what bucketing needs: the offset
 * between UTC and the wall clock at an instant.
 *
 * Sheets hands a custom function a date cell as a `Date` at that date's
 * midnight *in the spreadsheet's time zone* (Spreadsheet.getSpreadsheetTimeZone),
 * which is neither the script's zone nor the machine's. To put a date in the
 * right day, week or month we convert the instant to the spreadsheet's wall
 * clock ("local" below) and do calendar arithmetic on that.
 *
 * Offsets come from an OffsetSource: by default the platform's IANA database
 * through Intl.DateTimeFormat (available in Apps Script's V8 runtime), or,
 * where Intl lacks the zone or disagrees with Apps Script's own clock,
 * Utilities.formatDate (see src/addon/spreadsheetTimeZone.ts). Either is
 * slow (microseconds to a service call), so offsets are cached per UTC hour:
 * every real zone changes its offset at most once in an hour, so when the
 * offsets at both ends of an hour agree the whole hour has that offset; an
 * hour containing a transition is resolved exactly for each instant.
 */

import { daysFromCivil } from './civilDays';

const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** The exact offset (ms to add to UTC to read the wall clock) of a zone at a whole-second instant. */
export type OffsetSource = (wholeSecondUtcMs: number) => number;

export class TimeZone {
  private readonly exactOffsetAt: OffsetSource | null;
  /** Offset (ms) of each UTC hour seen so far; NaN marks an hour with a transition. */
  private readonly hourOffsets = new Map<number, number>();

  /** @throws RangeError when the name is not an IANA time zone (and no source is given). */
  constructor(
    readonly name: string,
    source?: OffsetSource,
  ) {
    this.exactOffsetAt = source ?? (isUtcName(name) ? null : intlOffsetSource(name));
  }

  /** Milliseconds to add to a UTC instant to read the local wall clock. */
  offsetAt(utcMs: number): number {
    if (this.exactOffsetAt === null) return 0;
    const hour = Math.floor(utcMs / MS_PER_HOUR);
    let offset = this.hourOffsets.get(hour);
    if (offset === undefined) {
      const atStart = this.exactOffset(hour * MS_PER_HOUR);
      const atEnd = this.exactOffset((hour + 1) * MS_PER_HOUR - 1000);
      offset = atStart === atEnd ? atStart : Number.NaN;
      this.hourOffsets.set(hour, offset);
    }
    return Number.isNaN(offset) ? this.exactOffset(utcMs) : offset;
  }

  /** Local wall-clock time of an instant, as fractional days since 1970-01-01. */
  localDayOf(utcMs: number): number {
    return (utcMs + this.offsetAt(utcMs)) / MS_PER_DAY;
  }

  /**
   * The instant at which the local wall clock shows the given fractional day.
   * Around a daylight-saving change the offsets a day before and a day after
   * are the only candidates: a wall time shown twice (clocks going back) maps
   * to its first occurrence; a wall time skipped (clocks going forward, as in
   * Chile, where some midnights do not exist) maps to the instant the clocks
   * jump, which shows the first existing time of that day.
   */
  instantOfLocalDay(localDay: number): number {
    const localMs = Math.round(localDay * MS_PER_DAY);
    const offsetBefore = this.offsetAt(localMs - MS_PER_DAY);
    const offsetAfter = this.offsetAt(localMs + MS_PER_DAY);
    const early = localMs - offsetBefore;
    if (offsetBefore === offsetAfter) return early;
    const late = localMs - offsetAfter;
    const earlyFits = this.offsetAt(early) === offsetBefore;
    const lateFits = this.offsetAt(late) === offsetAfter;
    if (earlyFits && lateFits) return Math.min(early, late);
    if (earlyFits) return early;
    if (lateFits) return late;
    return Math.max(early, late);
  }

  /** A Date for the start (or given time) of a local day: what a cell shows as that date. */
  dateOfLocalDay(localDay: number): Date {
    return new Date(this.instantOfLocalDay(localDay));
  }

  private exactOffset(utcMs: number): number {
    return (this.exactOffsetAt as OffsetSource)(Math.floor(utcMs / 1000) * 1000);
  }
}

/** Offsets read from Intl.DateTimeFormat's wall-clock parts. */
export function intlOffsetSource(name: string): OffsetSource {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  return (wholeSecond) => {
    let year = 0;
    let bc = false;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of formatter.formatToParts(wholeSecond)) {
      const value = Number(part.value);
      switch (part.type) {
        case 'year':
          year = value;
          break;
        case 'month':
          month = value;
          break;
        case 'day':
          day = value;
          break;
        // Some engines print midnight as 24 even with hourCycle h23.
        case 'hour':
          hour = value % 24;
          break;
        case 'minute':
          minute = value;
          break;
        case 'second':
          second = value;
          break;
        case 'era':
          bc = part.value.startsWith('B');
          break;
        default:
          break;
      }
    }
    // Not Date.UTC, which reads years 0-99 as 1900-1999.
    const wall =
      daysFromCivil(bc ? 1 - year : year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
    return wall - wholeSecond;
  };
}

function isUtcName(name: string): boolean {
  return /^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/i.test(name);
}

const zones = new Map<string, TimeZone>();

/**
 * The (cached) TimeZone of an IANA name such as "Asia/Bangkok". `make`
 * builds it when it is not cached yet (by default from Intl).
 */
export function timeZoneNamed(name: string, make: (name: string) => TimeZone = (n) => new TimeZone(n)): TimeZone {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = make(name);
    zones.set(name, zone);
  }
  return zone;
}
