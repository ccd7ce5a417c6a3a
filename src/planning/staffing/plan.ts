/**
 * The staffing planner: requirements (Erlang), shift design (MIP), roster (MIP), then the check by
 * simulation and its corrections, round by round.
 *
 * Each round simulates the designed office with everything the engine models (cover rules,
 * absences, handoffs, breaks) and measures each counter skill's service level per slot over the
 * replications (Student-t 95% interval). A slot whose interval lies wholly below the target misses
 * it with 95% confidence; so does, where the office has fewer people than Erlang's design, a slot
 * whose mean is under the target. Its requirement goes up by one (above what was scheduled there)
 * and it is never lowered again. When no slot
 * misses, slots whose interval lies wholly above the target go down by one (cross-trained cover
 * or the back office may do what Erlang gave to extra people); a slot that then misses goes back up
 * and stays. The shifts and roster are solved again after each change; the loop ends when nothing
 * changes or at the round limit. The answer is the cheapest round with no slot missing (else the
 * round with the fewest), and the saving against the first round, Erlang's design, is shown.
 *
 * Replications come from `run`, so the command line can use its worker pool and the web app its
 * Web Workers; results depend only on (scenario, seed, replication), never on who ran them.
 */
import { summarize } from '../../analysis/statistics.js';
import type { ReplicationResult } from '../../sim/result.js';
import type { ScenarioFile } from '../../sim/scenario-file/file-schema.js';
import { WEEKDAYS, type Scenario, type Weekday } from '../../sim/scenario.js';
import { dayWeekdays, weekdayName } from '../../sim/week.js';
import { formatScenarioError, validateScenarioFile } from '../../sim/schema.js';
import { designedOfficeFile, designedStaff } from './designed-office.js';
import { clock, requirements, type Requirements } from './requirements.js';
import { hireWage, rosterPeople, type Roster } from './roster.js';
import { shiftRules, type ShiftRules, type SlotMinutes } from './rules.js';
import { designShifts, type ShiftDesign } from './shift-design.js';
import { loadSolver, type Solver } from './solver.js';

/** Runs replications 0..scenario.replications-1 of a scenario with `slotService: true`. */
export type RunReplications = (scenario: Scenario, label: string) => Promise<readonly ReplicationResult[]>;

export interface PlanOptions {
  readonly slotMinutes?: SlotMinutes;
  /** Replications per simulated round (and for today's office). */
  readonly replications: number;
  readonly seed: number;
  /** Most rounds of the check, the first (Erlang's design) included; default 6. */
  readonly maxRounds?: number;
  /** false: staff that cannot cover the shifts is an error naming the skills and the extra headcount. */
  readonly hire?: boolean;
  readonly run: RunReplications;
  /** Where highs.wasm is (the browser); Node finds it alone. */
  readonly wasmUrl?: string;
  /** Called after each round. */
  readonly onRound?: (round: Round) => void;
}

export interface IntervalSummary {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
}

/** The simulated service level of one counter skill in one slot. */
export interface SlotLevel extends IntervalSummary {
  readonly skill: string;
  readonly day: number;
  readonly slot: number;
}

/** A slot whose requirement a round changed; `day` (the weekday) only with the week on. */
export interface SlotChange {
  readonly skill: string;
  readonly day?: string;
  readonly start: string;
}

export interface Round {
  readonly round: number;
  /** Planned wages per day (hires included). */
  readonly cost: number;
  /** Simulated front.serviceLevel over the replications. */
  readonly serviceLevel: IntervalSummary;
  readonly slotsBelowTarget: number;
  /** Slots raised and lowered for the next round. */
  readonly raised: readonly SlotChange[];
  readonly lowered: readonly SlotChange[];
  readonly people: number;
  readonly hires: number;
}

export interface RoundDesign {
  /** Per skill, per day, per slot: people the counter needed in this round (after corrections). */
  readonly need: Readonly<Record<string, readonly (readonly number[])[]>>;
  readonly design: ShiftDesign;
  readonly roster: Roster;
  readonly file: ScenarioFile;
  readonly scenario: Scenario;
  readonly levels: readonly SlotLevel[];
}

