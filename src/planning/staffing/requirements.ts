/**
 * Step 1 of the staffing planner: how many people each skill needs in each slot of the day.
 *
 * Counter skills: the fewest people meeting `targets.serviceLevel` by Erlang C, or Erlang A when every
 * class of the skill has exponential patience (src/analysis/erlang.ts), at the slot's arrival rate;
 * then grossed up for the shrinkage the office really has that the shift design does not place
 * itself: sick days and interruptions (breaks are placed by the shift design, so they are not
 * counted twice). Back office: the task work arriving (internal workload and handoffs) as a fluid
 * load per slot, grossed up the same way; the shift design covers its sum over every two-hour window
 * (or the shortest due time, if shorter), so work can wait for a break but is done in time.
 *
 * Requirements are kept per (day, slot, skill). Without the week every day is alike and there is one
 * day, keyed `all`; with the week on (`calendar.firstWeekday`) one day per open weekday, keyed `mon`..
 * `sun`, each with its own opening hours and arrival profiles (closed weekdays need nobody and are left
 * out). The slots then run from the earliest opening to the latest close of the week; a slot outside a
 * weekday's hours needs nobody that weekday.
 */
import { staffingEstimate, type ServiceTarget } from '../../analysis/erlang.js';
import { makeDistribution } from '../../sim/distributions.js';
import { formatClock } from '../../sim/scenario-file/clock.js';
import type { OpeningWindow, Scenario } from '../../sim/scenario.js';
import { planningDays } from './days.js';
import type { SlotMinutes } from './rules.js';

/** A planning slot of the opening day. */
export interface Slot {
  /** Minute of the day it starts. */
  readonly start: number;
  readonly minutes: number;
}

/** Erlang's answer for one slot of a counter skill. */
export interface SlotStaffing {
  /** People needed (before shrinkage). */
  readonly servers: number;
  /** Offered load in Erlang (arrival rate x mean service time). */
  readonly load: number;
  readonly serviceLevel: number;
  /** Load per person: load / servers (0 with nobody needed). */
  readonly occupancy: number;
  readonly probWait: number;
  readonly abandonProb: number;
}

export interface SkillRequirement {
  readonly skill: string;
  /** Where the work is: at the counter, in the back office, or both (a counter class and a task share the skill). */
  readonly area: 'front' | 'back' | 'both';
  /** How the counter part was computed; `workload` for a skill only tasks need. */
  readonly model: 'Erlang C' | 'Erlang A' | 'workload';
  /** Per day (index into `Requirements.days`), per slot: counter people by Erlang, before shrinkage. */
  readonly counterErlang: readonly (readonly number[])[];
  /** The same grossed up for shrinkage: what the shift design must have at the counter in each slot. */
  readonly counterFinal: readonly (readonly number[])[];
  /** Back-office work arriving per slot, in people busy on it (fractional), before shrinkage. */
  readonly backLoad: readonly (readonly number[])[];
  /** The same grossed up for shrinkage. */
  readonly backFinal: readonly (readonly number[])[];
  /**
   * Slots within which back-office work is covered (two hours, or the shortest due time of the
   * skill's tasks if shorter): the shift design covers the work arriving in every such window.
   */
  readonly backWindow: number;
  /** Counter plus back office, per day and slot: people by the formulas (back office as fractional load). */
  readonly erlang: readonly (readonly number[])[];
  /** The same after shrinkage. */
  readonly final: readonly (readonly number[])[];
  /** Counter slots' Erlang figures (null where the skill has no counter work). */
  readonly counter: readonly (readonly (SlotStaffing | null)[])[];
  /** Back-office work arriving per day, person-hours at proficiency 1 (0 without tasks). */
  readonly backOfficeHoursPerDay: number;
}

export interface Shrinkage {
  /** Mean chance a rostered person is sick. */
  readonly sick: number;
  /** Share of a working day lost to interruptions. */
  readonly interruptions: number;
  /** 1 - (1 - sick)(1 - interruptions). */
  readonly total: number;
}

export interface Requirements {
  readonly slotMinutes: SlotMinutes;
  readonly slots: readonly Slot[];
  /** Day keys: `all` while every day is alike; the open weekdays (`mon`..`sun`) with the week on. */
  readonly days: readonly string[];
  /** Each day's opening hours (same positions as `days`). */
  readonly dayHours: readonly OpeningWindow[];
  /** Each day's weekday index (0 = mon), or null for the day `all`. */
  readonly dayWeekday: readonly (number | null)[];
  readonly skills: readonly SkillRequirement[];
  readonly shrinkage: Shrinkage;
  readonly target: ServiceTarget;
}

/**
 * Back-office work is covered summed over windows of this many minutes (or the due time, if
 * shorter): work may wait for a break or a quieter hour, but the staffing follows the work through
 * the day. (Over the whole due window alone, a same-day due time would let the design leave the
 * morning empty and put everyone on in the afternoon: feasible for a fluid, absurd for an office.)
 */
