/**
 * The rules of the week (calendar.firstWeekday, calendar.weekdays, calendar.closedDays, and the
 * `weekdays` of arrivals and staff): weekday keys only with the week on, each weekday's hours valid,
 * something open, profiles as long as their weekday's opening hours, no override on a closed weekday,
 * weekday shifts valid and not running into the next day's shift.
 */
import { WEEKDAYS } from '../scenario.js';
import { formatClock } from './clock.js';
import { dayOpeningHours, weekdayOpeningHours, type OpeningHours } from './derive.js';
import type { Finding, PathSegment } from './finding.js';
import { calendarSchema } from './file-schema.js';
import { LIMITS } from './limits.js';
import { checkShift, shiftSpan, type ShiftFile } from './shift-checks.js';

/** What the other rules need to know of the week. */
export interface WeekInfo {
  /** Weekday of day 1 (0 = mon); null: the week is off. */
  readonly first: number | null;
  /** Each weekday's hours (Monday first; null = closed) when the week is on and its hours are valid. */
  readonly weekdays: readonly (OpeningHours | null)[] | null;
}

const FIRST_WEEKDAY_HINT = 'set calendar.firstWeekday (the weekday of day 1, e.g. firstWeekday: mon) to use weekdays';

const window = (h: OpeningHours): string => `${formatClock(h.open)}-${formatClock(h.close)}`;

/**
 * The week's own rules; also the warm-up rule, which needs every day's hours. Returns undefined when
 * the week cannot be known (an invalid firstWeekday or weekday hours), so rules that need it are skipped.
 */
export function checkWeekCalendar(raw: Record<string, unknown>, hours: OpeningHours, warmupMinutes: number | undefined, errors: Finding[]): WeekInfo | undefined {
  const shape = calendarSchema.shape;
  const first = shape.firstWeekday.safeParse(raw.firstWeekday);
  const weekdays = shape.weekdays.safeParse(raw.weekdays);
  const closed = shape.closedDays.safeParse(raw.closedDays);
  if (raw.weekdays !== undefined && raw.firstWeekday === undefined) {
    errors.push({ path: ['calendar', 'weekdays'], message: `weekdays needs calendar.firstWeekday: ${FIRST_WEEKDAY_HINT}` });
  }
  const closedDays = closed.success ? (closed.data ?? []) : [];
  closedDays.forEach((day, j) => {
    if (day > hours.days) {
      errors.push({ path: ['calendar', 'closedDays', j], message: `closedDays[${j}] must be a day from 1 to ${hours.days} (calendar.days), got ${day}` });
    }
  });
  if (!first.success || !weekdays.success || !closed.success) return undefined;
  const firstIndex = first.data === undefined ? null : WEEKDAYS.indexOf(first.data);
  let week: (OpeningHours | null)[] | null = null;
  if (firstIndex !== null) {
    week = weekdayOpeningHours(hours, weekdays.data);
    let valid = true;
    week.forEach((h, i) => {
      if (h === null || h === hours || h.close > h.open) return;
      valid = false;
      const own = weekdays.data![WEEKDAYS[i]!] as { open?: string; close?: string };
      errors.push({
        path: ['calendar', 'weekdays', WEEKDAYS[i]!, own.close === undefined ? 'open' : 'close'],
        message: `close must be after open on ${WEEKDAYS[i]} (${formatClock(h.open)}), got "${formatClock(h.close)}"; an office open past midnight is not supported`,
      });
    });
    if (!valid) return undefined;
    if (week.every((h) => h === null)) {
      errors.push({ path: ['calendar', 'weekdays'], message: 'every weekday is closed: the office would never open; give at least one weekday opening hours' });
      return undefined;
    }
  }
  const days = dayOpeningHours(hours, week, firstIndex ?? 0, closedDays);
  const firstOpen = days.findIndex((h) => h !== null);
  if (firstOpen < 0) {
    errors.push({ path: ['calendar', 'closedDays'], message: `every day of the run is closed (${hours.days} day(s)): nothing would be simulated` });
    return undefined;
  }
  // Warm-up starts at the first opening and must end before the last closing, or nothing is measured.
  let lastOpen = days.length - 1;
  while (days[lastOpen] === null) lastOpen--;
  const longest = lastOpen * 1440 + days[lastOpen]!.close - (firstOpen * 1440 + days[firstOpen]!.open);
  if (warmupMinutes !== undefined && warmupMinutes >= longest) {
    errors.push({
      path: ['calendar', 'warmupMinutes'],
      message:
        `warmupMinutes must be < ${longest} (it starts at the first opening and must end before the last closing ` +
        `of ${hours.days} day(s)), got ${warmupMinutes}`,
    });
  }
  return { first: firstIndex, weekdays: week };
}

/** Arrivals of one customer class or task type, as far as the week's rules need them. */
export interface WeekArrivalsView {
  readonly path: readonly PathSegment[];
  readonly perHour: number | readonly number[] | undefined;
  readonly perDay: number | undefined;
  /** undefined: not given, or invalid (reported by the schema). */
  readonly weekdays: Readonly<Record<string, { readonly factor?: number | undefined; readonly perHour?: number | readonly number[] | undefined; readonly perDay?: number | undefined } | undefined>> | undefined;
  readonly weekdaysGiven: boolean;
}

