/**
 * The opt-in event trace: what happened, to whom, when, as plain objects for replay and debugging.
 * Bounded: past `limit` entries nothing more is kept and `truncated` says so. Only called when
 * tracing, so it costs nothing otherwise.
 */
import type { TraceEvent, TraceEventOf } from '../result.js';
import { FRONT } from './codes.js';
import type { ItemPool } from './items.js';
import type { OfficePlan } from './plan.js';

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  truncated = false;

  constructor(
    private readonly plan: OfficePlan,
    private readonly items: ItemPool,
    private readonly limit: number,
  ) {}

  private push(event: TraceEvent): void {
    if (this.events.length >= this.limit) this.truncated = true;
    else this.events.push(event);
  }

  calendar(kind: TraceEventOf<'open' | 'close' | 'end'>['kind'], t: number): void {
    this.push({ t, kind });
  }

  /** An item arrives, gives up, does not queue or is turned away. */
  item(kind: 'arrive' | TraceEventOf<'abandon' | 'balk' | 'turnAway'>['kind'], t: number, item: number): void {
    const { cls, front } = this.classOf(item);
    const id = this.items.serial[item]!;
    if (kind === 'arrive') this.push({ t, kind, item: id, work: this.items.work[item]!, front, cls });
    else this.push({ t, kind, item: id, front, cls });
  }

  /** A person starts, pauses or finishes an item. */
  work(kind: TraceEventOf<'start' | 'pause' | 'finish'>['kind'], t: number, person: number, item: number): void {
    const { cls, front } = this.classOf(item);
    const id = this.items.serial[item]!;
    if (kind === 'finish') {
      const revenue = this.plan.classRevenue[this.items.itemClass[item]!]!;
      this.push({ t, kind, person, item: id, front, cls, revenue });
    } else this.push({ t, kind, person, item: id, front, cls });
  }

  /** A person's shift, break, sick day or interruption starts or ends. */
  person(kind: TraceEventOf<'shiftStart' | 'shiftEnd' | 'breakStart' | 'breakEnd' | 'sick' | 'interruptStart' | 'interruptEnd'>['kind'], t: number, person: number): void {
    this.push({ t, kind, person });
  }

  move(kind: 'moveStart' | 'moveEnd', t: number, person: number, area: number, rule: number): void {
    this.push({ t, kind, person, area: area === FRONT ? 'front' : 'back', rule });
  }

  gap(kind: 'gapStart' | 'gapEnd', t: number, skill: number): void {
    this.push({ t, kind, skill: this.plan.skillNames[skill]! });
  }

  private classOf(item: number): { cls: number; front: boolean } {
    const q = this.items.itemClass[item]!;
    const front = q < this.plan.C;
    return { cls: front ? q : q - this.plan.C, front };
  }
}
