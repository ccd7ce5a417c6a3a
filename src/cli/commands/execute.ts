/**
 * Runs a planned batch (run, compare, sweep) to the end: replications, then outputs or a shard.
 * With --out, the directory is claimed (refused if it is someone else's) and locked before anything
 * is computed, and SIGINT/SIGTERM end the command with exit 3 at any point, outputs included.
 */
import type { Scenario } from '../../sim/scenario.js';
import { mkdir, stat } from 'node:fs/promises';
import { formatShard } from '../../analysis/shards.js';
import { runBatch } from '../batch.js';
import { UsageError } from '../exit.js';
import { finishBatch, finishShard, type BatchPlan } from '../finish.js';
import { Interrupts } from '../interrupt.js';
import { note } from '../notes.js';
import { defaultThreads, type BatchCliOptions } from '../options.js';
import { claimOutput, type Manifest } from '../output-dir.js';
import { lockOutput, type OutputLock } from '../output-lock.js';

/** Option combinations that cannot work, refused before anything runs. */
export function checkBatchOptions(options: BatchCliOptions): void {
  if (options.shard !== undefined && options.out === undefined) {
    throw new UsageError('--shard needs --out DIR (a shard only saves results, for merge)');
  }
  if (options.shard !== undefined && (options.json || options.report)) {
    throw new UsageError('--json and --report apply to the merged output, not to a shard (pass them to merge)');
  }
  if (options.report && options.out === undefined) throw new UsageError('--report needs --out DIR');
  if (options.force && options.out === undefined) throw new UsageError('--force needs --out DIR');
}

/**
 * Claims and locks `--out DIR` for `command` (see output-dir.ts and output-lock.ts), runs `work` with
 * the manifest found there, and releases the lock however `work` ends.
 */
export async function withOutput<T>(
  dir: string,
  command: string,
  options: { readonly force?: boolean | undefined; readonly quiet?: boolean | undefined },
  work: (previous: Manifest | null) => Promise<T>,
): Promise<T> {
  // The lock first: ownership is judged (and the marker written) by one command at a time.
  await claimOutputPath(dir);
  const lock: OutputLock = await lockOutput(dir, command, (text) => note(options.quiet, text));
  try {
    return await work(await claimOutput(dir, options.force ?? false));
  } finally {
    await lock.release();
  }
}

/** A path that is a file cannot be an output directory: said before the lock is tried. */
async function claimOutputPath(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info !== null && !info.isDirectory()) {
    throw new UsageError(`--out ${dir} is a file, not a directory: give a directory (new, empty, or an earlier output)`);
  }
  await mkdir(dir, { recursive: true });
}

export async function executePlan(plan: BatchPlan, options: BatchCliOptions, label: string): Promise<void> {
  checkBatchOptions(options);
  const interrupts = Interrupts.trap();
  try {
    if (options.out === undefined) {
      await execute(plan, options, label, null, null, interrupts);
    } else {
      const outDir = options.out;
      await withOutput(outDir, plan.command, options, (previous) => execute(plan, options, label, outDir, previous, interrupts));
    }
  } finally {
    interrupts.release();
  }
}

async function execute(
  plan: BatchPlan,
  options: BatchCliOptions,
  label: string,
  outDir: string | null,
  previous: Manifest | null,
  interrupts: Interrupts,
): Promise<void> {
  const outcome = await runBatch(plan.units, {
    threads: options.threads ?? defaultThreads(),
    outDir,
    previous,
    shard: options.shard ?? null,
    quiet: options.quiet ?? false,
    label,
    interrupts,
  });
  for (const text of outcome.distrusted) note(options.quiet, `note: ${text}`);
  if (outcome.reused > 0) note(options.quiet, `reused ${outcome.reused} saved replications from ${outDir}`);
  if (options.shard !== undefined) {
    const saved = await finishShard(plan, options.shard, outcome.results, outDir!, previous, interrupts);
    note(
      options.quiet,
      `shard ${formatShard(options.shard)}: ${saved} replications saved in ${outDir}; when every shard is done: office-sim merge DIR... --out DIR`,
    );
    return;
  }
  const reports = await finishBatch(plan, outcome.results, { outDir, json: options.json ?? false, report: options.report ?? false, previous, interrupts, period: options.per });
  const learning = plan.command === 'run' && plan.units.some((u) => (JSON.parse(u.scenarioJson) as Scenario).staff.some((p) => p.learning !== undefined)) ? ', learning.csv' : '';
  if (outDir !== null) note(options.quiet, `wrote ${outDir}: summary.json, summary.csv, replications.csv${learning}${reports.length > 0 ? `, ${reports.length === 1 ? 'report.html' : `${reports.length} reports`}` : ''}`);
}
