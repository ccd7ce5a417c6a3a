/**
 * The layout of an output directory (`--out DIR`) and the order in which it is written.
 *
 *   manifest.json           what ran: command, shard, units with their scenario hashes (written last)
 *   summary.json            the JSON output of the command (scenario-format.md's contract)
 *   summary.csv             metric summaries as a table
 *   replications.csv        one row per replication of every unit, one column per metric
 *   report.html             with --report
 *   units/<id>/scenario.json    the scenario as run (the SHA-256 of its canonical form is its hash)
 *   units/<id>/results.jsonl    one replication result per line, in replication order
 *   .partial/               results saved while a run is under way (see store.ts); removed at the end
 *
 * A unit is one scenario run for a number of replications: a file of `run`, a variant of `compare`,
 * a point of `sweep`. The manifest is removed before anything else is rewritten and written after
 * everything else, so whenever it exists it describes the files beside it; shards and merge rely on it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Shard } from '../analysis/shards.js';
import type { SweepValue } from '../analysis/sweep.js';
import type { ReplicationResult } from '../sim/result.js';
import { writeFileAtomic } from './atomic.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export const MANIFEST_FILE = 'manifest.json';
export const UNITS_DIR = 'units';
export const PARTIAL_DIR = '.partial';

export const BATCH_COMMANDS = ['run', 'compare', 'sweep'] as const;
export type BatchCommand = (typeof BATCH_COMMANDS)[number];

export interface ManifestUnit {
  /** Directory name under units/. */
  readonly id: string;
  /** The file name for `run`, the variant name for `compare`, the point for `sweep`. */
  readonly label: string;
  /** The scenario file as named on the command line. */
  readonly source: string;
  /** SHA-256 of the canonical JSON of units/<id>/scenario.json: the contract's `scenarioHash`. */
  readonly scenarioHash: string;
  readonly replications: number;
  /** Sweep points: the value of each varied path; null otherwise. */
  readonly values: Readonly<Record<string, SweepValue>> | null;
}

export interface Manifest {
  readonly formatVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly command: BatchCommand;
  /** The shard this directory holds; null for a complete (unsharded or merged) output. */
  readonly shard: Shard | null;
  /** Sweeps: the varied paths in axis order; null otherwise. */
  readonly paths: readonly string[] | null;
  readonly units: readonly ManifestUnit[];
}

/** SHA-256 in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function newManifest(
  command: BatchCommand,
  shard: Shard | null,
  paths: readonly string[] | null,
  units: readonly ManifestUnit[],
): Manifest {
  return { formatVersion: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, command, shard, paths, units };
}

/** The manifest of an output directory; null when there is none (nothing complete there). */
export async function readManifest(dir: string): Promise<Manifest | null> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.formatVersion !== 1 || !Array.isArray(manifest.units) || !BATCH_COMMANDS.includes(manifest.command)) {
    throw new Error(`invalid manifest: ${join(dir, MANIFEST_FILE)}`);
  }
  return manifest;
}

export function unitDir(dir: string, unitId: string): string {
  return join(dir, UNITS_DIR, unitId);
}

/** The results saved for a unit, in file order (replication order). */
export async function readUnitResults(dir: string, unitId: string): Promise<ReplicationResult[]> {
  const text = await readFile(join(unitDir(dir, unitId), 'results.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ReplicationResult);
}

/** A unit's scenario as stored (JSON text). */
export async function readUnitScenario(dir: string, unitId: string): Promise<string> {
  return readFile(join(unitDir(dir, unitId), 'scenario.json'), 'utf8');
}

/** One replication result per line; JSON keeps every double exactly, so a reread result is identical. */
export function resultsJsonl(results: readonly ReplicationResult[]): string {
  let text = '';
  for (const r of results) text += `${JSON.stringify(r)}\n`;
  return text;
}

/**
 * Starts rewriting an output directory: removes the manifest (the directory no longer claims to be
 * complete) and the previous units.
 */
export async function beginOutput(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await rm(join(dir, MANIFEST_FILE), { force: true });
  await rm(join(dir, UNITS_DIR), { recursive: true, force: true });
}

/** Writes a unit's scenario and results. */
export async function writeUnit(
  dir: string,
  unitId: string,
  scenarioJson: string,
  results: readonly ReplicationResult[],
): Promise<void> {
  await writeFileAtomic(join(unitDir(dir, unitId), 'scenario.json'), scenarioJson);
  await writeFileAtomic(join(unitDir(dir, unitId), 'results.jsonl'), resultsJsonl(results));
}

/** Ends the rewrite: the manifest goes in last, then the saved partial results are no longer needed. */
export async function finishOutput(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(join(dir, PARTIAL_DIR), { recursive: true, force: true });
}
