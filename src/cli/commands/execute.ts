/** Runs a planned batch (run, compare, sweep) to the end: replications, then outputs or a shard. */
import { formatShard } from '../../analysis/shards.js';
import { runBatch } from '../batch.js';
import { UsageError } from '../exit.js';
import { finishBatch, finishShard, type BatchPlan } from '../finish.js';
import { note } from '../notes.js';
import { defaultThreads, type BatchCliOptions } from '../options.js';

/** Option combinations that cannot work, refused before anything runs. */
export function checkBatchOptions(options: BatchCliOptions): void {
  if (options.shard !== undefined && options.out === undefined) {
    throw new UsageError('--shard needs --out DIR (a shard only saves results, for merge)');
  }
  if (options.shard !== undefined && (options.json || options.report)) {
    throw new UsageError('--json and --report apply to the merged output, not to a shard (pass them to merge)');
  }
  if (options.report && options.out === undefined) throw new UsageError('--report needs --out DIR');
}

export async function executePlan(plan: BatchPlan, options: BatchCliOptions, label: string): Promise<void> {
  checkBatchOptions(options);
  const outDir = options.out ?? null;
  const outcome = await runBatch(plan.units, {
    threads: options.threads ?? defaultThreads(),
    outDir,
    shard: options.shard ?? null,
    quiet: options.quiet ?? false,
    label,
  });
  if (outcome.reused > 0) note(options.quiet, `reused ${outcome.reused} saved replications from ${outDir}`);
  if (options.shard !== undefined) {
    const saved = await finishShard(plan, options.shard, outcome.results, outDir!);
    note(
      options.quiet,
      `shard ${formatShard(options.shard)}: ${saved} replications saved in ${outDir}; when every shard is done: office-sim merge DIR... --out DIR`,
    );
    return;
  }
  const reports = await finishBatch(plan, outcome.results, { outDir, json: options.json ?? false, report: options.report ?? false, period: options.per });
  if (outDir !== null) note(options.quiet, `wrote ${outDir}: summary.json, summary.csv, replications.csv${reports.length > 0 ? `, ${reports.length === 1 ? 'report.html' : `${reports.length} reports`}` : ''}`);
}
