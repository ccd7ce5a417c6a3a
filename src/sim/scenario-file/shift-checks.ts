/**
 * The rules of one shift: it does not end when it starts, its breaks lie inside it and do not
 * overlap. Used for the base shift (checks.ts) and for each weekday's shift (week-checks.ts).
 */
import { formatClock } from './clock.js';
import { breakStart, shiftWindow, type OpeningHours, type ShiftWindow } from './derive.js';
import type { Finding, PathSegment } from './finding.js';

export interface ShiftFile {
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly breaks: readonly { readonly at: string; readonly minutes: number }[];
}

/** "09:00-13:00", the end shown on the clock (a shift crossing midnight ends on the next day's clock). */
export function shiftSpan(window: ShiftWindow): string {
  return `${formatClock(window.start)}-${formatClock(window.end > 1440 ? window.end - 1440 : window.end)}`;
}

/**
 * Checks `shift` with start and end defaulting to `hours`; `where` is added to messages (" on sat")
 * and `hint` after a break outside the shift. Returns the window, or undefined when the shift is empty.
 */
export function checkShift(
  shift: ShiftFile,
  hours: OpeningHours,
  shiftPath: readonly PathSegment[],
  errors: Finding[],
  where = '',
  hint = '',
): ShiftWindow | undefined {
  const window = shiftWindow(shift, hours);
  if (window.end === window.start) {
    errors.push({
      path: [...shiftPath, shift.end === undefined ? 'start' : 'end'],
      message:
        `shift must not end when it starts (${formatClock(window.start)})${where}; ` +
        'for a shift crossing midnight give an end earlier than its start; a whole day is "00:00" to "24:00"',
    });
    return undefined;
  }
  const span = shiftSpan(window);
  let previous: { at: number; minutes: number; clock: string } | undefined;
  const breaks = shift.breaks
    .map((b, j) => ({ at: breakStart(b.at, window), minutes: b.minutes, j, clock: b.at }))
    .sort((a, b) => a.at - b.at || a.j - b.j);
  for (const b of breaks) {
    const path = [...shiftPath, 'breaks', b.j];
    if (b.at < window.start || b.at + b.minutes > window.end) {
      errors.push({ path, message: `break at ${b.clock} for ${b.minutes} minutes must lie inside the shift ${span}${where}${hint}` });
      continue;
    }
    if (previous !== undefined && b.at < previous.at + previous.minutes) {
      errors.push({
        path,
        message: `break at ${b.clock} overlaps the break at ${previous.clock} (${previous.minutes} minutes); breaks must not overlap`,
      });
    }
    previous = b;
  }
  return window;
}
