/**
 * The state of the office during one replication: the calendar, the items, the queues, where every
 * person is and what they do, and the tallies. Typed arrays indexed by person, item and class; the
 * rules (the other files of this folder) read and change it. Nothing here decides anything: the
 * predicates below only read.
 */
import { EventCalendar } from '../calendar.js';
import { ItemQueue } from '../item-queue.js';
import type { RunOptions } from '../result.js';
import { createStream, type Rng } from '../streams.js';
import { ItemPool } from './items.js';
import type { OfficePlan } from './plan.js';
import { Tallies } from './tallies.js';
import { TraceRecorder } from './trace.js';

export class Office {
  readonly cal = new EventCalendar(1024);
  readonly items: ItemPool;
  readonly tallies: Tallies;
  /** Null unless the trace was asked for. */
  readonly trace: TraceRecorder | null;
  readonly maxEvents: number;
  isOpen = false;

  // ---- random streams, one per class and per person (scenario-format.md, "Random numbers") ----
  readonly arrivalRng: Rng[] = [];
  readonly workRng: Rng[] = [];
  readonly patienceRng: Rng[] = [];
  readonly handoffRng: Rng[] = [];
  readonly sickRng: Rng[] = [];
  readonly interruptRng: Rng[] = [];

  // ---- queues (per class q) ----
  readonly queues: ItemQueue[];
  readonly waiting: Int32Array;
  counterWaiting = 0;
  backWaiting = 0;
  readonly waitingBySkill: Int32Array;
  tasksInSystem = 0;

  // ---- people ----
  readonly posted: Uint8Array;
  readonly onDuty: Uint8Array;
  readonly sick: Uint8Array;
  readonly breakCount: Int32Array;
  readonly interruptCount: Int32Array;
  readonly switching: Uint8Array;
  readonly switchGen: Int32Array;
  /** On duty, present and not switching (kept by `updateAvail`). */
  readonly avail: Uint8Array;
  /** The item in hand, -1 for none. */
  readonly serving: Int32Array;
  readonly serviceStart: Float64Array;
  readonly serviceGen: Int32Array;
  /** When the current shift ends (Infinity around the clock): a delayed break never runs past it. */
  readonly shiftEndAt: Float64Array;
  readonly pastShiftEnd: Uint8Array;
  /** What waits for the counter customer in hand to be finished: a break, an interruption (minutes), a sick day. */
  readonly pendingBreak: Float64Array;
  readonly pendingInterrupt: Float64Array;
  readonly pendingSick: Uint8Array;
  /** COVER code of the rule that moved the person (0 at home). */
  readonly coverReason: Int8Array;
  /** Rule 2: the class; rule 3: the skill; else -1. */
  readonly coverFor: Int32Array;
  /** The people posted away by a cover rule, in file order (the first `movedCount`). */
  readonly moved: Int32Array;
  movedCount = 0;
  /** Around-the-clock people (no shift): whether today's roster has them on duty. */
  readonly roundTheClockOn: Uint8Array;

  /** With learning curves: the proficiency the service in hand is worked at (the curve's at its start). */
  readonly serviceProf: Float64Array;

  // ---- learning, per person and skill pk = p * S + k (learning.ts); empty unless plan.learns ----
  /** Proficiency at the end of the last practice (or after the last fade applied). */
  readonly profNow: Float64Array;
  /** Experience on the curve, in practice minutes (power curves, and curves that do not fade). */
  readonly experience: Float64Array;
  /** Exponential curves that fade: the remaining share of the gap to the target, (T - p) / G. */
  readonly remaining: Float64Array;
  /** When the last practice ended (0: the run starts just after training). */
  readonly lastPractice: Float64Array;
  /** Practice minutes after warm-up. */
  readonly practiceMinutes: Float64Array;
  /** When the proficiency first reached 90% of the target; 0 if it started there; NaN: not yet. */
  readonly reachedAt: Float64Array;
  /** Per day and learning pair (plan.learnPairs): the proficiency at the end of the day. */
  readonly dayProf: Float64Array;

  /** Room for a list of people, for rules that gather candidates (no allocation per event). */
  readonly scratch: Int32Array;

  // ---- staff aggregates, kept on staff changes only ----
  /** People available and posted at the counter. */
  availFront = 0;
  /** People present and switching toward the counter. */
  incomingFront = 0;
  /** People posted outside their home area (switching included). */
  covering = 0;
  /** Per person: what they count for in the aggregates below, as last refreshed (presence.ts). */
  readonly staffFlags: Uint8Array;
  /** Per skill: holders on duty and present, wherever posted. */
  readonly presentHolders: Int32Array;
  /** Per skill: holders present and posted at the counter (switching toward it included). */
  readonly frontHolders: Int32Array;