export interface StaffingPlan {
  readonly rules: ShiftRules;
  readonly requirements: Requirements;
  readonly rounds: readonly Round[];
  /** Index into `rounds` of the answer. */
  readonly chosen: number;
  /** The answer's design, roster, office file and per-slot service levels. */
  readonly answer: RoundDesign;
  /** The first round's (Erlang's) design. */
  readonly erlangDesign: RoundDesign;
  /** Today's office: planned wages per day (as the rounds' cost) and its service level simulated the same way. */
  readonly today: { readonly cost: number; readonly serviceLevel: IntervalSummary; readonly levels: readonly SlotLevel[] };
  /** Erlang design's cost minus the answer's, per day (0 when the check added people). */
  readonly saving: number;
  /** Today's staff members' names (the roster's `unassigned` indexes them). */
  readonly todayStaff: readonly string[];
  /** Today's office as simulated. */
  readonly todayScenario: Scenario;
}

/** The staff cannot cover the shifts and hiring is off: names the skills and the extra headcount. */
export class StaffShortError extends Error {}

/** A copy of `need` (skill -> day -> slot). */
function copyNeed(need: Readonly<Record<string, readonly (readonly number[])[]>>): Record<string, number[][]> {
  return Object.fromEntries(Object.entries(need).map(([k, days]) => [k, days.map((d) => [...d])]));
}

/**
 * Each counter skill's service level per (day, slot), over the replications; with the week on, a
 * day is a weekday and counts only the arrivals on days of that weekday.
 */
export function slotLevels(scenario: Scenario, results: readonly ReplicationResult[], req: Requirements): SlotLevel[] {
  const levels: SlotLevel[] = [];
  const counterSkills = [...new Set(scenario.customers.map((c) => c.skill))];
  for (const skill of counterSkills) {
    const classes = scenario.customers.filter((c) => c.skill === skill).map((c) => c.name);
    req.days.forEach((key, d) =>
      req.slots.forEach((slot, s) => {
        const perReplication = results.map((r) => {
          const ss = r.slotService;
          if (ss === undefined) throw new Error('the replications were run without slotService');
          const counts = key === 'all' ? ss : ss.weekdays?.[key as Weekday];
          if (counts === undefined) throw new Error('the replications were run without the week');
          let arrivals = 0;
          let within = 0;
          ss.bucketStarts.forEach((start, b) => {
            if (start < slot.start || start >= slot.start + slot.minutes) return;
            for (const c of classes) {
              arrivals += counts.arrivals[c]![b]!;
              within += counts.withinTarget[c]![b]!;
            }
          });
          return arrivals > 0 ? within / arrivals : null;
        });
        const summary = summarize(perReplication);
        levels.push({ skill, day: d, slot: s, mean: summary.mean, ci95: summary.ci95 });
      }),
    );
  }
  return levels;
}

function toScenario(file: ScenarioFile, seed: number, replications: number): Scenario {
  const parsed = validateScenarioFile(file, 'designed office');
  if (!parsed.ok) throw new Error(`the designed office is not a valid scenario: ${parsed.errors.map(formatScenarioError).join('; ')}`);
  return { ...parsed.scenario, seed, replications };
}

function frontLevel(results: readonly ReplicationResult[]): IntervalSummary {
  const s = summarize(results.map((r) => r.metrics['front.serviceLevel'] ?? null));
  return { mean: s.mean, ci95: s.ci95 };
}

