/**
 * The layout of an output directory (`--out DIR`) and the order in which it is written.
 *
 *   manifest.json           what ran: command, shard, engine, units with their scenario hashes, and
 *                           every file written with its SHA-256 (written last)
 *   summary.json            the JSON output of the command (scenario-format.md's contract)
 *   summary.csv             metric summaries as a table
 *   replications.csv        one row per replication of every unit, one column per metric
 *   learning.csv            run only, when a skill has a learning curve: proficiency per person, skill and day
 *   report.html             with --report (report-<unit>.html for a run of several files)
 *   units/<id>/scenario.json    the scenario as run (the SHA-256 of its canonical form is its hash)
 *   units/<id>/results.jsonl    one replication result per line, in replication order
 *   .partial/               results saved while a run is under way (see store.ts); removed at the end
 *   .office-sim             marks the directory as office-sim's from the first moment a command uses it
 *   .office-sim.lock        held while a command writes here (output-lock.ts)
 *
 * A unit is one scenario run for a number of replications: a file of `run`, a variant of `compare`,
 * a point of `sweep`. The manifest is removed before anything else is rewritten and written after
 * everything else, so whenever it exists it describes the files beside it; shards and merge rely on it.
 *
 * Never touch what is not ours: a directory that is not empty and not an office-sim output is refused
 * unless --force; inside our output, only the files a manifest of ours lists are ever replaced or
 * removed, so a user's own files beside them (notes, a units/ folder of theirs) stay as they are.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Shard } from '../analysis/shards.js';
import type { SweepValue } from '../analysis/sweep.js';
import type { ReplicationResult } from '../sim/result.js';
import { writeChunksAtomic, writeFileAtomic } from './atomic.js';
import { UsageError } from './exit.js';
import { jsonLines } from './json-stream.js';
import { LOCK_FILE } from './output-lock.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export const MANIFEST_FILE = 'manifest.json';
export const UNITS_DIR = 'units';
export const PARTIAL_DIR = '.partial';
/** Written into a directory when an office-sim command first takes it. */
export const OWNER_FILE = '.office-sim';

export const BATCH_COMMANDS = ['run', 'compare', 'sweep'] as const;
export type BatchCommand = (typeof BATCH_COMMANDS)[number];
/** Commands whose --out directories carry a manifest: the batches, and the planners (training: plan.json, plans/; staffing). */
export const OUTPUT_COMMANDS = [...BATCH_COMMANDS, 'plan-training', 'plan-staff'] as const;
export type OutputCommand = (typeof OUTPUT_COMMANDS)[number];

/** A unit id as units.ts makes them (`3-main-street`): one path segment, never `..` or a slash. */
export const UNIT_ID = /^[1-9]\d{0,8}-[a-z0-9.-]{1,40}$/;
/** Files a manifest may list: exactly the names this module writes. */
const OUTPUT_FILE = /^(plan\.json|frontier\.csv|plans\/[1-9]\d{0,8}\.yaml|summary\.json|summary\.csv|replications\.csv|report\.html|staffing\.json|requirements\.csv|shifts\.csv|roster\.csv|office\.yaml|report-[1-9]\d{0,8}-[a-z0-9.-]{1,40}\.html|units\/[1-9]\d{0,8}-[a-z0-9.-]{1,40}\/(scenario\.json|results\.jsonl))$/;

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
  /** The engine fingerprint (engine-fingerprint.ts) the results were computed with; absent in old outputs. */
  readonly engine?: string;
  readonly command: OutputCommand;
  /** The shard this directory holds; null for a complete (unsharded or merged) output. */
  readonly shard: Shard | null;
  /** Sweeps: the varied paths in axis order; null otherwise. */
  readonly paths: readonly string[] | null;
  readonly units: readonly ManifestUnit[];
  /** Every file written (relative path -> SHA-256), the manifest aside; absent in old outputs. */
  readonly files?: Readonly<Record<string, string>>;
}

/** SHA-256 in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function newManifest(
  command: OutputCommand,
  shard: Shard | null,
  paths: readonly string[] | null,
  units: readonly ManifestUnit[],
  engine: string,
  files: Readonly<Record<string, string>>,
): Manifest {
  return { formatVersion: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, engine, command, shard, paths, units, files };
}

/** Thrown when a manifest.json is not one of ours or is damaged; the message says what is wrong. */
export class InvalidManifestError extends Error {}

