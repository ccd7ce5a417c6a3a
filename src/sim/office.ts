/**
 * The office model: one replication of a scenario as a discrete-event simulation.
 *
 * `runReplication(scenario, replication)` is a pure function: same inputs, same numbers, in Node, in a
 * worker and in the browser. The rules are those of the "Semantics" section of
 * scenario-format.md; the README explains them in plain words and lists the readings taken where the
 * contract is silent. State lives in typed arrays indexed by person, item (customer or task) and
 * class; the hot path (arrivals, service starts and ends) allocates nothing.
 *
 * Classes are numbered together: customer classes 0..C-1, task classes C..C+K-1, so one set of
 * queues and counters serves both; a class below C belongs to the counter (front), the others to
 * the back office.
 */
import { ArrivalProcess } from './arrivals.js';
import { EventCalendar } from './calendar.js';
import { TimeWeighted, WaitHistograms } from './collectors.js';
import { makeDistribution, type Distribution } from './distributions.js';
import { ItemQueue } from './item-queue.js';
import { buildResult } from './metrics.js';
import type { ReplicationResult, RunOptions, TraceEvent, TraceKind } from './result.js';
import type { Scenario } from './scenario.js';
import { log } from './math.js';
import { createStream, type Rng } from './streams.js';
import { evaluateCover, hasCoverRules } from './cover.js';
import { planDay } from './roster.js';

export const FRONT = 0;
export const BACK = 1;

/** Event kinds. */
export const EV = {
  serviceEnd: 1,
  switchEnd: 2,
  dayStart: 3,
  open: 4,
  close: 5,
  bucket: 6,
  shiftStart: 7,
  shiftEnd: 8,
  breakStart: 9,
  breakEnd: 10,
  interruptStart: 11,
  interruptEnd: 12,
  sickChange: 13,
  customerArrival: 14,
  taskArrival: 15,
  abandon: 16,
  end: 17,
} as const;

/**
 * Priorities at equal times, as the contract orders them: completions, then calendar and staff
 * changes (close before shift ends, so people whose shift ends at closing time are present at
 * close), then arrivals, then abandonments.
 */
export const PRI = { completion: 0, calendar: 1, staff: 2, arrival: 3, abandon: 4, end: 5 } as const;

const ITEM_FREE = 0;
const ITEM_WAITING = 1;
const ITEM_IN_SERVICE = 2;
const ITEM_ABANDONED = 3;

/** Activity categories for the per-person minutes (index into `activity`). */
export const ACT = { homeWork: 0, coverWork: 1, switching: 2, break: 3, absent: 4, idle: 5, overtime: 6 } as const;
export const ACT_COUNT = 7;

export const BUCKET_MINUTES = 15;

export class Office {
  readonly C: number;
  readonly K: number;
  readonly Q: number;
  readonly P: number;
  readonly S: number;
  readonly skillNames: string[];
  readonly cal = new EventCalendar(1024);

  // ---- calendar ----
  readonly days: number;
  readonly open: number;
  readonly close: number;
  readonly continuous: boolean;
  readonly statsStart: number;
  readonly horizon: number;
  readonly buckets: number;
  isOpen = false;
  now = 0;

  // ---- classes (q in 0..Q-1) ----
  readonly classSkill: Int32Array;
  readonly classRevenue: Float64Array;
  readonly classWork: Distribution[];
  readonly classPatience: (Distribution | null)[];
  readonly classBalkAt: Float64Array; // Infinity when the class never balks
  readonly classDue: Float64Array; // Infinity when no due time
  readonly classPenalty: Float64Array;
  readonly arrivalProcess: (ArrivalProcess | null)[];
  readonly arrivalRng: Rng[];
  readonly workRng: Rng[];
  readonly patienceRng: Rng[];
  readonly handoffRng: Rng[];
  readonly handoffTask: Int32Array[]; // per customer class: task class indices (q numbering)
  readonly handoffProb: Float64Array[];
  readonly queues: ItemQueue[];
  readonly waiting: Int32Array;
  counterWaiting = 0;
  backWaiting = 0;
  readonly waitingBySkill: Int32Array;
  readonly customerSkill: Uint8Array; // 1 if some customer class needs the skill

  // ---- items (pooled slots) ----
  private itemCapacity = 0;
  itemClass = new Int32Array(0);
  itemState = new Uint8Array(0);
  itemArrival = new Float64Array(0);
  itemWork = new Float64Array(0);
  itemFirstStart = new Float64Array(0);
  itemGen = new Int32Array(0);
  itemSerial = new Int32Array(0);
  itemHandoffWork = new Float64Array(0); // maxHandoffs per item, NaN = no handoff
  private readonly maxHandoffs: number;
  private freeItems = new Int32Array(0);
  private freeItemCount = 0;
  private serialCounter = 0;
  tasksInSystem = 0;

  // ---- people ----
  readonly homeArea: Uint8Array;
  readonly homeSkill: Int32Array;
  readonly prof: Float64Array; // P x S, 0 = skill not held
  readonly personSkills: Int32Array[]; // skills held, per person
  readonly wagePerMinute: Float64Array;
  readonly posted: Uint8Array;
  readonly onDuty: Uint8Array;
  readonly sick: Uint8Array;
  readonly breakCount: Int32Array;
  readonly interruptCount: Int32Array;
  readonly switching: Uint8Array;
  readonly switchGen: Int32Array;
  readonly avail: Uint8Array;
  readonly serving: Int32Array;
  readonly serviceStart: Float64Array;
  readonly serviceGen: Int32Array;
  readonly pendingBreak: Float64Array;
  readonly pendingInterrupt: Float64Array;
  readonly pastShiftEnd: Uint8Array;
  readonly coverReason: Int8Array; // 0 home, 1-4 the cover rule that moved them
  readonly coverFor: Int32Array; // rule 2: the class; rule 3: the skill
  readonly returnPending: Uint8Array;
  readonly pendingSick: Uint8Array;
  /** Per class q: persons holding its skill in routing order (home skill first, proficiency, file order). */
  readonly routeOrder: Int32Array[];
  /** Per person and area: the classes they can serve there, in their picking order. */
  readonly pickList: Int32Array[][];
  readonly pickHomeCount: Int32Array[];
  readonly sickRng: Rng[];
  /** Around-the-clock people (no shift): whether today's roster has them on duty. */
  readonly roundTheClockOn: Uint8Array;
  readonly interruptRng: Rng[];
  readonly interruptLength: Distribution | null;
  /** Payload for events that carry a number (break and interruption lengths); the tag indexes it. */
  private payload = new Float64Array(256);
  private payloadCount = 0;
  private freePayload = new Int32Array(256);
  private freePayloadCount = 0;

