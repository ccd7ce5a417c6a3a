/**
 * ScenarioFile (validated, defaults filled) -> Scenario: clock strings become minutes, bare numbers
 * deterministic distributions, rates per-opening-hour arrays, groups their members, and every
 * remaining default (task skill, area, shift, sick probability) is applied here once.
 */
import { WEEKDAYS, type Area, type CustomerClass, type DistSpec, type LearningSpec, type OfficeLearning, type Person, type Scenario, type Shift, type TaskClass } from '../scenario.js';
import { breakStart, memberNames, openingHours, shiftWindow, weekdayOpeningHours, type OpeningHours } from './derive.js';
import type { DistributionFile, HourlyRatesFile, LearningFile, PersonFile, ScenarioFile } from './file-schema.js';

/** Each weekday's opening hours (Monday first, null = closed), or null when the week is off. */
type Week = readonly (OpeningHours | null)[] | null;

/**
 * The Scenario the simulator runs. `file` must have passed validation (parseScenario or
 * validateScenarioFile do both); `fallbackName` names a scenario whose file gives no name.
 */
export function normalizeScenario(file: ScenarioFile, fallbackName = 'scenario'): Scenario {
  const hours = openingHours(file.calendar);
  if (hours.close <= hours.open) throw new Error(`invalid calendar: ${file.calendar.open}-${file.calendar.close}`);
  const week: Week = file.calendar.firstWeekday === undefined ? null : weekdayOpeningHours(hours, file.calendar.weekdays);
  const taskIndex = new Map(file.tasks.map((task, i) => [task.name, i]));
  const counterSkills = new Set(file.customers.map((c) => c.skill));

  const customers = file.customers.map(
    (c): CustomerClass => ({
      name: c.name,
      arrivals: {
        perHour: hourlyRates(c.arrivals.perHour),
        ...(week === null ? {} : { weekdays: weekdayProfiles(week, (h, day) => arrivalProfile(c.arrivals, h, day, c.arrivals.weekdays)) }),
      },
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
          : {
              perHour: t.arrivals.perDay !== undefined ? [(t.arrivals.perDay * 60) / hours.minutes] : hourlyRates(t.arrivals.perHour!),
              ...(week === null ? {} : { weekdays: weekdayProfiles(week, (h, day) => arrivalProfile(t.arrivals!, h, day, t.arrivals!.weekdays)) }),
            },
      dueMinutes: t.dueMinutes ?? null,
      latePenalty: t.latePenalty,
      revenue: t.revenue,
    }),
  );

  const defaultSick = file.absences.sickProbabilityPerDay;
  const staff = file.staff.flatMap((p) => members(p, hours, week, counterSkills, defaultSick, file.learning));
  const interruptions = file.absences.interruptions;
  const { policy, costs, targets } = file;

  return {
    version: 1,
    name: file.name ?? fallbackName,
    // Only when the file names one, so the scenario hash of files without it does not change.
    ...(file.currency === undefined ? {} : { currency: file.currency }),
    ...(file.learning === undefined ? {} : { learning: copyOfficeLearning(file.learning) }),
    seed: file.seed,
    replications: file.replications,
    calendar: {
      days: file.calendar.days,
      open: hours.open,
      close: hours.close,
      continuous: hours.continuous,
      warmupMinutes: file.calendar.warmupMinutes,
      // Only when the file gives them, so the scenario hash of files without the week does not change.
      ...(file.calendar.firstWeekday === undefined
        ? {}
        : { firstWeekday: file.calendar.firstWeekday, weekdays: week!.map((h) => (h === null ? null : { open: h.open, close: h.close })) }),
      ...(file.calendar.closedDays === undefined ? {} : { closedDays: [...new Set(file.calendar.closedDays)].sort((a, b) => a - b) }),
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
  week: Week,
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
  const weekdays = week === null ? null : week.map((h, i) => weekdayShift(p, hours, h, WEEKDAYS[i]!));
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
    ...(weekdays === null ? {} : { weekdays: weekdays.map((w) => (w === null || w === 'off' ? w : copyShift(w))) }),
    sickProbabilityPerDay: p.sickProbabilityPerDay ?? defaultSick,
    ...(learning === null ? {} : { learning: Object.fromEntries(Object.entries(learning).map(([k, v]) => [k, copyLearning(v)])) }),
  }));
}

function copyShift(shift: Shift): Shift {
  return { start: shift.start, end: shift.end, breaks: shift.breaks.map((b) => ({ ...b })) };
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
    const spec = skillLearning(p.skills[skill] ?? 1, { ...(office ?? {}), ...(own ?? {}) });
    if (spec !== null) out.set(skill, spec);
  }
  return out.size === 0 ? null : Object.fromEntries(out);
}

