/**
 * How long a run would take, estimated from the office's size before anything runs, so the page can
 * ask before starting a run that nobody asked for (a share link or an imported file opening) if it
 * would take more than a few seconds.
 *
 * The estimate counts events the way the engine spends them: about 2.2 per customer or task (its
 * arrival, its service's start and end, a possible abandonment), a few per person-day (shift, breaks,
 * interruptions) and about a hundred per day for the calendar and the 15-minute series. The time per
 * event grows with the number of people (routing and the cover rules look over them). Calibrated on
 * the benchmark (`npm run bench`: the M/M/5 at about 4 million customers/s, 8.6 million events/s; the
 * 25-person reference office at 2.7 million events/s) and on offices of 200 and 2,000 people measured
 * the same way (about 1.5 and 11 microseconds per event). It is meant to be right within a factor of
 * about two: enough to tell seconds from minutes from hours.
 */
import type { DistSpec, Scenario } from '../../sim/scenario.js';

/** Runs estimated to take longer than this (seconds) are not started without asking. */
export const CONFIRM_SECONDS = 5;

/** Events per customer or task: arrival, start, end, and sometimes an abandonment or a pause. */
const EVENTS_PER_ITEM = 2.2;
/** Events per day for the calendar (opening, closing, the day's chained 15-minute buckets). */
const EVENTS_PER_DAY = 100;
/** Microseconds per event in a small office, and the extra per person in the office. */
const MICROSECONDS_PER_EVENT = 0.3;
const MICROSECONDS_PER_EVENT_PER_PERSON = 0.0055;

export interface RunEstimate {
  /** Customers and back-office tasks expected per simulated day. */
  readonly itemsPerDay: number;
  /** Events expected in one replication. */
  readonly eventsPerReplication: number;
  /** Seconds for the whole run on `workers` threads. */
  readonly seconds: number;
}

/** Opening hours per day (24 in an office that never closes). */
function openHours(scenario: Scenario): number {
  return (scenario.calendar.close - scenario.calendar.open) / 60;
}

/** Expected arrivals per day of a per-opening-hour profile (hours past the profile's end count at its last rate). */
function perDay(perHour: readonly number[], hours: number): number {
  let total = 0;
  for (let hour = 0; hour < hours; hour++) total += (perHour[Math.min(hour, perHour.length - 1)] ?? 0) * Math.min(1, hours - hour);
  return total;
}

function intervalCount(dist: DistSpec | null): number {
  return dist === null ? 0 : 1;
}

/** Estimates how long running every replication of `scenario` takes on `workers` threads. */
export function estimateRun(scenario: Scenario, workers: number): RunEstimate {
  const hours = openHours(scenario);
  let customers = 0;
  let tasks = 0;
  let abandonments = 0;
  for (const c of scenario.customers) {
    const n = perDay(c.arrivals.perHour, hours);
    customers += n;
    abandonments += n * intervalCount(c.patience);
    tasks += n * c.handoffs.reduce((sum, h) => sum + h.probability, 0);
  }
  for (const t of scenario.tasks) if (t.arrivals !== null) tasks += perDay(t.arrivals.perHour, hours);
  const interruptions = scenario.absences.interruptions?.perDay ?? 0;
  const people = scenario.staff.length;
  const perPersonDay = scenario.staff.reduce((sum, p) => sum + 4 + 2 * (p.shift?.breaks.length ?? 0) + 2 * interruptions, 0);
  const itemsPerDay = customers + tasks;
  const eventsPerDay = itemsPerDay * EVENTS_PER_ITEM + abandonments * 0.3 + perPersonDay + EVENTS_PER_DAY;
  const eventsPerReplication = eventsPerDay * scenario.calendar.days;
  const microseconds = MICROSECONDS_PER_EVENT + MICROSECONDS_PER_EVENT_PER_PERSON * people;
  const threads = Math.max(1, Math.min(workers, scenario.replications));
  const seconds = (eventsPerReplication * scenario.replications * microseconds) / 1e6 / threads;
  return { itemsPerDay, eventsPerReplication, seconds };
}

/** Whether a run of this size should wait for the user to ask for it. */
export function needsConfirmation(estimate: RunEstimate): boolean {
  return estimate.seconds > CONFIRM_SECONDS;
}

/** "about 40 seconds", "about 3 minutes", "about 2 hours", "about 5 days". */
export function formatDuration(seconds: number): string {
  const round = (n: number): string => (n >= 10 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 10) / 10));
  const unit = (n: number, word: string): string => `about ${round(n)} ${word}${round(n) === '1' ? '' : 's'}`;
  if (seconds < 90) return unit(Math.max(1, seconds), 'second');
  if (seconds < 90 * 60) return unit(seconds / 60, 'minute');
  if (seconds < 36 * 3600) return unit(seconds / 3600, 'hour');
  return unit(seconds / 86_400, 'day');
}
