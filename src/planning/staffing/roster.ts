/**
 * Step 3 of the staffing planner: named people on the designed shifts.
 *
 * With the week on, the shifts are per weekday and a person works at most one shift a day, their
 * hours summed over the week's seven calendar days within maxHoursPerWeek; a weekday nobody gives
 * them is their day off. A weekday the file marks `off` for a person (`staff[].weekdays`) is one
 * they are never given; days off (`daysOff`) count on the days of the shift's weekday. Hires are
 * then packed into people the same way (first fit, longest shifts first), one shift a day within
 * the weekly hours.
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
import { WEEKDAYS, type Person, type Scenario } from '../../sim/scenario.js';
import { dayWeekdays } from '../../sim/week.js';
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

/** People to hire working the same shifts: one shift (every day) without the week; a shift per worked weekday with it. */
export interface HireGroup {
  readonly skill: string;
  /** Indices into the design's shifts (at most one per day). */
  readonly shifts: readonly number[];
  readonly count: number;
  readonly wagePerHour: number;
}

export interface Roster {
  /** With the week on a person has one entry per weekday worked. */
  readonly entries: readonly RosterEntry[];
  readonly hires: readonly Hire[];
  /** The hires as people. */
  readonly hireGroups: readonly HireGroup[];
  /** People on the staff list given no shift. */
  readonly unassigned: readonly number[];
  /** Wages of one day with everybody rostered present (hires included); with the week, the week's wages over its open days. */
  readonly costPerDay: number;
}

/** A shift's post: its skill, and its area for a skill with work in both areas. */
const postOf = (k: DesignedShift): string => `${k.skill}@${k.area ?? ''}`;

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

export function rosterPeople(
  solver: Solver,
  scenario: Scenario,
  shifts: readonly DesignedShift[],
  rules: ShiftRules,
  /** Each planned day's weekday (0 = mon), as `Requirements.dayWeekday`; [null] (the default) without the week. */
  dayWeekday: readonly (number | null)[] = [null],
): Roster {
  const weekly = dayWeekday[0] !== null;
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
      // A weekday the file marks "off" for this person: never rostered that weekday.
      if (weekly && p.weekdays?.[dayWeekday[k.day]!] === 'off') return;
      if (hours[j]! * (weekly ? 1 : WORKING_DAYS_PER_WEEK) > rules.maxHoursPerWeek + 1e-9) return;
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
    if (!weekly) {
      if (mine.length > 1) rows.push({ terms: mine.map((x) => [1, x.column] as const), sense: '<=', rhs: 1 });
      return;
    }
    // One shift a day; the week's hours within the limit.
    dayWeekday.forEach((_, d) => {
      const today = mine.filter((x) => shifts[x.shift]!.day === d);
      if (today.length > 1) rows.push({ terms: today.map((x) => [1, x.column] as const), sense: '<=', rhs: 1 });
    });
    // One post (skill and area) all week: the file gives a person one home skill. z = works that post.
    const posts = [...new Set(mine.map((x) => postOf(shifts[x.shift]!)))];
    if (posts.length > 1) {
      const chosen = posts.map((post) => {
        variables.push({ name: `z${i}_${variables.length}`, cost: 0, upper: 1, integer: true });
        const z = variables.length - 1;
        for (const x of mine) if (postOf(shifts[x.shift]!) === post) rows.push({ terms: [[1, x.column], [-1, z]], sense: '<=', rhs: 0 });
        return z;
      });
      rows.push({ terms: chosen.map((z) => [1, z] as const), sense: '<=', rhs: 1 });
    }
    if (mine.reduce((sum, x) => sum + hours[x.shift]!, 0) > rules.maxHoursPerWeek + 1e-9) {
      rows.push({ terms: mine.map((x) => [hours[x.shift]!, x.column] as const), sense: '<=', rhs: rules.maxHoursPerWeek + 1e-9 });
    }
  });
  // Each shift's count covered on each of its days, by the people not off that day.
  const cover = (k: DesignedShift, j: number, off: Set<number>) => {
    const terms = pairs.filter((x) => x.shift === j && !off.has(x.person)).map((x) => [staff[x.person]!.skills[k.skill]!, x.column] as const);
    rows.push({ terms: [...terms, [1, hireColumns[j]!] as const], sense: '>=', rhs: k.count });
  };
  const weekdayOfDay = dayWeekdays(scenario.calendar);
  if (!weekly || weekdayOfDay === null) {
    for (const off of offPatterns(staff, scenario.calendar.days)) shifts.forEach((k, j) => cover(k, j, off));
  } else {
    shifts.forEach((k, j) => {
      const weekday = WEEKDAYS[dayWeekday[k.day]!];
      for (const off of offPatterns(staff, scenario.calendar.days, (day) => weekdayOfDay[day - 1] === weekday)) cover(k, j, off);
    });
  }
  const values = solveMip(solver, { variables, rows });

  const entries = pairs.filter((x) => values[x.column]! > 0.5).map((x) => ({ person: x.person, shift: x.shift }));
  const hires = shifts
    .map((k, j) => ({ skill: k.skill, shift: j, count: values[hireColumns[j]!]!, wagePerHour: k.wagePerHour }))
    .filter((h) => h.count > 0);
  const assigned = new Set(entries.map((e) => e.person));
  const unassigned = staff.map((_, i) => i).filter((i) => !assigned.has(i));
  // Days off are unpaid (scenario-format.md, Money), as in today's wages (plan.ts): a rostered shift is
  // paid on the share of its days (its weekday's days, with the week) the person is not off.
  const calendarDays = scenario.calendar.days;
  const worked = (p: Person, j: number): number => {
    const weekday = weekly && weekdayOfDay !== null ? WEEKDAYS[dayWeekday[shifts[j]!.day]!] : null;
    const onDay = (d: number): boolean => d <= calendarDays && (weekday === null || weekdayOfDay![d - 1] === weekday);
    const count = weekday === null ? calendarDays : weekdayOfDay!.filter((w) => w === weekday).length;
    return count === 0 ? 1 : (count - p.daysOff.filter(onDay).length) / count;
  };
  const wages =
    entries.reduce((s, e) => s + staff[e.person]!.wagePerHour * hours[e.shift]! * worked(staff[e.person]!, e.shift), 0) +
    hires.reduce((s, h) => s + h.count * h.wagePerHour * hours[h.shift]!, 0);
  const hireGroups = weekly ? packHires(shifts, hires, hours, rules.maxHoursPerWeek) : hires.map((h) => ({ skill: h.skill, shifts: [h.shift], count: h.count, wagePerHour: h.wagePerHour }));
  return { entries, hires, hireGroups, unassigned, costPerDay: weekly ? wages / dayWeekday.length : wages };
}