  constructor(
    readonly plan: OfficePlan,
    readonly replication: number,
    options: RunOptions,
  ) {
    const { Q, P, S } = plan;
    const s = plan.scenario;
    this.items = new ItemPool(plan.maxHandoffs);
    this.tallies = new Tallies(plan, options.slotService === true);
    this.trace = options.trace === true ? new TraceRecorder(plan, this.items, options.traceLimit ?? 200_000) : null;
    this.maxEvents = options.maxEvents ?? Infinity;

    for (const c of s.customers) {
      const name = `customer:${c.name}`;
      this.arrivalRng.push(createStream(s.seed, replication, `${name}:arrivals`));
      this.workRng.push(createStream(s.seed, replication, `${name}:work`));
      this.patienceRng.push(createStream(s.seed, replication, `${name}:patience`));
      this.handoffRng.push(createStream(s.seed, replication, `${name}:handoffs`));
    }
    for (const k of s.tasks) {
      const name = `task:${k.name}`;
      const arrivals = createStream(s.seed, replication, `${name}:arrivals`);
      this.arrivalRng.push(arrivals);
      this.workRng.push(createStream(s.seed, replication, `${name}:work`));
      // Tasks have no patience or handoffs; the slots keep the arrays indexed by class.
      this.patienceRng.push(arrivals);
      this.handoffRng.push(arrivals);
    }
    for (const p of s.staff) {
      this.sickRng.push(createStream(s.seed, replication, `staff:${p.name}:sick`));
      this.interruptRng.push(createStream(s.seed, replication, `staff:${p.name}:interruptions`));
    }

    this.queues = Array.from({ length: Q }, () => new ItemQueue(64));
    this.waiting = new Int32Array(Q);
    this.waitingBySkill = new Int32Array(S);

    this.posted = Uint8Array.from(plan.homeArea);
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
    this.shiftEndAt = new Float64Array(P).fill(Infinity);
    this.pastShiftEnd = new Uint8Array(P);
    this.pendingBreak = new Float64Array(P);
    this.pendingInterrupt = new Float64Array(P);
    this.pendingSick = new Uint8Array(P);
    this.coverReason = new Int8Array(P);
    this.coverFor = new Int32Array(P).fill(-1);
    this.moved = new Int32Array(P);
    this.roundTheClockOn = new Uint8Array(P);
    this.scratch = new Int32Array(P);
    this.serviceProf = new Float64Array(P);
    const L = plan.learns ? P * S : 0;
    this.profNow = plan.prof.slice(0, L);
    this.experience = new Float64Array(L);
    this.remaining = new Float64Array(L).fill(1);
    this.lastPractice = new Float64Array(L);
    this.practiceMinutes = new Float64Array(L);
    this.reachedAt = new Float64Array(L).fill(NaN);
    for (let pk = 0; pk < L; pk++) if (plan.prof[pk]! >= 0.9 * plan.learnTarget[pk]! && plan.learnSpec[pk] === 1) this.reachedAt[pk] = 0;
    this.dayProf = new Float64Array(plan.learns ? plan.learnPairs.length * plan.days : 0);
    this.staffFlags = new Uint8Array(P);
    this.presentHolders = new Int32Array(S);
    this.frontHolders = new Int32Array(S);
  }

  /** Whether an item slot holds an item that arrived after warm-up (statistics count it). */
  isCounted(item: number): boolean {
    return this.items.arrival[item]! >= this.plan.statsStart;
  }

  /** Available and empty-handed. */
  isFree(p: number): boolean {
    return this.avail[p] === 1 && this.serving[p]! < 0;
  }

  /** On duty and present (not sick, on break or interrupted); switching people are present. */
  isPresent(p: number): boolean {
    return this.onDuty[p] === 1 && this.sick[p] === 0 && this.breakCount[p] === 0 && this.interruptCount[p] === 0;
  }

  /** Whether p holds the counter customer in hand (finished before anything else happens to p). */
  servesCustomer(p: number): boolean {
    const item = this.serving[p]!;
    return item >= 0 && this.items.itemClass[item]! < this.plan.C;
  }

  /** Records why p is posted where they are: a COVER rule and what it covers, or COVER.home. */
  setCover(p: number, rule: number, target: number): void {
    const was = this.coverReason[p]!;
    this.coverReason[p] = rule;
    this.coverFor[p] = rule === 0 ? -1 : target;
    if ((was === 0) === (rule === 0)) return;
    // Keep `moved` in file order, so returns are weighed in the order the contract's ties use.
    const moved = this.moved;
    let i = 0;
    while (i < this.movedCount && moved[i]! < p) i++;
    if (rule !== 0) {
      moved.copyWithin(i + 1, i, this.movedCount++);
      moved[i] = p;
    } else moved.copyWithin(i, i + 1, this.movedCount--);
  }

  updateAvail(p: number): void {
    this.avail[p] = this.isPresent(p) && this.switching[p] === 0 ? 1 : 0;
  }
}
