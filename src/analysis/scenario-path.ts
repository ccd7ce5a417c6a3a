/**
 * Addresses of values inside a raw scenario file, written the way the schema's errors print them:
 * `policy.frontMinimum`, `staff[1].skills.front`, `customers[0].arrivals.perHour`,
 * `skills["front desk"]`. A list of named entries (customers, tasks, staff) can also be indexed by
 * name: `staff[ana].wagePerHour`, `customers["order pickup"].revenue`.
 *
 * Setting a value is immutable (the file object is shared, never modified) so one parsed file can
 * feed every point of a sweep.
 */

/** A step into the file: an object key, an array position, or (in an array) the entry with that `name`. */
export type ScenarioPathStep =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'index'; readonly index: number };

export interface ScenarioPath {
  /** The path as written. */
  readonly text: string;
  readonly steps: readonly ScenarioPathStep[];
}

/** Characters of a dotted step: everything but the separators. */
const BARE = /^[^.[\]"\s]+/;
const INDEX = /^\[(\d+)\]/;
const QUOTED = /^\[("(?:[^"\\]|\\.)*")\]/;
const NAMED = /^\[([^\]"]+)\]/;

/** Parses a path; throws `invalid path: <text> (...)` when it is malformed. */
export function parseScenarioPath(text: string): ScenarioPath {
  const steps: ScenarioPathStep[] = [];
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
      steps.push({ kind: 'index', index: Number(match[1]) });
    } else if ((match = QUOTED.exec(rest))) {
      let key: string;
      try {
        key = JSON.parse(match[1]!) as string;
      } catch {
        return fail(`bad quoted key ${match[1]}`);
      }
      steps.push({ kind: 'key', key });
    } else if ((match = NAMED.exec(rest))) {
      steps.push({ kind: 'key', key: match[1]!.trim() });
    } else if ((match = BARE.exec(rest))) {
      steps.push({ kind: 'key', key: match[0] });
    } else {
      fail(rest.startsWith('[') ? 'unclosed or empty [ ]' : 'empty step');
    }
    rest = rest.slice(match![0].length);
  }
  if (steps.length > 0 && text.endsWith('.')) fail('ends with "."');
  return { text, steps };
}

function describe(node: unknown): string {
  if (node === null) return 'empty';
  if (Array.isArray(node)) return `a list of ${node.length}`;
  return typeof node === 'object' ? 'a mapping' : `the value ${JSON.stringify(node)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Position of the entry named `name` in a list of named entries, or -1. */
function indexOfName(list: readonly unknown[], name: string): number {
  return list.findIndex((entry) => isRecord(entry) && entry['name'] === name);
}

/**
 * A copy of `root` with `value` at `path`. Missing mapping keys are created along the way (setting
 * `policy.frontMinimum` in a file without `policy`); list positions must exist, and a name must
 * match one entry. Throws `invalid path: <path> (...)` saying where the path leads nowhere.
 */
export function setScenarioValue<T>(root: T, path: ScenarioPath, value: unknown): T {
  const fail = (depth: number, why: string): never => {
    throw new Error(`invalid path: ${path.text} (${why} at step ${depth + 1})`);
  };
  const set = (node: unknown, depth: number): unknown => {
    if (depth === path.steps.length) return value;
    const step = path.steps[depth]!;
    if (Array.isArray(node)) {
      let at: number;
      if (step.kind === 'index') {
        at = step.index;
        if (at >= node.length) fail(depth, `index ${at} but the list has ${node.length} entries`);
      } else {
        at = indexOfName(node, step.key);
        if (at < 0) fail(depth, `no entry named "${step.key}"`);
      }
      const copy = node.slice();
      copy[at] = set(node[at], depth + 1);
      return copy;
    }
    if (step.kind === 'index') return fail(depth, `[${step.index}] on ${describe(node)}`);
    if (node === undefined) return { [step.key]: set(undefined, depth + 1) };
    if (!isRecord(node)) return fail(depth, `"${step.key}" on ${describe(node)}`);
    const copy: Record<string, unknown> = { ...node };
    copy[step.key] = set(node[step.key], depth + 1);
    return copy;
  };
  return set(root, 0) as T;
}

/** The value at `path`, or undefined when the path leads nowhere. */
export function getScenarioValue(root: unknown, path: ScenarioPath): unknown {
  let node = root;
  for (const step of path.steps) {
    if (Array.isArray(node)) {
      node = step.kind === 'index' ? node[step.index] : node[indexOfName(node, step.key)];
    } else if (isRecord(node) && step.kind === 'key') {
      node = Object.hasOwn(node, step.key) ? node[step.key] : undefined;
    } else {
      return undefined;
    }
  }
  return node;
}
