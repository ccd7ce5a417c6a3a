/**
 * Values derived from the file that both the checks and the normalization need, computed one way:
 * opening hours, group members, shift windows and break times.
 */
import { WEEKDAYS } from '../scenario.js';
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

// ---------------------------------------------------------------------------------------------
// The week


/** 0 = mon .. 6 = sun. */
export function weekdayIndex(day: string): number {
  return (WEEKDAYS as readonly string[]).indexOf(day);
}

type WeekdayHoursFile = 'closed' | { readonly open?: string | undefined; readonly close?: string | undefined };

/**
 * Opening hours of each weekday, Monday first: a listed weekday's own hours (each end defaulting to the
 * base opening hours), else the base; null for "closed". Hours of a listed weekday may be invalid
 * (close <= open): the checks report that.
 */
export function weekdayOpeningHours(
  base: OpeningHours,
  weekdays: Partial<Readonly<Record<string, WeekdayHoursFile | undefined>>> | undefined,
): (OpeningHours | null)[] {
  return WEEKDAYS.map((day) => {
    const own = weekdays?.[day];
    if (own === undefined) return base;
    if (own === 'closed') return null;
    const open = own.open === undefined ? base.open : clockMinutes(own.open);
    const close = own.close === undefined ? base.close : clockMinutes(own.close);
    const minutes = close - open;
    return { days: base.days, open, close, continuous: open === 0 && close === 1440, minutes, hours: Math.ceil(minutes / 60) };
  });
}

/**
 * The opening hours of every simulated day (index = day - 1): its weekday's hours when the week is on
 * (`firstWeekday` given), else the base; null on a closed weekday or a holiday (`closedDays`).
 */
export function dayOpeningHours(
  base: OpeningHours,
  week: readonly (OpeningHours | null)[] | null,
  firstWeekday: number,
  closedDays: readonly number[],
): (OpeningHours | null)[] {
  const holidays = new Set(closedDays);
  return Array.from({ length: base.days }, (_, d) => {
    if (holidays.has(d + 1)) return null;
    return week === null ? base : week[(firstWeekday + d) % 7]!;
  });
}
