/**
 * Replays one replication's event trace (from `runReplication(..., { trace: true })`) as the state of
 * an office at any moment of the day: who is on duty, away, posted where and serving what, who waits
 * in which queue, how high each back-office pile is, and running counters. It never simulates: every
 * number comes from counting trace events (served, gave up, tasks done), summing `finish.revenue`, and
 * timing `gapStart`/`gapEnd` pairs, so at the end of the day the counters equal the engine's metrics
 * for that replication (tests/ui/trainer/replay.test.ts proves it for every lesson).
 *
 * Moving forward applies events incrementally and allocates nothing per event (the animation calls
 * it every frame); moving back replays from the start of the day, which is cheap for one day's trace.
 */
import type { Area, Scenario } from '../../sim/scenario.js';
import type { TraceEvent } from '../../sim/result.js';

/** What a person is doing, in the order the stage checks it (the first that holds wins). */
export const PERSON_STATUSES = ['off', 'sick', 'break', 'away', 'moving', 'busy', 'idle'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** How a customer left without being served. */
export const WALKOUT_KINDS = ['abandon', 'balk', 'turnAway'] as const;
export type WalkoutKind = (typeof WALKOUT_KINDS)[number];

const FRONT = 0;
const BACK = 1;

const WAITING = 1;
const IN_SERVICE = 2;
const DONE = 3;

/** Running totals since the start of the day, each counted from trace events. */
export interface ReplayCounters {
  /** Customers who came in (arrive events at the counter). */
  readonly arrived: number;
  /** Customers served to the end (finish events at the counter). */
  readonly served: number;
  /** Customers standing in a counter queue now. */
  readonly waiting: number;
  /** Customers in service at the counter now. */
  readonly inService: number;
  /** Gave up waiting (abandon events). */
  readonly abandoned: number;
  /** Saw the queue and did not join (balk events). */
  readonly balked: number;
  /** Sent away at closing (turnAway events). */
  readonly turnedAway: number;
  /** abandoned + balked + turnedAway: every customer who left unserved. */
  readonly walkedOut: number;
  readonly tasksArrived: number;
  readonly tasksDone: number;
  /** Back-office tasks not done yet (waiting, paused or in progress). */
  readonly tasksOpen: number;
  /** Revenue earned so far: the sum of `finish.revenue`. */
  readonly revenue: number;
  /** Coverage-gap minutes so far: closed gaps plus the open ones up to now. */
  readonly gapMinutes: number;
}

/** The skills of a scenario in the order gaps are indexed: customers' skills, tasks', then staff's. */
export function replaySkills(scenario: Scenario): string[] {
  const skills: string[] = [];
  const add = (s: string): void => {
    if (!skills.includes(s)) skills.push(s);
  };
  for (const c of scenario.customers) add(c.skill);
  for (const t of scenario.tasks) add(t.skill);
  for (const p of scenario.staff) for (const s of Object.keys(p.skills)) add(s);
  return skills;
}

export class OfficeReplay {
  readonly scenario: Scenario;
  readonly trace: readonly TraceEvent[];
  /** Where the day's timeline starts: the first event or the opening, whichever is earlier. */
  readonly start: number;
  /**
   * Where it ends: the last event of the day (or closing, if later). The trace's own `end` marker can
   * be hours later (the run ends at midnight); it is applied here unless a coverage gap is still open
   * at that point, in which case the timeline runs to the marker so the gap's minutes add up.
   */
  readonly finish: number;
  readonly skills: readonly string[];
  /** For each person, whether they are ever posted at the counter / in the back office today. */
  readonly visitsFront: readonly boolean[];
  readonly visitsBack: readonly boolean[];

  /** Simulated minute the state describes: every event with `t <= now` is applied. */
  now = 0;
  /** Index of the next trace event to apply. */
  cursor = 0;

  // People, indexed like scenario.staff.
  readonly onDuty: Uint8Array;
  readonly sick: Uint8Array;
  readonly breaks: Uint8Array;
  readonly interruptions: Uint8Array;
  readonly switching: Uint8Array;
  /** 0 = counter, 1 = back office. */
  readonly posted: Uint8Array;
  /** Item being served, or -1. */
  readonly serving: Int32Array;
  /** Minute of the person's last move (for the stage's walk animation); -Infinity if none. */
  readonly movedAt: Float64Array;

  // Items, indexed by the trace's item number.
  readonly itemFront: Uint8Array;
  readonly itemCls: Int32Array;
  readonly itemState: Uint8Array;
  /** Waiting customers per counter class, in arrival order (item numbers). */
  readonly queues: number[][];
  /** Tasks waiting per task class (not being worked on). */
  readonly piles: Int32Array;

  // Customers who left unserved, in order (for the walk to the door): time, class, queue position,
  // and how they left (an index into WALKOUT_KINDS).
  readonly walkoutT: Float64Array;
  readonly walkoutCls: Int32Array;
  readonly walkoutSlot: Int32Array;
  readonly walkoutKind: Uint8Array;
  walkouts = 0;

  /** Start of the open coverage gap per skill (index into `skills`), NaN when none is open. */
  readonly gapSince: Float64Array;
  private gapClosed = 0;
  private readonly skillIndex: Map<string, number>;

  private arrived = 0;
  private served = 0;
  private inService = 0;
  private abandoned = 0;
  private balked = 0;
  private turnedAway = 0;
  private tasksArrived = 0;
  private tasksDone = 0;
  private revenue = 0;

  constructor(scenario: Scenario, trace: readonly TraceEvent[]) {
    this.scenario = scenario;
    this.trace = trace;
    const P = scenario.staff.length;
    this.skills = replaySkills(scenario);
    this.skillIndex = new Map(this.skills.map((s, i) => [s, i]));

    let items = 0;
    let walkouts = 0;
    let first = Infinity;
    let last = -Infinity;
    let endAt = -Infinity;
    let openGaps = 0;
    const front = scenario.staff.map((p) => p.area === 'front');
    const back = scenario.staff.map((p) => p.area === 'back');
    for (const e of trace) {
      if ('item' in e && e.item + 1 > items) items = e.item + 1;
      if (e.kind === 'abandon' || e.kind === 'balk' || e.kind === 'turnAway') walkouts++;
      if (e.kind === 'moveStart') (e.area === 'front' ? front : back)[e.person] = true;
      if (e.kind === 'gapStart') openGaps++;
      if (e.kind === 'gapEnd') openGaps--;
      if (e.kind === 'end') endAt = e.t;
      else {
        if (e.t < first) first = e.t;
        if (e.t > last) last = e.t;
      }
    }
    this.visitsFront = front;
    this.visitsBack = back;
    const open = scenario.calendar.open;
    this.start = Math.min(open, first);
    const lastActivity = Math.max(last, scenario.calendar.continuous ? open + 1440 : scenario.calendar.close);
    this.finish = openGaps > 0 && endAt > lastActivity ? endAt : lastActivity;

    this.onDuty = new Uint8Array(P);
    this.sick = new Uint8Array(P);
    this.breaks = new Uint8Array(P);
    this.interruptions = new Uint8Array(P);
    this.switching = new Uint8Array(P);
    this.posted = new Uint8Array(P);
    this.serving = new Int32Array(P);
    this.movedAt = new Float64Array(P);
    this.itemFront = new Uint8Array(items);
    this.itemCls = new Int32Array(items);
    this.itemState = new Uint8Array(items);
    this.queues = scenario.customers.map(() => []);
    this.piles = new Int32Array(scenario.tasks.length);
    this.walkoutT = new Float64Array(walkouts);
    this.walkoutCls = new Int32Array(walkouts);
    this.walkoutSlot = new Int32Array(walkouts);
    this.walkoutKind = new Uint8Array(walkouts);
    this.gapSince = new Float64Array(this.skills.length);
    this.reset();
  }

  /** Back to the start of the day: only the events at its first minute applied. */
  reset(): void {
    this.now = this.start;
    this.cursor = 0;
    this.onDuty.fill(0);
    this.sick.fill(0);
    this.breaks.fill(0);
    this.interruptions.fill(0);
    this.switching.fill(0);
    this.scenario.staff.forEach((p, i) => (this.posted[i] = p.area === 'front' ? FRONT : BACK));
    this.serving.fill(-1);
    this.movedAt.fill(-Infinity);
    this.itemState.fill(0);
    for (const q of this.queues) q.length = 0;
    this.piles.fill(0);
    this.walkouts = 0;
    this.gapSince.fill(NaN);
    this.gapClosed = 0;
    this.arrived = this.served = this.inService = this.abandoned = this.balked = this.turnedAway = 0;
    this.tasksArrived = this.tasksDone = this.revenue = 0;
    // Events at the very start (opening, first shifts) belong to the first picture of the day.
    this.advanceTo(this.start);
  }

  /** The state at minute `t`: forward by applying events, backward by replaying from the start. */
  seek(t: number): void {
    const target = Math.min(Math.max(t, this.start), this.finish);
    if (target < this.now) this.reset();
    this.advanceTo(target);
  }

  /** Applies every event with `t <= target` (the whole trace once `target` reaches `finish`). */
  advanceTo(target: number): void {
    const trace = this.trace;
    const all = target >= this.finish;
    while (this.cursor < trace.length) {
      const e = trace[this.cursor]!;
      if (e.t > target && !(all && e.kind === 'end')) break;
      this.apply(e);
      this.cursor++;
    }
    if (target > this.now) this.now = target;
  }

  /** Time of the next event after `now` (Infinity at the end). */
  nextEventTime(): number {
    const e = this.trace[this.cursor];
    return e === undefined || e.kind === 'end' ? Infinity : e.t;
  }

  /** Time of the last event strictly before `now` (-Infinity when there is none). */
  previousEventTime(): number {
    for (let i = this.cursor - 1; i >= 0; i--) {
      const t = this.trace[i]!.t;
      if (t < this.now) return t;
    }
    return -Infinity;
  }

  /** Whether every event has been applied. */
  get atEnd(): boolean {
    return this.cursor >= this.trace.length;
  }

  counters(): ReplayCounters {
    let waiting = 0;
    for (const q of this.queues) waiting += q.length;
    let tasksOpen = 0;
    for (let i = 0; i < this.piles.length; i++) tasksOpen += this.piles[i]!;
    for (let p = 0; p < this.serving.length; p++) {
      const item = this.serving[p]!;
      if (item >= 0 && this.itemFront[item] === 0) tasksOpen++;
    }
    return {
      arrived: this.arrived,
      served: this.served,
      waiting,
      inService: this.inService,
      abandoned: this.abandoned,
      balked: this.balked,
      turnedAway: this.turnedAway,
      walkedOut: this.abandoned + this.balked + this.turnedAway,
      tasksArrived: this.tasksArrived,
      tasksDone: this.tasksDone,
      tasksOpen,
      revenue: this.revenue,
      gapMinutes: this.gapMinutes(),
    };
  }

  /** Coverage-gap minutes up to `now`. */
  gapMinutes(): number {
    let total = this.gapClosed;
    for (let s = 0; s < this.gapSince.length; s++) {
      const since = this.gapSince[s]!;
      if (since === since) total += this.now - since;
    }
    return total;
  }

  /** Whether a coverage gap is open now for skill `skill`. */
  gapOpen(skill: string): boolean {
    const s = this.skillIndex.get(skill);
    return s !== undefined && !Number.isNaN(this.gapSince[s]!);
  }

  status(person: number): PersonStatus {
    if (this.onDuty[person] === 0) return 'off';
    if (this.sick[person] === 1) return 'sick';
    if (this.breaks[person]! > 0) return 'break';
    if (this.interruptions[person]! > 0) return 'away';
    if (this.switching[person] === 1) return 'moving';
    return this.serving[person]! >= 0 ? 'busy' : 'idle';
  }

  /** Where the person stands now. */
  area(person: number): Area {
    return this.posted[person] === FRONT ? 'front' : 'back';
  }

  private apply(e: TraceEvent): void {
    const p = 'person' in e ? e.person : -1;
    switch (e.kind) {
      case 'arrive': {
        const item = e.item!;
        this.itemFront[item] = e.front ? 1 : 0;
        this.itemCls[item] = e.cls!;
        this.itemState[item] = WAITING;
        if (e.front) {
          this.arrived++;
          this.queues[e.cls!]!.push(item);
        } else {
          this.tasksArrived++;
          this.piles[e.cls!]!++;
        }
        break;
      }
      case 'start': {
        const item = e.item!;
        if (this.itemFront[item] === 1) {
          this.removeFromQueue(item);
          this.inService++;
        } else this.piles[this.itemCls[item]!]!--;
        this.itemState[item] = IN_SERVICE;
        this.serving[p] = item;
        break;
      }
      case 'finish': {
        const item = e.item!;
        this.itemState[item] = DONE;
        this.serving[p] = -1;
        this.revenue += e.revenue ?? 0;
        if (this.itemFront[item] === 1) {
          this.served++;
          this.inService--;
        } else this.tasksDone++;
        break;
      }
      case 'pause': {
        const item = e.item!;
        this.itemState[item] = WAITING;
        this.serving[p] = -1;
        this.piles[this.itemCls[item]!]!++;
        break;
      }
      case 'abandon':
      case 'balk':
      case 'turnAway': {
        const item = e.item!;
        const slot = this.removeFromQueue(item);
        this.itemState[item] = DONE;
        if (e.kind === 'abandon') this.abandoned++;
        else if (e.kind === 'balk') this.balked++;
        else this.turnedAway++;
        const w = this.walkouts++;
        this.walkoutT[w] = e.t;
        this.walkoutCls[w] = e.cls!;
        this.walkoutSlot[w] = slot;
        this.walkoutKind[w] = WALKOUT_KINDS.indexOf(e.kind);
        break;
      }
      case 'shiftStart':
      case 'sick':
        if (this.onDuty[p] === 0) {
          this.posted[p] = this.scenario.staff[p]!.area === 'front' ? FRONT : BACK;
          this.breaks[p] = 0;
          this.interruptions[p] = 0;
        }
        this.onDuty[p] = 1;
        this.sick[p] = e.kind === 'sick' ? 1 : 0;
        break;
      case 'shiftEnd':
        this.onDuty[p] = 0;
        this.sick[p] = 0;
        this.switching[p] = 0;
        this.posted[p] = this.scenario.staff[p]!.area === 'front' ? FRONT : BACK;
        break;
      case 'breakStart':
        this.breaks[p]!++;
        break;
      case 'breakEnd':
        if (this.breaks[p]! > 0) this.breaks[p]!--;
        break;
      case 'interruptStart':
        this.interruptions[p]!++;
        break;
      case 'interruptEnd':
        if (this.interruptions[p]! > 0) this.interruptions[p]!--;
        break;
      case 'moveStart':
        this.posted[p] = e.area === 'front' ? FRONT : BACK;
        this.switching[p] = 1;
        this.movedAt[p] = e.t;
        break;
      case 'moveEnd':
        this.switching[p] = 0;
        break;
      case 'gapStart': {
        const s = this.skillIndex.get(e.skill!)!;
        this.gapSince[s] = e.t;
        break;
      }
      case 'gapEnd': {
        const s = this.skillIndex.get(e.skill!)!;
        const since = this.gapSince[s]!;
        if (since === since) this.gapClosed += e.t - since;
        this.gapSince[s] = NaN;
        break;
      }
      case 'open':
      case 'close':
      case 'end':
        break;
    }
  }

  /** Takes a waiting customer out of its queue; returns the position it stood at. */
  private removeFromQueue(item: number): number {
    const queue = this.queues[this.itemCls[item]!]!;
    const at = queue.indexOf(item);
    if (at >= 0) queue.splice(at, 1);
    return at;
  }
}