export function checkWeekRates(item: WeekArrivalsView, week: WeekInfo, hours: OpeningHours, errors: Finding[]): void {
  const at = [...item.path, 'arrivals', 'weekdays'];
  if (item.weekdaysGiven && week.first === null) {
    errors.push({ path: at, message: `arrivals.weekdays needs calendar.firstWeekday: ${FIRST_WEEKDAY_HINT}` });
    return;
  }
  if (week.weekdays === null) return;
  week.weekdays.forEach((h, i) => {
    const day = WEEKDAYS[i]!;
    const own = item.weekdays?.[day];
    if (h === null) {
      if (own !== undefined) errors.push({ path: [...at, day], message: `${day} is closed (calendar.weekdays.${day}): arrivals on it would never come; remove this entry` });
      return;
    }
    if (own?.perHour !== undefined) {
      if (Array.isArray(own.perHour) && own.perHour.length !== h.hours) {
        errors.push({
          path: [...at, day, 'perHour'],
          message:
            `perHour must list one rate per opening hour of ${day} counted from its opening: ${h.hours} for ${window(h)}, ` +
            `got ${own.perHour.length} (or give one number for a constant rate)`,
        });
      }
      return;
    }
    const perDay = own?.perDay ?? (item.perDay === undefined ? undefined : item.perDay * (own?.factor ?? 1));
    if (perDay !== undefined) {
      if ((perDay * 60) / h.minutes > LIMITS.perHour) {
        errors.push({
          path: own?.perDay !== undefined ? [...at, day, 'perDay'] : [...item.path, 'arrivals', 'perDay'],
          message: `perDay on ${day} over ${h.minutes} opening minutes must be at most ${LIMITS.perHour} per hour, got ${perDay}`,
        });
      }
      return;
    }
    // The base profile, counted from the weekday's opening: it must cover the weekday's hours.
    if (Array.isArray(item.perHour) && item.perHour.length === hours.hours && h.hours > item.perHour.length) {
      errors.push({
        path: [...item.path, 'arrivals', 'perHour'],
        message:
          `perHour lists ${item.perHour.length} rates (${window(hours)}) but ${day} is open ${h.hours} hours (${window(h)}); ` +
          `give arrivals.weekdays.${day}.perHour, a profile of its own`,
      });
    }
  });
}

/** One staff entry, as far as the week's rules need it. */
export interface WeekStaffView {
  readonly path: readonly PathSegment[];
  /** undefined: not given, or invalid. */
  readonly shift: ShiftFile | undefined;
  readonly shiftGiven: boolean;
  readonly weekdays: Readonly<Record<string, 'off' | ShiftFile | undefined>> | undefined;
  readonly weekdaysGiven: boolean;
}

export function checkWeekRoster(person: WeekStaffView, week: WeekInfo, hours: OpeningHours, errors: Finding[]): void {
  const at = [...person.path, 'weekdays'];
  if (person.weekdaysGiven && week.first === null) {
    errors.push({ path: at, message: `staff weekdays needs calendar.firstWeekday: ${FIRST_WEEKDAY_HINT}` });
    return;
  }
  if (week.weekdays === null || (person.weekdaysGiven && person.weekdays === undefined) || (person.shiftGiven && person.shift === undefined)) return;
  // Each weekday's shift window (undefined: off or closed), to find shifts running into the next day's.
  const windows = week.weekdays.map((h, i) => {
    const day = WEEKDAYS[i]!;
    const own = person.weekdays?.[day];
    if (h === null) {
      if (own !== undefined && own !== 'off') {
        errors.push({ path: [...at, day], message: `${day} is closed (calendar.weekdays.${day}): nobody is rostered on it; remove this shift or write "off"` });
      }
      return undefined;
    }
    if (own === 'off') return undefined;
    if (own !== undefined) return checkShift(own, h, [...at, day], errors, ` on ${day}`);
    const base = person.shift;
    if (base === undefined) return h.continuous ? undefined : { start: h.open, end: h.close };
    // The base shift on a weekday of other hours: a start or end not given follows that weekday's hours.
    if (h === hours || (base.start !== undefined && base.end !== undefined)) return checkShift(base, h, [], []);
    return checkShift(base, h, [...person.path, 'shift'], errors, ` on ${day} (its start or end follows that weekday's hours)`, `; give weekdays.${day} a shift of its own`);
  });
  windows.forEach((today, i) => {
    const next = windows[(i + 1) % 7];
    if (today === undefined || next === undefined || today.end <= 1440 + next.start) return;
    const day = WEEKDAYS[(i + 1) % 7]!;
    errors.push({
      path: person.weekdays?.[day] !== undefined ? [...at, day] : [...person.path, 'shift'],
      message:
        `the ${day} shift ${shiftSpan(next)} starts before the ${WEEKDAYS[i]} shift ${shiftSpan(today)} ends; ` +
        'a person works one shift at a time: shorten one of them or make a day "off"',
    });
  });
}
