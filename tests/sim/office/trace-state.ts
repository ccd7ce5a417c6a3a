/**
 * Replays an engine trace into what a test needs to judge a rule at any entry: who waits in each
 * class and where everyone is posted. Built from the trace alone, independently of the engine.
 */
import type { TraceEvent } from '../../../src/sim/result.js';
import type { Scenario } from '../../../src/sim/scenario.js';

export interface TraceState {
  /** Customers waiting per customer class, and tasks waiting per task class, before entry i. */
  customersWaiting(i: number): readonly number[];
  tasksWaiting(i: number): readonly number[];
}

export function replayWaiting(scenario: Scenario, trace: readonly TraceEvent[]): TraceState {
  const customers = scenario.customers.map(() => 0);
  const tasks = scenario.tasks.map(() => 0);
  const waiting = new Set<number>();
  const snapshots: { customers: number[]; tasks: number[] }[] = [];
  for (const e of trace) {
    snapshots.push({ customers: [...customers], tasks: [...tasks] });
    if (!('item' in e)) continue;
    const counts = e.front ? customers : tasks;
    switch (e.kind) {
      case 'arrive':
      case 'pause':
        waiting.add(e.item);
        counts[e.cls]!++;
        break;
      case 'start':
      case 'abandon':
      case 'balk':
      case 'turnAway':
        if (waiting.delete(e.item)) counts[e.cls]!--;
        break;
    }
  }
  snapshots.push({ customers: [...customers], tasks: [...tasks] });
  return { customersWaiting: (i) => snapshots[i]!.customers, tasksWaiting: (i) => snapshots[i]!.tasks };
}

/** A person's moves: when, to which area, by which rule (0 = a return home). */
export function movesOf(trace: readonly TraceEvent[], person: number): { t: number; area: string; rule: number; index: number }[] {
  const out: { t: number; area: string; rule: number; index: number }[] = [];
  trace.forEach((e, index) => {
    if (e.kind === 'moveStart' && e.person === person) out.push({ t: e.t, area: e.area, rule: e.rule, index });
  });
  return out;
}

/** Times at which a person starts or ends something (`breakStart`, `finish`...). */
export function timesOf(trace: readonly TraceEvent[], person: number, kind: TraceEvent['kind']): number[] {
  return trace.filter((e) => e.kind === kind && 'person' in e && e.person === person).map((e) => e.t);
}
