/**
 * Paths into the raw scenario file, the same shape the schema's errors use: `staff[2].skills.fulfilment`.
 * Editor fields carry a path; an edit is (path, value); an error is matched to the field whose path
 * prints the same. Updates are immutable (structural sharing), so Lit sees a new object on every edit.
 */

import { formatPath as formatSchemaPath, type PathSegment } from '../../sim/scenario-file/finding.js';

export type { PathSegment };
export type Path = readonly PathSegment[];

/**
 * Prints a path exactly as the schema's errors do (`staff[2].skills.fulfilment`,
 * `skills["front desk"]`), so an error finds its field by comparing strings.
 */
export function formatPath(path: Path): string {
  return formatSchemaPath(path);
}

/** The value at `path`, or undefined when any step is missing. */
export function getIn(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`; `undefined` removes an object key (an optional field
 * left empty) or an array element. Missing steps are created: an array for a numeric step, else an
 * object. Nodes off the path are shared, not copied.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  return setStep(root, path, 0, value) as T;
}

function setStep(node: unknown, path: Path, depth: number, value: unknown): unknown {
  if (depth === path.length) return value;
  const segment = path[depth]!;
  const container = node !== null && typeof node === 'object' ? node : typeof segment === 'number' ? [] : {};
  const child = (container as Record<PathSegment, unknown>)[segment];
  const next = setStep(child, path, depth + 1, value);
  if (Array.isArray(container)) {
    if (typeof segment !== 'number') throw new Error(`invalid path segment: ${String(segment)}`);
    const copy = container.slice();
    if (next === undefined) copy.splice(segment, 1);
    else copy[segment] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown>) };
  if (next === undefined) delete copy[segment];
  else copy[segment] = next;
  return copy;
}

/** True when `inner` is `outer` or lies below it (`staff[2].skills` is inside `staff[2]` and `staff`). */
export function isWithin(inner: string, outer: string): boolean {
  if (outer === '') return true;
  if (!inner.startsWith(outer)) return false;
  const next = inner.charAt(outer.length);
  return next === '' || next === '.' || next === '[';
}

/** Structural equality of plain data (JSON-like values); key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((v, i) => deepEqual(v, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  const other = Object.keys(y).filter((k) => y[k] !== undefined);
  return keys.length === other.length && keys.every((k) => deepEqual(x[k], y[k]));
}