  // ---- staff aggregates, refreshed on staff changes only ----
  availFront = 0;
  incomingFront = 0;
  readonly presentHolders: Int32Array;
  /** Per skill: holders present and posted at the counter (switching toward it included). */
  readonly frontHolders: Int32Array;
  readonly coverEnabled: boolean;
  private readonly byPriority: boolean;

  // ---- statistics ----
  readonly tw: TimeWeighted;
  readonly twPresent: number;
  readonly twCovering: number;
  readonly twUnstaffed: number;
  readonly twGap: number;
  readonly bucketSums: Float64Array;
  readonly bucketDays: Float64Array;
  readonly bucketWaitSum: Float64Array;
  readonly bucketWaitCount: Float64Array;
  readonly histograms: WaitHistograms;
  readonly arrivals: Float64Array;
  readonly served: Float64Array;
  readonly abandoned: Float64Array;
  readonly balked: Float64Array;
  readonly turnedAway: Float64Array;
  readonly waitSum: Float64Array;
  readonly waitedCount: Float64Array;
  readonly withinTarget: Float64Array;
  readonly timeInSystemSum: Float64Array;
  readonly late: Float64Array;
  readonly targetWait: number;
  revenue = 0;
  revenueLost = 0;
  wages = 0;
  overtimeCost = 0;
  penalties = 0;
  /** Minutes spent serving items of each class (skill utilization sums them by skill). */
  readonly classBusy: Float64Array;
  readonly activity: Float64Array; // P x ACT_COUNT
  readonly presentMinutes: Float64Array; // on duty and present (utilization denominator)
  readonly coverMinutes: Float64Array;
  readonly actSince: Float64Array;
  readonly backlogByDay: Float64Array;
  openMinutes = 0;
  events = 0;

  // ---- trace ----
  readonly tracing: boolean;
  readonly traceLimit: number;
  readonly trace: TraceEvent[] = [];
  traceTruncated = false;

  constructor(
    readonly scenario: Scenario,
    readonly replication: number,
    options: RunOptions = {},
  ) {
    const s = scenario;
    const seed = s.seed;
    this.C = s.customers.length;
    this.K = s.tasks.length;
    this.Q = this.C + this.K;
    this.P = s.staff.length;
    const { C, Q, P } = this;

    // Skills, numbered in order of first mention (customers, tasks, then people).
    const skillIndex = new Map<string, number>();
    const skillOf = (name: string) => {
      let i = skillIndex.get(name);
      if (i === undefined) skillIndex.set(name, (i = skillIndex.size));
      return i;
    };
    for (const c of s.customers) skillOf(c.skill);
    for (const k of s.tasks) skillOf(k.skill);
    for (const p of s.staff) for (const name of Object.keys(p.skills)) skillOf(name);
    this.skillNames = [...skillIndex.keys()];
    this.S = this.skillNames.length;
    const S = this.S;

    // Calendar.
    const cal = s.calendar;
    this.days = cal.days;
    this.continuous = cal.continuous;
    this.open = cal.continuous ? 0 : cal.open;
    this.close = cal.continuous ? 1440 : cal.close;
    this.statsStart = this.open + cal.warmupMinutes;
    let overflow = 0;
    for (const p of s.staff) {
      if (p.shift) overflow = Math.max(overflow, p.shift.end - 1440);
      if (p.shift) for (const b of p.shift.breaks) overflow = Math.max(overflow, b.at + b.minutes - 1440);
    }
    this.horizon = this.days * 1440 + (this.continuous ? 0 : overflow);
    this.buckets = Math.ceil((this.close - this.open) / BUCKET_MINUTES);
    const lastArrival = (this.days - 1) * 1440 + this.close;

    // Classes.
    this.classSkill = new Int32Array(Q);
    this.classRevenue = new Float64Array(Q);
    this.classBalkAt = new Float64Array(Q).fill(Infinity);
    this.classDue = new Float64Array(Q).fill(Infinity);
    this.classPenalty = new Float64Array(Q);
    this.classWork = [];
    this.classPatience = [];
    this.arrivalProcess = [];
    this.arrivalRng = [];
    this.workRng = [];
    this.patienceRng = [];
    this.handoffRng = [];
    this.handoffTask = [];
    this.handoffProb = [];
    this.customerSkill = new Uint8Array(S);
    let maxHandoffs = 0;
    s.customers.forEach((c, q) => {
      this.classSkill[q] = skillOf(c.skill);
      this.customerSkill[this.classSkill[q]!] = 1;
      this.classRevenue[q] = c.revenue;
      if (c.balkAt !== null) this.classBalkAt[q] = c.balkAt;
      this.classWork.push(makeDistribution(c.service));
      this.classPatience.push(c.patience ? makeDistribution(c.patience) : null);
      this.arrivalProcess.push(new ArrivalProcess(c.arrivals.perHour, this.open, this.close, lastArrival));
      const name = `customer:${c.name}`;
      this.arrivalRng.push(createStream(seed, replication, `${name}:arrivals`));
      this.workRng.push(createStream(seed, replication, `${name}:work`));
      this.patienceRng.push(createStream(seed, replication, `${name}:patience`));
      this.handoffRng.push(createStream(seed, replication, `${name}:handoffs`));
      this.handoffTask.push(Int32Array.from(c.handoffs, (h) => C + h.task));
      this.handoffProb.push(Float64Array.from(c.handoffs, (h) => h.probability));
      maxHandoffs = Math.max(maxHandoffs, c.handoffs.length);
    });
    s.tasks.forEach((k, i) => {
      const q = C + i;
      this.classSkill[q] = skillOf(k.skill);
      this.classRevenue[q] = k.revenue;
      if (k.dueMinutes !== null) this.classDue[q] = k.dueMinutes;
      this.classPenalty[q] = k.latePenalty;
      this.classWork.push(makeDistribution(k.service));
      this.classPatience.push(null);
      this.arrivalProcess.push(k.arrivals ? new ArrivalProcess(k.arrivals.perHour, this.open, this.close, lastArrival) : null);
      const name = `task:${k.name}`;
      this.arrivalRng.push(createStream(seed, replication, `${name}:arrivals`));
      this.workRng.push(createStream(seed, replication, `${name}:work`));
      this.patienceRng.push(this.arrivalRng[q]!);
      this.handoffRng.push(this.arrivalRng[q]!);
    });
    this.maxHandoffs = Math.max(1, maxHandoffs);
    this.queues = Array.from({ length: Q }, () => new ItemQueue(64));
    this.waiting = new Int32Array(Q);
    this.waitingBySkill = new Int32Array(S);
    this.growItems(256);

    // People.
    this.homeArea = new Uint8Array(P);
    this.homeSkill = new Int32Array(P);
    this.prof = new Float64Array(P * S);
    this.personSkills = [];
    this.wagePerMinute = new Float64Array(P);
    this.sickRng = [];
    this.interruptRng = [];
    s.staff.forEach((p, i) => {
      this.homeArea[i] = p.area === 'front' ? FRONT : BACK;
      this.homeSkill[i] = skillOf(p.home);
      const held: number[] = [];
      for (const [name, value] of Object.entries(p.skills)) {
        const k = skillOf(name);
        this.prof[i * S + k] = value;
        held.push(k);
      }
      this.personSkills.push(Int32Array.from(held));
      this.wagePerMinute[i] = p.wagePerHour / 60;
      this.sickRng.push(createStream(seed, replication, `staff:${p.name}:sick`));
      this.interruptRng.push(createStream(seed, replication, `staff:${p.name}:interruptions`));
    });
    this.interruptLength = s.absences.interruptions ? makeDistribution(s.absences.interruptions.minutes) : null;
    this.posted = Uint8Array.from(this.homeArea);
    this.onDuty = new Uint8Array(P);
    this.sick = new Uint8Array(P);
    this.breakCount = new Int32Array(P);
    this.interruptCount = new Int32Array(P);
    this.switching = new Uint8Array(P);
    this.switchGen = new Int32Array(P);
    this.avail = new Uint8Array(P);
    this.serving = new Int32Array(P).fill(-1);
    this.serviceStart = new Float64Array(P);
    this.serviceGen = new Int32Array(P);
    this.pendingBreak = new Float64Array(P);
    this.pendingInterrupt = new Float64Array(P);
    this.pastShiftEnd = new Uint8Array(P);
    this.coverReason = new Int8Array(P);
    this.coverFor = new Int32Array(P).fill(-1);
    this.returnPending = new Uint8Array(P);
    this.pendingSick = new Uint8Array(P);
    this.roundTheClockOn = new Uint8Array(P);
    this.presentHolders = new Int32Array(S);
    this.frontHolders = new Int32Array(S);

    // Routing order per class: home-skill holders first, then other holders, each by proficiency
    // (highest first), ties to file order. Posting and availability are checked at run time.
    this.routeOrder = [];
    for (let q = 0; q < Q; q++) {
      const k = this.classSkill[q]!;
      const holders: number[] = [];
      for (let p = 0; p < P; p++) if (this.prof[p * S + k]! > 0) holders.push(p);
      holders.sort((a, b) => {
        const ha = this.homeSkill[a] === k ? 0 : 1;
        const hb = this.homeSkill[b] === k ? 0 : 1;
        if (ha !== hb) return ha - hb;
        const d = this.prof[b * S + k]! - this.prof[a * S + k]!;
        return d !== 0 ? d : a - b;
      });
      this.routeOrder.push(Int32Array.from(holders));
    }
    // What each person picks from, per area, in the routing policy's order.
    const rank = new Map<string, number>();
    s.policy.priority.forEach((name, i) => rank.set(name, i));
    const className = (q: number) => (q < C ? s.customers[q]!.name : s.tasks[q - C]!.name);
    const classRank = (q: number) => rank.get(className(q)) ?? s.policy.priority.length + q;
    this.pickList = [];
    this.pickHomeCount = [];
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
      this.pickList.push(lists);
      this.pickHomeCount.push(homeCounts);
    }
    this.coverEnabled = hasCoverRules(this);
    this.byPriority = s.policy.routing === 'priority';