export const BACK_WINDOW_MINUTES = 120;

/** Thrown when a requirement cannot be met by any staffing; names the slots and skills. */
export class UnreachableTargetError extends Error {}

/** Above this many people in one slot and skill the target is called unreachable. */
export const MAX_PEOPLE_PER_SLOT = 2000;

/**
 * Erlang staffing of one slot: `arrivals` in `slotMinutes`, mean service `serviceMinutes`, the target,
 * and the mean patience (minutes) when patience is exponential (Erlang A), else Erlang C.
 */
export function slotStaffing(
  arrivals: number,
  slotMinutes: number,
  serviceMinutes: number,
  target: ServiceTarget,
  patienceMinutes?: number,
): SlotStaffing {
  const lambda = arrivals / slotMinutes;
  const mu = 1 / serviceMinutes;
  const theta = patienceMinutes === undefined ? undefined : 1 / patienceMinutes;
  const e = staffingEstimate(lambda, mu, target, theta);
  const load = lambda / mu;
  return {
    servers: e.servers,
    load,
    serviceLevel: e.serviceLevel,
    occupancy: e.servers > 0 ? load / e.servers : 0,
    probWait: e.probWait,
    abandonProb: e.abandonProb,
  };
}

/** People on the roster needed for `people` at work when a share `shrinkage` of them is away. */
export function grossUp(people: number, shrinkage: number): number {
  if (people <= 0) return 0;
  if (!(shrinkage >= 0 && shrinkage < 1)) throw new RangeError(`invalid shrinkage: ${shrinkage}`);
  // The tolerance keeps 14 / 0.7 = 20.000000000000004 at 20.
  return Math.ceil(people / (1 - shrinkage) - 1e-9);
}

/** The opening day cut into slots (the last one shorter when the opening hours do not divide); with the week, earliest opening to latest close. */
export function daySlots(scenario: Scenario, slotMinutes: number): Slot[] {
  const hours = planningDays(scenario).hours;
  const open = Math.min(...hours.map((h) => h.open));
  const close = Math.max(...hours.map((h) => h.close));
  const slots: Slot[] = [];
  for (let start = open; start < close; start += slotMinutes) slots.push({ start, minutes: Math.min(slotMinutes, close - start) });
  return slots;
}

/** Items per minute of a per-opening-hour profile during [from, from + minutes) (minutes from opening). */
function ratePerMinute(perHour: readonly number[], fromOpening: number): number {
  const hour = Math.floor(fromOpening / 60);
  return (perHour.length === 1 ? perHour[0]! : (perHour[hour] ?? 0)) / 60;
}

/** Share of a working day lost to sickness and interruptions, averaged over the staff. */
export function officeShrinkage(scenario: Scenario): Shrinkage {
  const staff = scenario.staff;
  const sick = staff.length === 0 ? scenario.absences.sickProbabilityPerDay : staff.reduce((s, p) => s + p.sickProbabilityPerDay, 0) / staff.length;
  const i = scenario.absences.interruptions;
  const dayMinutes = scenario.calendar.close - scenario.calendar.open;
  const interruptions = i === null ? 0 : Math.min(0.9, (i.perDay * makeDistribution(i.minutes).mean) / dayMinutes);
  return { sick, interruptions, total: 1 - (1 - sick) * (1 - interruptions) };
}

