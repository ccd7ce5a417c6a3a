/** A problem found in a scenario before positions are known: where (path) and what (message). */
import { quoteText } from './text-safety.js';

import type { PathSegment } from './path.js';

export { formatPath, type PathSegment } from './path.js';

export interface Finding {
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** Point at the key (unknown keys) rather than its value; missing nodes fall back to the parent. */
  readonly at?: 'key' | 'value';
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

/** A plain mapping (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
