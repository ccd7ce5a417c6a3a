/**
 * One replication: the event loop. It takes the next event off the calendar and hands it to its
 * rule; after all events at one time it evaluates the cover rules (while the counter is open).
 */
import { EventLimitError } from '../event-limit.js';
import type { ReplicationResult, RunOptions } from '../result.js';
import { abandon, customerArrives, scheduleNextArrival, taskArrives } from './arrival.js';
import { EV, ITEM_WAITING, PRI } from './codes.js';
import { serviceEnds } from './completion.js';
import { evaluateCover } from './cover.js';
import { bucketEnds, closeCounter, openCounter, planDay } from './day.js';
import type { OfficePlan } from './plan.js';
import { buildResult } from './result.js';
import { bookBusy } from './service.js';
import { awayEnds, awayStarts, shiftEnds, shiftStarts, sickChanges, switchEnds } from './staff.js';
import { Office } from './state.js';
import { recordDay } from './learning.js';
import { touch } from './presence.js';

export function simulate(plan: OfficePlan, replication: number, options: RunOptions): ReplicationResult {
  const o = new Office(plan, replication, options);
  const cal = o.cal;
  // Days and buckets are chained (each schedules the next), keeping the calendar small.
  cal.schedule(0, PRI.calendar, EV.dayStart, 0, 0);
  cal.schedule(plan.horizon, PRI.end, EV.end, 0, 0);
  for (let q = 0; q < plan.Q; q++) scheduleNextArrival(o, q, 0);

  const maxEvents = o.maxEvents;
  const cover = plan.coverEnabled;
  let events = 0;
  let t = 0;
  while (cal.pop()) {
    t = cal.time;
    if (++events > maxEvents) throw new EventLimitError(maxEvents);
    const e = cal.entity;
    switch (cal.kind) {
      case EV.customerArrival:
        customerArrives(o, e, t);
        break;
      case EV.serviceEnd:
        if (cal.tag === o.serviceGen[e]) serviceEnds(o, e, t);
        break;
      case EV.abandon:
        if (cal.tag === o.items.gen[e] && o.items.state[e] === ITEM_WAITING) abandon(o, e, t);
        break;
      case EV.taskArrival:
        taskArrives(o, e, t);
        break;
      case EV.switchEnd:
        if (cal.tag === o.switchGen[e]) switchEnds(o, e, t);
        break;
      case EV.bucket:
        bucketEnds(o, e, cal.tag, t);
        break;
      case EV.dayStart:
        planDay(o, e);
        break;
      case EV.open:
        openCounter(o, t);
        break;
      case EV.close:
        closeCounter(o, e, t);
        break;
      case EV.shiftStart:
        shiftStarts(o, e, t, cal.tag, cal.value);
        break;
      case EV.shiftEnd:
        shiftEnds(o, e, t);
        break;
      case EV.sickChange:
        sickChanges(o, e, t, cal.tag);
        break;
      case EV.breakStart:
        awayStarts(o, e, t, cal.value, true);
        break;
      case EV.breakEnd:
        awayEnds(o, e, t, true);
        break;
      case EV.interruptStart:
        awayStarts(o, e, t, cal.value, false);
        break;
      case EV.interruptEnd:
        awayEnds(o, e, t, false);
        break;
      case EV.end:
        o.tallies.events = events;
        return finish(o, t);
    }
    if (cover && o.isOpen && cal.peekTime() > t) evaluateCover(o, t);
  }
  o.tallies.events = events;
  return finish(o, t);
}

/** Books what is still running at the end (activity minutes, services in hand) and builds the result. */
function finish(o: Office, t: number): ReplicationResult {
  if (o.trace) o.trace.calendar('end', t);
  for (let p = 0; p < o.plan.P; p++) {
    touch(o, p, t);
    const item = o.serving[p]!;
    if (item >= 0) bookBusy(o, p, o.items.itemClass[item]!, t);
  }
  if (o.plan.closesCounter[o.plan.days - 1] === 0) o.tallies.backlogByDay[o.plan.days - 1] = o.tasksInSystem;
  if (o.plan.learns) recordDay(o, o.plan.days - 1, t, true);
  return buildResult(o, t);
}
