/**
 * ScenarioFile (validated, defaults filled) -> Scenario: clock strings become minutes, bare numbers
 * deterministic distributions, rates per-opening-hour arrays, groups their members, and every
 * remaining default (task skill, area, shift, sick probability) is applied here once.
 */
import type { Area, CustomerClass, DistSpec, LearningSpec, Person, Scenario, Shift, TaskClass } from '../scenario.js';
import { breakStart, memberNames, openingHours, shiftWindow, type OpeningHours } from './derive.js';
import type { DistributionFile, HourlyRatesFile, LearningFile, PersonFile, ScenarioFile } from './file-schema.js';

/**
 * The Scenario the simulator runs. `file` must have passed validation (parseScenario or
 * validateScenarioFile do both); `fallbackName` names a scenario whose file gives no name.
 */
export function normalizeScenario(file: ScenarioFile, fallbackName = 'scenario'): Scenario {
  const hours = openingHours(file.calendar);
  if (hours.close <= hours.open) throw new Error(`invalid calendar: ${file.calendar.open}-${file.calendar.close}`);
  const taskIndex = new Map(file.tasks.map((task, i) => [task.name, i]));
  const counterSkills = new Set(file.customers.map((c) => c.skill));

  const customers = file.customers.map(
    (c): CustomerClass => ({
      name: c.name,
      arrivals: { perHour: hourlyRates(c.arrivals.perHour) },
      service: distSpec(c.service),
      skill: c.skill,
      patience: c.patience === undefined ? null : distSpec(c.patience),
      balkAt: c.balkAt ?? null,
      revenue: c.revenue,
      handoffs: c.handoffs.map((h) => {
        const task = taskIndex.get(h.task);
        if (task === undefined) throw new Error(`invalid handoff task: ${h.task}`);
        return { task, probability: h.probability };
      }),
    }),
  );

  const tasks = file.tasks.map(
    (t): TaskClass => ({
      name: t.name,
      skill: t.skill ?? t.name,
      service: distSpec(t.service),
      arrivals:
        t.arrivals === undefined
          ? null
          : t.arrivals.perDay !== undefined
            ? { perHour: [(t.arrivals.perDay * 60) / hours.minutes] }
            : { perHour: hourlyRates(t.arrivals.perHour!) },
      dueMinutes: t.dueMinutes ?? null,
      latePenalty: t.latePenalty,
      revenue: t.revenue,
    }),
  );

  const defaultSick = file.absences.sickProbabilityPerDay;
  const staff = file.staff.flatMap((p) => members(p, hours, counterSkills, defaultSick, file.learning));
  const interruptions = file.absences.interruptions;
  const { policy, costs, targets } = file;

  return {
    version: 1,
    name: file.name ?? fallbackName,
    // Only when the file names one, so the scenario hash of files without it does not change.
    ...(file.currency === undefined ? {} : { currency: file.currency }),
    seed: file.seed,
    replications: file.replications,
    calendar: {
      days: file.calendar.days,
      open: hours.open,
      close: hours.close,
      continuous: hours.continuous,
      warmupMinutes: file.calendar.warmupMinutes,
    },
    customers,
    tasks,
    staff,
    absences: {
      sickProbabilityPerDay: defaultSick,
      interruptions: interruptions === undefined ? null : { perDay: interruptions.perDay, minutes: distSpec(interruptions.minutes) },
    },
    policy: {
      routing: policy.routing,
      priority: [...policy.priority],
      frontMinimum: policy.frontMinimum,
      coverQueueThreshold: policy.coverQueueThreshold ?? null,
      helpBackOffice: policy.helpBackOffice,
      switchMinutes: policy.switchMinutes,
      closing: policy.closing,
    },
    costs: {
      trainingPerSkill: costs.trainingPerSkill,
      trainingAmortizationDays: costs.trainingAmortizationDays,
      overtimeMultiplier: costs.overtimeMultiplier,
    },
    targets: {
      serviceLevel: { withinMinutes: targets.serviceLevel.withinMinutes, fraction: targets.serviceLevel.fraction },
    },
  };
}

