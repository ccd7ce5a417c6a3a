/**
 * Step 3 of the staffing planner: named people on the designed shifts.
 *
 * An assignment programme (HiGHS): binary y[p, k] = person p works shift k (the same shift every
 * day while every day is alike), integer h[k] = people to hire for shift k. Each person works at
 * most one shift, only of a skill they hold, within the weekly hours limit. Each shift's count is
 * covered on every day, counting a person at their proficiency (a 0.7 trainee is 0.7 of a person)
 * and not on their days off (one row per distinct set of people off, so a year of days off costs a
 * few rows). The objective puts hires first (each costs more than any roster of the existing staff,
 * so their number is the smallest that covers), then wages, less a small preference (2% per skill,
 * at most 10%) for people whose other skills some work also needs: they can cover it.
 */
import type { Person, Scenario } from '../../sim/scenario.js';
import type { DesignedShift } from './shift-design.js';
import { WORKING_DAYS_PER_WEEK, type ShiftRules } from './rules.js';
import { solveMip, type Mip, type Solver } from './solver.js';

export interface RosterEntry {
  /** Index into `Scenario.staff`. */
  readonly person: number;
  /** Index into the design's shifts. */
  readonly shift: number;
}

export interface Hire {
  readonly skill: string;
  /** Index into the design's shifts. */
  readonly shift: number;
  readonly count: number;
  readonly wagePerHour: number;
}

export interface Roster {
  readonly entries: readonly RosterEntry[];
  readonly hires: readonly Hire[];
  /** People on the staff list given no shift. */
  readonly unassigned: readonly number[];
  /** Wages of one day with everybody rostered present (hires included). */
  readonly costPerDay: number;
}

/** Share of the wage a person's other needed skills take off the objective (per skill, and at most). */
const SKILL_PREFERENCE = 0.02;
const SKILL_PREFERENCE_MAX = 0.1;

/** The wage a hire for `skill` is paid: the mean wage of the staff whose home it is, else of its holders, else of everybody. */
export function hireWage(scenario: Scenario, skill: string): number {
  const mean = (people: readonly Person[]) => (people.length === 0 ? null : people.reduce((s, p) => s + p.wagePerHour, 0) / people.length);
  return (
    mean(scenario.staff.filter((p) => p.home === skill)) ??
    mean(scenario.staff.filter((p) => Object.hasOwn(p.skills, skill))) ??
    mean(scenario.staff) ??
    0
  );
}

export function rosterPeople(solver: Solver, scenario: Scenario, shifts: readonly DesignedShift[], rules: ShiftRules): Roster {
  const staff = scenario.staff;
  const neededSkills = new Set([...scenario.customers.map((c) => c.skill), ...scenario.tasks.map((t) => t.skill)]);
  const hours = shifts.map((k) => (k.end - k.start) / 60);
  const maxCost = Math.max(1, ...shifts.map((k, i) => hours[i]! * Math.max(k.wagePerHour, ...staff.map((p) => p.wagePerHour))));
  // More than any roster of the whole staff costs: one hire fewer always wins.
  const hirePenalty = maxCost * (staff.length + 1);

  const variables: { name: string; cost: number; upper?: number; integer: boolean }[] = [];
  const pairs: { person: number; shift: number; column: number }[] = [];
  staff.forEach((p, i) => {
    const others = Object.keys(p.skills).filter((s) => neededSkills.has(s));
    shifts.forEach((k, j) => {
      const proficiency = p.skills[k.skill];
      if (proficiency === undefined) return;
      if (hours[j]! * WORKING_DAYS_PER_WEEK > rules.maxHoursPerWeek + 1e-9) return;
      const preference = Math.min(SKILL_PREFERENCE_MAX, SKILL_PREFERENCE * others.filter((s) => s !== k.skill).length);
      pairs.push({ person: i, shift: j, column: variables.length });
      variables.push({ name: `y${i}_${j}`, cost: p.wagePerHour * hours[j]! * (1 - preference) + 1e-6 * hours[j]!, upper: 1, integer: true });
    });
  });
  const hireColumns = shifts.map((k, j) => {
    variables.push({ name: `h${j}`, cost: hirePenalty + k.wagePerHour * hours[j]!, integer: true });
    return variables.length - 1;
  });

  const rows: Mip['rows'][number][] = [];
  staff.forEach((_, i) => {
    const mine = pairs.filter((x) => x.person === i);
    if (mine.length > 1) rows.push({ terms: mine.map((x) => [1, x.column] as const), sense: '<=', rhs: 1 });
  });
  for (const off of offPatterns(staff, scenario.calendar.days)) {
    shifts.forEach((k, j) => {
      const terms = pairs
        .filter((x) => x.shift === j && !off.has(x.person))
        .map((x) => [staff[x.person]!.skills[k.skill]!, x.column] as const);
      rows.push({ terms: [...terms, [1, hireColumns[j]!] as const], sense: '>=', rhs: k.count });
    });
  }
  const values = solveMip(solver, { variables, rows });

  const entries = pairs.filter((x) => values[x.column]! > 0.5).map((x) => ({ person: x.person, shift: x.shift }));
  const hires = shifts
    .map((k, j) => ({ skill: k.skill, shift: j, count: values[hireColumns[j]!]!, wagePerHour: k.wagePerHour }))
    .filter((h) => h.count > 0);
  const assigned = new Set(entries.map((e) => e.person));
  const unassigned = staff.map((_, i) => i).filter((i) => !assigned.has(i));
  const costPerDay =
    entries.reduce((s, e) => s + staff[e.person]!.wagePerHour * hours[e.shift]!, 0) + hires.reduce((s, h) => s + h.count * h.wagePerHour * hours[h.shift]!, 0);
  return { entries, hires, unassigned, costPerDay };
}

/** The distinct sets of people off on some day of the calendar (the empty set when some day has nobody off). */
function offPatterns(staff: readonly Person[], days: number): Set<number>[] {
  const byDay = new Map<number, number[]>();
  staff.forEach((p, i) => {
    for (const d of p.daysOff) if (d <= days) byDay.set(d, [...(byDay.get(d) ?? []), i]);
  });
  const seen = new Map<string, Set<number>>();
  if (byDay.size < days) seen.set('', new Set());
  for (const people of byDay.values()) seen.set(people.join(','), new Set(people));
  return [...seen.values()];
}
