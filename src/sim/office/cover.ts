/**
 * The cover rules of scenario-format.md ("Cover rules"), evaluated once after all events at the
 * same time while the counter is open. Each evaluation first sends home the people whose reason
 * has cleared (a counter customer in hand is finished first), then applies each rule once:
 *   (1) fewer than `frontMinimum` people available at the counter;
 *   (2) a counter class has `coverQueueThreshold` or more waiting;
 *   (3) a counter customer waits for a skill nobody available at the counter holds;
 *   (4) `helpBackOffice`: an idle counter person helps the back office while the counter is quiet.
 * Readings where the contract is silent (README, "Cover rules"): people already switching toward the
 * counter count as arriving help, so one shortfall moves one person, not one per event; a rule-2
 * cover returns when its class's queue is empty; a rule-4 helper returns when someone waits at the
 * counter, when the counter would be below `frontMinimum` + 1 available people, or when no task it
 * can do waits and it is idle.
 */
import { BACK, COVER, FRONT } from './codes.js';
import { reasonCleared } from './cover-return.js';
import { headArrival } from './queues.js';
import { move } from './staff.js';
import type { Office } from './state.js';

export function evaluateCover(o: Office, t: number): void {
  const plan = o.plan;
  const { C } = plan;
  // Returns first. People on break or absent stay posted where they are until they are back, and
  // a counter customer in hand is finished first: both come back through `becomeFree`, which asks
  // again whether the cover has ended.
  for (let i = 0; i < o.movedCount; i++) {
    const p = o.moved[i]!;
    if (o.isPresent(p) && !o.servesCustomer(p) && reasonCleared(o, p)) {
      move(o, p, plan.homeArea[p]!, COVER.home, t);
      i--; // p left the list
    }
  }
  if (C === 0) return;
  // (1) The counter is short: the counter class with most waiting (else the first) says which skill.
  if (o.availFront + o.incomingFront < plan.frontMinimum) {
    let cls = 0;
    for (let c = 1; c < C; c++) if (o.waiting[c]! > o.waiting[cls]!) cls = c;
    const p = chooseCover(o, plan.classSkill[cls]!);
    if (p >= 0) move(o, p, FRONT, COVER.frontMinimum, t);
  }
  // (2) A counter queue over the threshold, unless help is already on its way.
  if (o.counterWaiting >= plan.coverQueueThreshold && o.incomingFront === 0) {
    let cls = -1;
    for (let c = 0; c < C; c++) {
      if (o.waiting[c]! >= plan.coverQueueThreshold && (cls < 0 || o.waiting[c]! > o.waiting[cls]!)) cls = c;
    }
    if (cls >= 0) {
      const p = chooseCover(o, plan.classSkill[cls]!);
      if (p >= 0) move(o, p, FRONT, COVER.queueThreshold, t, cls);
    }
  }
  if (o.counterWaiting > 0) {
    // (3) The longest-waiting customer whose skill nobody at the counter (or on the way) holds.
    let skill = -1;
    let oldest = Infinity;
    for (let c = 0; c < C; c++) {
      if (o.waiting[c] === 0 || o.frontHolders[plan.classSkill[c]!]! > 0) continue;
      const arrival = headArrival(o, c);
      if (arrival < oldest) {
        oldest = arrival;
        skill = plan.classSkill[c]!;
      }
    }
    if (skill >= 0) {
      const p = chooseCover(o, skill);
      if (p >= 0) move(o, p, FRONT, COVER.missingSkill, t, skill);
    }
  }
  // (4) Rule 3's move may have emptied the counter queue: the condition is read afresh.
  if (plan.helpBackOffice && o.counterWaiting === 0 && o.backWaiting > 0 && o.availFront - 1 > plan.frontMinimum) helpBackOffice(o, t);
}

/** Rule (4): the most proficient idle counter person at the longest-waiting task they can do. */
function helpBackOffice(o: Office, t: number): void {
  const plan = o.plan;
  // Who could go: free people of the counter posted there who can do some task, in file order.
  const helpers = plan.backOfficeHelpers;
  const idle = o.scratch;
  let idleCount = 0;
  for (let i = 0; i < helpers.length; i++) {
    const p = helpers[i]!;
    if (o.posted[p] === FRONT && o.isFree(p)) idle[idleCount++] = p;
  }
  if (idleCount === 0) return;
  let best = -1;
  let bestProf = 0;
  let oldest = Infinity;
  for (let q = plan.C; q < plan.Q; q++) {
    if (o.waiting[q] === 0) continue;
    const arrival = headArrival(o, q);
    if (arrival >= oldest) continue;
    const k = plan.classSkill[q]!;
    let candidate = -1;
    let candidateProf = 0;
    for (let i = 0; i < idleCount; i++) {
      const p = idle[i]!;
      const prof = plan.prof[p * plan.S + k]!;
      if (prof > candidateProf) {
        candidate = p;
        candidateProf = prof;
      }
    }
    if (candidate >= 0) {
      oldest = arrival;
      best = candidate;
      bestProf = candidateProf;
    }
  }
  if (best >= 0 && bestProf > 0) move(o, best, BACK, COVER.helpBackOffice, t);
}

/** For rules (1)-(3): the most proficient available back-office person holding `skill`. */
function chooseCover(o: Office, skill: number): number {
  const plan = o.plan;
  let best = -1;
  let bestProf = 0;
  for (let p = 0; p < plan.P; p++) {
    if (o.posted[p] !== BACK || o.avail[p] !== 1) continue;
    const prof = plan.prof[p * plan.S + skill]!;
    if (prof > bestProf) {
      best = p;
      bestProf = prof;
    }
  }
  return best;
}
