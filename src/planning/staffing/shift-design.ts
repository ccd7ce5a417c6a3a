/**
 * Step 2 of the staffing planner: how many people start each shift template so that every slot's
 * requirement is covered at the least wage cost, breaks placed inside their windows.
 *
 * The programme is Dantzig's set covering with break-variant columns: one integer column per
 * (day, template, break placement), each covering the slots its person is on duty and not on a
 * break for the whole slot. Choosing the break placement is then part of the optimisation, not a
 * rule of thumb, and the optimum is exact (HiGHS proves it; `mip_rel_gap` 0).
 */
import type { Scenario } from '../../sim/scenario.js';
import type { Requirements, Slot } from './requirements.js';
import { clock } from './requirements.js';
import type { BreakRule, ShiftRules } from './rules.js';
import { InfeasibleError, solveCover, type CoverColumn, type Solver } from './solver.js';

export interface ShiftTemplate {
  /** Minutes after midnight. */
  readonly start: number;
  readonly length: number;
}

/** A template with its breaks placed. */
export interface ShiftVariant {
  readonly start: number;
  readonly end: number;
  readonly breaks: readonly { readonly at: number; readonly minutes: number }[];
}

export interface DesignedShift extends ShiftVariant {
  readonly skill: string;
  /** Where its people are posted when the skill has work in both areas (counter and back office); else absent. */
  readonly area?: 'front' | 'back';
  /** Index into `Requirements.days`. */
  readonly day: number;
  readonly count: number;
  readonly wagePerHour: number;
}

export interface ShiftDesign {
  readonly shifts: readonly DesignedShift[];
  /** Per need key (skill, or `skill@back`), per day, per slot: people on duty and not on a break. */
  readonly scheduled: Readonly<Record<string, readonly (readonly number[])[]>>;
  /** Wage cost per day (the mean over days). */
  readonly costPerDay: number;
}

/**
 * What the shift design covers for one skill (in one area, for a skill both customers and tasks need:
 * its counter part and its back-office part are designed apart, so that people are posted where the
 * work is; keyed `skill` for the counter and `skill@back` for the back office).
 */
export interface SkillNeed {
  /** The skill; default the key. */
  readonly skill?: string;
  /** The area its people are posted in, for a skill with work in both areas. */
  readonly area?: 'front' | 'back';
  /** Per day, per slot: people at work needed in the slot (the counter). */
  readonly perSlot: readonly (readonly number[])[];
  /** Per day, per slot: back-office work in people (fractional), covered summed over windows. */
  readonly backLoad: readonly (readonly number[])[];
  /** Window length in slots: people-slots worked in every window of this many slots cover the counter and back-office need in it. */
  readonly window: number;
}

/** Raised when the templates cannot cover the opening hours: names the slots and what to allow. */
export class TemplatesError extends Error {}

/** Every allowed (start, length): starts every `startEvery` minutes, inside [earliestStart, latestEnd]. */
export function shiftTemplates(rules: ShiftRules): ShiftTemplate[] {
  const out: ShiftTemplate[] = [];
  for (let start = rules.earliestStart; start < rules.latestEnd; start += rules.startEvery) {
    for (const length of rules.lengths) if (start + length <= rules.latestEnd) out.push({ start, length });
  }
  return out;
}

/**
 * The break placements of a template: each rule that applies (shift at least `fromLength` long,
 * long enough for the break) places one break starting `after` to `after + within` minutes in, on
 * the slot grid, ending by the shift end; several rules combine when their breaks do not overlap.
 */
export function shiftVariants(template: ShiftTemplate, rules: readonly BreakRule[], step: number): ShiftVariant[] {
  const applying = rules.filter((r) => template.length >= r.fromLength && r.after + r.minutes <= template.length);
  let placements: { at: number; minutes: number }[][] = [[]];
  for (const rule of applying) {
    const next: { at: number; minutes: number }[][] = [];
    for (const placed of placements) {
      for (let offset = rule.after; offset <= rule.after + rule.within && offset + rule.minutes <= template.length; offset += step) {
        const at = template.start + offset;
        const clash = placed.some((b) => at < b.at + b.minutes && b.at < at + rule.minutes);
        if (!clash) next.push([...placed, { at, minutes: rule.minutes }].sort((a, b) => a.at - b.at));
      }
    }
    placements = next;
  }
  return placements.map((breaks) => ({ start: template.start, end: template.start + template.length, breaks }));
}

