/**
 * Staff changes (scenario-format.md, "Available", "Interrupting work", "Closing"): shifts starting
 * and ending, breaks, sick days, interruptions, moves between areas, overtime after closing, and
 * what a person does on becoming free. A counter customer in hand is always finished first: what
 * would take the person away waits for it (`pending*`, or a cover whose reason cleared) and happens
 * in `becomeFree`.
 */
import { COVER, EV, FRONT, PRI } from './codes.js';
import { reasonCleared } from './cover-return.js';
import { refreshPerson, touch } from './presence.js';
import { changeWaiting, customersWaitFor, head } from './queues.js';
import { pauseTask, pickNext } from './service.js';
import type { Office } from './state.js';

/**
 * Every path by which a person becomes free (a service ends, a break, absence or move ends, a shift
 * starts) comes here. What waited for the counter customer in hand happens first: a sick day; a
 * break or interruption, which never runs past the shift end (cut there; one that could only
 * start at or after it is not taken); going home past the shift end; a return home whose reason
 * cleared meanwhile (asked afresh: a reason that came back keeps them where they are). Then, if
 * present, the next item.
 */
export function becomeFree(o: Office, p: number, t: number): void {
  // Nearly always nothing waited and the person is at home: straight to the next item.
  if (o.pendingSick[p] === 0 && o.pendingBreak[p] === 0 && o.pendingInterrupt[p] === 0 && o.pastShiftEnd[p] === 0 && o.coverReason[p] === COVER.home) {
    pickNext(o, p, t);
    return;
  }
  if (o.pendingSick[p] === 1) {
    sickChanges(o, p, t, 1);
    return;
  }
  if (o.pendingBreak[p]! > 0 || o.pendingInterrupt[p]! > 0) {
    const left = o.shiftEndAt[p]! - t;
    const br = Math.min(o.pendingBreak[p]!, left);
    const it = Math.min(o.pendingInterrupt[p]!, left);
    o.pendingBreak[p] = 0;
    o.pendingInterrupt[p] = 0;
    if (br > 0) startAway(o, p, t, br, true);
    if (it > 0) startAway(o, p, t, it, false);
    // A cover that ended meanwhile is acted on when the person is back (`awayEnds` comes here).
    if (br > 0 || it > 0) return;
  }
  if (o.pastShiftEnd[p] === 1 && !staysForQueue(o, p)) {
    goOffDuty(o, p, t);
    return;
  }
  // Someone still away (on another break or interruption) stays posted where they are.
  if (!o.isPresent(p)) return;
  if (coverEnded(o, p)) {
    move(o, p, o.plan.homeArea[p]!, COVER.home, t);
    return;
  }
  pickNext(o, p, t);
}

/**
 * Whether p, posted away from home by a cover rule, should go home now: while open, when the rule's
 * reason has cleared; after closing, a counter cover (rules 1-3) once no customer they can serve
 * waits, since the counter it covered is closed (a rule-4 helper stays: the counter is quiet).
 */
function coverEnded(o: Office, p: number): boolean {
  const rule = o.coverReason[p]!;
  if (rule === COVER.home) return false;
  if (o.isOpen) return reasonCleared(o, p);
  return rule !== COVER.helpBackOffice && !customersWaitFor(o, p);
}

/** A shift starts (`sick`: as a sick day); it ends at `endsAt` (Infinity around the clock). */
export function shiftStarts(o: Office, p: number, t: number, sick: number, endsAt: number): void {
  touch(o, p, t);
  o.pastShiftEnd[p] = 0;
  o.shiftEndAt[p] = endsAt;
  if (o.onDuty[p] === 1) {
    // Still here from the last shift (overtime at the counter): the new shift simply begins.
    if (sick) sickChanges(o, p, t, 1);
    return;
  }
  o.onDuty[p] = 1;
  o.sick[p] = sick;
  o.posted[p] = o.plan.homeArea[p]!;
  o.setCover(p, COVER.home, -1);
  o.updateAvail(p);
  if (o.trace) o.trace.person(sick ? 'sick' : 'shiftStart', t, p);
  refreshPerson(o, p, t);
  becomeFree(o, p, t);
}

