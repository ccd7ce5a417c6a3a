/**
 * The days the staffing planner plans: one day, `all`, while every day is alike; each open weekday
 * (`mon`..`sun`, closed weekdays left out) when the week is on (`calendar.firstWeekday`). One place
 * for the requirements and the shift rules' defaults.
 */
import { WEEKDAYS, type OpeningWindow, type Scenario } from '../../sim/scenario.js';

/** The days the planner plans: `all`, or each open weekday when the week is on. */
export function planningDays(scenario: Scenario): { keys: string[]; hours: OpeningWindow[]; weekday: (number | null)[] } {
  const cal = scenario.calendar;
  if (cal.firstWeekday === undefined || cal.weekdays === undefined) return { keys: ['all'], hours: [{ open: cal.open, close: cal.close }], weekday: [null] };
  const open = WEEKDAYS.map((day, w) => ({ day, w, hours: cal.weekdays![w]! })).filter((x) => x.hours !== null);
  return { keys: open.map((x) => x.day), hours: open.map((x) => x.hours!), weekday: open.map((x) => x.w) };
}