export async function planStaffing(scenario: Scenario, file: ScenarioFile, options: PlanOptions): Promise<StaffingPlan> {
  if (scenario.calendar.continuous) throw new Error('plan-staff needs opening hours: an office that never closes has no shift templates yet');
  const rules = shiftRules(file.planning?.shifts, scenario, options.slotMinutes);
  const req = requirements(scenario, rules.slotMinutes);
  const solver: Solver = await loadSolver(options.wasmUrl);
  const target = scenario.targets.serviceLevel.fraction;
  const maxRounds = options.maxRounds ?? 6;
  const wages = Object.fromEntries(req.skills.map((k) => [k.skill, hireWage(scenario, k.skill)]));
  const homes = (skill: string, area?: 'front' | 'back') => scenario.staff.filter((p) => p.home === skill && (area === undefined || p.area === area)).length;
  const headcount = Object.fromEntries(
    req.skills.flatMap((k) =>
      k.area === 'both' ? [[k.skill, homes(k.skill, 'front')], [`${k.skill}@back`, homes(k.skill, 'back')]] : [[k.skill, homes(k.skill)]],
    ),
  );

  const designFor = (need: Record<string, number[][]>): Omit<RoundDesign, 'levels'> => {
    const zeros = (days: readonly (readonly number[])[]) => days.map((d) => d.map(() => 0));
    const skillNeeds = Object.fromEntries(
      req.skills.flatMap((k) =>
        k.area === 'both'
          ? [
              [k.skill, { skill: k.skill, area: 'front' as const, perSlot: need[k.skill]!, backLoad: zeros(k.backFinal), window: k.backWindow }],
              [`${k.skill}@back`, { skill: k.skill, area: 'back' as const, perSlot: zeros(k.backFinal), backLoad: k.backFinal, window: k.backWindow }],
            ]
          : [[k.skill, { perSlot: need[k.skill]!, backLoad: k.backFinal, window: k.backWindow }]],
      ),
    );
    // Without hiring, the design keeps within the staff's headcount wherever any design can.
    const design = designShifts(solver, req, skillNeeds, rules, wages, headcount, options.hire === false ? 1000 : 1);
    const roster = rosterPeople(solver, scenario, design.shifts, rules, req.dayWeekday);
    if (options.hire === false && roster.hireGroups.length > 0) {
      const bySkill = new Map<string, number>();
      for (const h of roster.hireGroups) bySkill.set(h.skill, (bySkill.get(h.skill) ?? 0) + h.count);
      // With the week on, the weekdays whose shifts the staff leave uncovered, per skill.
      const shortOn = (skill: string): string => {
        if (req.dayWeekday[0] === null) return '';
        const days = [...new Set(roster.hires.filter((h) => h.skill === skill).map((h) => design.shifts[h.shift]!.day))].sort((a, b) => a - b);
        return ` (on ${days.map((d) => weekdayName(WEEKDAYS[req.dayWeekday[d]!]!)).join(', ')})`;
      };
      throw new StaffShortError(
        `the staff cannot cover the designed shifts: ${[...bySkill].map(([skill, n]) => `${skill} needs ${n} more ${n === 1 ? 'person' : 'people'}${shortOn(skill)}`).join(', ')} ` +
          '(the smallest extra headcount that covers every shift; people count at their proficiency)',
      );
    }
    const designed = designedOfficeFile(file, designedStaff(scenario, design.shifts, roster, req.days));
    return { need, design, roster, file: designed, scenario: toScenario(designed, options.seed, options.replications) };
  };

  let need = copyNeed(Object.fromEntries(req.skills.map((k) => [k.skill, k.counterFinal])));
  // Erlang's design first: templates that cannot cover, or staff short without hiring, are said
  // before anything is simulated.
  let firstDesign: Omit<RoundDesign, 'levels'> | null = designFor(need);
  const todayScenario = { ...scenario, seed: options.seed, replications: options.replications };
  const todayResults = await options.run(todayScenario, 'today');
  // Planned wages, as for the designed office (the rostered hours; days off unpaid; no overtime).
  // With the week on: each person's shift of each open weekday ("off" unpaid), less their days off
  // among the calendar's days of that weekday (as without the week), summed and over the open days.
  const days = scenario.calendar.days;
  const dayOf = (d: number): { day?: string } => (req.days[d] === 'all' ? {} : { day: req.days[d]! });
  const weekly = req.dayWeekday[0] !== null;
  const weekdayOfDay = dayWeekdays(scenario.calendar) ?? [];
  const todayWages = weekly
    ? scenario.staff.reduce((sum, p) => {
        return (
          sum +
          req.dayWeekday.reduce((s: number, w) => {
            const k = p.weekdays === undefined ? p.shift : p.weekdays[w!]!;
            if (k === 'off') return s;
            const weekday = WEEKDAYS[w!]!;
            const count = weekdayOfDay.filter((x) => x === weekday).length;
            const off = p.daysOff.filter((d) => d <= days && weekdayOfDay[d - 1] === weekday).length;
            const worked = count === 0 ? 1 : (count - off) / count;
            return s + (k === null ? p.wagePerHour * 24 : (p.wagePerHour * (k.end - k.start)) / 60) * worked;
          }, 0)
        );
      }, 0) / req.days.length
    : scenario.staff.reduce((sum, p) => {
        if (p.shift === null) return sum + p.wagePerHour * 24;
        const off = p.daysOff.filter((d) => d <= days).length;
        return sum + (p.wagePerHour * (p.shift.end - p.shift.start) * (days - off)) / 60 / days;
      }, 0);
  const today = { cost: todayWages, serviceLevel: frontLevel(todayResults), levels: slotLevels(scenario, todayResults, req) };

  const frozen = new Set<string>();
  const rounds: Round[] = [];
  const designs: RoundDesign[] = [];
  const seen = new Set<string>();
  // The same designed office is simulated once: a round whose design an earlier round had reuses it.
  const simulated = new Map<string, readonly ReplicationResult[]>();
  for (let round = 1; round <= maxRounds; round++) {
    seen.add(JSON.stringify(need));
    const d = firstDesign ?? designFor(need);
    firstDesign = null;
    const key = JSON.stringify(d.file.staff);
    const results = simulated.get(key) ?? (await options.run(d.scenario, `round ${round}`));
    simulated.set(key, results);
    const levels = slotLevels(d.scenario, results, req);
    // Below the target: a slot that misses it with 95% confidence; and, where the office has fewer
    // people than Erlang's design had, one whose mean is under it (a saving must not rest on a
    // slot that merely could not be shown to miss).
    const erlangScheduled = (designs[0]?.design ?? d.design).scheduled;
    const below = levels.filter(
      (l) =>
        (l.ci95 !== null && l.ci95[1] < target) ||
        (l.mean !== null && l.mean < target && d.design.scheduled[l.skill]![l.day]![l.slot]! < erlangScheduled[l.skill]![l.day]![l.slot]!),
    );
    const next = copyNeed(need);
    const raised: SlotChange[] = [];
    const lowered: SlotChange[] = [];
    for (const l of below) {
      // One more than what was there: the requirement may sit below what the shifts' shape gave.
      next[l.skill]![l.day]![l.slot] = Math.max(next[l.skill]![l.day]![l.slot]!, d.design.scheduled[l.skill]![l.day]![l.slot]!) + 1;
      frozen.add(`${l.skill}/${l.day}/${l.slot}`);
      raised.push({ skill: l.skill, ...dayOf(l.day), start: clock(req.slots[l.slot]!.start) });
    }
    if (below.length === 0) {
      for (const l of levels) {
        const key = `${l.skill}/${l.day}/${l.slot}`;
        // Only where the requirement binds: with more people scheduled than required (the shifts'
        // shape), a lower requirement would not change the design.
        const scheduled = d.design.scheduled[l.skill]![l.day]![l.slot]!;
        const required = next[l.skill]![l.day]![l.slot]!;
        if (frozen.has(key) || l.ci95 === null || !(l.ci95[0] > target) || required <= 0 || scheduled > required) continue;
        next[l.skill]![l.day]![l.slot] = required - 1;
        lowered.push({ skill: l.skill, ...dayOf(l.day), start: clock(req.slots[l.slot]!.start) });
      }
    }
    const r: Round = {
      round,
      cost: d.roster.costPerDay,
      serviceLevel: frontLevel(results),
      slotsBelowTarget: below.length,
      raised,
      lowered,
      people: new Set(d.roster.entries.map((e) => e.person)).size + d.roster.hireGroups.reduce((s, h) => s + h.count, 0),
      hires: d.roster.hireGroups.reduce((s, h) => s + h.count, 0),
    };
    rounds.push(r);
    designs.push({ ...d, levels });
    options.onRound?.(r);
    // A lowering that already failed (the requirement was there before) would loop: stop instead.
    if ((raised.length === 0 && lowered.length === 0) || seen.has(JSON.stringify(next))) break;
    // Lowered slots whose drop made another slot miss are frozen next round by the raise above.
    need = next;
  }

  let chosen = 0;
  rounds.forEach((r, i) => {
    const best = rounds[chosen]!;
    if (r.slotsBelowTarget < best.slotsBelowTarget || (r.slotsBelowTarget === best.slotsBelowTarget && r.cost < best.cost - 1e-9)) chosen = i;
  });
  return {
    rules,
    requirements: req,
    rounds,
    chosen,
    answer: designs[chosen]!,
    erlangDesign: designs[0]!,
    today,
    saving: Math.max(0, rounds[0]!.cost - rounds[chosen]!.cost),
    todayStaff: scenario.staff.map((p) => p.name),
    todayScenario,
  };
}
