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

/** How one person's skill grows and fades, as the skills matrix shows it (issue 15). */
export interface CellLearning {
  readonly start: number;
  /** The target practice tends to; null when the skill does not grow. */
  readonly target: number | null;
  readonly timeConstantHours: number | null;
  readonly curve: 'exponential' | 'power';
  readonly forgetting: { readonly halfLifeDays: number; readonly floor: number } | null;
}

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * The learning curve of person i's skill: their own entry over the office-wide section, key by key
 * (as normalize.ts merges them); null when the proficiency is fixed or the draft's values are unusable.
 */
export function cellLearning(draft: Draft, person: number, skill: string, start: number): CellLearning | null {
  const p = draft.staff?.[person];
  const own = p?.learning !== undefined && Object.hasOwn(p.learning, skill) ? p.learning[skill] : undefined;
  if (own === 'fixed' || (own !== undefined && (own === null || typeof own !== 'object'))) return null;
  const office = draft.learning !== null && typeof draft.learning === 'object' ? draft.learning : {};
  const merged = { ...office, ...(own ?? {}) };
  const tau = positive(merged.timeConstantHours) ? merged.timeConstantHours : null;
  const target = positive(merged.target) ? merged.target : 1;
  const f = merged.forgetting;
  const forgetting = f !== undefined && f !== null && positive(f.halfLifeDays) && positive(f.floor) ? { halfLifeDays: f.halfLifeDays, floor: f.floor } : null;
  const grows = tau !== null && target > start;
  const fades = forgetting !== null && forgetting.floor < (tau !== null ? Math.max(start, target) : start);
  if (!grows && !fades) return null;
  return { start, target: tau === null ? null : target, timeConstantHours: tau, curve: merged.curve === 'power' ? 'power' : 'exponential', forgetting };
}
