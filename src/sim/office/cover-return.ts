/**
 * When a cover ends: whether the reason that moved a person has cleared (scenario-format.md, "Cover
 * rules"; the readings for rules 2 and 4 are in the README). Read by the cover evaluation and by
 * `becomeFree`, so someone back from a break or done with an item goes home rather than picking
 * more work where they no longer need to be.
 */
import { COVER } from './codes.js';
import type { Office } from './state.js';

export function reasonCleared(o: Office, p: number): boolean {
  const plan = o.plan;
  switch (o.coverReason[p]) {
    case COVER.frontMinimum: {
      const self = o.isPresent(p) ? 1 : 0;
      return o.availFront + o.incomingFront - self >= plan.frontMinimum;
    }
    case COVER.queueThreshold:
      return o.waiting[o.coverFor[p]!] === 0;
    case COVER.missingSkill: {
      for (let c = 0; c < plan.C; c++) if (plan.classSkill[c] === o.coverFor[p] && o.waiting[c]! > 0) return false;
      return true;
    }
    case COVER.helpBackOffice: {
      if (o.counterWaiting > 0 || o.availFront <= plan.frontMinimum) return true;
      if (o.serving[p]! >= 0) return false;
      for (let q = plan.C; q < plan.Q; q++) if (o.waiting[q]! > 0 && plan.prof[p * plan.S + plan.classSkill[q]!]! > 0) return false;
      return true;
    }
    default:
      return false;
  }
}
