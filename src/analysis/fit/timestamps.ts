/**
 * Reading the times found in office records. Systems write them in many ways; these are read:
 * - ISO 8601 and its relatives: `2024-03-04T09:15`, `2024-03-04 09:15:30.250`, `2024/03/04 09:15`,
 *   with an optional offset (`Z`, `+01:00`, `+0100`, `+01`);
 * - dates with the year last: `04/03/2024 09:15`, `04.03.2024 9:15`, `04-03-2024 09:15:30`; slashes
 *   and dashes are day/month/year unless the columns map says `dateOrder: mdy` (dots are always
 *   day-first); 12-hour clocks (`9:15 AM`, `09:15:00 pm`);
 * - Unix epoch seconds (10 digits) or milliseconds (13 digits), as UTC;
 * - a time of day alone (`09:15`), when the file has a separate date column.
 * A time keeps both readings: the wall clock as written (local date and minute of the day, which
 * decide the weekday and hour a visit counts in) and, when an offset is given, the instant (which
 * decides durations, so a visit across a daylight-saving change lasts what it lasted).
 */

export type DateOrder = 'dmy' | 'mdy';

export interface WallTime {
  /** Local calendar date as days since 1970-01-01. */
  readonly day: number;
  /** Local minutes after midnight (fractional: seconds count). */
  readonly minute: number;
  /** Minutes east of UTC as written; null when the time has no offset (taken as local wall time). */
  readonly offset: number | null;
}

/** Minutes since 1970-01-01 00:00 UTC (or local, when the offset is unknown) for differences. */
export function absoluteMinutes(t: WallTime): number {
  return t.day * 1440 + t.minute - (t.offset ?? 0);
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(.+))?$/;
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ]+(.+))?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;
const EPOCH = /^(\d{10}|\d{13})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date; null when the date does not exist. */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / 86_400_000);
}

/** ISO weekday of a day number: 0 = Monday ... 6 = Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (ISO weekday index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** "2024-03-04" for a day number. */
export function dateText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A time of day (`09:15`, `9:15:30 pm`, with an optional offset): minutes and offset, or null. */
export function parseClock(text: string): { minute: number; offset: number | null } | null {
  const m = CLOCK.exec(text.trim());
  if (m === null) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]) + (m[4] === undefined ? 0 : Number(`0.${m[4]}`));
  const half = m[5]?.toLowerCase().replace(/\./g, '');
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 24 || minute > 59 || second >= 61 || (hour === 24 && (minute > 0 || second > 0))) return null;
  return { minute: hour * 60 + minute + second / 60, offset: parseOffset(m[6]) };
}

function parseOffset(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.toLowerCase();
  if (t === 'z' || t === 'utc' || t === 'gmt') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(t)!;
  const value = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -value : value;
}

/**
 * Reads a date with an optional time; `dateOnly` days may be combined with a separate clock
 * column by the caller. Null when the text is not a time this module knows.
 */
export function parseTimestamp(raw: string, order: DateOrder = 'dmy'): WallTime | null {
  const text = raw.trim();
  if (text === '') return null;
  const epoch = EPOCH.exec(text);
  if (epoch !== null) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    return { day: Math.floor(ms / 86_400_000), minute: (ms % 86_400_000) / 60_000, offset: 0 };
  }
  let year: number;
  let month: number;
  let dayOfMonth: number;
  let rest: string | undefined;
  const iso = ISO.exec(text);
  if (iso !== null) {
    [year, month, dayOfMonth, rest] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]];
  } else {
    const yl = YEAR_LAST.exec(text);
    if (yl === null) return null;
    const first = Number(yl[1]);
    const second = Number(yl[3]);
    const monthFirst = yl[2] !== '.' && order === 'mdy';
    [year, month, dayOfMonth, rest] = [Number(yl[4]), monthFirst ? first : second, monthFirst ? second : first, yl[5]];
  }
  const day = dayNumber(year, month, dayOfMonth);
  if (day === null) return null;
  if (rest === undefined) return { day, minute: 0, offset: null };
  const clock = parseClock(rest);
  if (clock === null) return null;
  return { day, minute: clock.minute, offset: clock.offset };
}

/**
 * A duration in minutes: a number in `unit`, or `H:MM:SS` / `MM:SS` (two parts are minutes and
 * seconds, as call logs write talk times). Null when unreadable or negative.
 */
export function parseDuration(raw: string, unit: 'seconds' | 'minutes' | 'hours' = 'minutes'): number | null {
  const text = raw.trim();
  if (text === '') return null;
  if (/^\d+(?:[.,]\d+)?$/.test(text)) {
    const value = Number(text.replace(',', '.'));
    return unit === 'seconds' ? value / 60 : unit === 'hours' ? value * 60 : value;
  }
  const m = /^(\d+):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(text);
  if (m === null) return null;
  if (m[3] === undefined) return Number(m[1]) + Number(m[2]) / 60;
  return Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60;
}