/** Indices of the slots a person on this shift covers: on duty the whole slot and on no break during it. */
export function coveredSlots(variant: ShiftVariant, slots: readonly Slot[]): number[] {
  const out: number[] = [];
  slots.forEach((slot, i) => {
    const end = slot.start + slot.minutes;
    if (slot.start < variant.start || end > variant.end) return;
    if (variant.breaks.some((b) => slot.start < b.at + b.minutes && b.at < end)) return;
    out.push(i);
  });
  return out;
}

/**
 * People of an office on duty and off their breaks in each slot, per home skill (today's staffing, to
 * compare); on weekday `weekday` (0 = mon) their shift that weekday, when the week is on.
 */
export function peopleOnDuty(scenario: Scenario, slots: readonly Slot[], weekday: number | null = null): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const p of scenario.staff) {
    const shift = weekday === null || p.weekdays === undefined ? p.shift : p.weekdays[weekday]!;
    if (shift === null || shift === 'off') continue;
    const counts = (out[p.home] ??= slots.map(() => 0));
    for (const s of coveredSlots(shift, slots)) counts[s]!++;
  }
  return out;
}

/**
 * `peopleOnDuty` of every planned day, keyed by its day key (`all`, or the weekday), over the slots
 * inside that day's opening hours (the requirement rows of staffing.json, position for position).
 */
export function peopleOnDutyByDay(scenario: Scenario, req: Requirements): Record<string, Record<string, number[]>> {
  return Object.fromEntries(
    req.days.map((key, d) => {
      const h = req.dayHours[d]!;
      const open = req.slots.filter((slot) => slot.start >= h.open && slot.start < h.close);
      return [key, peopleOnDuty(scenario, open, req.dayWeekday[d] ?? null)];
    }),
  );
}

/**
 * The cheapest shifts covering `need` (per skill, per day, per slot), at each skill's wage. With a
 * `headcount` for a skill (the people whose home it is), every person at work beyond it costs the
 * wages of a longest shift more: a few long shifts for the staff there is beat many short ones that
 * need hires, unless the short ones save more than that. Throws TemplatesError naming the slots no
 * template covers.
 */
