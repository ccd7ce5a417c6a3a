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
import { BACK, FRONT, type Office } from './office.js';

/** Whether any rule can ever move anyone in this scenario (if not, evaluation is skipped). */
export function hasCoverRules(o: Office): boolean {
  let backHoldsCustomerSkill = false;
  let frontHoldsTaskSkill = false;
  for (let p = 0; p < o.P; p++) {
    for (let q = 0; q < o.Q; q++) {
      if (o.prof[p * o.S + o.classSkill[q]!]! === 0) continue;
      if (q < o.C && o.homeArea[p] === BACK) backHoldsCustomerSkill = true;
      if (q >= o.C && o.homeArea[p] === FRONT) frontHoldsTaskSkill = true;
    }
  }
  return backHoldsCustomerSkill || (o.scenario.policy.helpBackOffice && frontHoldsTaskSkill);
}

export function evaluateCover(o: Office, t: number): void {
  const policy = o.scenario.policy;
  for (let p = 0; p < o.P; p++) {
    // People on break or absent stay posted where they are until they are back.
    if (o.coverReason[p] !== 0 && o.isPresent(p) && o.returnPending[p] === 0 && reasonCleared(o, p)) {
      const item = o.serving[p]!;
      if (item >= 0 && o.itemClass[item]! < o.C) o.returnPending[p] = 1;
      else o.move(p, o.homeArea[p]!, 0, t);
    }
  }
  const arriving = o.availFront + o.incomingFront;
  if (policy.frontMinimum > 0 && arriving < policy.frontMinimum && o.C > 0) {
    let cls = 0;
    for (let c = 1; c < o.C; c++) if (o.waiting[c]! > o.waiting[cls]!) cls = c;
    const p = chooseCover(o, o.classSkill[cls]!);
    if (p >= 0) o.move(p, FRONT, 1, t);
  }
  if (policy.coverQueueThreshold !== null && o.incomingFront === 0) {
    let cls = -1;
    for (let c = 0; c < o.C; c++) {
      if (o.waiting[c]! >= policy.coverQueueThreshold && (cls < 0 || o.waiting[c]! > o.waiting[cls]!)) cls = c;
    }
    if (cls >= 0) {
      const p = chooseCover(o, o.classSkill[cls]!);
      if (p >= 0) {
        o.move(p, FRONT, 2, t);
        o.coverFor[p] = cls;
      }
    }
  }
  if (o.counterWaiting > 0) {
    // Rule 3: the longest-waiting customer whose skill nobody at the counter (or on the way) holds.
    let skill = -1;
    let oldest = Infinity;
    for (let c = 0; c < o.C; c++) {
      if (o.waiting[c] === 0 || o.frontHolders[o.classSkill[c]!]! > 0) continue;
      const arrival = o.headArrival(c);
      if (arrival < oldest) {
        oldest = arrival;
        skill = o.classSkill[c]!;
      }
    }
    if (skill >= 0) {
      const p = chooseCover(o, skill);
      if (p >= 0) {
        o.move(p, FRONT, 3, t);
        o.coverFor[p] = skill;
      }
    }
  }
  if (policy.helpBackOffice && o.counterWaiting === 0 && o.availFront - 1 > policy.frontMinimum && o.K > 0) helpBackOffice(o, t);
}

/** Rule (4): the most proficient idle counter person at the longest-waiting task they can do. */
function helpBackOffice(o: Office, t: number): void {
  let best = -1;
  let bestProf = 0;
  let oldest = Infinity;
  for (let q = o.C; q < o.Q; q++) {
    if (o.waiting[q] === 0) continue;
    const arrival = o.headArrival(q);
    if (arrival >= oldest) continue;
    const k = o.classSkill[q]!;
    let candidate = -1;
    let candidateProf = 0;
    for (let p = 0; p < o.P; p++) {
      if (o.homeArea[p] !== FRONT || o.posted[p] !== FRONT || !o.isFree(p)) continue;
      const prof = o.prof[p * o.S + k]!;
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
  if (best >= 0 && bestProf > 0) o.move(best, BACK, 4, t);
}

/** For rules (1)-(3): the most proficient available back-office person holding `skill`. */
function chooseCover(o: Office, skill: number): number {
  let best = -1;
  let bestProf = 0;
  for (let p = 0; p < o.P; p++) {
    if (o.posted[p] !== BACK || o.avail[p] !== 1) continue;
    const prof = o.prof[p * o.S + skill]!;
    if (prof > bestProf) {
      best = p;
      bestProf = prof;
    }
  }
  return best;
}

function reasonCleared(o: Office, p: number): boolean {
  const policy = o.scenario.policy;
  switch (o.coverReason[p]) {
    case 1: {
      const self = o.isPresent(p) ? 1 : 0;
      return o.availFront + o.incomingFront - self >= policy.frontMinimum;
    }
    case 2:
      return o.waiting[o.coverFor[p]!] === 0;
    case 3: {
      for (let c = 0; c < o.C; c++) if (o.classSkill[c] === o.coverFor[p] && o.waiting[c]! > 0) return false;
      return true;
    }
    case 4: {
      if (o.counterWaiting > 0 || o.availFront <= policy.frontMinimum) return true;
      if (o.serving[p]! >= 0) return false;
      for (let q = o.C; q < o.Q; q++) if (o.waiting[q]! > 0 && o.prof[p * o.S + o.classSkill[q]!]! > 0) return false;
      return true;
    }
    default:
      return false;
  }
}
