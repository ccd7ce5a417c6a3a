/**
 * The schema's errors looked up by path: a field asks for the messages at its own path, a tab or
 * list entry for how many errors lie inside it. Messages are the schema's own, as the CLI prints
 * them after the path.
 */
import type { ScenarioError } from '../../sim/schema.js';
import { isWithin } from '../../sim/scenario-file/path.js';

export class ErrorIndex {
  static readonly empty = new ErrorIndex([]);
  private readonly byPath = new Map<string, string[]>();

  constructor(readonly errors: readonly ScenarioError[]) {
    for (const e of errors) {
      const list = this.byPath.get(e.path);
      if (list === undefined) this.byPath.set(e.path, [e.message]);
      else list.push(e.message);
    }
  }

  /** Messages of errors exactly at `path`. */
  at(path: string): readonly string[] {
    return this.byPath.get(path) ?? [];
  }

  /** Number of errors at `path` or below it. */
  countWithin(path: string): number {
    let n = 0;
    for (const e of this.errors) if (isWithin(e.path, path)) n++;
    return n;
  }
}
