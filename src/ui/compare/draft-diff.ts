/**
 * What changed between two scenario drafts, as a list of paths with the value before and after:
 * "staff[1].skills.fulfilment: (none) → 0.7". The comparison view shows it so a manager sees which
 * change a difference in results belongs to.
 */
import { formatPath, type PathSegment } from '../../sim/scenario-file/path.js';

export interface DraftChange {
  readonly path: string;
  /** undefined: the key did not exist on that side. */
  readonly before: unknown;
  readonly after: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Changes from `a` to `b`, in the order of `b`'s keys (then keys only `a` has), at most `limit`. */
export function diffDrafts(a: unknown, b: unknown, limit = 50): DraftChange[] {
  const changes: DraftChange[] = [];
  const walk = (x: unknown, y: unknown, path: PathSegment[]): void => {
    if (changes.length >= limit || Object.is(x, y)) return;
    if (isObject(x) && isObject(y)) {
      const keys = [...Object.keys(y), ...Object.keys(x).filter((k) => !(k in y))];
      for (const k of keys) walk(x[k], y[k], [...path, k]);
      return;
    }
    if (Array.isArray(x) && Array.isArray(y) && x.every((v) => typeof v === 'object') && y.every((v) => typeof v === 'object')) {
      // Lists of entries (people, classes, breaks): compare entry by entry.
      for (let i = 0; i < Math.max(x.length, y.length); i++) walk(x[i], y[i], [...path, i]);
      return;
    }
    if (JSON.stringify(x) !== JSON.stringify(y)) changes.push({ path: formatPath(path), before: x, after: y });
  };
  walk(a, b, []);
  return changes;
}

/** A value as the change list prints it: numbers and text plainly, entries by name, lists compactly. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isObject(value) && typeof value['name'] === 'string') return `“${value['name']}”`;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