    // Statistics.
    this.twPresent = Q;
    this.twCovering = Q + S;
    this.twUnstaffed = Q + S + 1;
    this.twGap = Q + S + 2;
    this.tw = new TimeWeighted(Q + 2 * S + 2, this.statsStart);
    this.bucketSums = new Float64Array(this.buckets * this.tw.size);
    this.bucketDays = new Float64Array(this.buckets);
    this.bucketWaitSum = new Float64Array(this.buckets * C);
    this.bucketWaitCount = new Float64Array(this.buckets * C);
    this.histograms = new WaitHistograms(C);
    this.arrivals = new Float64Array(Q);
    this.served = new Float64Array(Q);
    this.abandoned = new Float64Array(Q);
    this.balked = new Float64Array(Q);
    this.turnedAway = new Float64Array(Q);
    this.waitSum = new Float64Array(Q);
    this.waitedCount = new Float64Array(Q);
    this.withinTarget = new Float64Array(Q);
    this.timeInSystemSum = new Float64Array(Q);
    this.late = new Float64Array(Q);
    this.targetWait = s.targets.serviceLevel.withinMinutes;
    this.classBusy = new Float64Array(Q);
    this.activity = new Float64Array(P * ACT_COUNT);
    this.presentMinutes = new Float64Array(P);
    this.coverMinutes = new Float64Array(P);
    this.actSince = new Float64Array(P);
    this.backlogByDay = new Float64Array(this.days);
    for (let d = 0; d < this.days; d++) {
      const from = Math.max(d * 1440 + this.open, this.statsStart);
      this.openMinutes += Math.max(0, d * 1440 + this.close - from);
    }

