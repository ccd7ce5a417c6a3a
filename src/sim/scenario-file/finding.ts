/** A problem found in a scenario before positions are known: where (path) and what (message). */
import { quoteText } from './text-safety.js';

export type PathSegment = string | number;

export interface Finding {
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** Point at the key (unknown keys) rather than its value; missing nodes fall back to the parent. */
  readonly at?: 'key' | 'value';
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `staff[2].skills.fulfilment`; keys that are not plain words are quoted: `skills["front desk"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${quoteText(segment)}]`;
  }
  return out;
}

/** A value as a message shows it after "got": numbers plainly, text quoted, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    return value.length > 60 ? `${quoteText(value.slice(0, 57))}...` : quoteText(value);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? 'an empty list' : `a list of ${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  }
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** The value at `path` inside `root`, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment as string];
  }
  return node;
}

/** A plain mapping (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
