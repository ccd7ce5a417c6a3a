/**
 * What the report command renders: the stored batch of an output directory, or a scenario file run
 * now; and where each report file goes.
 */
import type { Period } from '../analysis/period.js';
import { stat } from 'node:fs/promises';
import { formatShard } from '../analysis/shards.js';
import type { ReplicationResult } from '../sim/result.js';
import { runBatch } from './batch.js';
import { UsageError } from './exit.js';
import type { BatchPlan } from './finish.js';
import { warn } from './notes.js';
import { defaultThreads } from './options.js';
import { NotAnOutputError, readBatch } from './read-output.js';
import { applyOverrides, loadScenarios } from './scenarios.js';
import { makeUnit } from './units.js';

export interface ReportOptions {
  readonly out: string;
  readonly replications?: number;
  readonly seed?: number;
  readonly threads?: number;
  readonly quiet?: boolean;
  readonly per?: Period;
}

export interface ReportSource {
  readonly plan: BatchPlan;
  readonly results: readonly (readonly ReplicationResult[])[];
}

/** Where report i of n goes: the --out path itself, or `<out>-<unit id>.html` when there are several. */
export function reportPath(out: string, unitId: string, count: number): string {
  if (count === 1) return out;
  return `${out.replace(/\.html?$/i, '')}-${unitId}.html`;
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A finished (unsharded or merged) output directory. */
export async function fromDirectory(dir: string, options: ReportOptions): Promise<ReportSource> {
  if (options.replications !== undefined || options.seed !== undefined) {
    throw new UsageError('--replications and --seed apply to a scenario file, not to a finished output directory');
  }
  try {
    const batch = await readBatch(dir);
    if (batch.manifest.shard !== null) {
      throw new UsageError(`${dir} holds shard ${formatShard(batch.manifest.shard)} only; merge the shards first (office-sim merge)`);
    }
    return { plan: batch.plan, results: batch.results };
  } catch (error) {
    if (error instanceof NotAnOutputError) throw new UsageError(error.message);
    throw error;
  }
}

/** A scenario file, run now like `run` (nothing saved). */
export async function fromFile(file: string, options: ReportOptions): Promise<ReportSource> {
  const [loaded] = await loadScenarios([file]);
  warn(options.quiet, loaded!.warnings);
  const plan: BatchPlan = { command: 'run', paths: null, units: [makeUnit(0, loaded!.scenario.name, file, applyOverrides(loaded!.scenario, options))] };
  const outcome = await runBatch(plan.units, {
    threads: options.threads ?? defaultThreads(),
    outDir: null,
    shard: null,
    quiet: options.quiet ?? false,
    label: loaded!.scenario.name,
  });
  return { plan, results: outcome.results };
}
