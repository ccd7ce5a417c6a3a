/**
 * Paths into a raw scenario file, the one module for them: the schema's errors print them, the
 * editor's fields carry them, an edit is (path, value), and `sweep --vary` parses them from text.
 * Written as the errors print them: `policy.frontMinimum`, `staff[1].skills.front`,
 * `skills["front desk"]`. In a list of named entries (customers, tasks, staff) a text step picks the
 * entry by its `name`: `staff[ana].wagePerHour`, `customers["order pickup"].revenue`.
 *
 * Updates are immutable (structural sharing): the file object is never modified, so one parsed file
 * feeds every point of a sweep and Lit sees a new object on every edit.
 */
import { quoteText } from './text-safety.js';

/** A step: an object key, a list position, or (on a list) the name of an entry. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** A path parsed from text, with the text as written (for messages). */
export interface ScenarioPath {
  readonly text: string;
  readonly steps: Path;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `staff[2].skills.fulfilment`; keys that are not plain words are quoted: `skills["front desk"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    // Quoted as JSON, with control and bidirectional characters escaped: paths are printed to terminals.
    else out += `[${quoteText(segment)}]`;
  }
  return out;
}

/** Characters of a dotted step: everything but the separators. */
const BARE = /^[^.[\]"\s]+/;
const INDEX = /^\[(\d+)\]/;
const QUOTED = /^\[("(?:[^"\\]|\\.)*")\]/;
const NAMED = /^\[([^\]"]+)\]/;

/** Parses a path as `formatPath` prints it (and `[name]` steps); throws `invalid path: <text> (...)`. */
export function parseScenarioPath(text: string): ScenarioPath {
  const steps: PathSegment[] = [];
  let rest = text;
  const fail = (why: string): never => {
    throw new Error(`invalid path: ${text} (${why})`);
  };
  if (rest === '') fail('empty');
  while (rest !== '') {
    let match: RegExpExecArray | null;
    if (steps.length > 0 && !rest.startsWith('[')) {
      if (!rest.startsWith('.')) fail(`unexpected "${rest[0]}"`);
      rest = rest.slice(1);
    }
    if ((match = INDEX.exec(rest))) {
      steps.push(Number(match[1]));
    } else if ((match = QUOTED.exec(rest))) {
      let key: string;
      try {
        key = JSON.parse(match[1]!) as string;
      } catch {
        return fail(`bad quoted key ${match[1]}`);
      }
      steps.push(key);
    } else if ((match = NAMED.exec(rest))) {
      steps.push(match[1]!.trim());
    } else if ((match = BARE.exec(rest))) {
      steps.push(match[0]);
    } else {
      fail(rest.startsWith('[') ? 'unclosed or empty [ ]' : 'empty step');
    }
    rest = rest.slice(match![0].length);
  }
  if (steps.length > 0 && text.endsWith('.')) fail('ends with "."');
  return { text, steps };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Position of the entry named `name` in a list of named entries, or -1. */
function indexOfName(list: readonly unknown[], name: string): number {
  return list.findIndex((entry) => isRecord(entry) && entry['name'] === name);
}

/** Position in a list a step addresses: the index, or the entry with that name (-1: none). */
function positionIn(list: readonly unknown[], segment: PathSegment): number {
  return typeof segment === 'number' ? segment : indexOfName(list, segment);
}

/** The value at `path` (own keys only), or undefined when any step leads nowhere. */
export function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node)) {
      const at = positionIn(node, segment);
      node = at >= 0 && at < node.length ? node[at] : undefined;
    } else if (isRecord(node) && typeof segment === 'string') {
      node = Object.hasOwn(node, segment) ? node[segment] : undefined;
    } else {
      return undefined;
    }
  }
  return node;
}

function describe(node: unknown): string {
  if (node === null) return 'empty';
  if (Array.isArray(node)) return `a list of ${node.length}`;
  return typeof node === 'object' ? 'a mapping' : `the value ${JSON.stringify(node)}`;
}

/** How {@link setIn} treats a path that leads nowhere. */
export interface SetOptions {
  /**
   * `build` (the editor): missing steps are made (a list for a number, else a mapping) and
   * `undefined` removes a key or a list entry. `existing` (a sweep): list entries must exist (a
   * name must match one), only missing mapping keys are made, and a step on a plain value throws
   * `invalid path: <text> (<why> at step <n>)`. Default `build`.
   */
  readonly mode?: 'build' | 'existing';
}

/** A copy of `root` with `value` at `path`; nodes off the path are shared, not copied. */
export function setIn<T>(root: T, path: Path | ScenarioPath, value: unknown, options: SetOptions = {}): T {
  const steps = 'steps' in path ? path.steps : path;
  const text = 'steps' in path ? path.text : formatPath(path);
  const strict = options.mode === 'existing';
  const fail = (depth: number, why: string): never => {
    throw new Error(`invalid path: ${text} (${why} at step ${depth + 1})`);
  };
  const set = (node: unknown, depth: number): unknown => {
    if (depth === steps.length) return value;
    const segment = steps[depth]!;
    if (Array.isArray(node)) {
      const at = positionIn(node, segment);
      if (at < 0) fail(depth, `no entry named "${String(segment)}"`);
      if (strict && at >= node.length) fail(depth, `index ${at} but the list has ${node.length} entries`);
      const next = set(node[at], depth + 1);
      const copy = node.slice();
      if (next === undefined && !strict) copy.splice(at, 1);
      else copy[at] = next;
      return copy;
    }
    if (strict) {
      if (typeof segment === 'number') return fail(depth, `[${segment}] on ${describe(node)}`);
      if (node !== undefined && !isRecord(node)) return fail(depth, `"${segment}" on ${describe(node)}`);
    }
    const container: unknown = isRecord(node) ? node : typeof segment === 'number' ? [] : {};
    if (Array.isArray(container)) return set(container, depth);
    const record = container as Record<string, unknown>;
    const next = set(record[segment], depth + 1);
    const copy: Record<string, unknown> = { ...record };
    if (next === undefined && !strict) delete copy[segment];
    else copy[segment] = next;
    return copy;
  };
  return set(root, 0) as T;
}

/** True when `inner` is `outer` or lies below it (`staff[2].skills` is inside `staff[2]` and `staff`). */
export function isWithin(inner: string, outer: string): boolean {
  if (outer === '') return true;
  if (!inner.startsWith(outer)) return false;
  const next = inner.charAt(outer.length);
  return next === '' || next === '.' || next === '[';
}
