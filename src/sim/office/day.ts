/**
 * The calendar of each day, planned at midnight: the counter's opening and closing, the day's
 * statistics buckets, and every person's shift, breaks, sick day and interruptions.
 *
 * Absences come from each person's own streams (`staff:<name>:sick`, one draw per day;
 * `staff:<name>:interruptions`, a Poisson count, then a time and a length per interruption), drawn
 * for every person every day whether or not they are rostered, so a variant that changes a roster
 * or adds a person leaves everyone else's absences exactly as they were.
 */
import { exp } from '../math.js';
import { BUCKET_MINUTES, EV, PRI } from './codes.js';
import { recordDay } from './learning.js';
import { refreshCounter } from './presence.js';
import { closeCounterQueue, releaseOvertime } from './staff.js';
import type { Office } from './state.js';

export function planDay(o: Office, day: number): void {
  const plan = o.plan;
  const s = plan.scenario;
  const base = day * 1440;
  const cal = o.cal;
  // A day the counter did not close (open around the clock, or closed all day): its backlog at midnight.
  if (day > 0 && plan.closesCounter[day - 1] === 0) o.tallies.backlogByDay[day - 1] = o.tasksInSystem;
  // The last day's proficiency is recorded at the end of the run (replication.ts).
  if (plan.learns && day > 0) recordDay(o, day - 1, base, false);
  const open = plan.dayOpen[day]!;
  const close = plan.dayClose[day]!;
  if (plan.opensCounter[day] === 1) cal.schedule(base + open, PRI.calendar, EV.open, day, 0);
  if (plan.closesCounter[day] === 1) cal.schedule(base + close, PRI.calendar, EV.close, day, 0);
  if (day + 1 < plan.days) cal.schedule(base + 1440, PRI.calendar, EV.dayStart, day + 1, 0);
  // The first bucket boundary of the day (the bucket holding its opening); each boundary schedules
  // the next. The day rides in the tag: its closing ends the chain.
  if (open >= 0) {
    const first = Math.floor((open - plan.open) / BUCKET_MINUTES);
    cal.schedule(base + Math.min(plan.open + (first + 1) * BUCKET_MINUTES, close), PRI.calendar, EV.bucket, first, day);
  }
  const interruptions = s.absences.interruptions;
  const weekday = plan.dayWeekday === null ? -1 : plan.dayWeekday[day]!;
  for (let p = 0; p < plan.P; p++) {
    const person = s.staff[p]!;
    // Drawn every day for everyone, rostered or not and whatever the day's hours, so that no
    // change of a roster, a weekday or a holiday shifts anyone's later absences.
    const sick = o.sickRng[p]!() < person.sickProbabilityPerDay ? 1 : 0;
    const interruptAt = interruptions ? drawInterruptions(o, p, interruptions.perDay) : NO_INTERRUPTIONS;
    let rostered = open >= 0 && !person.daysOff.includes(day + 1);
    let shift = person.shift;
    if (weekday >= 0) {
      const own = plan.weekShifts![p]![weekday]!;
      if (own === 'off') {
        rostered = false;
        shift = null;
      } else {
        shift = own;
      }
    }
    const start = shift ? base + shift.start : base;
    const end = shift ? base + shift.end : base + 1440;
    if (rostered) o.tallies.wages += plan.wagePerMinute[p]! * Math.max(0, end - Math.max(start, plan.statsStart));
    if (shift) {
      if (o.roundTheClockOn[p] === 1) {
        // On duty around the clock until today, which has a shift: that duty ends at midnight.
        cal.schedule(base, PRI.staff, EV.shiftEnd, p, 0);
        o.roundTheClockOn[p] = 0;
      }
      if (!rostered) continue;
      // The shift start carries its end: a delayed break never runs past it.
      cal.schedule(start, PRI.staff, EV.shiftStart, p, sick, end);
      cal.schedule(end, PRI.staff, EV.shiftEnd, p, 0);
      if (sick) continue;
      for (const b of shift.breaks) cal.schedule(base + b.at, PRI.staff, EV.breakStart, p, 0, b.minutes);
    } else {
      // Around the clock: on duty from the first rostered day until a day off.
      if (rostered && !o.roundTheClockOn[p]) cal.schedule(base, PRI.staff, EV.shiftStart, p, sick, Infinity);
      else if (rostered) cal.schedule(base, PRI.staff, EV.sickChange, p, sick);
      else if (o.roundTheClockOn[p]) cal.schedule(base, PRI.staff, EV.shiftEnd, p, 0);
      o.roundTheClockOn[p] = rostered ? 1 : 0;
      if (!rostered || sick) continue;
    }
    for (let i = 0; i < interruptAt.length; i += 2) {
      const at = start + interruptAt[i]! * (end - start);
      cal.schedule(at, PRI.staff, EV.interruptStart, p, 0, interruptAt[i + 1]!);
    }
  }
}

const NO_INTERRUPTIONS: number[] = [];

/** Draws one person-day's interruptions: pairs of (fraction of the shift, minutes). */
function drawInterruptions(o: Office, p: number, perDay: number): number[] {
  const rng = o.interruptRng[p]!;
  // Poisson count by multiplying uniforms (Knuth); perDay is small (a few per day).
  const limit = exp(-perDay);
  let count = 0;
  let product = rng();
  while (product > limit) {
    count++;
    product *= rng();
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(rng(), o.plan.interruptLength!.sample(rng));
  return out;
}

export function openCounter(o: Office, t: number): void {
  o.isOpen = true;
  if (o.trace) o.trace.calendar('open', t);
  o.tallies.tw.markBucket(t);
  refreshCounter(o, t);
}

export function closeCounter(o: Office, day: number, t: number): void {
  o.isOpen = false;
  if (o.trace) o.trace.calendar('close', t);
  o.tallies.backlogByDay[day] = o.tasksInSystem;
  refreshCounter(o, t); // also ends the day's coverage gaps
  closeCounterQueue(o, t);
  // People whose shift already ended (finishing a customer) may now stay for the queue or go.
  releaseOvertime(o, t);
}

/** A bucket boundary of day `day`: collects the bucket and schedules the next boundary before the day's close. */
export function bucketEnds(o: Office, bucket: number, day: number, t: number): void {
  const plan = o.plan;
  const close = plan.dayClose[day]!;
  if (bucket + 1 < plan.buckets && plan.open + (bucket + 1) * BUCKET_MINUTES < close) {
    o.cal.schedule(day * 1440 + Math.min(plan.open + (bucket + 2) * BUCKET_MINUTES, close), PRI.calendar, EV.bucket, bucket + 1, day);
  }
  o.tallies.collectBucket(bucket, t);
}