/** The requirements of every skill the office's work needs, per day and slot. */
export function requirements(scenario: Scenario, slotMinutes: SlotMinutes): Requirements {
  const slots = daySlots(scenario, slotMinutes);
  const days = planningDays(scenario);
  const target: ServiceTarget = scenario.targets.serviceLevel;
  const shrinkage = officeShrinkage(scenario);
  const skills = [...new Set([...scenario.customers.map((c) => c.skill), ...scenario.tasks.map((t) => t.skill)])];
  const unreachable: string[] = [];
  // A profile on day d: the weekday's own (factor or profile applied by the file format) with the week on.
  const profile = (arrivals: { perHour: readonly number[]; weekdays?: readonly (readonly number[])[] }, d: number) => {
    const w = days.weekday[d]!;
    return w === null || arrivals.weekdays === undefined ? arrivals.perHour : arrivals.weekdays[w]!;
  };
  // The minutes of slot s open on day d (0 outside that day's hours).
  const openMinutes = (d: number, slot: Slot) => {
    const h = days.hours[d]!;
    return slot.start < h.open || slot.start >= h.close ? 0 : Math.min(slot.minutes, h.close - slot.start);
  };

  const result = skills.map((skill): SkillRequirement => {
    const classes = scenario.customers.filter((c) => c.skill === skill);
    const tasks = scenario.tasks.map((t, q) => ({ t, q })).filter(({ t }) => t.skill === skill);
    const patient = classes.some((c) => c.patience === null || c.patience.dist !== 'exponential');
    const model = classes.length === 0 ? 'workload' : patient ? 'Erlang C' : 'Erlang A';

    // Counter: Erlang per slot, the classes of the skill pooled (rates added, service and patience
    // rate-weighted means).
    const counter = days.keys.map((key, d) =>
      slots.map((slot): SlotStaffing | null => {
        if (classes.length === 0) return null;
        const minutes = openMinutes(d, slot);
        const open = days.hours[d]!.open;
        let rate = 0;
        let work = 0;
        let patienceRate = 0;
        if (minutes > 0) {
          for (const c of classes) {
            const r = ratePerMinute(profile(c.arrivals, d), slot.start - open);
            rate += r;
            work += r * makeDistribution(c.service).mean;
            if (c.patience !== null) patienceRate += r / makeDistribution(c.patience).mean;
          }
        }
        if (rate === 0) return { servers: 0, load: 0, serviceLevel: 1, occupancy: 0, probWait: 0, abandonProb: 0 };
        try {
          const s = slotStaffing(rate * minutes, minutes, work / rate, target, patient ? undefined : rate / patienceRate);
          if (s.servers > MAX_PEOPLE_PER_SLOT) throw new RangeError('too many');
          return s;
        } catch {
          unreachable.push(`${skill} at ${clock(slot.start)}${key === 'all' ? '' : ` on ${key}`}`);
          return null;
        }
      }),
    );

    // Back office: the fluid load of the work arriving (people busy on it) per slot.
    const handoffRate = (q: number, d: number, fromOpening: number) =>
      scenario.customers.reduce(
        (sum, c) => sum + ratePerMinute(profile(c.arrivals, d), fromOpening) * c.handoffs.filter((h) => h.task === q).reduce((p, h) => p + h.probability, 0),
        0,
      );
    const backLoad = days.keys.map((_, d) =>
      slots.map((slot) => {
        if (openMinutes(d, slot) === 0) return 0;
        let load = 0;
        for (const { t, q } of tasks) {
          const from = slot.start - days.hours[d]!.open;
          const rate = (t.arrivals === null ? 0 : ratePerMinute(profile(t.arrivals, d), from)) + handoffRate(q, d, from);
          load += rate * makeDistribution(t.service).mean;
        }
        return load;
      }),
    );
    const dayMinutes = scenario.calendar.close - scenario.calendar.open;
    const dueMinutes = tasks.length === 0 ? dayMinutes : Math.min(dayMinutes, ...tasks.map(({ t }) => t.dueMinutes ?? dayMinutes));
    const backWindow = Math.max(1, Math.min(slots.length, Math.floor(Math.min(dueMinutes, BACK_WINDOW_MINUTES) / slotMinutes)));
    // The mean over the planned days (every day alike without the week).
    const backOfficeHoursPerDay = backLoad.reduce((sum, day) => sum + day.reduce((a, l, k) => a + (l * slots[k]!.minutes) / 60, 0), 0) / days.keys.length;
    const backFinal = backLoad.map((day) => day.map((l) => l / (1 - shrinkage.total)));

    const counterErlang = counter.map((day) => day.map((c) => c?.servers ?? 0));
    const counterFinal = counterErlang.map((day) => day.map((n) => grossUp(n, shrinkage.total)));
    const round2 = (x: number) => Math.round(x * 100) / 100;
    const erlang = counterErlang.map((day, d) => day.map((n, s) => round2(n + backLoad[d]![s]!)));
    const final = counterFinal.map((day, d) => day.map((n, s) => round2(n + backFinal[d]![s]!)));
    const area = classes.length > 0 && tasks.length > 0 ? 'both' : classes.length > 0 ? 'front' : 'back';
    return { skill, area, model, counterErlang, counterFinal, backLoad, backFinal, backWindow, erlang, final, counter, backOfficeHoursPerDay };
  });

  if (unreachable.length > 0 && target.fraction >= 1) {
    throw new UnreachableTargetError(
      `no staffing meets the service-level target (100% within ${target.withinMinutes} min) in ${list(unreachable)}: with random arrivals ` +
        'some customer can always wait longer, however many people serve; set targets.serviceLevel.fraction below 1',
    );
  }
  if (unreachable.length > 0) {
    throw new UnreachableTargetError(
      `no staffing meets the service-level target (${target.fraction * 100}% within ${target.withinMinutes} min) in ${list(unreachable)}: ` +
        `it would need more than ${MAX_PEOPLE_PER_SLOT} people in one slot`,
    );
  }
  return { slotMinutes, slots, days: days.keys, dayHours: days.hours, dayWeekday: days.weekday, skills: result, shrinkage, target };
}

/** "HH:MM" of minutes after midnight (the file format's clock). */
export const clock = formatClock;

function list(items: readonly string[], max = 6): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