export function shiftEnds(o: Office, p: number, t: number): void {
  if (o.onDuty[p] === 0) return;
  touch(o, p, t);
  o.pastShiftEnd[p] = 1;
  if (o.sick[p] === 1) {
    goOffDuty(o, p, t);
    return;
  }
  if (o.servesCustomer(p)) return; // finishes the customer, then leaves
  pauseTask(o, p, t);
  if (!staysForQueue(o, p)) goOffDuty(o, p, t);
}

function goOffDuty(o: Office, p: number, t: number): void {
  touch(o, p, t);
  pauseTask(o, p, t);
  o.onDuty[p] = 0;
  o.sick[p] = 0;
  o.pastShiftEnd[p] = 0;
  o.posted[p] = o.plan.homeArea[p]!;
  o.setCover(p, COVER.home, -1);
  o.pendingSick[p] = 0;
  o.pendingBreak[p] = 0;
  o.pendingInterrupt[p] = 0;
  if (o.switching[p] === 1) {
    o.switching[p] = 0;
    o.switchGen[p]!++;
  }
  o.updateAvail(p);
  if (o.trace) o.trace.person('shiftEnd', t, p);
  refreshPerson(o, p, t);
  // After closing, customers nobody left can serve are turned away.
  if (!o.isOpen) closeCounterQueue(o, t);
}

/**
 * A sick day starts or ends for someone already on duty: around-the-clock staff at midnight, or
 * someone whose new shift begins while they are still at the counter in overtime.
 */
export function sickChanges(o: Office, p: number, t: number, sick: number): void {
  if (o.onDuty[p] === 0 || o.sick[p] === sick) return;
  if (sick && o.servesCustomer(p)) {
    o.pendingSick[p] = 1; // the counter customer in hand is finished first
    return;
  }
  o.pendingSick[p] = 0;
  touch(o, p, t);
  if (sick) {
    pauseTask(o, p, t);
    o.sick[p] = 1;
  } else o.sick[p] = 0;
  o.updateAvail(p);
  if (o.trace) o.trace.person(sick ? 'sick' : 'shiftStart', t, p);
  refreshPerson(o, p, t);
  if (!sick) becomeFree(o, p, t);
}

/** A break (or an interruption) of `minutes` is due: it waits for a counter customer in hand. */
export function awayStarts(o: Office, p: number, t: number, minutes: number, isBreak: boolean): void {
  if (o.onDuty[p] === 0 || o.sick[p] === 1) return;
  if (o.servesCustomer(p)) {
    // A counter customer is always finished first; the break starts late but keeps its length.
    if (isBreak) o.pendingBreak[p]! += minutes;
    else o.pendingInterrupt[p]! += minutes;
    return;
  }
  pauseTask(o, p, t);
  startAway(o, p, t, minutes, isBreak);
}

function startAway(o: Office, p: number, t: number, minutes: number, isBreak: boolean): void {
  touch(o, p, t);
  if (isBreak) o.breakCount[p]!++;
  else o.interruptCount[p]!++;
  o.updateAvail(p);
  o.cal.schedule(t + minutes, PRI.staff, isBreak ? EV.breakEnd : EV.interruptEnd, p, 0);
  if (o.trace) o.trace.person(isBreak ? 'breakStart' : 'interruptStart', t, p);
  refreshPerson(o, p, t);
}

export function awayEnds(o: Office, p: number, t: number, isBreak: boolean): void {
  const counter = isBreak ? o.breakCount : o.interruptCount;
  if (counter[p]! === 0) return;
  touch(o, p, t);
  counter[p]!--;
  o.updateAvail(p);
  if (o.trace) o.trace.person(isBreak ? 'breakEnd' : 'interruptEnd', t, p);
  refreshPerson(o, p, t);
  if (o.onDuty[p] === 1) becomeFree(o, p, t);
}