export function designShifts(
  solver: Solver,
  req: Requirements,
  need: Readonly<Record<string, SkillNeed>>,
  rules: ShiftRules,
  wages: Readonly<Record<string, number>>,
  headcount: Readonly<Record<string, number>> = {},
  /** How many longest shifts' wages each person beyond the headcount costs (1; far more when hiring is not allowed). */
  headcountWeight = 1,
): ShiftDesign {
  const variants = shiftTemplates(rules).flatMap((t) => shiftVariants(t, rules.breaks, rules.slotMinutes));
  const covers = variants.map((v) => coveredSlots(v, req.slots));
  const slotCount = req.slots.length;
  const problems: string[] = [];
  const shifts: DesignedShift[] = [];
  const scheduled: Record<string, number[][]> = {};
  let cost = 0;

  for (const label of Object.keys(need)) {
    const { perSlot, backLoad, window, area } = need[label]!;
    const skill = need[label]!.skill ?? label;
    const wage = wages[skill] ?? 0;
    const onDuty = perSlot.map(() => new Array<number>(slotCount).fill(0));
    const hasBack = backLoad.some((day) => day.some((l) => l > 0));
    const w = Math.min(window, slotCount);
    // Beyond the people the skill has, each extra person at work costs a longest shift's wages more.
    const limit = headcount[label];
    const longest = Math.max(...rules.lengths) / 60;
    const extra = limit === undefined ? undefined : { limit, extraCost: headcountWeight * longest * Math.max(wage, 1) };
    // Days are independent programmes (no row links two days): solved one by one, which keeps each small.
    perSlot.forEach((day, d) => {
      // Rows: the day's slots, then (with back-office work) one row per window of w slots.
      const rowNeed = [...day];
      const windows: { from: number; to: number }[] = [];
      if (hasBack) {
        for (let from = 0; from + w <= slotCount; from++) {
          let sum = 0;
          for (let s = from; s < from + w; s++) sum += day[s]! + backLoad[d]![s]!;
          windows.push({ from, to: from + w });
          rowNeed.push(Math.ceil(sum - 1e-9));
        }
      }
      const columns: CoverColumn[] = [];
      const owner: number[] = [];
      variants.forEach((v, k) => {
        const slotsCovered = covers[k]!;
        if (slotsCovered.length === 0) return;
        const rows = [...slotsCovered];
        const coefficients = rows.map(() => 1);
        windows.forEach((win, i) => {
          const inside = slotsCovered.filter((s) => s >= win.from && s < win.to).length;
          if (inside > 0) {
            rows.push(slotCount + i);
            coefficients.push(inside);
          }
        });
        // Paid minutes at the wage; a hair per minute more so that, among equal-cost designs
        // (a zero wage), the shorter shifts win.
        columns.push({ cost: ((v.end - v.start) / 60) * wage + (wage > 0 ? 0 : (v.end - v.start) * 1e-6), rows, coefficients });
        owner.push(k);
      });
      const coverable = new Set(columns.flatMap((c) => c.rows));
      const bare = day.map((n, s) => (n > 0 && !coverable.has(s) ? s : -1)).filter((s) => s >= 0);
      if (bare.length > 0) {
        problems.push(`${label} needs ${bare.map((s) => `${day[s]} at ${clock(req.slots[s]!.start)}`).join(', ')} (${req.days[d] === 'all' ? 'all days' : `on ${req.days[d]}`})`);
        return;
      }
      let solution;
      try {
        solution = solveCover(solver, rowNeed, columns, extra);
      } catch (error) {
        if (error instanceof InfeasibleError) throw new TemplatesError(`${label}: ${error.message}`);
        throw error;
      }
      solution.counts.forEach((count, j) => {
        if (count === 0) return;
        const v = variants[owner[j]!]!;
        shifts.push({ skill, ...(area === undefined ? {} : { area }), day: d, start: v.start, end: v.end, breaks: v.breaks, count, wagePerHour: wage });
        for (const s of covers[owner[j]!]!) onDuty[d]![s]! += count;
        cost += (count * (v.end - v.start) * wage) / 60;
      });
    });
    scheduled[label] = onDuty;
  }
  if (problems.length > 0) {
    const starts = shiftTemplates(rules);
    const earliest = starts.length === 0 ? null : Math.min(...starts.map((t) => t.start));
    const latest = starts.length === 0 ? null : Math.max(...starts.map((t) => t.start + t.length));
    throw new TemplatesError(
      `the shift templates cannot cover the opening hours: no template is on duty (and off its break) in the slot where ${problems.join('; ')}. ` +
        `Templates run ${earliest === null ? 'nowhere' : `from ${clock(earliest)} to ${clock(latest!)}`}; ` +
        `the office is open ${clock(req.slots[0]!.start)}-${clock(req.slots[slotCount - 1]!.start + req.slots[slotCount - 1]!.minutes)}: ` +
        'allow earlier starts or later ends (planning.shifts.earliestStart, latestEnd, lengths, startEvery) or narrower break windows',
    );
  }
  shifts.sort((a, b) => a.day - b.day || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0) || (a.area ?? '').localeCompare(b.area ?? '') || a.start - b.start || a.end - b.end || (a.breaks[0]?.at ?? 0) - (b.breaks[0]?.at ?? 0));
  return { shifts, scheduled, costPerDay: cost / Math.max(1, req.days.length) };
}
