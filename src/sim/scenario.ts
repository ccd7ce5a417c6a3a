/**
 * The validated, defaults-filled scenario the simulator runs: the output of `parseScenario`
 * (src/sim/schema.ts) and the input of `runReplication` (src/sim/office/).
 *
 * It differs from the file format in ways that make the model simple and fast:
 * - clock times are minutes after midnight (numbers), not "HH:MM" strings;
 * - every distribution is a `DistSpec` object (a bare number becomes `deterministic`);
 * - arrival rates are always a per-opening-hour array (a constant rate is an array of one);
 *   task `perDay` workloads are converted to the equivalent constant hourly rate;
 * - staff groups (`count: 3`) are expanded into members `ana#1`, `ana#2`, `ana#3`;
 * - every default of scenario-format.md is filled in, so nothing downstream re-applies a default.
 */

/** A distribution of minutes (work content, patience, interruption length). */
export type DistSpec =
  | { readonly dist: 'exponential'; readonly mean: number }
  | { readonly dist: 'deterministic'; readonly value: number }
  | { readonly dist: 'lognormal'; readonly mean: number; readonly cv: number }
  | { readonly dist: 'gamma'; readonly mean: number; readonly cv: number }
  | { readonly dist: 'weibull'; readonly shape: number; readonly scale: number }
  | { readonly dist: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly dist: 'uniform'; readonly min: number; readonly max: number }
  | { readonly dist: 'empirical'; readonly values: readonly number[] };

export type DistName = DistSpec['dist'];

/**
 * Poisson arrivals while the office is open. `perHour[i]` is the rate (items per hour) in the i-th
 * opening hour counted from `calendar.open`; an array of one entry is a constant rate. In a
 * continuous office (open 00:00, close 24:00) hour i is the i-th hour of the day.
 */
export interface ArrivalSpec {
  readonly perHour: readonly number[];
  /**
   * Present only when the week is on (`calendar.firstWeekday`): the profile of each weekday, Monday
   * first, counted from that weekday's opening, with the file's factor or own profile applied and a
   * task's `perDay` converted over that weekday's opening minutes; `[0]` on a closed weekday.
   */
  readonly weekdays?: readonly (readonly number[])[];
}

export interface Handoff {
  /** Index into `Scenario.tasks`. */
  readonly task: number;
  readonly probability: number;
}

export interface CustomerClass {
  readonly name: string;
  readonly arrivals: ArrivalSpec;
  /** Work content in minutes at proficiency 1.0. */
  readonly service: DistSpec;
  readonly skill: string;
  /** null: never abandons. */
  readonly patience: DistSpec | null;
  /** null: never balks. 0: a loss system (whoever would wait leaves at once). */
  readonly balkAt: number | null;
  readonly revenue: number;
  readonly handoffs: readonly Handoff[];
}

export interface TaskClass {
  readonly name: string;
  readonly skill: string;
  readonly service: DistSpec;
  /** Internal workload besides handoffs; null when the task only comes from handoffs. */
  readonly arrivals: ArrivalSpec | null;
  /** Calendar minutes from arrival; null: no due time. */
  readonly dueMinutes: number | null;
  readonly latePenalty: number;
  readonly revenue: number;
}

export type Area = 'front' | 'back';

export interface Break {
  /** Minutes after midnight of the shift's first day; may exceed 1440 for a shift crossing midnight. */
  readonly at: number;
  readonly minutes: number;
}

export interface Shift {
  /** Minutes after midnight, 0 <= start < 1440. */
  readonly start: number;
  /** Minutes after midnight of the start day; end > start, and end > 1440 when the shift crosses midnight. */
  readonly end: number;
  readonly breaks: readonly Break[];
}

/**
 * How one skill of one person grows with practice and fades without it (issue 15). The starting
 * proficiency is the person's `skills` value. With p0 the start, T the target and h the hours of
 * practice: exponential p = T - (T - p0) e^(-h / timeConstantHours); power p = T - (T - p0)
 * (1 + h / timeConstantHours)^(-exponent). Without practice the part above `floor` halves every
 * `halfLifeDays`.
 */
export interface LearningSpec {
  readonly curve: 'exponential' | 'power';
  readonly target: number;
  /** null: the skill does not grow (it may still fade). */
  readonly timeConstantHours: number | null;
  /** The power curve's exponent (1 for the exponential curve, where it is unused). */
  readonly exponent: number;
  /** null: the skill does not fade. */
  readonly forgetting: { readonly halfLifeDays: number; readonly floor: number } | null;
}

