/**
 * Routing and service (scenario-format.md, "Routing" and "Interrupting work"): who an arriving item
 * goes to, what a free person picks, starting a service, and pausing a back-office task. No random
 * draw here: work content was drawn when the item arrived.
 */
import { ACT, EV, FRONT, BACK, ITEM_IN_SERVICE, PRI } from './codes.js';
import { practised, proficiencyAtStart } from './learning.js';
import { dequeue, enqueue, head } from './queues.js';
import type { Office } from './state.js';

/** The person an arriving item of class q goes to, or -1 (home skill first, then most proficient). */
export function findFreeServer(o: Office, q: number): number {
  // People pick work the moment they are free, so while any of class q waits, every holder of its
  // skill posted in its area is busy or away: no need to look (most arrivals at a busy counter).
  if (o.waiting[q]! > 0) return -1;
  const area = q < o.plan.C ? FRONT : BACK;
  const order = o.plan.routeOrder[q]!;
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!;
    if (o.posted[p] === area && o.isFree(p)) return p;
  }
  return -1;
}

/** Gives an item to the free person for it, or puts it in its queue. */
export function serveOrQueue(o: Office, item: number, q: number, t: number): void {
  const server = findFreeServer(o, q);
  if (server >= 0) startService(o, server, item, t);
  else enqueue(o, item, q, t);
}

/** A free, available person picks their next item per the routing policy. */
export function pickNext(o: Office, p: number, t: number): void {
  if (!o.isFree(p)) return;
  const area = o.posted[p]!;
  if ((area === FRONT ? o.counterWaiting : o.backWaiting) === 0) return;
  const plan = o.plan;
  const list = plan.pickList[p]![area]!;
  const homeCount = plan.pickHomeCount[p]![area]!;
  const arrivals = o.items.arrival;
  let best = -1;
  let bestItem = -1;
  let bestArrival = Infinity;
  for (let i = 0; i < list.length; i++) {
    if (i === homeCount && best >= 0) break; // home-first: others only when no home work waits
    const q = list[i]!;
    if (o.waiting[q] === 0) continue;
    const item = head(o, q);
    if (item < 0) continue;
    if (plan.byPriority) {
      best = q;
      bestItem = item;
      break;
    }
    const arrival = arrivals[item]!;
    if (arrival < bestArrival) {
      bestArrival = arrival;
      best = q;
      bestItem = item;
    }
  }
  if (best < 0) return;
  dequeue(o, best, t);
  startService(o, p, bestItem, t);
}

export function startService(o: Office, p: number, item: number, t: number): void {
  const items = o.items;
  const q = items.itemClass[item]!;
  items.state[item] = ITEM_IN_SERVICE;
  if (items.firstStart[item]! < 0) items.firstStart[item] = t;
  o.serving[p] = item;
  o.serviceStart[p] = t;
  const plan = o.plan;
  const duration = items.work[item]! / (plan.learns ? learnedStart(o, p, plan.classSkill[q]!, t) : plan.prof[p * plan.S + plan.classSkill[q]!]!);
  o.cal.schedule(t + duration, PRI.completion, EV.serviceEnd, p, ++o.serviceGen[p]!);
  if (o.trace) o.trace.work('start', t, p, item);
}

/** With learning curves: the proficiency p starts skill k at, kept for a pause of the service. */
function learnedStart(o: Office, p: number, k: number, t: number): number {
  const prof = proficiencyAtStart(o, p, k, t);
  o.serviceProf[p] = prof;
  return prof;
}

/**
 * Books busy time of the service in hand up to t, as home or cover work: a service never spans a
 * move (tasks pause, customers are finished before a return). Called once per service, when it
 * ends, is paused or is cut by the end of the run: its time is also practice of its skill.
 */
export function bookBusy(o: Office, p: number, q: number, t: number): void {
  const plan = o.plan;
  o.tallies.busy(p, q, o.serviceStart[p]!, t, o.posted[p] === plan.homeArea[p] ? ACT.homeWork : ACT.coverWork);
  if (plan.learns) practised(o, p, plan.classSkill[q]!, o.serviceStart[p]!, t);
}

/**
 * Pauses the back-office task in hand (nothing happens to a counter customer, who is always
 * finished); its remaining work goes to the next holder of its skill. Every caller is taking p away
 * (break, absence, move, shift end), and its own state change recomputes p's availability.
 */
export function pauseTask(o: Office, p: number, t: number): void {
  const item = o.serving[p]!;
  if (item < 0) return;
  const items = o.items;
  const plan = o.plan;
  const q = items.itemClass[item]!;
  if (q < plan.C) return;
  bookBusy(o, p, q, t);
  const done = (t - o.serviceStart[p]!) * (plan.learns ? o.serviceProf[p]! : plan.prof[p * plan.S + plan.classSkill[q]!]!);
  items.work[item] = Math.max(0, items.work[item]! - done);
  o.serving[p] = -1;
  o.serviceGen[p]!++;
  if (o.trace) o.trace.work('pause', t, p, item);
  o.avail[p] = 0;
  serveOrQueue(o, item, q, t);
}