function checkManifest(value: unknown, path: string): Manifest {
  const bad = (why: string): never => {
    throw new InvalidManifestError(`${path} is not an office-sim manifest (${why})`);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad('not a JSON object');
  const m = value as Manifest;
  if (m.formatVersion !== 1 || m.tool?.name !== TOOL_NAME || !(OUTPUT_COMMANDS as readonly string[]).includes(m.command)) return bad('no office-sim tool, format or command');
  if (!Array.isArray(m.units)) return bad('no units');
  const ids = new Set<string>();
  for (const unit of m.units) {
    // Ids become paths under --out: one that is not ours (`../../x`) could write anywhere.
    if (typeof unit?.id !== 'string' || !UNIT_ID.test(unit.id)) return bad(`invalid unit id ${JSON.stringify(unit?.id)}`);
    if (ids.has(unit.id)) return bad(`unit id ${unit.id} given twice`);
    ids.add(unit.id);
    if (typeof unit.scenarioHash !== 'string' || !/^[0-9a-f]{64}$/.test(unit.scenarioHash)) return bad(`invalid scenario hash of unit ${unit.id}`);
  }
  if (m.files !== undefined) {
    if (m.files === null || typeof m.files !== 'object') return bad('invalid files');
    for (const [file, hash] of Object.entries(m.files)) {
      if (!OUTPUT_FILE.test(file) || typeof hash !== 'string') return bad(`invalid file entry ${JSON.stringify(file)}`);
    }
  }
  return m;
}

/**
 * The manifest of an output directory; null when there is none (nothing complete there). Throws
 * InvalidManifestError when manifest.json is not office-sim's or is damaged (bad JSON, unsafe ids).
 */
export async function readManifest(dir: string): Promise<Manifest | null> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidManifestError(`${path} is not an office-sim manifest (not JSON)`);
  }
  return checkManifest(value, path);
}

/** The files a manifest accounts for: its `files`, or for outputs written before it listed them, the standard names. */
function listedFiles(manifest: Manifest): string[] {
  if (manifest.files !== undefined) return Object.keys(manifest.files);
  const files = ['summary.json', 'summary.csv', 'replications.csv', 'report.html'];
  for (const unit of manifest.units) {
    files.push(`${UNITS_DIR}/${unit.id}/scenario.json`, `${UNITS_DIR}/${unit.id}/results.jsonl`, `report-${unit.id}.html`);
  }
  return files;
}

/**
 * Makes sure `--out DIR` can be written, before anything is computed: creates it when missing;
 * refuses (exit 2) a path that is a file, and a directory that is not empty and not an office-sim
 * output unless `force`. Marks the directory as ours and returns the manifest found there (null if
 * none), whose files are the only ones a later rewrite replaces or removes.
 */
export async function claimOutput(dir: string, force: boolean): Promise<Manifest | null> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (info !== null && !info.isDirectory()) {
    throw new UsageError(`--out ${dir} is a file, not a directory: give a directory (new, empty, or an earlier output)`);
  }
  await mkdir(dir, { recursive: true });
  const entries = (await readdir(dir)).filter((name) => name !== LOCK_FILE);
  let manifest: Manifest | null = null;
  let foreign: string | null = null;
  try {
    manifest = await readManifest(dir);
  } catch (error) {
    if (!(error instanceof InvalidManifestError)) throw error;
    foreign = error.message;
  }
  const ours = manifest !== null || entries.includes(OWNER_FILE);
  if (entries.length > 0 && !ours && !force) {
    throw new UsageError(
      `--out ${dir} is not empty and is not an office-sim output (${foreign ?? 'no manifest.json of ours'}): refusing to write into it. ` +
        'Give a new or empty directory, or add --force to write office-sim\'s files there (replacing files of the same names; nothing else is removed)',
    );
  }
  if (foreign !== null && !force) {
    throw new UsageError(`--out ${dir}: ${foreign}; refusing to overwrite it (add --force to replace it)`);
  }
  if (!entries.includes(OWNER_FILE)) {
    await writeFileAtomic(join(dir, OWNER_FILE), `${JSON.stringify({ tool: TOOL_NAME, note: 'an office-sim output directory; see manifest.json' })}\n`);
  }
  return manifest;
}

