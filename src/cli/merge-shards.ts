/**
 * Checking and combining shard outputs: the directories must be exactly the n shards of one batch,
 * and each unit's results, concatenated in shard order, must be replications 0..R-1 exactly once.
 */
import { formatShard } from '../analysis/shards.js';
import type { ReplicationResult } from '../sim/result.js';
import { UsageError } from './exit.js';
import type { StoredBatch } from './read-output.js';

/** The parts of a manifest every shard of one batch shares. */
function identity(b: StoredBatch): string {
  const { tool, engine, command, paths, units } = b.manifest;
  return JSON.stringify({ tool, engine, command, paths, units });
}

/** Checks that the directories are exactly the n shards of one batch; returns them in shard order. */
export function orderShards(batches: readonly StoredBatch[]): StoredBatch[] {
  const first = batches[0]!;
  const count = first.manifest.shard?.count;
  const byIndex = new Map<number, StoredBatch>();
  for (const b of batches) {
    const shard = b.manifest.shard;
    if (shard === null) throw new UsageError(`${b.dir} is a complete output, not a shard (merge takes the outputs of --shard k/n runs)`);
    if (identity(b) !== identity(first)) {
      throw new UsageError(`${b.dir} is a shard of a different batch than ${first.dir} (command, scenarios, replications, version or engine differ)`);
    }
    if (shard.count !== count) throw new UsageError(`${b.dir} holds shard ${formatShard(shard)} but ${first.dir} one of ${count}`);
    const twin = byIndex.get(shard.index);
    if (twin !== undefined) throw new UsageError(`shard ${formatShard(shard)} given twice: ${twin.dir} and ${b.dir}`);
    byIndex.set(shard.index, b);
  }
  const missing: string[] = [];
  for (let k = 1; k <= count!; k++) if (!byIndex.has(k)) missing.push(`${k}/${count}`);
  if (missing.length > 0) throw new UsageError(`missing shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
  return [...byIndex.keys()].sort((a, b) => a - b).map((k) => byIndex.get(k)!);
}

/** Every unit's results from the shards in order, checked to be replications 0..R-1 exactly once. */
export function mergeResults(shards: readonly StoredBatch[]): ReplicationResult[][] {
  const units = shards[0]!.plan.units;
  return units.map((unit, u) => {
    const merged = shards.flatMap((s) => s.results[u]!);
    merged.forEach((r, i) => {
      if (r.replication !== i) throw new Error(`merge: unit ${unit.id} has replication ${r.replication} where ${i} belongs`);
    });
    if (merged.length !== unit.scenario.replications) {
      throw new Error(`merge: unit ${unit.id} has ${merged.length} of ${unit.scenario.replications} replications`);
    }
    return merged;
  });
}

