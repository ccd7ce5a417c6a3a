/**
 * The shift rules of the staffing planner: the scenario file's optional `planning.shifts` section
 * with every default filled in, clock times as minutes after midnight. One place for the defaults,
 * so the command line, the web app and the tests plan with the same templates.
 */
import { clockMinutes } from '../../sim/scenario-file/clock.js';
import type { ShiftPlanningFile } from '../../sim/scenario-file/file-schema.js';
import type { Scenario } from '../../sim/scenario.js';
import { planningDays } from './days.js';

export type SlotMinutes = 15 | 30;

/** One break per shift the rule applies to, starting `after` to `after + within` minutes into the shift. */
export interface BreakRule {
  readonly after: number;
  readonly within: number;
  readonly minutes: number;
  /** The rule applies to shifts at least this long (minutes). */
  readonly fromLength: number;
}

export interface ShiftRules {
  readonly slotMinutes: SlotMinutes;
  /** Minutes between allowed starts. */
  readonly startEvery: number;
  /** Shift lengths in minutes, breaks included (breaks are paid). */
  readonly lengths: readonly number[];
  readonly breaks: readonly BreakRule[];
  readonly maxHoursPerWeek: number;
  /** Earliest start and latest end, minutes after midnight. */
  readonly earliestStart: number;
  readonly latestEnd: number;
}

export const DEFAULT_LENGTHS: readonly number[] = [240, 360, 480];
export const DEFAULT_BREAKS: readonly BreakRule[] = [{ after: 180, within: 120, minutes: 30, fromLength: 360 }];
export const DEFAULT_MAX_HOURS_PER_WEEK = 40;
/**
 * Working days in a week while the calendar has no weeks (its days are consecutive working days). With
 * the week on, the roster counts each person's hours over the week's seven calendar days instead.
 */
export const WORKING_DAYS_PER_WEEK = 5;

/** The rules for a scenario: its `planning.shifts` (if any), defaults for the rest; `slot` overrides the slot length. */
export function shiftRules(section: ShiftPlanningFile | undefined, scenario: Scenario, slot?: SlotMinutes): ShiftRules {
  const slotMinutes = slot ?? section?.slotMinutes ?? 30;
  // The week's earliest opening and latest close (the base hours without the week).
  const hours = planningDays(scenario).hours;
  return {
    slotMinutes,
    startEvery: section?.startEvery ?? slotMinutes,
    lengths: [...new Set(section?.lengths ?? DEFAULT_LENGTHS)].sort((a, b) => a - b),
    breaks: (section?.breaks ?? DEFAULT_BREAKS).map((b) => ({ after: b.after, within: b.within, minutes: b.minutes, fromLength: b.fromLength })),
    maxHoursPerWeek: section?.maxHoursPerWeek ?? DEFAULT_MAX_HOURS_PER_WEEK,
    earliestStart: section?.earliestStart === undefined ? Math.min(...hours.map((h) => h.open)) : clockMinutes(section.earliestStart),
    latestEnd: section?.latestEnd === undefined ? Math.max(...hours.map((h) => h.close)) : clockMinutes(section.latestEnd),
  };
}
