/**
 * The fitted office as a scenario file (a plain object, written as office.yaml): the one function
 * that turns a fit into a scenario, for the file and for the fit check alike.
 *
 * - `{ kind: 'week' }`: the whole week, with the weekly calendar keys of FORMAT-AGREEMENTS.md §1
 *   (`calendar.firstWeekday: mon`, `calendar.weekdays`, `arrivals.weekdays`, `staff[].weekdays`) when
 *   the records show a week, and the `weibull` distribution (§2) where it fits best;
 * - `{ kind: 'day', weekday }`: one weekday alone (its hours, arrivals and roster), with no week keys:
 *   how the fit check simulates an engine that does not know the week (see check.ts);
 * - `observed: true`: the staffing seen in the records, nobody sick (the records already show who
 *   came), for the fit check.
 * Numbers are rounded to what a reader would type (rates to 3 decimals, minutes to 2).
 */
import type { DurationFit } from './durations.js';
import type { FitResult } from './fit.js';
import type { BreakSeen, ShiftSeen } from './staffing.js';
import { WEEKDAYS, type Weekday } from './week.js';
import type { HourRate } from './arrivals.js';

export type ScenarioMode = { readonly kind: 'week' } | { readonly kind: 'day'; readonly weekday: Weekday };

export interface BuildOptions {
  /** Write `weibull` where it fits best (else the gamma with the same mean and CV). */
  readonly weibull: boolean;
  /** Write the weekly calendar keys when the records show a week (default true). */
  readonly week?: boolean;
  /** For the fit check: no sick days, no replications setting beyond this. */
  readonly observed?: boolean;
  readonly replications?: number;
  readonly seed?: number;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function clockText(minutes: number): string {
  const m = Math.round(minutes);
  if (m >= 1440) return m === 1440 ? '24:00' : clockText(m - 1440);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The service distribution the scenario uses: the AIC choice; null without a fit. */
export function serviceSpec(fit: DurationFit, weibull: boolean): { [key: string]: Json } | null {
  const best = fit.candidates[0];
  if (best === undefined) {
    if (fit.n === 0) return null;
    return { dist: 'exponential', mean: round(fit.sampleMean, 2) };
  }
  const p = best.params;
  if (p.family === 'exponential') return { dist: 'exponential', mean: round(p.mean, 3) };
  if (p.family === 'weibull') {
    if (weibull) return { dist: 'weibull', shape: round(p.shape, 4), scale: round(p.scale, 3) };
    return { dist: 'gamma', mean: round(best.mean.value, 3), cv: round(best.cv.value, 4) };
  }
  return { dist: p.family, mean: round(best.mean.value, 3), cv: round(best.cv.value, 4) };
}

function profile(rates: readonly HourRate[]): number[] {
  return rates.map((r) => round(r.rate, 3));
}

/** A shift with the person's break when it lies inside it (the format requires that). */
function shiftJson(s: ShiftSeen, pause: BreakSeen | null): { [key: string]: Json } {
  const end = Math.min(s.end, 1440);
  const inside = pause !== null && pause.at >= s.start && pause.at + pause.minutes <= end;
  return { start: clockText(s.start), end: clockText(end), breaks: inside ? [{ at: clockText(pause.at), minutes: pause.minutes }] : [] };
}

export function buildScenario(fit: FitResult, mode: ScenarioMode, options: BuildOptions): { [key: string]: Json } {
  const week = mode.kind === 'week' && fit.calendar.week.detected && (options.week ?? true);
  const dayIndex = mode.kind === 'day' ? WEEKDAYS.indexOf(mode.weekday) : -1;
  const dayCal = mode.kind === 'day' ? fit.calendar.weekdays[dayIndex]! : null;
  const hours = dayCal?.hours ?? fit.calendar.base;
  const calendar: { [key: string]: Json } = { days: week ? 7 : mode.kind === 'day' ? 1 : 5, open: clockText(hours.open), close: clockText(hours.close) };
  if (week) {
    calendar['firstWeekday'] = 'mon';
    const weekdays: { [key: string]: Json } = {};
    for (const w of fit.calendar.weekdays) {
      if (w.hours === null) weekdays[w.weekday] = 'closed';
      else if (w.hours.open !== hours.open || w.hours.close !== hours.close) weekdays[w.weekday] = { open: clockText(w.hours.open), close: clockText(w.hours.close) };
    }
    if (Object.keys(weekdays).length > 0) calendar['weekdays'] = weekdays;
  }
  const customers = fit.customers
    .map((c) => {
      const service = serviceSpec(c.service, options.weibull);
      if (service === null) return null;
      let perHour: number[];
      if (mode.kind === 'day') {
        const w = c.arrivals.weekdays[dayIndex]!;
        perHour = w.use.kind === 'base' ? profile(c.arrivals.base.perHour) : w.use.kind === 'factor' ? c.arrivals.base.perHour.map((r) => round(r.rate * (w.use as { factor: number }).factor, 3)) : profile(w.perHour);
      } else perHour = profile(c.arrivals.base.perHour);
      const arrivals: { [key: string]: Json } = { perHour };
      if (week) {
        const weekdays: { [key: string]: Json } = {};
        for (const w of c.arrivals.weekdays) {
          if (w.use.kind === 'factor') weekdays[w.weekday] = { factor: round(w.use.factor, 3) };
          else if (w.use.kind === 'profile') weekdays[w.weekday] = { perHour: profile(w.perHour) };
        }
        if (Object.keys(weekdays).length > 0) arrivals['weekdays'] = weekdays;
      }
      const entry: { [key: string]: Json } = { name: c.name, arrivals, service, skill: 'front' };
      const patience = c.patience;
      if (patience.chosen === 'weibull' && patience.weibull !== null) {
        entry['patience'] = options.weibull
          ? { dist: 'weibull', shape: round(patience.weibull.shape, 4), scale: round(patience.weibull.scale, 3) }
          : { dist: 'exponential', mean: round(patience.weibull.mean, 3) };
      } else if (patience.exponential !== null) entry['patience'] = { dist: 'exponential', mean: round(patience.exponential.mean, 3) };
      if (c.balking.balkAt !== null) entry['balkAt'] = c.balking.balkAt;
      return entry;
    })
    .filter((c): c is { [key: string]: Json } => c !== null);
  const customerNames = new Set(fit.customers.map((c) => c.name));
  const taskName = (name: string): string => (customerNames.has(name) ? `${name}-task` : name);
  const tasks = fit.tasks
    .map((t) => {
      const service = serviceSpec(t.service, options.weibull);
      if (service === null) return null;
      const entry: { [key: string]: Json } = { name: taskName(t.name), service };
      const base = t.arrivals.base.perDay.rate;
      let perDay = base;
      if (mode.kind === 'day') {
        const w = t.arrivals.weekdays[dayIndex]!;
        perDay = w.use.kind === 'base' ? base : w.perDay.rate;
      }
      if (perDay > 0) {
        const arrivals: { [key: string]: Json } = { perDay: round(perDay, 3) };
        if (week) {
          const weekdays: { [key: string]: Json } = {};
          for (const w of t.arrivals.weekdays) {
            if (w.use.kind === 'factor') weekdays[w.weekday] = { factor: round(w.use.factor, 3) };
            else if (w.use.kind === 'profile') weekdays[w.weekday] = { perDay: round(w.perDay.rate, 3) };
          }
          if (Object.keys(weekdays).length > 0) arrivals['weekdays'] = weekdays;
        }
        entry['arrivals'] = arrivals;
      }
      if (t.dueMinutes !== null && t.dueMinutes > 0) entry['dueMinutes'] = round(t.dueMinutes, 1);
      return entry;
    })
    .filter((t): t is { [key: string]: Json } => t !== null);
  const taskSkill = (i: number): string => taskName(fit.tasks[i]!.name);
  const sick = fit.absences;
  const staff = fit.staffing.roster
    .map((r) => {
      const shift = mode.kind === 'day' ? r.byWeekday[mode.weekday] : r.shift;
      if (shift === null) return null;
      const skills: { [key: string]: Json } = {};
      if (r.servesCounter && customers.length > 0) skills['front'] = 1;
      for (const t of r.tasks) if (tasks.some((x) => x['name'] === taskSkill(t))) skills[taskSkill(t)] = 1;
      const home = r.area === 'front' && 'front' in skills ? 'front' : Object.keys(skills).find((k) => k !== 'front') ?? Object.keys(skills)[0];
      if (home === undefined) return null;
      const entry: { [key: string]: Json } = { name: r.name };
      if (r.count > 1) entry['count'] = r.count;
      entry['home'] = home;
      entry['area'] = home === 'front' ? 'front' : 'back';
      entry['skills'] = skills;
      entry['shift'] = shiftJson(shift, r.break);
      if (week) {
        const weekdays: { [key: string]: Json } = {};
        for (const w of WEEKDAYS) {
          const day = fit.calendar.weekdays[WEEKDAYS.indexOf(w)]!;
          if (day.hours === null) continue; // a weekday override on a closed weekday is an error
          const s = r.byWeekday[w];
          if (s === null) weekdays[w] = 'off';
          else if (s.start !== shift.start || s.end !== shift.end) weekdays[w] = shiftJson(s, r.break);
        }
        if (Object.keys(weekdays).length > 0) entry['weekdays'] = weekdays;
      }
      if (!options.observed && sick !== null) {
        const person = sick.perPerson.find((p) => p.name === r.name);
        if (person?.differs) entry['sickProbabilityPerDay'] = round(person.probability, 4);
      }
      return entry;
    })
    .filter((s): s is { [key: string]: Json } => s !== null);
  const scenario: { [key: string]: Json } = {
    version: 1,
    name: `${fit.name}${mode.kind === 'day' ? ` (${mode.weekday})` : ''}`,
    seed: options.seed ?? 1,
    replications: options.replications ?? 30,
    calendar,
    customers,
  };
  if (tasks.length > 0) scenario['tasks'] = tasks;
  scenario['staff'] = staff;
  if (!options.observed && sick !== null && sick.overall.personDays > 0) scenario['absences'] = { sickProbabilityPerDay: round(sick.overall.probability, 4) };
  return scenario;
}