/**
 * The week's hires as people: first fit, longest shifts first, one shift a day within the weekly
 * hours, per skill and area; people with the same shifts grouped.
 */
function packHires(shifts: readonly DesignedShift[], hires: readonly Hire[], hours: readonly number[], maxHours: number): HireGroup[] {
  const people: { key: string; skill: string; wage: number; shifts: number[]; hours: number }[] = [];
  const units = hires.flatMap((h) => Array.from({ length: h.count }, () => h)).sort((a, b) => hours[b.shift]! - hours[a.shift]! || a.shift - b.shift);
  for (const h of units) {
    const k = shifts[h.shift]!;
    const key = postOf(k);
    const fit = people.find(
      (p) => p.key === key && p.wage === h.wagePerHour && p.hours + hours[h.shift]! <= maxHours + 1e-9 && p.shifts.every((j) => shifts[j]!.day !== k.day),
    );
    if (fit === undefined) people.push({ key, skill: k.skill, wage: h.wagePerHour, shifts: [h.shift], hours: hours[h.shift]! });
    else {
      fit.shifts.push(h.shift);
      fit.hours += hours[h.shift]!;
    }
  }
  const groups = new Map<string, HireGroup>();
  for (const p of people) {
    const sorted = [...p.shifts].sort((a, b) => shifts[a]!.day - shifts[b]!.day);
    const id = `${p.key}|${sorted.join(',')}`;
    const g = groups.get(id);
    groups.set(id, { skill: p.skill, shifts: sorted, count: (g?.count ?? 0) + 1, wagePerHour: p.wage });
  }
  return [...groups.values()];
}

/**
 * The distinct sets of people off on some day of the calendar (the empty set when some day has
 * nobody off); only the days `on` accepts (a weekday's days), when given.
 */
function offPatterns(staff: readonly Person[], days: number, on?: (day: number) => boolean): Set<number>[] {
  const byDay = new Map<number, number[]>();
  staff.forEach((p, i) => {
    for (const d of p.daysOff) if (d <= days && (on === undefined || on(d))) byDay.set(d, [...(byDay.get(d) ?? []), i]);
  });
  const seen = new Map<string, Set<number>>();
  const counted = on === undefined ? days : Array.from({ length: days }, (_, d) => d + 1).filter(on).length;
  if (byDay.size < counted) seen.set('', new Set());
  for (const people of byDay.values()) seen.set(people.join(','), new Set(people));
  return [...seen.values()];
}
