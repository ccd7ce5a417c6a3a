/**
 * What the staffing planner writes: `staffing.json` (issue 11's shape, documented in
 * docs/scenario-format.md "Other JSON outputs"), the CSV tables of requirements, shifts and roster
 * (the project's one CSV writer, src/analysis/csv.ts), and the designed office as YAML. Pure
 * functions of the plan, shared by the command line and the web app.
 */
import { stringify } from 'yaml';
import { csvText } from '../../analysis/csv.js';
import type { IntervalSummary, StaffingPlan } from './plan.js';
import { clock } from './requirements.js';
import { WORKING_DAYS_PER_WEEK } from './rules.js';

/** The day key of a row: `all` while the calendar has no weeks (the plan holds for every day), else the weekday. */
const dayKey = (plan: StaffingPlan, d: number): string => plan.requirements.days[d]!;

const round = (x: number, digits = 6): number => Number(x.toFixed(digits));

function interval(s: IntervalSummary): { mean: number | null; ci95: [number, number] | null } {
  return { mean: s.mean === null ? null : round(s.mean), ci95: s.ci95 === null ? null : [round(s.ci95[0]), round(s.ci95[1])] };
}

export interface StaffingJson {
  readonly formatVersion: 1;
  readonly scenario: string;
  readonly currency: string | null;
  readonly slotMinutes: number;
  readonly target: { readonly withinMinutes: number; readonly fraction: number };
  readonly requirements: readonly {
    readonly day: string;
    readonly start: string;
    readonly skill: string;
    readonly erlang: number;
    readonly final: number;
    readonly scheduled: number;
    readonly serviceLevel: { mean: number | null; ci95: [number, number] | null } | null;
  }[];
  readonly shifts: readonly {
    readonly day: string;
    readonly skill: string;
    /** Where its people are posted, for a skill with work at the counter and in the back office. */
    readonly area?: 'front' | 'back';
    readonly start: string;
    readonly end: string;
    readonly breaks: readonly { readonly at: string; readonly minutes: number }[];
    readonly count: number;
  }[];
  readonly roster: readonly {
    readonly person: string;
    readonly day: string;
    readonly skill: string;
    readonly start: string;
    readonly end: string;
    readonly daysOff: readonly number[];
  }[];
  readonly hires: readonly { readonly skill: string; readonly count: number }[];
  /**
   * Today's staff and shifts, beside the designed roster: one row a person without the week; with it,
   * one row per person and open weekday they work (`day`), as `roster`. start/end null: around the clock.
   */
  readonly todayRoster: readonly {
    readonly person: string;
    readonly day?: string;
    readonly skill: string;
    readonly start: string | null;
    readonly end: string | null;
    readonly daysOff: readonly number[];
  }[];
  readonly unassigned: readonly string[];
  readonly cost: { readonly perDay: number; readonly perWeek: number };
  readonly erlangCost: { readonly perDay: number; readonly perWeek: number };
  readonly saving: { readonly perDay: number; readonly perWeek: number };
  readonly today: { readonly cost: number; readonly serviceLevel: { mean: number | null; ci95: [number, number] | null } };
  readonly rounds: readonly {
    readonly round: number;
    readonly cost: number;
    readonly people: number;
    readonly hires: number;
    readonly serviceLevel: { mean: number | null; ci95: [number, number] | null };
    readonly slotsBelowTarget: number;
    readonly raised: readonly { readonly skill: string; readonly day?: string; readonly start: string }[];
    readonly lowered: readonly { readonly skill: string; readonly day?: string; readonly start: string }[];
  }[];
  readonly chosenRound: number;
  readonly replications: number;
  readonly seed: number;
  readonly scenarioFile: string;
}

