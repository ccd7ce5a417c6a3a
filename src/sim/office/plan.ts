/**
 * The scenario compiled once into read-only tables the rules index by number: classes (customer
 * classes 0..C-1, then task classes C..C+K-1, so one set of queues and counters serves both), skills,
 * people, routing orders and calendar bounds. A plan holds no random state and is never written to
 * by a replication, so one plan serves every replication of a scenario (`compileOffice`).
 *
 * This is the one place that numbers skills: in order of first mention by customer classes, task
 * classes, then people's skills.
 */
import { ArrivalProcess, type Arrivals } from '../arrivals.js';
import { WeeklyArrivalProcess, type DayProfile } from '../weekly-arrivals.js';
import { dayHours, dayWeekdays } from '../week.js';
import { makeDistribution, type Distribution } from '../distributions.js';
import { measuredDays } from '../measured-days.js';
import { WEEKDAYS, type Scenario, type Shift, type Weekday } from '../scenario.js';
import { BACK, BUCKET_MINUTES, FRONT } from './codes.js';

/** Skill names in the simulator's order: customers', tasks', then people's skills, as first mentioned. */
const LN2 = 0.6931471805599453;

export function skillNames(scenario: Scenario): string[] {
  const names = new Set<string>();
  for (const c of scenario.customers) names.add(c.skill);
  for (const k of scenario.tasks) names.add(k.skill);
  for (const p of scenario.staff) for (const name of Object.keys(p.skills)) names.add(name);
  return [...names];
}

export class OfficePlan {
  /** Customer classes, task classes, all classes, people, skills. */
  readonly C: number;
  readonly K: number;
  readonly Q: number;
  readonly P: number;
  readonly S: number;
  readonly skillNames: readonly string[];

  // ---- calendar ----
  readonly days: number;
  /** The earliest opening and the latest closing over the days (the day series' axis). */
  readonly open: number;
  readonly close: number;
  /** Per day: opening and closing minute of the day (both -1 when the office is closed that day). */
  readonly dayOpen: Float64Array;
  readonly dayClose: Float64Array;
  /** Per day: 1 when the counter opens that day (not when it stays open from the day before). */
  readonly opensCounter: Uint8Array;
  /** Per day: 1 when the counter closes that day (not when it stays open into the next day or the run's end). */
  readonly closesCounter: Uint8Array;
  /** Per day: its weekday (0 = mon), when the week is on; else null. */
  readonly dayWeekday: Int8Array | null;
  /** Per person, the shift of each weekday (Monday first), when the week is on; else null. */
  readonly weekShifts: readonly (readonly (Shift | null | 'off')[])[] | null;
  /** End of warm-up: statistics, money and minutes count from here. */
  readonly statsStart: number;
  /** Midnight after the last day plus the longest shift or break past midnight (none when the last day never closes). */
  readonly horizon: number;
  readonly buckets: number;
  /** Opening minutes after warm-up, over all days. */
  readonly openMinutes: number;

  // ---- classes (q in 0..Q-1) ----
  readonly classSkill: Int32Array;
  readonly classRevenue: Float64Array;
  readonly classWork: readonly Distribution[];
  readonly classPatience: readonly (Distribution | null)[];
  /** Infinity when the class never balks. */
  readonly classBalkAt: Float64Array;
  /** Infinity when the class has no due time. */
  readonly classDue: Float64Array;
  readonly classPenalty: Float64Array;
  readonly arrivalProcess: readonly (Arrivals | null)[];
  /** Per customer class: its handoffs' task classes (q numbering) and probabilities. */
  readonly handoffTask: readonly Int32Array[];
  readonly handoffProb: readonly Float64Array[];
  /** Handoff slots per item (at least 1). */
  readonly maxHandoffs: number;
  /** Per skill: 1 if some customer class needs it. */
  readonly customerSkill: Uint8Array;

