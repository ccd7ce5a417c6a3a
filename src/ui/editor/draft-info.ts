/**
 * Facts about a draft that the editor's choices need (which skills exist, which tasks a handoff can
 * name, how many opening hours a profile has), read defensively because a draft may be invalid.
 */
import { clockPattern, endClockPattern } from '../../sim/scenario-file/clock.js';
import { openingHours } from '../../sim/scenario-file/derive.js';
import type { Draft } from '../state/validation.js';

/** Skills in the order a manager meets them: customers', then tasks', then any other staff hold. */
export function skillsOf(draft: Draft): string[] {
  const skills = new Set<string>();
  for (const c of draft.customers ?? []) skills.add(c?.skill ?? 'front');
  for (const t of draft.tasks ?? []) if (t?.name !== undefined) skills.add(t.skill ?? t.name);
  for (const p of draft.staff ?? []) {
    if (typeof p?.home === 'string') skills.add(p.home);
    for (const s of Object.keys(p?.skills ?? {})) skills.add(s);
  }
  skills.delete('');
  return [...skills];
}

/** Skills that customer classes need (served at the counter). */
export function frontSkillsOf(draft: Draft): Set<string> {
  return new Set((draft.customers ?? []).map((c) => c?.skill ?? 'front'));
}

export function taskNamesOf(draft: Draft): string[] {
  return (draft.tasks ?? []).map((t) => t?.name).filter((n): n is string => typeof n === 'string' && n !== '');
}

export function classNamesOf(draft: Draft): string[] {
  return [...(draft.customers ?? []).map((c) => c?.name), ...taskNamesOf(draft)].filter((n): n is string => typeof n === 'string' && n !== '');
}

/** Opening time and hours per day, falling back to 09:00-17:00 while the calendar is being fixed. */
export function openingOf(draft: Draft): { open: number; hours: number } {
  const open = draft.calendar?.open ?? '09:00';
  const close = draft.calendar?.close ?? '17:00';
  if (!clockPattern.test(open) || !endClockPattern.test(close)) return { open: 540, hours: 8 };
  const hours = openingHours({ days: 1, open, close });
  return hours.hours > 0 ? { open: hours.open, hours: hours.hours } : { open: hours.open, hours: 8 };
}

/** `base`, or `base 2`, `base 3`... : the first not in `taken`. */
export function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} ${i}`)) return `${base} ${i}`;
}
