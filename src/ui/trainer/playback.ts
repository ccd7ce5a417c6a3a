/**
 * The replay's clock: speeds, how far a frame moves the simulated time, and stepping and jumping
 * across several offices at once (they share one clock so the room compares the same moment).
 */
import type { OfficeReplay } from './replay.js';

/** The fastest speed plays the whole day in about this many seconds. */
export const FASTEST_DAY_SECONDS = 30;

/** Speeds offered below the fastest, in simulated minutes per second. */
const STEPS = [1, 2, 5, 10, 20, 40, 60];

/**
 * The speeds for a day of `dayMinutes`: 1 minute per second up to the whole day in about 30 seconds,
 * in simulated minutes per second, slowest first.
 */
export function speedsFor(dayMinutes: number): number[] {
  const fastest = Math.max(1, Math.ceil(dayMinutes / FASTEST_DAY_SECONDS));
  return [...STEPS.filter((s) => s < fastest * 0.8), fastest];
}

/** "1 min/s", "20 min/s"... */
export function speedLabel(minutesPerSecond: number): string {
  return `${minutesPerSecond} min/s`;
}

/**
 * Simulated minutes a frame advances: real milliseconds times the speed. A frame longer than a
 * quarter of a second (a background tab, a debugger pause) counts as a quarter of a second, so the
 * replay never leaps over what the room was about to see.
 */
export function frameAdvance(realMs: number, minutesPerSecond: number): number {
  return (Math.min(Math.max(realMs, 0), 250) / 1000) * minutesPerSecond;
}

/** The shared timeline of several replays: from the earliest start to the latest finish. */
export function timeline(replays: readonly OfficeReplay[]): { start: number; finish: number } {
  let start = Infinity;
  let finish = -Infinity;
  for (const r of replays) {
    if (r.start < start) start = r.start;
    if (r.finish > finish) finish = r.finish;
  }
  return { start, finish };
}

/** Moves every replay to minute `t`. */
export function seekAll(replays: readonly OfficeReplay[], t: number): void {
  for (const r of replays) r.seek(t);
}

/** The next moment anything happens in any of the offices after their shared `now`; null at the end. */
export function nextEventTime(replays: readonly OfficeReplay[]): number | null {
  let next = Infinity;
  for (const r of replays) next = Math.min(next, r.nextEventTime());
  return Number.isFinite(next) ? next : null;
}

/** The last moment anything happened in any office before their shared `now`; null at the start. */
export function previousEventTime(replays: readonly OfficeReplay[]): number | null {
  let previous = -Infinity;
  for (const r of replays) previous = Math.max(previous, r.previousEventTime());
  return Number.isFinite(previous) ? previous : null;
}

/** Minutes after midnight from "HH:MM" (or "H:MM", "HHMM"); null when it is not a clock time. */
export function parseClockInput(text: string): number | null {
  const match = /^\s*(\d{1,2}):?(\d{2})\s*$/.exec(text);
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}