function members(
  p: PersonFile,
  hours: OpeningHours,
  counterSkills: ReadonlySet<string>,
  defaultSick: number,
  officeLearning: LearningFile | undefined,
): Person[] {
  // The home skill comes first, at 1.0 unless the file says otherwise; fromEntries keeps any key an own property.
  const skills = Object.fromEntries([
    [p.home, Object.hasOwn(p.skills, p.home) ? p.skills[p.home]! : 1],
    ...Object.entries(p.skills).filter(([skill]) => skill !== p.home),
  ]) as Record<string, number>;
  const area: Area = p.area ?? (counterSkills.has(p.home) ? 'front' : 'back');
  const shift = personShift(p, hours);
  const daysOff = [...new Set(p.daysOff)].sort((a, b) => a - b);
  const learning = personLearning(p, Object.keys(skills), officeLearning);
  return memberNames(p.name, p.count).map((name) => ({
    name,
    group: p.name,
    home: p.home,
    area,
    skills: { ...skills },
    wagePerHour: p.wagePerHour,
    shift: shift === null ? null : { start: shift.start, end: shift.end, breaks: shift.breaks.map((b) => ({ ...b })) },
    daysOff: [...daysOff],
    sickProbabilityPerDay: p.sickProbabilityPerDay ?? defaultSick,
    ...(learning === null ? {} : { learning: Object.fromEntries(Object.entries(learning).map(([k, v]) => [k, copyLearning(v)])) }),
  }));
}

/**
 * The learning of each skill the person holds: the person's entry for the skill, key by key over the
 * office-wide section (`forgetting` as a whole), with defaults filled in. A skill learns when its
 * proficiency can change: it grows (timeConstantHours, below the target) or fades (forgetting, above
 * the floor); null when none does.
 */
export function personLearning(p: PersonFile, held: readonly string[], office: LearningFile | undefined): Record<string, LearningSpec> | null {
  const out = new Map<string, LearningSpec>();
  for (const skill of held) {
    const own = p.learning !== undefined && Object.hasOwn(p.learning, skill) ? p.learning[skill]! : undefined;
    if (own === 'fixed') continue;
    const merged: LearningFile = { ...(office ?? {}), ...(own ?? {}) };
    const timeConstantHours = merged.timeConstantHours ?? null;
    const forgetting = merged.forgetting ?? null;
    const target = merged.target ?? 1;
    // Only skills whose proficiency can change: an expert at the target who never fades has no curve.
    const start = p.skills[skill] ?? 1;
    const grows = timeConstantHours !== null && target > start;
    const fades = forgetting !== null && forgetting.floor < (timeConstantHours !== null ? Math.max(start, target) : start);
    if (!grows && !fades) continue;
    const curve = merged.curve ?? 'exponential';
    out.set(skill, {
      curve,
      target,
      timeConstantHours,
      exponent: curve === 'power' ? (merged.exponent ?? 1) : 1,
      forgetting: forgetting === null ? null : { halfLifeDays: forgetting.halfLifeDays, floor: forgetting.floor },
    });
  }
  return out.size === 0 ? null : Object.fromEntries(out);
}

function copyLearning(l: LearningSpec): LearningSpec {
  return { ...l, forgetting: l.forgetting === null ? null : { ...l.forgetting } };
}

/** The file's shift; without one, the opening hours, or around the clock (null) if the office never closes. */
function personShift(p: PersonFile, hours: OpeningHours): Shift | null {
  if (p.shift === undefined) return hours.continuous ? null : { start: hours.open, end: hours.close, breaks: [] };
  const window = shiftWindow(p.shift, hours);
  const breaks = p.shift.breaks.map((b) => ({ at: breakStart(b.at, window), minutes: b.minutes })).sort((a, b) => a.at - b.at);
  return { start: window.start, end: window.end, breaks };
}

function hourlyRates(rates: HourlyRatesFile): number[] {
  return typeof rates === 'number' ? [rates] : [...rates];
}

/** The normalized distribution, with exactly the parameters of its kind. */
export function distSpec(d: DistributionFile): DistSpec {
  if (typeof d === 'number') return { dist: 'deterministic', value: d };
  switch (d.dist) {
    case 'exponential':
      return { dist: 'exponential', mean: d.mean };
    case 'deterministic':
      return { dist: 'deterministic', value: d.value };
    case 'lognormal':
      return { dist: 'lognormal', mean: d.mean, cv: d.cv };
    case 'gamma':
      return { dist: 'gamma', mean: d.mean, cv: d.cv };
    case 'triangular':
      return { dist: 'triangular', min: d.min, mode: d.mode, max: d.max };
    case 'uniform':
      return { dist: 'uniform', min: d.min, max: d.max };
    case 'empirical':
      return { dist: 'empirical', values: [...d.values] };
  }
}