export function staffingJson(plan: StaffingPlan, meta: { scenario: string; currency?: string | undefined; seed: number; replications: number; scenarioFile: string }): StaffingJson {
  const req = plan.requirements;
  const answer = plan.answer;
  const levelOf = (skill: string, d: number, s: number) => answer.levels.find((l) => l.skill === skill && l.day === d && l.slot === s) ?? null;
  const staff = answer.scenario.staff;
  const shifts = answer.design.shifts;
  const hiresBySkill = new Map<string, number>();
  // People to hire (with the week, one hire may work several weekdays' shifts).
  for (const h of answer.roster.hireGroups) hiresBySkill.set(h.skill, (hiresBySkill.get(h.skill) ?? 0) + h.count);
  return {
    formatVersion: 1,
    scenario: meta.scenario,
    currency: meta.currency ?? null,
    slotMinutes: req.slotMinutes,
    target: { ...req.target },
    requirements: req.skills.flatMap((k) =>
      req.days.flatMap((_, d) =>
        req.slots.flatMap((slot, s) => {
          // With the week on, only the slots inside that weekday's opening hours (every slot without it).
          if (slot.start < req.dayHours[d]!.open || slot.start >= req.dayHours[d]!.close) return [];
          const level = levelOf(k.skill, d, s);
          // `final`: the counter after the simulation's corrections, plus the back office's load.
          const corrected = answer.need[k.skill]![d]![s]! + k.backFinal[d]![s]!;
          return {
            day: dayKey(plan, d),
            start: clock(slot.start),
            skill: k.skill,
            erlang: k.erlang[d]![s]!,
            final: round(corrected, 2),
            scheduled: answer.design.scheduled[k.skill]![d]![s]! + (answer.design.scheduled[`${k.skill}@back`]?.[d]?.[s] ?? 0),
            serviceLevel: level === null ? null : interval(level),
          };
        }),
      ),
    ),
    shifts: shifts.map((k) => ({
      day: dayKey(plan, k.day),
      skill: k.skill,
      ...(k.area === undefined ? {} : { area: k.area }),
      start: clock(k.start),
      end: clock(k.end),
      breaks: k.breaks.map((b) => ({ at: clock(b.at), minutes: b.minutes })),
      count: k.count,
    })),
    // With the week on, one row per person and weekday worked.
    roster: staff.flatMap((p) =>
      req.days.flatMap((_, d) => {
        const w = req.dayWeekday[d];
        const shift = w === null || w === undefined || p.weekdays === undefined ? p.shift : p.weekdays[w];
        if (shift === 'off' || shift === null || shift === undefined) return [];
        return [{ person: p.name, day: dayKey(plan, d), skill: p.home, start: clock(shift.start), end: clock(shift.end), daysOff: [...p.daysOff] }];
      }),
    ),
    hires: [...hiresBySkill].map(([skill, count]) => ({ skill, count })),
    todayRoster: plan.todayScenario.staff.flatMap((p) =>
      req.days.flatMap((_, d) => {
        const w = req.dayWeekday[d];
        const shift = w === null || w === undefined || p.weekdays === undefined ? p.shift : p.weekdays[w]!;
        if (shift === 'off') return [];
        return [
          {
            person: p.name,
            // Without the week one row a person, as before the week existed (no `day`).
            ...(w === null || w === undefined ? {} : { day: dayKey(plan, d) }),
            skill: p.home,
            start: shift === null ? null : clock(shift.start),
            end: shift === null ? null : clock(shift.end),
            daysOff: [...p.daysOff],
          },
        ];
      }),
    ),
    unassigned: answer.roster.unassigned.map((i) => plan.todayStaff[i]!),
    cost: perDayAndWeek(plan, plan.rounds[plan.chosen]!.cost),
    erlangCost: perDayAndWeek(plan, plan.rounds[0]!.cost),
    saving: perDayAndWeek(plan, plan.saving),
    today: { cost: round(plan.today.cost, 2), serviceLevel: interval(plan.today.serviceLevel) },
    rounds: plan.rounds.map((r) => ({
      round: r.round,
      cost: round(r.cost, 2),
      people: r.people,
      hires: r.hires,
      serviceLevel: interval(r.serviceLevel),
      slotsBelowTarget: r.slotsBelowTarget,
      raised: r.raised,
      lowered: r.lowered,
    })),
    chosenRound: plan.rounds[plan.chosen]!.round,
    replications: meta.replications,
    seed: meta.seed,
    scenarioFile: meta.scenarioFile,
  };
}

/** Per day and per week: without the week, five working days; with it, the sum over the week's open days (perDay is their mean). */
function perDayAndWeek(plan: StaffingPlan, perDay: number): { perDay: number; perWeek: number } {
  const weekly = plan.requirements.dayWeekday[0] !== null;
  return { perDay: round(perDay, 2), perWeek: round(perDay * (weekly ? plan.requirements.days.length : WORKING_DAYS_PER_WEEK), 2) };
}

export function requirementsCsv(json: StaffingJson): string {
  return csvText(
    ['day', 'start', 'skill', 'erlang', 'final', 'scheduled', 'service_level', 'service_level_ci95_low', 'service_level_ci95_high'],
    json.requirements.map((r) => [r.day, r.start, r.skill, r.erlang, r.final, r.scheduled, r.serviceLevel?.mean, r.serviceLevel?.ci95?.[0], r.serviceLevel?.ci95?.[1]]),
  );
}

export function shiftsCsv(json: StaffingJson): string {
  return csvText(
    ['day', 'skill', 'area', 'start', 'end', 'breaks', 'count'],
    json.shifts.map((k) => [k.day, k.skill, k.area ?? '', k.start, k.end, k.breaks.map((b) => `${b.at}+${b.minutes}`).join(' '), k.count]),
  );
}

export function rosterCsv(json: StaffingJson): string {
  return csvText(
    ['person', 'day', 'skill', 'start', 'end', 'days_off'],
    json.roster.map((r) => [r.person, r.day, r.skill, r.start, r.end, r.daysOff.join(' ')]),
  );
}

/** The designed office as a YAML scenario file, with a header saying where it came from. */
export function officeYaml(plan: StaffingPlan, source: string): string {
  const header =
    `# The office designed by office-sim plan-staff from ${source.replace(/[\u0000-\u001f\u007f]/g, ' ')}:\n` +
    '# its staff list is the roster (hires included); everything else is the original file.\n';
  // Strings quoted: a clock time such as 09:00 must never read as a number (YAML 1.1 sexagesimal).
  return header + stringify(plan.answer.file, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}
