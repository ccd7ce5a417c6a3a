/**
 * The queues: items join, leave, give up; the counts of those waiting per class, area and skill,
 * the time-average queue lengths, and the coverage gap of each skill (which depends on demand).
 */
import { FRONT, ITEM_WAITING } from './codes.js';
import type { Office } from './state.js';

export function enqueue(o: Office, item: number, q: number, t: number): void {
  o.items.state[item] = ITEM_WAITING;
  if (q < o.plan.C) o.queues[q]!.push(item);
  // Paused tasks go back in order of arrival, ahead of younger ones: work is taken oldest first.
  else o.queues[q]!.insertByArrival(item, o.items.arrival);
  changeWaiting(o, q, 1, t);
}

export function changeWaiting(o: Office, q: number, delta: number, t: number): void {
  o.waiting[q]! += delta;
  o.tallies.tw.add(q, delta, t);
  if (q < o.plan.C) o.counterWaiting += delta;
  else o.backWaiting += delta;
  const k = o.plan.classSkill[q]!;
  const before = o.waitingBySkill[k]!;
  o.waitingBySkill[k] = before + delta;
  if ((before === 0) !== (before + delta === 0)) updateGap(o, k, t);
}

/** The first waiting item of class q (dropping customers who gave up on the way), or -1. */
export function head(o: Office, q: number): number {
  const queue = o.queues[q]!;
  while (queue.length > 0) {
    const item = queue.peek();
    if (o.items.state[item] === ITEM_WAITING) return item;
    queue.shift();
    o.items.release(item);
  }
  return -1;
}

/** Arrival time of the longest-waiting item of class q, or Infinity. */
export function headArrival(o: Office, q: number): number {
  const item = o.waiting[q]! > 0 ? head(o, q) : -1;
  return item >= 0 ? o.items.arrival[item]! : Infinity;
}

/** Takes the first waiting item of class q out of its queue (it must exist: see `head`). */
export function dequeue(o: Office, q: number, t: number): void {
  o.queues[q]!.shift();
  changeWaiting(o, q, -1, t);
}

/** Coverage gap of skill k: open, demand for it, and nobody holding it on duty and present. */
export function updateGap(o: Office, k: number, t: number): void {
  const tw = o.tallies.tw;
  const index = o.tallies.twGap + k;
  const demand = o.plan.customerSkill[k] === 1 || o.waitingBySkill[k]! > 0;
  const gap = o.isOpen && demand && o.presentHolders[k] === 0 ? 1 : 0;
  if (o.trace && tw.values[index] !== gap) o.trace.gap(gap ? 'gapStart' : 'gapEnd', t, k);
  tw.set(index, gap, t);
}

/** Whether p, posted at the counter after closing, still has customers they can serve waiting. */
export function customersWaitFor(o: Office, p: number): boolean {
  const list = o.plan.pickList[p]![FRONT]!;
  for (let i = 0; i < list.length; i++) if (o.waiting[list[i]!]! > 0) return true;
  return false;
}