    this.tracing = options.trace === true;
    this.traceLimit = options.traceLimit ?? 200_000;
  }

  // ------------------------------------------------------------------ run loop

  run(): ReplicationResult {
    const cal = this.cal;
    // Days and buckets are chained (each schedules the next), keeping the calendar small.
    cal.schedule(0, PRI.calendar, EV.dayStart, 0, 0);
    if (this.continuous) cal.schedule(0, PRI.calendar, EV.open, 0, 0);
    cal.schedule(this.horizon, PRI.end, EV.end, 0, 0);
    for (let q = 0; q < this.Q; q++) this.scheduleNextArrival(q, 0);

    let done = false;
    while (!done && cal.pop()) {
      const t = cal.time;
      this.now = t;
      this.events++;
      const e = cal.entity;
      switch (cal.kind) {
        case EV.customerArrival:
          this.customerArrives(e, t);
          break;
        case EV.serviceEnd:
          if (cal.tag === this.serviceGen[e]) this.serviceEnds(e, t);
          break;
        case EV.abandon:
          if (cal.tag === this.itemGen[e] && this.itemState[e] === ITEM_WAITING) this.abandon(e, t);
          break;
        case EV.taskArrival:
          this.taskArrives(e, t);
          break;
        case EV.switchEnd:
          if (cal.tag === this.switchGen[e]) this.switchEnds(e, t);
          break;
        case EV.bucket:
          this.collectBucket(e, t);
          break;
        case EV.dayStart:
          planDay(this, e);
          break;
        case EV.open:
          this.openCounter(t);
          break;
        case EV.close:
          this.closeCounter(e, t);
          break;
        case EV.shiftStart:
          this.shiftStarts(e, t, cal.tag);
          break;
        case EV.shiftEnd:
          this.shiftEnds(e, t);
          break;
        case EV.sickChange:
          this.sickChanges(e, t, cal.tag);
          break;
        case EV.breakStart:
          this.awayStarts(e, t, this.takePayload(cal.tag), true);
          break;
        case EV.breakEnd:
          this.awayEnds(e, t, true);
          break;
        case EV.interruptStart:
          this.awayStarts(e, t, this.takePayload(cal.tag), false);
          break;
        case EV.interruptEnd:
          this.awayEnds(e, t, false);
          break;
        case EV.end:
          done = true;
          break;
      }
      if (done) break;
      if (this.coverEnabled && this.isOpen && cal.peekTime() > t) evaluateCover(this, t);
    }
    return this.finish(this.now);
  }

  // ------------------------------------------------------------------ items

  private growItems(capacity: number): void {
    const old = this.itemCapacity;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T, per = 1): T => {
      const b = make(capacity * per);
      b.set(a);
      return b;
    };
    this.itemClass = grow(this.itemClass, (n) => new Int32Array(n));
    this.itemState = grow(this.itemState, (n) => new Uint8Array(n));
    this.itemArrival = grow(this.itemArrival, (n) => new Float64Array(n));
    this.itemWork = grow(this.itemWork, (n) => new Float64Array(n));
    this.itemFirstStart = grow(this.itemFirstStart, (n) => new Float64Array(n));
    this.itemGen = grow(this.itemGen, (n) => new Int32Array(n));
    this.itemSerial = grow(this.itemSerial, (n) => new Int32Array(n));
    this.itemHandoffWork = grow(this.itemHandoffWork, (n) => new Float64Array(n), this.maxHandoffs ?? 1);
    const free = new Int32Array(capacity);
    free.set(this.freeItems.subarray(0, this.freeItemCount));
    let count = this.freeItemCount;
    for (let i = capacity - 1; i >= old; i--) free[count++] = i;
    this.freeItems = free;
    this.freeItemCount = count;
    this.itemCapacity = capacity;
  }

  private newItem(q: number, t: number): number {
    if (this.freeItemCount === 0) this.growItems(this.itemCapacity * 2);
    const item = this.freeItems[--this.freeItemCount]!;
    this.itemClass[item] = q;
    this.itemArrival[item] = t;
    this.itemFirstStart[item] = -1;
    this.itemSerial[item] = this.serialCounter++;
    if (q < this.C) this.arrivals[q]! += t >= this.statsStart ? 1 : 0;
    return item;
  }

  /** Returns a slot to the pool; its generation changes so stale events about it are ignored. */
  private freeItem(item: number): void {
    this.itemState[item] = ITEM_FREE;
    this.itemGen[item]!++;
    this.freeItems[this.freeItemCount++] = item;
  }

  isCounted(item: number): boolean {
    return this.itemArrival[item]! >= this.statsStart;
  }

  private scheduleNextArrival(q: number, from: number): void {
    const process = this.arrivalProcess[q];
    if (!process) return;
    const amount = -log(1 - this.arrivalRng[q]!());
    const at = process.next(from, amount);
    if (at !== Infinity) this.cal.schedule(at, PRI.arrival, q < this.C ? EV.customerArrival : EV.taskArrival, q, 0);
  }

  private customerArrives(c: number, t: number): void {
    this.scheduleNextArrival(c, t);
    const item = this.newItem(c, t);
    this.itemWork[item] = this.classWork[c]!.sample(this.workRng[c]!);
    const patience = this.classPatience[c];
    const patienceMinutes = patience ? patience.sample(this.patienceRng[c]!) : Infinity;
    // Handoffs and the handed-off work are drawn now, from this class's own stream, so a
    // variant's staffing cannot change what a customer will hand to the back office.
    const probs = this.handoffProb[c]!;
    if (probs.length > 0) {
      const rng = this.handoffRng[c]!;
      const tasks = this.handoffTask[c]!;
      const base = item * this.maxHandoffs;
      for (let h = 0; h < probs.length; h++) {
        const triggered = rng() < probs[h]!;
        this.itemHandoffWork[base + h] = triggered ? this.classWork[tasks[h]!]!.sample(rng) : NaN;
      }
    }
    if (this.tracing) this.record('arrive', -1, item, c);
    const server = this.findFreeServer(c);
    if (server >= 0) {
      this.startService(server, item, t);
      return;
    }
    if (this.waiting[c]! >= this.classBalkAt[c]!) {
      if (this.isCounted(item)) {
        this.balked[c]!++;
        this.revenueLost += this.classRevenue[c]!;
      }
      if (this.tracing) this.record('balk', -1, item, c);
      this.freeItem(item);
      return;
    }
    this.enqueue(item, c, t);
    if (patienceMinutes !== Infinity) this.cal.schedule(t + patienceMinutes, PRI.abandon, EV.abandon, item, this.itemGen[item]!);
  }

  private taskArrives(q: number, t: number): void {
    this.scheduleNextArrival(q, t);
    const item = this.newItem(q, t);
    this.itemWork[item] = this.classWork[q]!.sample(this.workRng[q]!);
    this.taskEnters(item, q, t);
  }

  private taskEnters(item: number, q: number, t: number): void {
    if (t >= this.statsStart) this.arrivals[q]!++;
    this.tasksInSystem++;
    if (this.tracing) this.record('arrive', -1, item, q);
    const server = this.findFreeServer(q);
    if (server >= 0) this.startService(server, item, t);
    else this.enqueue(item, q, t);
  }

  private enqueue(item: number, q: number, t: number): void {
    this.itemState[item] = ITEM_WAITING;
    if (q < this.C) this.queues[q]!.push(item);
    else this.queues[q]!.insertByArrival(item, this.itemArrival);
    this.changeWaiting(q, 1, t);
  }

  private changeWaiting(q: number, delta: number, t: number): void {
    this.waiting[q]! += delta;
    this.tw.add(q, delta, t);
    if (q < this.C) this.counterWaiting += delta;
    else this.backWaiting += delta;
    const k = this.classSkill[q]!;
    const before = this.waitingBySkill[k]!;
    this.waitingBySkill[k] = before + delta;
    if ((before === 0) !== (before + delta === 0)) this.updateGap(k, t);
  }

  /** Arrival time of the longest-waiting item of class q, or Infinity. */
  headArrival(q: number): number {
    const item = this.waiting[q]! > 0 ? this.head(q) : -1;
    return item >= 0 ? this.itemArrival[item]! : Infinity;
  }

  /** The first waiting item of class q (dropping customers who gave up), or -1. */
  private head(q: number): number {
    const queue = this.queues[q]!;
    while (queue.length > 0) {
      const item = queue.peek();
      if (this.itemState[item] === ITEM_WAITING) return item;
      queue.shift();
      this.freeItem(item);
    }
    return -1;
  }

  private abandon(item: number, t: number): void {
    const c = this.itemClass[item]!;
    this.itemState[item] = ITEM_ABANDONED; // freed when it reaches the head of its queue
    this.changeWaiting(c, -1, t);
    if (this.isCounted(item)) {
      this.abandoned[c]!++;
      this.revenueLost += this.classRevenue[c]!;
    }
    if (this.tracing) this.record('abandon', -1, item, c);
    if (!this.isOpen && this.waiting[c] === 0) this.releaseOvertime(t);
  }

  /**
   * After close: turns away the customers nobody present at the counter can serve (all of them
   * with `turn-away`, or when nobody is left), and lets people in overtime with nothing to do go.
   */
  private closeCounterQueue(t: number): void {
    if (this.counterWaiting === 0) return;
    const turnAll = this.scenario.policy.closing === 'turn-away';
    for (let c = 0; c < this.C; c++) {
      if (this.waiting[c] === 0) continue;
      // frontHolders: present people posted at the counter per skill (kept by refreshStaff).
      if (turnAll || this.frontHolders[this.classSkill[c]!] === 0) this.turnAway(c, t);
    }
    this.releaseOvertime(t);
  }

  /** Turns away every customer of class c still waiting. */
  private turnAway(c: number, t: number): void {
    for (let item = this.head(c); item >= 0; item = this.head(c)) {
      this.queues[c]!.shift();
      if (this.isCounted(item)) {
        this.turnedAway[c]!++;
        this.revenueLost += this.classRevenue[c]!;
      }
      if (this.tracing) this.record('turnAway', -1, item, c);
      this.changeWaiting(c, -1, t);
      this.freeItem(item);
    }
  }

  // ------------------------------------------------------------------ routing and service

  isFree(p: number): boolean {
    return this.avail[p] === 1 && this.serving[p]! < 0;
  }

  /** The person an arriving item goes to, or -1 (contract: home skill first, then most proficient). */
  private findFreeServer(q: number): number {
    // People pick work the moment they are free, so while any of class q waits, every holder of its
    // skill posted in its area is busy or away: no need to look (most arrivals at a busy counter).
    if (this.waiting[q]! > 0) return -1;
    const area = q < this.C ? FRONT : BACK;
    const order = this.routeOrder[q]!;
    for (let i = 0; i < order.length; i++) {
      const p = order[i]!;
      if (this.posted[p] === area && this.isFree(p)) return p;
    }
    return -1;
  }

  /** A free, available person picks their next item per the routing policy. */
  pickNext(p: number, t: number): void {
    if (!this.isFree(p)) return;
    const area = this.posted[p]!;
    if ((area === FRONT ? this.counterWaiting : this.backWaiting) === 0) return;
    const list = this.pickList[p]![area]!;
    const homeCount = this.pickHomeCount[p]![area]!;
    let best = -1;
    let bestItem = -1;
    let bestArrival = Infinity;
    for (let i = 0; i < list.length; i++) {
      if (i === homeCount && best >= 0) break; // home-first: others only when no home work waits
      const q = list[i]!;
      if (this.waiting[q] === 0) continue;
      const item = this.head(q);
      if (item < 0) continue;
      if (this.byPriority) {
        best = q;
        bestItem = item;
        break;
      }
      const arrival = this.itemArrival[item]!;
      if (arrival < bestArrival) {
        bestArrival = arrival;
        best = q;
        bestItem = item;
      }
    }
    if (best < 0) return;
    this.queues[best]!.shift();
    this.changeWaiting(best, -1, t);
    this.startService(p, bestItem, t);
  }

  private startService(p: number, item: number, t: number): void {
    const q = this.itemClass[item]!;
    this.itemState[item] = ITEM_IN_SERVICE;
    if (this.itemFirstStart[item]! < 0) this.itemFirstStart[item] = t;
    this.serving[p] = item;
    this.serviceStart[p] = t;
    const duration = this.itemWork[item]! / this.prof[p * this.S + this.classSkill[q]!]!;
    this.cal.schedule(t + duration, PRI.completion, EV.serviceEnd, p, ++this.serviceGen[p]!);
    if (this.tracing) this.record('start', p, item, q);
  }

  /**
   * Books busy time of the service in hand up to t (clipped to the end of warm-up), as home or
   * cover work: a service never spans a move (tasks pause, customers finish before a return).
   */
  private bookBusy(p: number, q: number, t: number): void {
    const start = this.serviceStart[p]!;
    const from = start > this.statsStart ? start : this.statsStart;
    if (t > from) {
      this.activity[p * ACT_COUNT + (this.posted[p] === this.homeArea[p] ? ACT.homeWork : ACT.coverWork)]! += t - from;
      this.classBusy[q]! += t - from;
    }
  }

  /** Minutes p spent serving (home and cover work). */
  busyMinutes(p: number): number {
    return this.activity[p * ACT_COUNT + ACT.homeWork]! + this.activity[p * ACT_COUNT + ACT.coverWork]!;
  }

  private serviceEnds(p: number, t: number): void {
    const item = this.serving[p]!;
    const q = this.itemClass[item]!;
    this.bookBusy(p, q, t);
    this.serving[p] = -1;
    if (this.tracing) this.record('finish', p, item, q);
    if (q < this.C) this.customerServed(item, q, t);
    else this.taskCompleted(item, q, t);
    this.freeItem(item);
    this.afterFree(p, t);
  }

  /** Books a served customer (wait, service level, revenue, day series) and creates its handoffs. */
  private customerServed(item: number, q: number, t: number): void {
    if (this.isCounted(item)) {
      const arrival = this.itemArrival[item]!;
      const wait = this.itemFirstStart[item]! - arrival;
      this.served[q]!++;
      this.waitSum[q]! += wait;
      if (wait > 0) this.waitedCount[q]!++;
      if (wait <= this.targetWait) this.withinTarget[q]!++;
      this.revenue += this.classRevenue[q]!;
      this.histograms.add(q, wait);
      const minute = arrival - Math.floor(arrival / 1440) * 1440;
      const bucket = Math.floor((minute - this.open) / BUCKET_MINUTES);
      if (bucket >= 0 && bucket < this.buckets) {
        this.bucketWaitSum[bucket * this.C + q]! += wait;
        this.bucketWaitCount[bucket * this.C + q]!++;
      }
    }
    const probs = this.handoffProb[q]!;
    const base = item * this.maxHandoffs;
    for (let h = 0; h < probs.length; h++) {
      const work = this.itemHandoffWork[base + h]!;
      if (work === work) {
        const tq = this.handoffTask[q]![h]!;
        const task = this.newItem(tq, t);
        this.itemWork[task] = work;
        this.taskEnters(task, tq, t);
      }
    }
  }

  /** Books a completed task: wait before first start, time in system, lateness, revenue. */
  private taskCompleted(item: number, q: number, t: number): void {
    this.tasksInSystem--;
    if (!this.isCounted(item)) return;
    const arrival = this.itemArrival[item]!;
    this.served[q]!++;
    this.waitSum[q]! += this.itemFirstStart[item]! - arrival;
    this.timeInSystemSum[q]! += t - arrival;
    this.revenue += this.classRevenue[q]!;
    if (t > arrival + this.classDue[q]!) {
      this.late[q]!++;
      this.penalties += this.classPenalty[q]!;
    }
  }

  /** What a person does on becoming free: a delayed break, going home, returning, or the next item. */
  afterFree(p: number, t: number): void {
    if (this.pendingSick[p] === 1) {
      this.sickChanges(p, t, 1);
      return;
    }
    if (this.pendingBreak[p]! > 0 || this.pendingInterrupt[p]! > 0) {
      const br = this.pendingBreak[p]!;
      const it = this.pendingInterrupt[p]!;
      this.pendingBreak[p] = 0;
      this.pendingInterrupt[p] = 0;
      if (br > 0) this.startAway(p, t, br, true);
      if (it > 0) this.startAway(p, t, it, false);
      return;
    }
    if (this.pastShiftEnd[p] === 1 && !this.staysForQueue(p)) {
      this.goOffDuty(p, t);
      return;
    }
    if (this.returnPending[p] === 1) {
      this.returnPending[p] = 0;
      this.move(p, this.homeArea[p]!, 0, t);
      return;
    }
    this.pickNext(p, t);
  }

  /** Pauses the back-office task in hand; its remaining work goes back to its queue. */
  pauseTask(p: number, t: number): void {
    const item = this.serving[p]!;
    const q = item < 0 ? -1 : this.itemClass[item]!;
    if (q < this.C) return;
    this.bookBusy(p, q, t);
    const done = (t - this.serviceStart[p]!) * this.prof[p * this.S + this.classSkill[q]!]!;
    this.itemWork[item] = Math.max(0, this.itemWork[item]! - done);
    this.serving[p] = -1;
    this.serviceGen[p]!++;
    if (this.tracing) this.record('pause', p, item, q);
    // Every caller is taking p away (break, absence, move, shift end): the task must go to
    // someone else, and the caller's own state change recomputes p's availability.
    this.avail[p] = 0;
    const server = this.findFreeServer(q);
    if (server >= 0) this.startService(server, item, t);
    else this.enqueue(item, q, t);
  }

  // ------------------------------------------------------------------ staff

  private updateAvail(p: number): void {
    this.avail[p] =
      this.onDuty[p] === 1 && this.sick[p] === 0 && this.breakCount[p] === 0 && this.interruptCount[p] === 0 && this.switching[p] === 0
        ? 1
        : 0;
  }

  /** Whether p is on duty and present (not sick, on break or interrupted); switching people are present. */
  isPresent(p: number): boolean {
    return this.onDuty[p] === 1 && this.sick[p] === 0 && this.breakCount[p] === 0 && this.interruptCount[p] === 0;
  }

  /**
   * After close with `serve-queue`, people present at the counter stay while customers they can
   * serve are waiting.
   */
  private staysForQueue(p: number): boolean {
    if (this.isOpen || this.scenario.policy.closing !== 'serve-queue' || this.posted[p] !== FRONT || !this.isPresent(p)) return false;
    const list = this.pickList[p]![FRONT]!;
    for (let i = 0; i < list.length; i++) if (this.waiting[list[i]!]! > 0) return true;
    return false;
  }

  private shiftStarts(p: number, t: number, sick: number): void {
    this.touch(p, t);
    this.pastShiftEnd[p] = 0;
    if (this.onDuty[p] === 1) {
      // Still here from the last shift (overtime at the counter): the new shift simply begins.
      if (sick) this.sickChanges(p, t, 1);
      return;
    }
    this.onDuty[p] = 1;
    this.sick[p] = sick;
    this.posted[p] = this.homeArea[p]!;
    this.coverReason[p] = 0;
    this.updateAvail(p);
    if (this.tracing) this.record(sick ? 'sick' : 'shiftStart', p);
    this.refreshStaff(t);
    this.pickNext(p, t);
  }

  private shiftEnds(p: number, t: number): void {
    if (this.onDuty[p] === 0) return;
    this.touch(p, t);
    this.pastShiftEnd[p] = 1;
    if (this.sick[p] === 1) {
      this.goOffDuty(p, t);
      return;
    }
    const item = this.serving[p]!;
    if (item >= 0 && this.itemClass[item]! < this.C) return; // finishes the customer, then leaves
    this.pauseTask(p, t);
    if (!this.staysForQueue(p)) this.goOffDuty(p, t);
  }

  private goOffDuty(p: number, t: number): void {
    this.touch(p, t);
    if (this.serving[p]! >= 0) this.pauseTask(p, t);
    this.onDuty[p] = 0;
    this.sick[p] = 0;
    this.pastShiftEnd[p] = 0;
    this.posted[p] = this.homeArea[p]!;
    this.coverReason[p] = 0;
    this.coverFor[p] = -1;
    this.returnPending[p] = 0;
    this.pendingSick[p] = 0;
    this.pendingBreak[p] = 0;
    this.pendingInterrupt[p] = 0;
    if (this.switching[p] === 1) {
      this.switching[p] = 0;
      this.switchGen[p]!++;
    }
    this.updateAvail(p);
    if (this.tracing) this.record('shiftEnd', p);
    this.refreshStaff(t);
    // After closing, customers nobody left can serve are turned away.
    if (!this.isOpen) this.closeCounterQueue(t);
  }

  /**
   * A sick day starts or ends for someone already on duty: around-the-clock staff at midnight, or
   * someone whose new shift begins while they are still at the counter in overtime.
   */
  sickChanges(p: number, t: number, sick: number): void {
    if (this.onDuty[p] === 0 || this.sick[p] === sick) return;
    const item = this.serving[p]!;
    if (sick && item >= 0 && this.itemClass[item]! < this.C) {
      this.pendingSick[p] = 1; // the counter customer in hand is finished first
      return;
    }
    this.pendingSick[p] = 0;
    this.touch(p, t);
    if (sick) {
      this.pauseTask(p, t);
      this.sick[p] = 1;
    } else this.sick[p] = 0;
    this.updateAvail(p);
    if (this.tracing) this.record(sick ? 'sick' : 'shiftStart', p);
    this.refreshStaff(t);
    if (!sick) this.pickNext(p, t);
  }

  private awayStarts(p: number, t: number, minutes: number, isBreak: boolean): void {
    if (this.onDuty[p] === 0 || this.sick[p] === 1) return;
    const item = this.serving[p]!;
    if (item >= 0 && this.itemClass[item]! < this.C) {
      // A counter customer is always finished first; the break starts late but keeps its length.
      if (isBreak) this.pendingBreak[p]! += minutes;
      else this.pendingInterrupt[p]! += minutes;
      return;
    }
    this.pauseTask(p, t);
    this.startAway(p, t, minutes, isBreak);
  }

  private startAway(p: number, t: number, minutes: number, isBreak: boolean): void {
    this.touch(p, t);
    if (isBreak) this.breakCount[p]!++;
    else this.interruptCount[p]!++;
    this.updateAvail(p);
    this.cal.schedule(t + minutes, PRI.staff, isBreak ? EV.breakEnd : EV.interruptEnd, p, 0);
    if (this.tracing) this.record(isBreak ? 'breakStart' : 'interruptStart', p);
    this.refreshStaff(t);
  }

  private awayEnds(p: number, t: number, isBreak: boolean): void {
    const counter = isBreak ? this.breakCount : this.interruptCount;
    if (counter[p]! === 0) return;
    this.touch(p, t);
    counter[p]!--;
    this.updateAvail(p);
    if (this.tracing) this.record(isBreak ? 'breakEnd' : 'interruptEnd', p);
    this.refreshStaff(t);
    if (this.onDuty[p] === 1 && this.pastShiftEnd[p] === 1 && this.serving[p]! < 0 && !this.staysForQueue(p)) {
      this.goOffDuty(p, t);
      return;
    }
    this.pickNext(p, t);
  }

  /**
   * Posts p to `area`. Rule 1-4 for a cover move, 0 for a return home. A back-office task in hand is
   * paused; moving takes `switchMinutes`, during which p is posted at the destination but serves nobody.
   */
  move(p: number, area: number, rule: number, t: number): void {
    this.pauseTask(p, t);
    this.touch(p, t);
    this.posted[p] = area;
    this.coverReason[p] = area === this.homeArea[p] ? 0 : rule;
    if (this.coverReason[p] === 0) this.coverFor[p] = -1;
    const minutes = this.scenario.policy.switchMinutes;
    if (this.tracing) this.record('moveStart', p, -1, -1, area, rule);
    if (minutes > 0) {
      this.switching[p] = 1;
      this.cal.schedule(t + minutes, PRI.completion, EV.switchEnd, p, ++this.switchGen[p]!);
      this.updateAvail(p);
      this.refreshStaff(t);
    } else {
      this.updateAvail(p);
      this.refreshStaff(t);
      if (this.tracing) this.record('moveEnd', p, -1, -1, area, rule);
      this.pickNext(p, t);
    }
  }

  private switchEnds(p: number, t: number): void {
    this.touch(p, t);
    this.switching[p] = 0;
    this.updateAvail(p);
    this.refreshStaff(t);
    if (this.tracing) this.record('moveEnd', p, -1, -1, this.posted[p] === FRONT ? FRONT : BACK, this.coverReason[p]!);
    this.pickNext(p, t);
  }

  /** After closing, once the counter queue is empty, people staying in overtime go home. */
  private releaseOvertime(t: number): void {
    for (let p = 0; p < this.P; p++) {
      if (this.onDuty[p] === 1 && this.pastShiftEnd[p] === 1 && this.serving[p]! < 0 && !this.staysForQueue(p)) this.goOffDuty(p, t);
    }
  }

  /**
   * Recomputes the staff aggregates (who is available where, present holders per skill, people
   * covering) and the time-weighted indicators that depend on them. Called on staff changes only,
   * which are rare next to arrivals and services.
   */
  refreshStaff(t: number): void {
    const S = this.S;
    let availFront = 0;
    let incoming = 0;
    let covering = 0;
    this.presentHolders.fill(0);
    this.frontHolders.fill(0);
    for (let p = 0; p < this.P; p++) {
      if (this.onDuty[p] === 0) continue;
      const present = this.sick[p] === 0 && this.breakCount[p] === 0 && this.interruptCount[p] === 0;
      const atFront = this.posted[p] === FRONT;
      if (atFront && this.avail[p] === 1) availFront++;
      if (atFront && present && this.switching[p] === 1) incoming++;
      if (this.posted[p] !== this.homeArea[p] || this.switching[p] === 1) covering++;
      if (!present) continue;
      const skills = this.personSkills[p]!;
      for (let i = 0; i < skills.length; i++) {
        const k = skills[i]!;
        this.presentHolders[k]!++;
        if (atFront) this.frontHolders[k]!++;
      }
    }
    this.availFront = availFront;
    this.incomingFront = incoming;
    for (let k = 0; k < S; k++) {
      this.tw.set(this.twPresent + k, this.presentHolders[k]!, t);
      this.updateGap(k, t);
    }
    this.tw.set(this.twCovering, covering, t);
    this.tw.set(this.twUnstaffed, this.isOpen && availFront === 0 ? 1 : 0, t);
  }

  /** Coverage gap of skill k: open, demand for it, and nobody holding it on duty and present. */
  private updateGap(k: number, t: number): void {
    const demand = this.customerSkill[k] === 1 || this.waitingBySkill[k]! > 0;
    const gap = this.isOpen && demand && this.presentHolders[k] === 0 ? 1 : 0;
    if (this.tracing && this.tw.values[this.twGap + k] !== gap) this.record(gap ? 'gapStart' : 'gapEnd', -1, -1, -1, -1, -1, k);
    this.tw.set(this.twGap + k, gap, t);
  }

  /**
   * Books the time since p's last staff change into their activity minutes (after warm-up). Only
   * staff changes call it, not services: working time is booked by `bookBusy`, and idle time is
   * what remains of the available time (`ACT.idle` accumulates available time until `idleMinutes`).
   */
  touch(p: number, t: number): void {
    const since = this.actSince[p]!;
    this.actSince[p] = t;
    if (this.onDuty[p] === 0 || t <= this.statsStart) return;
    const from = since > this.statsStart ? since : this.statsStart;
    const span = t - from;
    if (span <= 0) return;
    const base = p * ACT_COUNT;
    let act: number;
    if (this.sick[p] === 1 || this.interruptCount[p]! > 0) act = this.breakCount[p]! > 0 && this.sick[p] === 0 ? ACT.break : ACT.absent;
    else if (this.breakCount[p]! > 0) act = ACT.break;
    else if (this.switching[p] === 1) act = ACT.switching;
    else act = ACT.idle;
    this.activity[base + act]! += span;
    if (this.pastShiftEnd[p] === 1) this.activity[base + ACT.overtime]! += span;
    if (act !== ACT.break && act !== ACT.absent) this.presentMinutes[p]! += span;
    if (this.posted[p] !== this.homeArea[p] || this.switching[p] === 1) this.coverMinutes[p]! += span;
  }

  // ------------------------------------------------------------------ calendar

  private openCounter(t: number): void {
    this.isOpen = true;
    if (this.tracing) this.record('open');
    this.tw.markBucket(t);
    this.refreshStaff(t);
  }

  private closeCounter(day: number, t: number): void {
    this.isOpen = false;
    if (this.tracing) this.record('close');
    this.backlogByDay[day] = this.tasksInSystem;
    this.refreshStaff(t);
    for (let k = 0; k < this.S; k++) this.updateGap(k, t);
    this.closeCounterQueue(t);
    // People whose shift already ended (finishing a customer) may now stay for the queue or go.
    this.releaseOvertime(t);
  }

  private collectBucket(bucket: number, t: number): void {
    if (bucket + 1 < this.buckets) {
      const base = Math.floor(t / 1440) * 1440;
      this.cal.schedule(base + Math.min(this.open + (bucket + 2) * BUCKET_MINUTES, this.close), PRI.calendar, EV.bucket, bucket + 1, 0);
    }
    if (t <= this.statsStart) {
      this.tw.markBucket(t);
      return;
    }
    this.tw.collectBucket(t, this.bucketSums, bucket * this.tw.size);
    this.bucketDays[bucket]!++;
  }

  /** Records a trace entry (only called when tracing). */
  record(kind: TraceKind, person = -1, item = -1, cls = -1, area = -1, rule = -1, skill = -1): void {
    if (this.trace.length >= this.traceLimit) {
      this.traceTruncated = true;
      return;
    }
    const event: { -readonly [K in keyof TraceEvent]: TraceEvent[K] } = { t: this.now, kind };
    if (person >= 0) event.person = person;
    if (item >= 0) event.item = this.itemSerial[item]!;
    if (kind === 'arrive') event.work = this.itemWork[item]!;
    if (cls >= 0) {
      event.front = cls < this.C;
      event.cls = cls < this.C ? cls : cls - this.C;
    }
    if (area >= 0) event.area = area === FRONT ? 'front' : 'back';
    if (rule >= 0) event.rule = rule;
    if (skill >= 0) event.skill = this.skillNames[skill]!;
    if (kind === 'finish') event.revenue = this.classRevenue[this.itemClass[item]!]!;
    this.trace.push(event);
  }

  /**
   * Stores a number for an event to carry (a break's or an interruption's length) and returns its
   * slot, the event's tag. Slots are reused once taken, so memory stays flat over any horizon.
   */
  addPayload(value: number): number {
    let slot: number;
    if (this.freePayloadCount > 0) slot = this.freePayload[--this.freePayloadCount]!;
    else {
      if (this.payloadCount === this.payload.length) {
        const bigger = new Float64Array(this.payload.length * 2);
        bigger.set(this.payload);
        this.payload = bigger;
        const free = new Int32Array(bigger.length);
        free.set(this.freePayload);
        this.freePayload = free;
      }
      slot = this.payloadCount++;
    }
    this.payload[slot] = value;
    return slot;
  }

  /** Reads an event's number and frees its slot. */
  private takePayload(slot: number): number {
    this.freePayload[this.freePayloadCount++] = slot;
    return this.payload[slot]!;
  }

  private finish(t: number): ReplicationResult {
    if (this.tracing) this.record('end');
    for (let p = 0; p < this.P; p++) {
      this.touch(p, t);
      if (this.serving[p]! >= 0) this.bookBusy(p, this.itemClass[this.serving[p]!]!, t);
    }
    if (this.continuous) this.backlogByDay[this.days - 1] = this.tasksInSystem;
    return buildResult(this, t);
  }

  /** Items of class q still waiting, and customers in service at the end, for the conservation counts. */
  countAtEnd(): { waiting: Float64Array; inService: Float64Array } {
    const waiting = new Float64Array(this.Q);
    const inService = new Float64Array(this.Q);
    for (let q = 0; q < this.Q; q++) {
      const queue = this.queues[q]!;
      for (let i = 0; i < queue.length; i++) {
        const item = queue.at(i);
        if (this.itemState[item] === ITEM_WAITING && this.isCounted(item)) waiting[q]!++;
      }
    }
    for (let p = 0; p < this.P; p++) {
      const item = this.serving[p]!;
      if (item >= 0 && this.isCounted(item)) inService[this.itemClass[item]!]!++;
    }
    return { waiting, inService };
  }
}

/**
 * Runs one replication of a scenario. Pure: the result depends only on (scenario, replication)
 * and the scenario's seed; replications are independent of each other.
 */
export function runReplication(scenario: Scenario, replication: number, options: RunOptions = {}): ReplicationResult {
  return new Office(scenario, replication, options).run();
}