/**
 * Posts p to `area`: `rule` is the COVER code of a cover move, COVER.home for a return; `target` is
 * what the rule covers (rule 2: the class, rule 3: the skill). A back-office task in hand is paused;
 * moving takes `switchMinutes`, during which p is posted at the destination but serves nobody.
 */
export function move(o: Office, p: number, area: number, rule: number, t: number, target = -1): void {
  pauseTask(o, p, t);
  touch(o, p, t);
  o.posted[p] = area;
  o.setCover(p, area === o.plan.homeArea[p] ? COVER.home : rule, target);
  const minutes = o.plan.switchMinutes;
  if (o.trace) o.trace.move('moveStart', t, p, area, rule);
  if (minutes > 0) {
    o.switching[p] = 1;
    o.cal.schedule(t + minutes, PRI.completion, EV.switchEnd, p, ++o.switchGen[p]!);
    o.updateAvail(p);
    refreshPerson(o, p, t);
  } else {
    o.updateAvail(p);
    refreshPerson(o, p, t);
    if (o.trace) o.trace.move('moveEnd', t, p, area, rule);
    becomeFree(o, p, t);
  }
}

export function switchEnds(o: Office, p: number, t: number): void {
  touch(o, p, t);
  o.switching[p] = 0;
  o.updateAvail(p);
  refreshPerson(o, p, t);
  if (o.trace) o.trace.move('moveEnd', t, p, o.posted[p]!, o.coverReason[p]!);
  becomeFree(o, p, t);
}

/**
 * After close with `serve-queue`, people present at the counter stay while customers they can
 * serve are waiting.
 */
function staysForQueue(o: Office, p: number): boolean {
  if (o.isOpen || o.plan.turnAwayAtClose || o.posted[p] !== FRONT || !o.isPresent(p)) return false;
  return customersWaitFor(o, p);
}

/**
 * After closing, whenever the counter queue shrinks to nothing someone can serve: people staying in
 * overtime go home, and counter covers whose shift goes on return to their home area.
 */
export function releaseOvertime(o: Office, t: number): void {
  for (let p = 0; p < o.plan.P; p++) {
    if (o.onDuty[p] === 0 || o.serving[p]! >= 0) continue;
    if (o.pastShiftEnd[p] === 1 && !staysForQueue(o, p)) goOffDuty(o, p, t);
    // (Not when their shift ends at this very minute: they simply go home.)
    else if (o.isPresent(p) && o.switching[p] === 0 && o.shiftEndAt[p]! > t && coverEnded(o, p)) move(o, p, o.plan.homeArea[p]!, COVER.home, t);
  }
}

/**
 * After close: turns away the customers nobody present at the counter can serve (all of them
 * with `turn-away`, or when nobody is left), and lets people in overtime with nothing to do go.
 */
export function closeCounterQueue(o: Office, t: number): void {
  if (o.counterWaiting === 0) return;
  const { C, classSkill } = o.plan;
  for (let c = 0; c < C; c++) {
    if (o.waiting[c] === 0) continue;
    if (o.plan.turnAwayAtClose || o.frontHolders[classSkill[c]!] === 0) turnAway(o, c, t);
  }
  releaseOvertime(o, t);
}

/** Turns away every customer of class c still waiting. */
function turnAway(o: Office, c: number, t: number): void {
  for (let item = head(o, c); item >= 0; item = head(o, c)) {
    o.queues[c]!.shift();
    if (o.isCounted(item)) o.tallies.lose(o.tallies.turnedAway, c);
    if (o.trace) o.trace.item('turnAway', t, item);
    changeWaiting(o, c, -1, t);
    o.items.release(item);
  }
}