/**
 * The office-wide `learning` section as the file gives it (every key optional): each skill a person
 * holds learns by it unless the person's own entry says otherwise. Kept in the scenario so a skill
 * added later (a planned training) learns as the file's own skills do.
 */
export interface OfficeLearning {
  readonly curve?: 'exponential' | 'power';
  readonly target?: number;
  readonly timeConstantHours?: number;
  readonly exponent?: number;
  readonly forgetting?: { readonly halfLifeDays: number; readonly floor: number };
}

export interface Person {
  /** Member name: the file's name, or `name#k` for the k-th member of a group. */
  readonly name: string;
  /** The name as written in the file (the group's name for group members). */
  readonly group: string;
  readonly home: string;
  readonly area: Area;
  /** Proficiency per skill, in (0, 1]; always contains the home skill. */
  readonly skills: Readonly<Record<string, number>>;
  readonly wagePerHour: number;
  /** null: on duty around the clock (only in a continuous office with no shift given). */
  readonly shift: Shift | null;
  /** 1-based day numbers this person is not rostered. */
  readonly daysOff: readonly number[];
  /**
   * Present only when the week is on: the shift of each weekday, Monday first: a Shift, null (on duty
   * around the clock: a weekday open 00:00-24:00 and no shift given), or 'off' (not rostered: the
   * file says so, or the office is closed that weekday).
   */
  readonly weekdays?: readonly (Shift | null | 'off')[];
  readonly sickProbabilityPerDay: number;
  /**
   * Per skill held: how it grows and fades; skills not listed keep their proficiency. Absent (not
   * merely empty) when none of the person's skills learns, so scenarios without learning keep their
   * canonical JSON and hash.
   */
  readonly learning?: Readonly<Record<string, LearningSpec>>;
}

/** The weekdays, Monday first; arrays "per weekday" are indexed in this order. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A day's opening hours in minutes after midnight, open < close <= 1440. */
export interface OpeningWindow {
  readonly open: number;
  readonly close: number;
}

export const ROUTING_POLICIES = ['home-first', 'longest-wait', 'priority'] as const;
export type RoutingPolicy = (typeof ROUTING_POLICIES)[number];

export const CLOSING_POLICIES = ['serve-queue', 'turn-away'] as const;
export type ClosingPolicy = (typeof CLOSING_POLICIES)[number];

export interface Scenario {
  readonly version: 1;
  readonly name: string;
  /** The currency of every amount (ISO code or symbol), absent when the file names none. */
  readonly currency?: string;
  /** The office-wide learning section, absent when the file has none (so other scenarios keep their hash). */
  readonly learning?: OfficeLearning;
  readonly seed: number;
  readonly replications: number;
  readonly calendar: {
    readonly days: number;
    /** Minutes after midnight. */
    readonly open: number;
    /** Minutes after midnight, open < close <= 1440. */
    readonly close: number;
    /** open 00:00 and close 24:00: the office never closes. */
    readonly continuous: boolean;
    readonly warmupMinutes: number;
    /** Weekday of day 1; present only when the file sets it (the week is on). */
    readonly firstWeekday?: Weekday;
    /** Present with firstWeekday: each weekday's opening hours, Monday first; null = closed that weekday. */
    readonly weekdays?: readonly (OpeningWindow | null)[];
    /** Holidays: 1-based day numbers, sorted, each once; present only when the file lists some. */
    readonly closedDays?: readonly number[];
  };
  readonly customers: readonly CustomerClass[];
  readonly tasks: readonly TaskClass[];
  readonly staff: readonly Person[];
  readonly absences: {
    readonly sickProbabilityPerDay: number;
    /** null: no interruptions. */
    readonly interruptions: { readonly perDay: number; readonly minutes: DistSpec } | null;
  };
  readonly policy: {
    readonly routing: RoutingPolicy;
    /** Class names (customers and tasks) in routing order for `priority`. */
    readonly priority: readonly string[];
    /** 0: off. */
    readonly frontMinimum: number;
    /** null: off. */
    readonly coverQueueThreshold: number | null;
    readonly helpBackOffice: boolean;
    readonly switchMinutes: number;
    readonly closing: ClosingPolicy;
  };
  readonly costs: {
    readonly trainingPerSkill: number;
    readonly trainingAmortizationDays: number;
    readonly overtimeMultiplier: number;
  };
  readonly targets: {
    readonly serviceLevel: { readonly withinMinutes: number; readonly fraction: number };
  };
}
