/**
 * Each day's roster, planned at midnight: the counter's opening and closing, the day's statistics
 * buckets, and for every person their shift, breaks, sick day and interruptions.
 *
 * Absences come from each person's own streams (`staff:<name>:sick`, one draw per day;
 * `staff:<name>:interruptions`, a Poisson count, then a time and a length per interruption), drawn
 * for every person every day whether or not they are rostered, so a variant that changes a roster
 * or adds a person leaves everyone else's absences exactly as they were.
 */
import { exp } from './math.js';
import { BUCKET_MINUTES, EV, PRI, type Office } from './office.js';

export function planDay(o: Office, day: number): void {
  const s = o.scenario;
  const base = day * 1440;
  const cal = o.cal;
  if (o.continuous && day > 0) o.backlogByDay[day - 1] = o.tasksInSystem;
  if (!o.continuous) {
    cal.schedule(base + o.open, PRI.calendar, EV.open, day, 0);
    cal.schedule(base + o.close, PRI.calendar, EV.close, day, 0);
  }
  if (day + 1 < o.days) cal.schedule(base + 1440, PRI.calendar, EV.dayStart, day + 1, 0);
  // The first bucket boundary of the day; each boundary schedules the next.
  cal.schedule(base + Math.min(o.open + BUCKET_MINUTES, o.close), PRI.calendar, EV.bucket, 0, 0);
  const interruptions = s.absences.interruptions;
  for (let p = 0; p < o.P; p++) {
    const person = s.staff[p]!;
    const sick = o.sickRng[p]!() < person.sickProbabilityPerDay ? 1 : 0;
    const interruptAt = interruptions ? drawInterruptions(o, p, interruptions.perDay) : NO_INTERRUPTIONS;
    const rostered = !person.daysOff.includes(day + 1);
    const shift = person.shift;
    const start = shift ? base + shift.start : base;
    const end = shift ? base + shift.end : base + 1440;
    if (rostered) o.wages += o.wagePerMinute[p]! * Math.max(0, end - Math.max(start, o.statsStart));
    if (shift) {
      if (!rostered) continue;
      cal.schedule(start, PRI.staff, EV.shiftStart, p, sick);
      cal.schedule(end, PRI.staff, EV.shiftEnd, p, 0);
      if (sick) continue;
      for (const b of shift.breaks) cal.schedule(base + b.at, PRI.staff, EV.breakStart, p, o.addPayload(b.minutes));
    } else {
      // Around the clock: on duty from the first rostered day until a day off.
      if (rostered && !o.roundTheClockOn[p]) cal.schedule(base, PRI.staff, EV.shiftStart, p, sick);
      else if (rostered) cal.schedule(base, PRI.staff, EV.sickChange, p, sick);
      else if (o.roundTheClockOn[p]) cal.schedule(base, PRI.staff, EV.shiftEnd, p, 0);
      o.roundTheClockOn[p] = rostered ? 1 : 0;
      if (!rostered || sick) continue;
    }
    for (let i = 0; i < interruptAt.length; i += 2) {
      const at = start + interruptAt[i]! * (end - start);
      cal.schedule(at, PRI.staff, EV.interruptStart, p, o.addPayload(interruptAt[i + 1]!));
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
  for (let i = 0; i < count; i++) out.push(rng(), o.interruptLength!.sample(rng));
  return out;
}
