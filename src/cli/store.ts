/**
 * Where finished replications are kept so that nothing is lost: each replication's result is saved
 * as its own file, atomically, the moment it completes (`<out>/.partial/<key>/<r>.json`), and a
 * restarted run reuses every saved result it can trust:
 * - the key is the scenario hash and the ENGINE FINGERPRINT (a hash of the engine's sources computed
 *   by the build), so a new engine never reuses an old engine's numbers;
 * - each file carries the SHA-256 of its result text; a file that fails it (edited, torn, emptied)
 *   or does not look like the replication it claims to be is ignored, and that replication runs again.
 *
 * A completed output directory (its manifest names each unit's scenario hash, the engine and each
 * file's SHA-256) is a second source: rerunning a finished command reuses its results when the engine
 * and the checksum of units/<id>/results.jsonl match.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReplicationResult } from '../sim/result.js';
import { writeFileAtomic } from './atomic.js';
import { ENGINE_FINGERPRINT } from './engine-fingerprint.js';
import { PARTIAL_DIR, readUnitResults, unitFiles, type Manifest } from './output-dir.js';

const PREFIX = '{"sha256":"';
const MIDDLE = '","result":';

/** The text of a saved replication: its result's JSON text with the SHA-256 of that text. */
export function savedText(json: string, sha256: (text: string) => string): string {
  return `${PREFIX}${sha256(json)}${MIDDLE}${json}}\n`;
}

/** A result as the batch needs it: the replication it claims to be, with metrics. */
export function plausibleResult(value: unknown, replication: number): value is ReplicationResult {
  if (value === null || typeof value !== 'object') return false;
  const r = value as ReplicationResult;
  return (
    r.replication === replication &&
    r.metrics !== null &&
    typeof r.metrics === 'object' &&
    Object.keys(r.metrics).length > 0 &&
    r.series !== null &&
    typeof r.series === 'object'
  );
}

/** A saved result, checked and parsed; null when the checksum fails or it is not the replication it claims to be. */
export function parseSaved(text: string, replication: number, sha256: (text: string) => string): ReplicationResult | null {
  const end = text.endsWith('}\n') ? text.length - 2 : text.endsWith('}') ? text.length - 1 : -1;
  const start = PREFIX.length + 64 + MIDDLE.length;
  if (end < start || !text.startsWith(PREFIX) || text.slice(PREFIX.length + 64, start) !== MIDDLE) return null;
  const json = text.slice(start, end);
  if (sha256(json) !== text.slice(PREFIX.length, PREFIX.length + 64)) return null;
  try {
    const value: unknown = JSON.parse(json);
    return plausibleResult(value, replication) ? value : null;
  } catch {
    return null;
  }
}

export class ResultStore {
  /** Notes on what was not trusted (shown on stderr). */
  readonly distrusted: string[] = [];
  private readonly created = new Set<string>();

  constructor(
    /** null: nothing is saved (no --out). */
    readonly outDir: string | null,
    /** The completed output found at start (its manifest), if any. */
    private readonly previous: Manifest | null,
    private readonly sha256: (text: string) => string,
  ) {}

  private partialDir(hash: string): string {
    return join(this.outDir!, PARTIAL_DIR, `${hash}-e${ENGINE_FINGERPRINT}`);
  }

  /** Results of a completed output's unit with this scenario hash, when its engine and checksum match. */
  private async fromPrevious(hash: string): Promise<ReplicationResult[]> {
    const manifest = this.previous;
    if (this.outDir === null || manifest === null || manifest.engine !== ENGINE_FINGERPRINT || manifest.files === undefined) return [];
    const unit = manifest.units.find((u) => u.scenarioHash === hash);
    if (unit === undefined) return [];
    const file = unitFiles(unit.id).results;
    const expected = manifest.files[file];
    try {
      const { results, sha256 } = await readUnitResults(this.outDir, unit.id);
      if (sha256 === expected) return results;
      this.distrusted.push(`${file} does not match its checksum in manifest.json: its replications are computed again`);
    } catch {
      this.distrusted.push(`${file} cannot be read: its replications are computed again`);
    }
    return [];
  }

  /**
   * Saved results of the scenario with this hash, for the wanted replications: each checked, any
   * that fails its checksum or does not look like a result being ignored (that replication runs again).
   */
  async load(hash: string, wanted: ReadonlySet<number>): Promise<Map<number, ReplicationResult>> {
    const found = new Map<number, ReplicationResult>();
    if (this.outDir === null || wanted.size === 0) return found;
    for (const result of await this.fromPrevious(hash)) {
      if (wanted.has(result.replication) && plausibleResult(result, result.replication)) found.set(result.replication, result);
    }
    const dir = this.partialDir(hash);
    let rejected = 0;
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const match = /^(\d+)\.json$/.exec(name);
      if (!match) continue;
      const replication = Number(match[1]);
      if (!wanted.has(replication) || found.has(replication)) continue;
      const result = parseSaved(await readFile(join(dir, name), 'utf8'), replication, this.sha256);
      if (result !== null) found.set(replication, result);
      else rejected++;
    }
    if (rejected > 0) {
      this.distrusted.push(`${rejected} saved replication${rejected === 1 ? '' : 's'} in ${dir} failed the checksum: computed again`);
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
    await writeFileAtomic(join(dir, `${replication}.json`), savedText(json, this.sha256));
  }
}
