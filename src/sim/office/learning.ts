/**
 * Skills that grow with practice and fade without it (issue 15; scenario-format.md, Semantics,
 * "Learning"). Per person and skill (pk = p * S + k) the office keeps the experience on the curve
 * (practice minutes, or what the proficiency after fading is worth on the curve), the proficiency
 * reached at the end of the last practice, and when that was.
 *
 * Proficiency is evaluated only when a service starts (the fade since the last practice, then the
 * work time from it) and updated only when one ends or is paused (the practice just done): no
 * event of its own, no allocation. With T the target, G the gap to it at experience 0 and tau the
 * time constant in minutes, the proficiency after E minutes of experience is
 *   exponential: T - G exp(-E / tau)            power: T - G (1 + E / tau)^(-b)
 * and with no practice for d minutes the part above the floor F halves every half-life H:
 *   F + (p - F) 2^(-d / H), computed as exp(-(ln 2 / H) d).
 * After fading, the experience becomes the one the curve gives that proficiency (the curve's
 * inverse), so practice resumes along the same curve from where the person now stands (the
 * "equivalent experience" of learn-forget models). Without fading the proficiency is the closed
 * form of the practice minutes summed, exactly.
 */
import { exp, log, pow } from '../math.js';
import type { Office } from './state.js';

/** The curve's proficiency after `e` minutes of experience. */
function curve(o: Office, pk: number, e: number): number {
  const plan = o.plan;
  const tau = plan.learnTau[pk]!;
  const b = plan.learnPower[pk]!;
  const decay = b === 0 ? exp(-e / tau) : pow(1 + e / tau, -b);
  return plan.learnTarget[pk]! - plan.learnGap[pk]! * decay;
}

/** The experience at which the curve gives proficiency `prof` (below the target). */
function experienceOf(o: Office, pk: number, prof: number): number {
  const plan = o.plan;
  const ratio = (plan.learnTarget[pk]! - prof) / plan.learnGap[pk]!;
  const tau = plan.learnTau[pk]!;
  const b = plan.learnPower[pk]!;
  return b === 0 ? -tau * log(ratio) : tau * (pow(ratio, -1 / b) - 1);
}

/** The proficiency at t of a pair not being practised: the last one, faded since the last practice. */
function faded(o: Office, pk: number, t: number): number {
  const plan = o.plan;
  const prof = o.profNow[pk]!;
  const floor = plan.forgetFloor[pk]!;
  const idle = t - o.lastPractice[pk]!;
  const rate = plan.forgetRate[pk]!;
  if (idle <= 0 || prof <= floor || rate === 0) return prof;
  return floor + (prof - floor) * exp(-rate * idle);
}

/**
 * The proficiency p works skill k at in a service starting at t: the fade since the last practice
 * is applied, and the pair's place on the curve moved back to match.
 */
export function proficiencyAtStart(o: Office, p: number, k: number, t: number): number {
  const plan = o.plan;
  const pk = p * plan.S + k;
  if (plan.learnOn[pk] === 0) return plan.prof[pk]!;
  const before = o.profNow[pk]!;
  const prof = faded(o, pk, t);
  if (prof !== before) {
    o.profNow[pk] = prof;
    if (plan.learnTau[pk] !== Infinity) {
      // The exponential curve is memoryless: its place is the remaining share of the gap, with no
      // logarithm (the fade then costs one exp per service start). The power curve needs the inverse.
      if (plan.learnPower[pk] === 0) o.remaining[pk] = (plan.learnTarget[pk]! - prof) / plan.learnGap[pk]!;
      else o.experience[pk] = experienceOf(o, pk, prof);
    }
  }
  return prof;
}

/**
 * A service of skill k by p that started at `start` ends or is paused at t: its minutes are
 * practice. They count as experience on the curve, and after warm-up in the practice minutes.
 */
export function practised(o: Office, p: number, k: number, start: number, t: number): void {
  const plan = o.plan;
  const pk = p * plan.S + k;
  if (plan.learnSpec[pk] === 0) return;
  const from = start > plan.statsStart ? start : plan.statsStart;
  if (t > from) o.practiceMinutes[pk]! += t - from;
  if (plan.learnOn[pk] === 0) return;
  o.lastPractice[pk] = t;
  const tau = plan.learnTau[pk]!;
  if (tau === Infinity || t <= start) return;
  let prof: number;
  if (plan.learnPower[pk] !== 0 || plan.forgetRate[pk] === 0) {
    // The closed form of the experience summed (exact without fading).
    prof = curve(o, pk, (o.experience[pk]! += t - start));
  } else {
    // Exponential with fading: the remaining share of the gap shrinks by exp(-minutes / tau).
    const remaining = (o.remaining[pk]! *= exp(-(t - start) * plan.learnRate[pk]!));
    prof = plan.learnTarget[pk]! - plan.learnGap[pk]! * remaining;
  }
  o.profNow[pk] = prof;
  if (o.reachedAt[pk] !== o.reachedAt[pk] && prof >= 0.9 * plan.learnTarget[pk]!) o.reachedAt[pk] = t;
}

/**
 * The proficiency of pair pk at t for reports (read-only): the one in use if p is working the skill
 * now (its practice counts when the service ends), else the last one faded since. At the end of the
 * run every service in hand has been booked as practice, so `booked` reads the curve's value.
 */
export function proficiencyNow(o: Office, pk: number, t: number, booked: boolean): number {
  const plan = o.plan;
  if (plan.learnOn[pk] === 0) return plan.prof[pk]!;
  const p = (pk / plan.S) | 0;
  const item = o.serving[p]!;
  if (!booked && item >= 0 && plan.classSkill[o.items.itemClass[item]!] === pk - p * plan.S) return o.serviceProf[p]!;
  return faded(o, pk, t);
}

/** Records every learning pair's proficiency at the end of day `day` (0-based), at time t. */
export function recordDay(o: Office, day: number, t: number, booked: boolean): void {
  const pairs = o.plan.learnPairs;
  const base = day * pairs.length;
  for (let i = 0; i < pairs.length; i++) o.dayProf[base + i] = proficiencyNow(o, pairs[i]!, t, booked);
}
