/**
 * Who is where, counted: the staff aggregates the rules read (people available at the counter,
 * holders of each skill present) and the minutes each person spends in each activity. Only staff
 * changes call these, never services, which are far more frequent.
 */
import { ACT, ACT_COUNT, FRONT } from './codes.js';
import { updateGap } from './queues.js';
import type { Office } from './state.js';

/**
 * After a change to person p (shift, break, absence, move, switch): updates the staff aggregates
 * and the time-weighted indicators they feed (people present per skill, covering, counter
 * unstaffed, coverage gaps) by p's part alone, so a staff change costs p's skills, not the office.
 */
export function refreshPerson(o: Office, p: number, t: number): void {
  const plan = o.plan;
  const tw = o.tallies.tw;
  const onDuty = o.onDuty[p] === 1;
  const present = o.isPresent(p);
  const atFront = onDuty && o.posted[p] === FRONT;
  const flags =
    (present ? PRESENT : 0) |
    (present && atFront ? PRESENT_AT_FRONT : 0) |
    (atFront && o.avail[p] === 1 ? AVAILABLE_AT_FRONT : 0) |
    (atFront && present && o.switching[p] === 1 ? INCOMING : 0) |
    (onDuty && (o.posted[p] !== plan.homeArea[p] || o.switching[p] === 1) ? COVERING : 0);
  const before = o.staffFlags[p]!;
  if (flags !== before) {
    o.staffFlags[p] = flags;
    const changed = flags ^ before;
    if (changed & AVAILABLE_AT_FRONT) o.availFront += sign(flags, AVAILABLE_AT_FRONT);
    if (changed & INCOMING) o.incomingFront += sign(flags, INCOMING);
    if (changed & COVERING) o.covering += sign(flags, COVERING);
    if (changed & (PRESENT | PRESENT_AT_FRONT)) {
      const skills = plan.personSkills[p]!;
      for (let i = 0; i < skills.length; i++) {
        const k = skills[i]!;
        if (changed & PRESENT_AT_FRONT) o.frontHolders[k]! += sign(flags, PRESENT_AT_FRONT);
        if (changed & PRESENT) {
          o.presentHolders[k]! += sign(flags, PRESENT);
          tw.set(o.tallies.twPresent + k, o.presentHolders[k]!, t);
          updateGap(o, k, t);
        }
      }
    }
  }
  tw.set(o.tallies.twCovering, o.covering, t);
  tw.set(o.tallies.twUnstaffed, o.isOpen && o.availFront === 0 ? 1 : 0, t);
}

/** +1 when `bit` was switched on, -1 when off. */
const sign = (flags: number, bit: number) => (flags & bit ? 1 : -1);

/** The counter opens or closes: the indicators that depend on it (unstaffed, every skill's gap). */
export function refreshCounter(o: Office, t: number): void {
  o.tallies.tw.set(o.tallies.twUnstaffed, o.isOpen && o.availFront === 0 ? 1 : 0, t);
  for (let k = 0; k < o.plan.S; k++) updateGap(o, k, t);
}

/** What a person counts for in the staff aggregates (`Office.staffFlags`). */
const PRESENT = 1;
const PRESENT_AT_FRONT = 2;
const AVAILABLE_AT_FRONT = 4;
const INCOMING = 8;
const COVERING = 16;

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