  // ---- people ----
  readonly homeArea: Uint8Array;
  readonly homeSkill: Int32Array;
  /** P x S proficiencies, 0 = skill not held. */
  readonly prof: Float64Array;
  /** Skills held, per person, in skill order. */
  readonly personSkills: readonly Int32Array[];
  readonly wagePerMinute: Float64Array;
  /** Per class q: persons holding its skill in routing order (home skill first, proficiency, file order). */
  readonly routeOrder: readonly Int32Array[];
  /** Per person and area: the classes they can serve there, in their picking order. */
  readonly pickList: readonly (readonly Int32Array[])[];
  /** Per person and area: how many of `pickList` are home-first classes (all, without home-first). */
  readonly pickHomeCount: readonly Int32Array[];
  readonly interruptLength: Distribution | null;
  /** People of the counter holding a back-office task's skill: who rule 4 can send, in file order. */
  readonly backOfficeHelpers: Int32Array;

  // ---- learning (issue 15), per person and skill pk = p * S + k; see learning.ts ----
  /** Whether anyone has a learning spec (`learnPairs` is not empty); without, nothing below is read. */
  readonly learns: boolean;
  /** The (person, skill) pairs with a learning spec, as pk, in person then skill order (metrics, day series). */
  readonly learnPairs: Int32Array;
  /** 1 for the pairs in `learnPairs`. */
  readonly learnSpec: Uint8Array;
  /** 1 where the proficiency can change (it grows, or fades above its floor). */
  readonly learnOn: Uint8Array;
  readonly learnTarget: Float64Array;
  /** Gap to the target at experience 0: target - start, or target - floor for a skill that starts at its target. */
  readonly learnGap: Float64Array;
  /** Time constant in practice minutes; Infinity where the skill does not grow. */
  readonly learnTau: Float64Array;
  /** The power curve's exponent; 0 for the exponential curve. */
  readonly learnPower: Float64Array;
  /** Fading rate per minute without practice, ln 2 / half-life in minutes; 0 where the skill does not fade. */
  readonly forgetRate: Float64Array;
  /** 1 / learnTau: what an exponential curve that fades multiplies practice minutes by. */
  readonly learnRate: Float64Array;
  readonly forgetFloor: Float64Array;

  // ---- policy ----
  readonly byPriority: boolean;
  readonly turnAwayAtClose: boolean;
  readonly frontMinimum: number;
  /** Infinity when rule 2 is off. */
  readonly coverQueueThreshold: number;
  readonly helpBackOffice: boolean;
  readonly switchMinutes: number;
  /** Whether any cover rule can ever move anyone (if not, evaluation is skipped). */
  readonly coverEnabled: boolean;
  readonly targetWait: number;
  readonly overtimeMultiplier: number;
  /** Training cost over the run (charged per day after warm-up). */
  readonly trainingCost: number;

