/**
 * Replays a replication's event trace and checks the rules every run must keep: nobody serves
 * without the skill, outside the area they are posted in, while off duty, sick, on break,
 * interrupted or switching, or two items at once; every item is accounted for exactly once.
 * Returns the counts it derived so tests can compare them with the metrics.
 */
import type { Scenario } from '../../src/sim/scenario.js';
import type { TraceEvent } from '../../src/sim/result.js';

interface PersonState {
  onDuty: boolean;
  sick: boolean;
  breaks: number;
  interruptions: number;
  switching: boolean;
  posted: 'front' | 'back';
  serving: number | null;
}

export interface TraceCounts {
  customersArrived: number;
  customersServed: number;
  customersLost: number;
  customersWaitingEnd: number;
  customersInServiceEnd: number;
  tasksArrived: number;
  tasksCompleted: number;
  tasksOpenEnd: number;
  /** Service time per person (start to finish or pause), minutes. */
  busy: number[];
  /** People still serving when the trace ends (their last service has no end in the trace). */
  servingAtEnd: Set<number>;
}

export function checkTrace(scenario: Scenario, trace: readonly TraceEvent[]): TraceCounts {
  const people: PersonState[] = scenario.staff.map((p) => ({
    onDuty: false,
    sick: false,
    breaks: 0,
    interruptions: 0,
    switching: false,
    posted: p.area,
    serving: null,
  }));
  const items = new Map<number, { front: boolean; cls: number; state: 'waiting' | 'service' | 'done' }>();
  const startedAt = new Map<number, number>();
  const counts: TraceCounts = {
    customersArrived: 0,
    customersServed: 0,
    customersLost: 0,
    customersWaitingEnd: 0,
    customersInServiceEnd: 0,
    tasksArrived: 0,
    tasksCompleted: 0,
    tasksOpenEnd: 0,
    busy: scenario.staff.map(() => 0),
    servingAtEnd: new Set(),
  };
  let last = -Infinity;
  const fail = (e: TraceEvent, why: string): never => {
    throw new Error(`trace at t=${e.t} ${e.kind} ${JSON.stringify(e)}: ${why}`);
  };
  for (const e of trace) {
    if (e.t < last) fail(e, 'time went backwards');
    last = e.t;
    const p = 'person' in e ? people[e.person]! : null;
    switch (e.kind) {
      case 'arrive':
        if (items.has(e.item!)) fail(e, 'item arrived twice');
        items.set(e.item!, { front: e.front!, cls: e.cls!, state: 'waiting' });
        if (e.front) counts.customersArrived++;
        else counts.tasksArrived++;
        if (!(e.work! >= 0)) fail(e, 'arrival without work content');
        break;
      case 'start': {
        const item = items.get(e.item!) ?? fail(e, 'unknown item');
        if (item.state !== 'waiting') fail(e, `item is ${item.state}`);
        if (!p!.onDuty) fail(e, 'serves while off duty');
        if (p!.sick) fail(e, 'serves while sick');
        if (p!.breaks > 0) fail(e, 'serves while on break');
        if (p!.interruptions > 0) fail(e, 'serves while interrupted');
        if (p!.switching) fail(e, 'serves while switching');
        if (p!.serving !== null) fail(e, 'serves two items at once');
        if (p!.posted !== (item.front ? 'front' : 'back')) fail(e, `serves a ${item.front ? 'customer' : 'task'} while posted ${p!.posted}`);
        const skill = item.front ? scenario.customers[item.cls]!.skill : scenario.tasks[item.cls]!.skill;
        if (!(scenario.staff[e.person!]!.skills[skill]! > 0)) fail(e, `serves without skill ${skill}`);
        item.state = 'service';
        p!.serving = e.item!;
        startedAt.set(e.person!, e.t);
        break;
      }
      case 'finish':
      case 'pause': {
        const item = items.get(e.item!) ?? fail(e, 'unknown item');
        if (p!.serving !== e.item) fail(e, 'finishes an item it was not serving');
        if (e.kind === 'pause' && item.front) fail(e, 'a counter customer was paused');
        counts.busy[e.person!]! += e.t - startedAt.get(e.person!)!;
        p!.serving = null;
        if (e.kind === 'finish') {
          item.state = 'done';
          if (item.front) counts.customersServed++;
          else counts.tasksCompleted++;
        } else item.state = 'waiting';
        break;
      }
      case 'abandon':
      case 'balk':
      case 'turnAway': {
        const item = items.get(e.item!) ?? fail(e, 'unknown item');
        if (item.state !== 'waiting') fail(e, `a ${item.state} customer left`);
        item.state = 'done';
        counts.customersLost++;
        break;
      }
      case 'shiftStart':
        if (!p!.onDuty) {
          p!.posted = scenario.staff[e.person!]!.area;
          p!.breaks = 0;
          p!.interruptions = 0;
        }
        p!.onDuty = true;
        p!.sick = false;
        break;
      case 'sick':
        if (p!.serving !== null && !items.get(p!.serving)!.front) fail(e, 'fell sick holding a task');
        if (!p!.onDuty) p!.posted = scenario.staff[e.person!]!.area;
        p!.onDuty = true;
        p!.sick = true;
        break;
      case 'shiftEnd':
        if (p!.serving !== null) fail(e, 'went home while serving');
        p!.onDuty = false;
        p!.sick = false;
        p!.switching = false;
        p!.posted = scenario.staff[e.person!]!.area;
        break;
      case 'breakStart':
      case 'interruptStart':
        if (p!.serving !== null) fail(e, 'went away while serving');
        if (!p!.onDuty || p!.sick) fail(e, 'away while not on duty');
        if (e.kind === 'breakStart') p!.breaks++;
        else p!.interruptions++;
        break;
      case 'breakEnd':
        p!.breaks = Math.max(0, p!.breaks - 1);
        break;
      case 'interruptEnd':
        p!.interruptions = Math.max(0, p!.interruptions - 1);
        break;
      case 'moveStart':
        if (p!.serving !== null) fail(e, 'moved while serving');
        if (!p!.onDuty || p!.sick) fail(e, 'moved while not on duty');
        p!.posted = e.area!;
        p!.switching = true;
        break;
      case 'moveEnd':
        if (p!.posted !== e.area) fail(e, 'arrived somewhere else');
        p!.switching = false;
        break;
      case 'open':
      case 'close':
      case 'gapStart':
      case 'gapEnd':
      case 'end':
        break;
    }
  }
  people.forEach((p, i) => {
    if (p.serving !== null) counts.servingAtEnd.add(i);
  });
  for (const item of items.values()) {
    if (item.state === 'done') continue;
    if (item.front) {
      if (item.state === 'waiting') counts.customersWaitingEnd++;
      else counts.customersInServiceEnd++;
    } else counts.tasksOpenEnd++;
  }
  return counts;
}