/**
 * One skill's learning from where it starts and the keys that apply to it (the person's over the
 * office's); null when its proficiency cannot change: an expert at the target who never fades has no
 * curve. Also used for a skill a planned training adds (src/planning/training/variant.ts).
 */
export function skillLearning(start: number, merged: OfficeLearning): LearningSpec | null {
  const timeConstantHours = merged.timeConstantHours ?? null;
  const forgetting = merged.forgetting ?? null;
  const target = merged.target ?? 1;
  const grows = timeConstantHours !== null && target > start;
  const fades = forgetting !== null && forgetting.floor < (timeConstantHours !== null ? Math.max(start, target) : start);
  if (!grows && !fades) return null;
  const curve = merged.curve ?? 'exponential';
  return {
    curve,
    target,
    timeConstantHours,
    exponent: curve === 'power' ? (merged.exponent ?? 1) : 1,
    forgetting: forgetting === null ? null : { halfLifeDays: forgetting.halfLifeDays, floor: forgetting.floor },
  };
}

function copyOfficeLearning(l: LearningFile): OfficeLearning {
  return { ...l, ...(l.forgetting === undefined ? {} : { forgetting: { ...l.forgetting } }) };
}

function copyLearning(l: LearningSpec): LearningSpec {
  return { ...l, forgetting: l.forgetting === null ? null : { ...l.forgetting } };
}

/** The file's shift; without one, the opening hours, or around the clock (null) if the office never closes. */
function personShift(p: PersonFile, hours: OpeningHours): Shift | null {
  return shiftOf(p.shift, hours);
}

/** A shift given in the file, its start and end defaulting to `hours`; none given: those hours, or around the clock. */
function shiftOf(shift: PersonFile['shift'], hours: OpeningHours): Shift | null {
  if (shift === undefined) return hours.continuous ? null : { start: hours.open, end: hours.close, breaks: [] };
  const window = shiftWindow(shift, hours);
  const breaks = shift.breaks.map((b) => ({ at: breakStart(b.at, window), minutes: b.minutes })).sort((a, b) => a.at - b.at);
  return { start: window.start, end: window.end, breaks };
}

/**
 * A person's shift on one weekday: 'off' when the office is closed or the file says "off"; the
 * weekday's own shift; else the base shift, whose start and end (when not given) follow that
 * weekday's opening hours like every default of the opening hours.
 */
function weekdayShift(p: PersonFile, base: OpeningHours, hours: OpeningHours | null, day: string): Shift | null | 'off' {
  if (hours === null) return 'off';
  const own = p.weekdays?.[day as keyof NonNullable<PersonFile['weekdays']>];
  if (own === 'off') return 'off';
  if (own !== undefined) return shiftOf(own, hours);
  // Same hours as the base: exactly the base shift (so a week of equal days runs as no week).
  return shiftOf(p.shift, hours === base ? base : hours);
}

/** The profile of every weekday, Monday first; [0] on a closed weekday. */
function weekdayProfiles(week: NonNullable<Week>, profile: (hours: OpeningHours, day: string) => number[]): number[][] {
  return week.map((h, i) => (h === null ? [0] : profile(h, WEEKDAYS[i]!)));
}

/** The base profile on a weekday: counted from its opening, cut at its close (a longer weekday is refused by the checks). */
function baseOnWeekday(perHour: HourlyRatesFile, hours: OpeningHours, factor: number): number[] {
  const rates = hourlyRates(perHour);
  const used = rates.length === 1 ? rates : rates.slice(0, hours.hours);
  return factor === 1 ? used : used.map((r) => r * factor);
}

type WeekdayArrivals = { readonly factor?: number | undefined; readonly perDay?: number | undefined; readonly perHour?: HourlyRatesFile | undefined };

/** One weekday's rates per opening hour: its own perHour or perDay, else the base times its factor. */
function arrivalProfile(
  base: { readonly perHour?: HourlyRatesFile | undefined; readonly perDay?: number | undefined },
  hours: OpeningHours,
  day: string,
  weekdays: Partial<Record<string, WeekdayArrivals | undefined>> | undefined,
): number[] {
  const own = weekdays?.[day];
  if (own?.perHour !== undefined) return hourlyRates(own.perHour);
  if (own?.perDay !== undefined) return [(own.perDay * 60) / hours.minutes];
  const factor = own?.factor ?? 1;
  if (base.perDay !== undefined) return [(base.perDay * factor * 60) / hours.minutes];
  return baseOnWeekday(base.perHour!, hours, factor);
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
    case 'weibull':
      return { dist: 'weibull', shape: d.shape, scale: d.scale };
    case 'triangular':
      return { dist: 'triangular', min: d.min, mode: d.mode, max: d.max };
    case 'uniform':
      return { dist: 'uniform', min: d.min, max: d.max };
    case 'empirical':
      return { dist: 'empirical', values: [...d.values] };
  }
}