  constructor(readonly scenario: Scenario) {
    const s = scenario;
    const C = (this.C = s.customers.length);
    this.K = s.tasks.length;
    const Q = (this.Q = this.C + this.K);
    const P = (this.P = s.staff.length);
    this.skillNames = skillNames(s);
    const S = (this.S = this.skillNames.length);
    const skillIndex = new Map(this.skillNames.map((name, i) => [name, i]));
    const skillOf = (name: string) => skillIndex.get(name)!;

    const cal = s.calendar;
    this.days = cal.days;
    // Each day's hours: its weekday's when the week is on, none on a closed weekday or a holiday.
    const weekdays = dayWeekdays(cal);
    this.dayWeekday = weekdays === null ? null : Int8Array.from(weekdays, (w) => WEEKDAYS.indexOf(w));
    const hours = dayHours(cal);
    this.dayOpen = Float64Array.from(hours, (h) => (h === null ? -1 : h.open));
    this.dayClose = Float64Array.from(hours, (h) => (h === null ? -1 : h.close));
    const isOpen = (d: number) => d >= 0 && d < cal.days && this.dayOpen[d]! >= 0;
    // The counter stays open across midnight when a day closes at 24:00 and the next opens at 00:00;
    // an office that is open around the clock on its last day runs to the end without closing.
    this.opensCounter = Uint8Array.from({ length: cal.days }, (_, d) => (isOpen(d) && !(this.dayOpen[d] === 0 && isOpen(d - 1) && this.dayClose[d - 1] === 1440) ? 1 : 0));
    this.closesCounter = Uint8Array.from({ length: cal.days }, (_, d) => {
      if (!isOpen(d)) return 0;
      if (this.dayClose[d] !== 1440) return 1;
      if (d + 1 < cal.days) return isOpen(d + 1) && this.dayOpen[d + 1] === 0 ? 0 : 1;
      return this.dayOpen[d] === 0 ? 0 : 1;
    });
    let earliest = Infinity;
    let latest = -Infinity;
    let firstOpenDay = -1;
    for (let d = 0; d < cal.days; d++) {
      if (!isOpen(d)) continue;
      if (firstOpenDay < 0) firstOpenDay = d;
      earliest = Math.min(earliest, this.dayOpen[d]!);
      latest = Math.max(latest, this.dayClose[d]!);
    }
    if (firstOpenDay < 0) throw new Error('invalid calendar: the office is closed every day');
    this.open = earliest;
    this.close = latest;
    // Warm-up counts from the first opening.
    this.statsStart = firstOpenDay * 1440 + this.dayOpen[firstOpenDay]! + cal.warmupMinutes;
    this.weekShifts = this.dayWeekday === null ? null : s.staff.map((p) => p.weekdays!);
    let overflow = 0;
    for (const p of s.staff) {
      for (const shift of [p.shift, ...(p.weekdays ?? [])]) {
        if (shift === null || shift === 'off') continue;
        overflow = Math.max(overflow, shift.end - 1440);
        for (const b of shift.breaks) overflow = Math.max(overflow, b.at + b.minutes - 1440);
      }
    }
    // A run whose last day is open around the clock ends at its midnight, as a continuous office does.
    const runsToEnd = this.closesCounter[cal.days - 1] === 0 && isOpen(cal.days - 1);
    this.horizon = this.days * 1440 + (runsToEnd ? 0 : overflow);
    this.buckets = Math.ceil((this.close - this.open) / BUCKET_MINUTES);
    let openMinutes = 0;
    for (let d = 0; d < this.days; d++) {
      if (this.dayOpen[d]! < 0) continue;
      const from = Math.max(d * 1440 + this.dayOpen[d]!, this.statsStart);
      openMinutes += Math.max(0, d * 1440 + this.dayClose[d]! - from);
    }
    this.openMinutes = openMinutes;
    const lastArrival = (this.days - 1) * 1440 + this.close;

    this.classSkill = Int32Array.from([...s.customers, ...s.tasks], (c) => skillOf(c.skill));
    this.classRevenue = Float64Array.from([...s.customers, ...s.tasks], (c) => c.revenue);
    this.classBalkAt = Float64Array.from([...s.customers.map((c) => c.balkAt ?? Infinity), ...s.tasks.map(() => Infinity)]);
    this.classDue = Float64Array.from([...s.customers.map(() => Infinity), ...s.tasks.map((k) => k.dueMinutes ?? Infinity)]);
    this.classPenalty = Float64Array.from([...s.customers.map(() => 0), ...s.tasks.map((k) => k.latePenalty)]);
    this.classWork = [...s.customers, ...s.tasks].map((c) => makeDistribution(c.service));
    this.classPatience = [...s.customers.map((c) => (c.patience ? makeDistribution(c.patience) : null)), ...s.tasks.map(() => null)];
    const process = (a: { perHour: readonly number[]; weekdays?: readonly (readonly number[])[] } | null): Arrivals | null => {
      if (a === null) return null;
      return this.daysAlike(a.weekdays) ? new ArrivalProcess(a.perHour, this.open, this.close, lastArrival) : this.weeklyArrivals(a.perHour, a.weekdays);
    };
    this.arrivalProcess = [...s.customers.map((c) => process(c.arrivals)), ...s.tasks.map((k) => process(k.arrivals))];
    this.handoffTask = s.customers.map((c) => Int32Array.from(c.handoffs, (h) => C + h.task));
    this.handoffProb = s.customers.map((c) => Float64Array.from(c.handoffs, (h) => h.probability));
    this.maxHandoffs = Math.max(1, ...s.customers.map((c) => c.handoffs.length));
    this.customerSkill = new Uint8Array(S);
    for (let c = 0; c < C; c++) this.customerSkill[this.classSkill[c]!] = 1;

    this.homeArea = Uint8Array.from(s.staff, (p) => (p.area === 'front' ? FRONT : BACK));
    this.homeSkill = Int32Array.from(s.staff, (p) => skillOf(p.home));
    this.prof = new Float64Array(P * S);
    s.staff.forEach((p, i) => {
      for (const [name, value] of Object.entries(p.skills)) this.prof[i * S + skillOf(name)] = value;
    });
    this.personSkills = s.staff.map((_, i) => Int32Array.from(this.skillNames.keys()).filter((k) => this.prof[i * S + k]! > 0));
    this.wagePerMinute = Float64Array.from(s.staff, (p) => p.wagePerHour / 60);
    this.interruptLength = s.absences.interruptions ? makeDistribution(s.absences.interruptions.minutes) : null;

    // Routing order per class: home-skill holders first, then other holders, each by proficiency
    // (highest first), ties to file order. Posting and availability are checked at run time.
    this.routeOrder = Array.from(this.classSkill, (k) => {
      const holders: number[] = [];
      for (let p = 0; p < P; p++) if (this.prof[p * S + k]! > 0) holders.push(p);
      const home = (p: number) => (this.homeSkill[p] === k ? 0 : 1);
      holders.sort((a, b) => home(a) - home(b) || this.prof[b * S + k]! - this.prof[a * S + k]! || a - b);
      return Int32Array.from(holders);
    });
    // What each person picks from, per area, in the routing policy's order.
    const rank = new Map(s.policy.priority.map((name, i) => [name, i]));
    const className = (q: number) => (q < C ? s.customers[q]!.name : s.tasks[q - C]!.name);
    const classRank = (q: number) => rank.get(className(q)) ?? s.policy.priority.length + q;
    const pickList: Int32Array[][] = [];
    const pickHomeCount: Int32Array[] = [];
    for (let p = 0; p < P; p++) {
      const lists: Int32Array[] = [];
      const homeCounts = new Int32Array(2);
      for (const area of [FRONT, BACK]) {
        const qs: number[] = [];
        for (let q = area === FRONT ? 0 : C; q < (area === FRONT ? C : Q); q++) {
          if (this.prof[p * S + this.classSkill[q]!]! > 0) qs.push(q);
        }
        const isHome = (q: number) => (this.classSkill[q] === this.homeSkill[p] ? 0 : 1);
        if (s.policy.routing === 'priority') qs.sort((a, b) => classRank(a) - classRank(b));
        else if (s.policy.routing === 'home-first') qs.sort((a, b) => isHome(a) - isHome(b) || a - b);
        homeCounts[area] = s.policy.routing === 'home-first' ? qs.filter((q) => isHome(q) === 0).length : qs.length;
        lists.push(Int32Array.from(qs));
      }
      pickList.push(lists);
      pickHomeCount.push(homeCounts);
    }
    this.pickList = pickList;
    this.backOfficeHelpers = Int32Array.from(
      [...s.staff.keys()].filter((p) => this.homeArea[p] === FRONT && pickList[p]![BACK]!.length > 0),
    );
    this.pickHomeCount = pickHomeCount;

    this.learnSpec = new Uint8Array(P * S);
    this.learnOn = new Uint8Array(P * S);
    this.learnTarget = new Float64Array(P * S);
    this.learnGap = new Float64Array(P * S);
    this.learnTau = new Float64Array(P * S).fill(Infinity);
    this.learnPower = new Float64Array(P * S);
    this.forgetRate = new Float64Array(P * S);
    this.learnRate = new Float64Array(P * S);
    this.forgetFloor = new Float64Array(P * S);
    const pairs: number[] = [];
    for (let p = 0; p < P; p++) {
      const learning = s.staff[p]!.learning;
      if (learning === undefined) continue;
      for (const k of this.personSkills[p]!) {
        const spec = Object.hasOwn(learning, this.skillNames[k]!) ? learning[this.skillNames[k]!]! : undefined;
        if (spec === undefined) continue;
        const pk = p * S + k;
        pairs.push(pk);
        this.learnSpec[pk] = 1;
        const start = this.prof[pk]!;
        const floor = spec.forgetting?.floor ?? start;
        this.learnTarget[pk] = spec.target;
        this.learnGap[pk] = spec.target > start ? spec.target - start : spec.target - floor;
        if (spec.timeConstantHours !== null) this.learnTau[pk] = spec.timeConstantHours * 60;
        this.learnRate[pk] = 1 / this.learnTau[pk]!;
        this.learnPower[pk] = spec.curve === 'power' ? spec.exponent : 0;
        if (spec.forgetting !== null) this.forgetRate[pk] = LN2 / (spec.forgetting.halfLifeDays * 1440);
        this.forgetFloor[pk] = floor;
        const grows = spec.timeConstantHours !== null && this.learnGap[pk]! > 0;
        const fades = spec.forgetting !== null && floor < Math.max(start, grows ? spec.target : start);
        this.learnOn[pk] = grows || fades ? 1 : 0;
      }
    }
    this.learnPairs = Int32Array.from(pairs);
    this.learns = pairs.length > 0;

    const policy = s.policy;
    this.byPriority = policy.routing === 'priority';
    this.turnAwayAtClose = policy.closing === 'turn-away';
    this.frontMinimum = policy.frontMinimum;
    this.coverQueueThreshold = policy.coverQueueThreshold ?? Infinity;
    this.helpBackOffice = policy.helpBackOffice;
    this.switchMinutes = policy.switchMinutes;
    let backHoldsCustomerSkill = false;
    let frontHoldsTaskSkill = false;
    for (let p = 0; p < P; p++) {
      for (let q = 0; q < Q; q++) {
        if (this.prof[p * S + this.classSkill[q]!]! === 0) continue;
        if (q < C && this.homeArea[p] === BACK) backHoldsCustomerSkill = true;
        if (q >= C && this.homeArea[p] === FRONT) frontHoldsTaskSkill = true;
      }
    }
    this.coverEnabled = backHoldsCustomerSkill || (policy.helpBackOffice && frontHoldsTaskSkill);
    this.targetWait = s.targets.serviceLevel.withinMinutes;
    this.overtimeMultiplier = s.costs.overtimeMultiplier;
    let extraSkills = 0;
    for (const p of s.staff) extraSkills += Object.keys(p.skills).filter((k) => k !== p.home).length;
    this.trainingCost = ((s.costs.trainingPerSkill * extraSkills) / s.costs.trainingAmortizationDays) * measuredDays(cal);
  }

