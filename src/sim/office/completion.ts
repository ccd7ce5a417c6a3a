/**
 * A service ends: a customer is served (wait, service level, revenue) and hands its work to the
 * back office, or a task is completed (time in system, lateness, revenue); the person is then free.
 */
import { taskEnters } from './arrival.js';
import { bookBusy } from './service.js';
import { becomeFree } from './staff.js';
import type { Office } from './state.js';

export function serviceEnds(o: Office, p: number, t: number): void {
  const items = o.items;
  const item = o.serving[p]!;
  const q = items.itemClass[item]!;
  bookBusy(o, p, q, t);
  o.serving[p] = -1;
  if (o.trace) o.trace.work('finish', t, p, item);
  if (q < o.plan.C) customerServed(o, item, q, t);
  else taskCompleted(o, item, q, t);
  items.release(item);
  becomeFree(o, p, t);
}

function customerServed(o: Office, item: number, c: number, t: number): void {
  const items = o.items;
  if (o.isCounted(item)) {
    const arrival = items.arrival[item]!;
    o.tallies.servedCustomer(c, arrival, items.firstStart[item]! - arrival);
  }
  handOff(o, item, c, t);
}

/** The customer's handoffs (drawn when it arrived) become back-office tasks. */
function handOff(o: Office, item: number, c: number, t: number): void {
  const plan = o.plan;
  const probs = plan.handoffProb[c]!;
  const base = item * plan.maxHandoffs;
  for (let h = 0; h < probs.length; h++) {
    const work = o.items.handoffWork[base + h]!;
    if (work === work) {
      const q = plan.handoffTask[c]![h]!;
      const task = o.items.take(q, t);
      o.items.work[task] = work;
      taskEnters(o, task, q, t);
    }
  }
}

function taskCompleted(o: Office, item: number, q: number, t: number): void {
  o.tasksInSystem--;
  if (!o.isCounted(item)) return;
  const items = o.items;
  o.tallies.completedTask(q, items.arrival[item]!, items.firstStart[item]!, t);
}
