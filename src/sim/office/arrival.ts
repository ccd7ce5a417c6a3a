/**
 * Arrivals (scenario-format.md, "Random numbers", "balkAt"): customers and tasks arrive by their
 * class's process; each item's work content, patience and handoffs are drawn from its class's own
 * streams when it arrives, so a variant's staffing cannot change them. A customer goes to a free
 * server, does not queue (balks), or waits until served or out of patience.
 */
import { log } from '../math.js';
import { EV, ITEM_ABANDONED, PRI } from './codes.js';
import { changeWaiting, enqueue } from './queues.js';
import { findFreeServer, serveOrQueue, startService } from './service.js';
import { releaseOvertime } from './staff.js';
import type { Office } from './state.js';

/** Schedules the next arrival of class q after `from` (none when its process is over). */
export function scheduleNextArrival(o: Office, q: number, from: number): void {
  const process = o.plan.arrivalProcess[q];
  if (!process) return;
  const amount = -log(1 - o.arrivalRng[q]!());
  const at = process.next(from, amount);
  if (at !== Infinity) o.cal.schedule(at, PRI.arrival, q < o.plan.C ? EV.customerArrival : EV.taskArrival, q, 0);
}

export function customerArrives(o: Office, c: number, t: number): void {
  scheduleNextArrival(o, c, t);
  const plan = o.plan;
  const items = o.items;
  const item = items.take(c, t);
  if (t >= plan.statsStart) {
    o.tallies.arrivals[c]!++;
    if (o.tallies.slotService) o.tallies.arrivedInBucket(c, t);
  }
  items.work[item] = plan.classWork[c]!.sample(o.workRng[c]!);
  const patience = plan.classPatience[c];
  const patienceMinutes = patience ? patience.sample(o.patienceRng[c]!) : Infinity;
  // Handoffs and the handed-off work are drawn now, from this class's own stream.
  const probs = plan.handoffProb[c]!;
  if (probs.length > 0) {
    const rng = o.handoffRng[c]!;
    const tasks = plan.handoffTask[c]!;
    const base = item * plan.maxHandoffs;
    for (let h = 0; h < probs.length; h++) {
      const triggered = rng() < probs[h]!;
      items.handoffWork[base + h] = triggered ? plan.classWork[tasks[h]!]!.sample(rng) : NaN;
    }
  }
  if (o.trace) o.trace.item('arrive', t, item);
  const server = findFreeServer(o, c);
  if (server >= 0) {
    startService(o, server, item, t);
    return;
  }
  if (o.waiting[c]! >= plan.classBalkAt[c]!) {
    if (o.isCounted(item)) o.tallies.lose(o.tallies.balked, c);
    if (o.trace) o.trace.item('balk', t, item);
    items.release(item);
    return;
  }
  enqueue(o, item, c, t);
  if (patienceMinutes !== Infinity) o.cal.schedule(t + patienceMinutes, PRI.abandon, EV.abandon, item, items.gen[item]!);
}

export function taskArrives(o: Office, q: number, t: number): void {
  scheduleNextArrival(o, q, t);
  const item = o.items.take(q, t);
  o.items.work[item] = o.plan.classWork[q]!.sample(o.workRng[q]!);
  taskEnters(o, item, q, t);
}

/** A task enters the back office: internal workload, or handed off by a served customer. */
export function taskEnters(o: Office, item: number, q: number, t: number): void {
  if (t >= o.plan.statsStart) o.tallies.arrivals[q]!++;
  o.tasksInSystem++;
  if (o.trace) o.trace.item('arrive', t, item);
  serveOrQueue(o, item, q, t);
}

/** A waiting customer runs out of patience. Freed when it reaches the head of its queue. */
export function abandon(o: Office, item: number, t: number): void {
  const c = o.items.itemClass[item]!;
  o.items.state[item] = ITEM_ABANDONED;
  changeWaiting(o, c, -1, t);
  if (o.isCounted(item)) o.tallies.lose(o.tallies.abandoned, c);
  if (o.trace) o.trace.item('abandon', t, item);
  if (!o.isOpen && o.waiting[c] === 0) releaseOvertime(o, t);
}
