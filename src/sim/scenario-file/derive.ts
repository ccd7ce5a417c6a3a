/**
 * Values derived from the file that both the checks and the normalization need, computed one way:
 * opening hours, group members, shift windows and break times.
 */
import { clockMinutes } from './clock.js';

export interface OpeningHours {
  readonly days: number;
  /** Minutes after midnight. */
  readonly open: number;
  /** Minutes after midnight; 1440 for "24:00". */
  readonly close: number;
  readonly continuous: boolean;
  /** Opening minutes per day. */
  readonly minutes: number;
  /** Opening hours counted from `open`, a started hour counting as one: entries of a perHour profile. */
  readonly hours: number;
}

/** Opening hours of a calendar whose clock strings are valid; close <= open is the caller's check. */
export function openingHours(calendar: { readonly days: number; readonly open: string; readonly close: string }): OpeningHours {
  const open = clockMinutes(calendar.open);
  const close = clockMinutes(calendar.close);
  const minutes = close - open;
  return { days: calendar.days, open, close, continuous: open === 0 && close === 1440, minutes, hours: Math.ceil(minutes / 60) };
}

/** Member names of a staff entry: the name itself, or name#1 .. name#count for a group. */
export function memberNames(name: string, count: number | undefined): string[] {
  if (count === undefined) return [name];
  return Array.from({ length: count }, (_, k) => `${name}#${k + 1}`);
}

export interface ShiftWindow {
  /** Minutes after midnight, 0 <= start < 1440. */
  readonly start: number;
  /** Minutes after midnight of the start day: end > start unless start = end (an invalid shift). */
  readonly end: number;
}

/** A shift's window, start and end defaulting to the opening hours; an end before start crosses midnight. */
export function shiftWindow(shift: { readonly start?: string | undefined; readonly end?: string | undefined }, hours: OpeningHours): ShiftWindow {
  const start = shift.start === undefined ? hours.open : clockMinutes(shift.start);
  const end = shift.end === undefined ? hours.close : clockMinutes(shift.end);
  return { start, end: end < start ? end + 1440 : end };
}

/** A break's start in minutes after midnight of the shift's first day (past 1440 after midnight). */
export function breakStart(at: string, window: ShiftWindow): number {
  const minutes = clockMinutes(at);
  return window.end > 1440 && minutes < window.start ? minutes + 1440 : minutes;
}
