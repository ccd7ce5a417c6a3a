/**
 * Who is where, counted: the staff aggregates the rules read (people available at the counter,
 * holders of each skill present) and the minutes each person spends in each activity. Only staff
 * changes call these, never services, which are far more frequent.
 */
import { ACT, ACT_COUNT, FRONT } from './codes.js';
import { updateGap } from './queues.js';
import type { Office } from './state.js';

/**
 * Recomputes the staff aggregates and the time-weighted indicators that depend on them (people
 * present per skill, covering, counter unstaffed, coverage gaps).
 */
export function refreshStaff(o: Office, t: number): void {
  const { P, S, homeArea, personSkills } = o.plan;
  const tallies = o.tallies;
  let availFront = 0;
  let incoming = 0;
  let covering = 0;
  o.presentHolders.fill(0);
  o.frontHolders.fill(0);
  for (let p = 0; p < P; p++) {
    if (o.onDuty[p] === 0) continue;
    const present = o.sick[p] === 0 && o.breakCount[p] === 0 && o.interruptCount[p] === 0;
    const atFront = o.posted[p] === FRONT;
    if (atFront && o.avail[p] === 1) availFront++;
    if (atFront && present && o.switching[p] === 1) incoming++;
    if (o.posted[p] !== homeArea[p] || o.switching[p] === 1) covering++;
    if (!present) continue;
    const skills = personSkills[p]!;
    for (let i = 0; i < skills.length; i++) {
      const k = skills[i]!;
      o.presentHolders[k]!++;
      if (atFront) o.frontHolders[k]!++;
    }
  }
  o.availFront = availFront;
  o.incomingFront = incoming;
  o.covering = covering;
  for (let k = 0; k < S; k++) {
    tallies.tw.set(tallies.twPresent + k, o.presentHolders[k]!, t);
    updateGap(o, k, t);
  }
  tallies.tw.set(tallies.twCovering, covering, t);
  tallies.tw.set(tallies.twUnstaffed, o.isOpen && availFront === 0 ? 1 : 0, t);
}

/**
 * Books the time since p's last staff change into their activity minutes (after warm-up). Only
 * staff changes call it: working time is booked when a service ends or pauses, and idle time is
 * what remains of the available time (`ACT.idle` holds available time until the result is built).
 */
export function touch(o: Office, p: number, t: number): void {
  const tallies = o.tallies;
  const since = tallies.actSince[p]!;
  tallies.actSince[p] = t;
  const statsStart = o.plan.statsStart;
  if (o.onDuty[p] === 0 || t <= statsStart) return;
  const from = since > statsStart ? since : statsStart;
  const span = t - from;
  if (span <= 0) return;
  const base = p * ACT_COUNT;
  let act: number;
  if (o.sick[p] === 1 || o.interruptCount[p]! > 0) act = o.breakCount[p]! > 0 && o.sick[p] === 0 ? ACT.break : ACT.absent;
  else if (o.breakCount[p]! > 0) act = ACT.break;
  else if (o.switching[p] === 1) act = ACT.switching;
  else act = ACT.idle;
  tallies.activity[base + act]! += span;
  if (o.pastShiftEnd[p] === 1) tallies.activity[base + ACT.overtime]! += span;
  if (act !== ACT.break && act !== ACT.absent) tallies.presentMinutes[p]! += span;
  if (o.posted[p] !== o.plan.homeArea[p] || o.switching[p] === 1) tallies.coverMinutes[p]! += span;
}
