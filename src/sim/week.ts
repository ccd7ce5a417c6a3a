/**
 * The days of a run as the calendar makes them: each day's weekday (when the week is on) and opening
 * hours (none on a closed weekday or a holiday). The engine plans its days from these, and the
 * results, the report and the app label days with them, so every place reads one definition.
 */
import { WEEKDAYS, type OpeningWindow, type Scenario, type Weekday } from './scenario.js';

type Calendar = Scenario['calendar'];

/** The weekday of every day (index = day - 1), or null when the week is off (no firstWeekday). */
export function dayWeekdays(calendar: Calendar): Weekday[] | null {
  if (calendar.firstWeekday === undefined) return null;
  const first = WEEKDAYS.indexOf(calendar.firstWeekday);
  return Array.from({ length: calendar.days }, (_, d) => WEEKDAYS[(first + d) % 7]!);
}

/** The opening hours of every day (index = day - 1); null when the office is closed that day. */
export function dayHours(calendar: Calendar): (OpeningWindow | null)[] {
  const holidays = new Set(calendar.closedDays ?? []);
  const weekdays = dayWeekdays(calendar);
  const base: OpeningWindow = { open: calendar.open, close: calendar.close };
  return Array.from({ length: calendar.days }, (_, d) => {
    if (holidays.has(d + 1)) return null;
    return weekdays === null ? base : calendar.weekdays![WEEKDAYS.indexOf(weekdays[d]!)]!;
  });
}

/** Whether days can differ: the week is on or there are holidays. */
export function daysDiffer(calendar: Calendar): boolean {
  return calendar.firstWeekday !== undefined || (calendar.closedDays ?? []).length > 0;
}

/** "Mon", "Tue", ... for labels. */
export function weekdayLabel(day: Weekday): string {
  return day.charAt(0).toUpperCase() + day.slice(1);
}

const NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** "Monday", "Tuesday", ... */
export function weekdayName(day: Weekday): string {
  return NAMES[day];
}