  /**
   * Whether every day of the run is open with the same hours and, given `weekdays`, the same profile
   * as the base: then the plain ArrivalProcess runs, and a week of equal days gives the numbers of
   * no week to the bit.
   */
  private daysAlike(weekdays: readonly (readonly number[])[] | undefined): boolean {
    const open = this.dayOpen[0]!;
    const close = this.dayClose[0]!;
    for (let d = 0; d < this.days; d++) if (this.dayOpen[d] !== open || this.dayClose[d] !== close || open < 0) return false;
    if (weekdays === undefined || this.dayWeekday === null) return true;
    const base = weekdays[this.dayWeekday[0]!]!;
    return weekdays.every((w) => w.length === base.length && w.every((r, i) => r === base[i]));
  }

  /** Arrivals whose days differ: each day its weekday's hours and profile, none on closed days. */
  private weeklyArrivals(perHour: readonly number[], weekdays: readonly (readonly number[])[] | undefined): WeeklyArrivalProcess {
    const profiles: DayProfile[] = [];
    const index = new Map<string, number>();
    const dayProfile = new Int32Array(this.days);
    for (let d = 0; d < this.days; d++) {
      const open = this.dayOpen[d]!;
      if (open < 0) {
        dayProfile[d] = -1;
        continue;
      }
      const w = this.dayWeekday === null ? -1 : this.dayWeekday[d]!;
      const key = `${w}`;
      let k = index.get(key);
      if (k === undefined) {
        k = profiles.length;
        profiles.push({ open, close: this.dayClose[d]!, perHour: w < 0 || weekdays === undefined ? perHour : weekdays[w]! });
        index.set(key, k);
      }
      dayProfile[d] = k;
    }
    return new WeeklyArrivalProcess(profiles, dayProfile);
  }

  /** The weekday of day `day` (0-based), or null when the week is off. */
  weekdayOf(day: number): Weekday | null {
    return this.dayWeekday === null ? null : WEEKDAYS[this.dayWeekday[day]!]!;
  }
}