export function unitDir(dir: string, unitId: string): string {
  if (!UNIT_ID.test(unitId)) throw new Error(`invalid unit id: ${JSON.stringify(unitId)}`);
  return join(dir, UNITS_DIR, unitId);
}

/** Relative paths of a unit's files, as the manifest lists them. */
export function unitFiles(unitId: string): { scenario: string; results: string } {
  return { scenario: `${UNITS_DIR}/${unitId}/scenario.json`, results: `${UNITS_DIR}/${unitId}/results.jsonl` };
}

/**
 * Reads a file of JSON lines in chunks (never the whole file as one string), calling `onLine` for
 * each non-empty line; resolves to the SHA-256 of the bytes read. `chunkBytes` exists for tests.
 */
export async function readJsonLines(path: string, onLine: (line: string) => void, chunkBytes = 1 << 20): Promise<string> {
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
    hash.update(chunk as Buffer);
    const text = rest + decoder.write(chunk as Buffer);
    const lines = text.split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line !== '') onLine(line);
  }
  rest += decoder.end();
  if (rest !== '') onLine(rest);
  return hash.digest('hex');
}

/** The results saved for a unit, in file order (replication order), and the file's SHA-256. */
export async function readUnitResults(dir: string, unitId: string): Promise<{ results: ReplicationResult[]; sha256: string }> {
  const results: ReplicationResult[] = [];
  const hash = await readJsonLines(join(unitDir(dir, unitId), 'results.jsonl'), (line) => results.push(JSON.parse(line) as ReplicationResult));
  return { results, sha256: hash };
}

/** A unit's scenario as stored (JSON text). */
export async function readUnitScenario(dir: string, unitId: string): Promise<string> {
  return readFile(join(unitDir(dir, unitId), 'scenario.json'), 'utf8');
}

/** Starts rewriting an output directory: removes the manifest, so the directory no longer claims to be complete. */
export async function beginOutput(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await rm(join(dir, MANIFEST_FILE), { force: true });
}

/** Writes a unit's scenario and results (streamed, one line per replication); returns the files with their SHA-256. */
export async function writeUnit(
  dir: string,
  unitId: string,
  scenarioJson: string,
  results: readonly ReplicationResult[],
): Promise<Record<string, string>> {
  const files = unitFiles(unitId);
  return {
    [files.scenario]: await writeFileAtomic(join(dir, files.scenario), scenarioJson),
    [files.results]: await writeChunksAtomic(join(dir, files.results), jsonLines(results)),
  };
}

/**
 * Removes the files the previous manifest listed that this rewrite did not write again (a report
 * no longer asked for, units of a different batch), and their unit folders when left empty. Files
 * no manifest of ours listed are never touched.
 */
export async function removeStale(dir: string, previous: Manifest | null, written: Readonly<Record<string, string>>): Promise<void> {
  if (previous === null) return;
  const folders = new Set<string>();
  for (const file of listedFiles(previous)) {
    if (Object.hasOwn(written, file) || !OUTPUT_FILE.test(file)) continue;
    await rm(join(dir, file), { force: true });
    if (file.startsWith(`${UNITS_DIR}/`)) folders.add(file.slice(0, file.lastIndexOf('/')));
  }
  for (const folder of [...folders, UNITS_DIR]) await rmdir(join(dir, folder)).catch(() => {});
}

/** Directories of saved results under .partial (store.ts names them `<scenario hash>-e<engine>`). */
export const PARTIAL_KEY = /^[0-9a-f]{64}-(e[0-9a-f]{16}|v[0-9A-Za-z.+-]+)$/;

/** Ends the rewrite: the manifest goes in last, then the saved partial results are no longer needed. */
export async function finishOutput(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const partial = join(dir, PARTIAL_DIR);
  for (const name of await readdir(partial).catch(() => [] as string[])) {
    if (PARTIAL_KEY.test(name)) await rm(join(partial, name), { recursive: true, force: true });
  }
  await rmdir(partial).catch(() => {});
}
