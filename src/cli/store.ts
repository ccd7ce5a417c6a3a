/**
 * Where finished replications are kept so that nothing is lost: each replication's result is saved
 * as its own file, atomically, the moment it completes (`<out>/.partial/<key>/<r>.json`), and a
 * restarted run reuses every saved result whose scenario hash matches. Results are a pure function of
 * (scenario, replication) for a given tool version, so the key is the scenario hash and the version.
 *
 * A completed output directory (its manifest names each unit's scenario hash) is a second source:
 * rerunning a finished command reuses its results instead of recomputing them.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReplicationResult } from '../sim/result.js';
import { writeFileAtomic } from './atomic.js';
import { PARTIAL_DIR, readManifest, readUnitResults } from './output-dir.js';
import { TOOL_VERSION } from './version.js';

/** A saved result, parsed; null when the file is torn or not the replication it claims to be. */
function parseResult(text: string, replication: number): ReplicationResult | null {
  try {
    const value = JSON.parse(text) as ReplicationResult;
    return value !== null && typeof value === 'object' && value.replication === replication && typeof value.metrics === 'object'
      ? value
      : null;
  } catch {
    return null;
  }
}

export class ResultStore {
  /** Scenario hash -> unit directory of the completed output found at start. */
  private readonly previous: ReadonlyMap<string, string>;
  private readonly created = new Set<string>();

  private constructor(
    /** null: nothing is saved (no --out). */
    readonly outDir: string | null,
    previous: ReadonlyMap<string, string>,
  ) {
    this.previous = previous;
  }

  /** Opens the store of an output directory (or a store that keeps nothing, for runs without --out). */
  static async open(outDir: string | null): Promise<ResultStore> {
    const previous = new Map<string, string>();
    if (outDir !== null) {
      const manifest = await readManifest(outDir).catch(() => null);
      if (manifest !== null && manifest.tool.version === TOOL_VERSION) {
        for (const unit of manifest.units) previous.set(unit.scenarioHash, unit.id);
      }
    }
    return new ResultStore(outDir, previous);
  }

  private partialDir(hash: string): string {
    return join(this.outDir!, PARTIAL_DIR, `${hash}-v${TOOL_VERSION}`);
  }

  /**
   * Saved results of the scenario with this hash, for the wanted replications: each parsed and
   * checked, a torn or foreign file being ignored (that replication simply runs again).
   */
  async load(hash: string, wanted: ReadonlySet<number>): Promise<Map<number, ReplicationResult>> {
    const found = new Map<number, ReplicationResult>();
    if (this.outDir === null || wanted.size === 0) return found;
    const unitId = this.previous.get(hash);
    if (unitId !== undefined) {
      for (const result of await readUnitResults(this.outDir, unitId).catch(() => [])) {
        if (wanted.has(result.replication)) found.set(result.replication, result);
      }
    }
    const dir = this.partialDir(hash);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const match = /^(\d+)\.json$/.exec(name);
      if (!match) continue;
      const replication = Number(match[1]);
      if (!wanted.has(replication) || found.has(replication)) continue;
      const result = parseResult(await readFile(join(dir, name), 'utf8'), replication);
      if (result !== null) found.set(replication, result);
    }
    return found;
  }

  /** Saves one finished replication (its JSON text) atomically; a no-op without an output directory. */
  async save(hash: string, replication: number, json: string): Promise<void> {
    if (this.outDir === null) return;
    const dir = this.partialDir(hash);
    if (!this.created.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.created.add(dir);
    }
    await writeFileAtomic(join(dir, `${replication}.json`), json);
  }
}
