/** Clock times "HH:MM" (a single-digit hour is accepted: "9:00"). */

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const CLOCK_OR_MIDNIGHT_END = /^(([01]?\d|2[0-3]):([0-5]\d)|24:00)$/;

/** A time of day from 00:00 to 23:59. */
export const clockPattern = CLOCK;
/** A time of day from 00:00 to 24:00 (24:00 = the end of the day, for closing times and shift ends). */
export const endClockPattern = CLOCK_OR_MIDNIGHT_END;

/** Minutes after midnight of a clock string already matched by one of the patterns above. */
export function clockMinutes(text: string): number {
  const colon = text.indexOf(':');
  const hours = Number(text.slice(0, colon));
  const minutes = Number(text.slice(colon + 1));
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || colon < 1) throw new Error(`invalid clock: ${text}`);
  return hours * 60 + minutes;
}

/** "HH:MM" for minutes after midnight (1440 prints "24:00"; beyond it counts on: 1500 = "25:00"). */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
