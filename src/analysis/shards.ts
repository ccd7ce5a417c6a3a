/**
 * Deterministic shards of a batch: shard k of n runs one contiguous slice of the batch's work items
 * (replications, or variant/point × replication pairs, flattened in a fixed order), so that the n
 * slices concatenated in shard order are exactly the unsharded list. Shards can then run on any batch
 * engine (a Kubernetes indexed Job, a Slurm job array, a CI matrix) and be merged byte for byte.
 */

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  /** 1..count: the k of `--shard k/n`. */
  readonly index: number;
  /** n: how many shards the batch is split into. */
  readonly count: number;
}

/** More shards than this is almost certainly a typo (and would leave most shards empty). */
export const MAX_SHARDS = 100_000;

const SHARD = /^(\d+)\/(\d+)$/;

/** Parses `k/n` (k from 1 to n); throws `invalid --shard: <text> (...)` otherwise. */
export function parseShard(text: string): Shard {
  const match = SHARD.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match) throw new Error(`invalid --shard: ${text} (expected k/n, e.g. 2/8)`);
  if (!(count >= 1 && count <= MAX_SHARDS)) throw new Error(`invalid --shard: ${text} (n must be 1 to ${MAX_SHARDS})`);
  if (!(index >= 1 && index <= count)) throw new Error(`invalid --shard: ${text} (k must be 1 to ${count})`);
  return { index, count };
}

/** Prints a shard as `k/n`. */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/** A half-open range of work-item indexes `[start, end)`. */
export interface ShardRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The items of shard k out of `total`: contiguous, sizes differing by at most one, in shard order,
 * covering 0..total-1 exactly once over k = 1..n. A shard may be empty when n > total.
 */
export function shardRange(total: number, shard: Shard): ShardRange {
  if (!(Number.isInteger(total) && total >= 0)) throw new Error(`invalid total: ${total}`);
  const { index, count } = shard;
  if (!(Number.isInteger(count) && count >= 1)) throw new Error(`invalid shard count: ${count}`);
  if (!(Number.isInteger(index) && index >= 1 && index <= count)) throw new Error(`invalid shard index: ${index}`);
  return { start: Math.floor(((index - 1) * total) / count), end: Math.floor((index * total) / count) };
}
