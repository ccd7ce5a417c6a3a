/**
 * Sharding: the n shards of a batch, merged, give the unsharded output byte for byte, for a run (an
 * uneven split of replications) and a sweep (slices that cut through grid points).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, readTree, SMALL, tempDir } from './helpers.js';

describe('shard + merge = unsharded', () => {
  const dir = tempDir();

  it('for a run split 3 ways (7 replications: 2, 2, 3)', () => {
    const args = ['run', SMALL, '--replications', '7', '--threads', '2', '--quiet'];
    const whole = cli([...args, '--out', join(dir, 'run-whole'), '--json']);
    expect(whole.code, whole.stderr).toBe(0);
    for (const k of [1, 2, 3]) {
      const shard = cli([...args, '--shard', `${k}/3`, '--out', join(dir, `run-shard-${k}`)]);
      expect(shard.code, shard.stderr).toBe(0);
      // A shard prints nothing: its results are for merge.
      expect(shard.stdout).toBe('');
      expect(Object.keys(readTree(join(dir, `run-shard-${k}`))).sort()).toEqual(['.office-sim', 'manifest.json', 'units/1-small-office/results.jsonl', 'units/1-small-office/scenario.json']);
    }
    // Shards in any order on the command line.
    const merged = cli(['merge', join(dir, 'run-shard-3'), join(dir, 'run-shard-1'), join(dir, 'run-shard-2'), '--out', join(dir, 'run-merged'), '--json', '--quiet']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expect(readTree(join(dir, 'run-merged'))).toEqual(readTree(join(dir, 'run-whole')));
  });

  it('for a sweep of 3 points x 4 replications split 2 ways (the cut falls inside the second point)', () => {
    const args = ['sweep', SMALL, '--vary', 'customers[0].patience.mean=6..18:6', '--replications', '4', '--threads', '2', '--quiet'];
    const whole = cli([...args, '--out', join(dir, 'sweep-whole')]);
    expect(whole.code, whole.stderr).toBe(0);
    for (const k of [1, 2]) expect(cli([...args, '--shard', `${k}/2`, '--out', join(dir, `sweep-shard-${k}`)]).code).toBe(0);
    const merged = cli(['merge', join(dir, 'sweep-shard-1'), join(dir, 'sweep-shard-2'), '--out', join(dir, 'sweep-merged'), '--quiet']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expect(readTree(join(dir, 'sweep-merged'))).toEqual(readTree(join(dir, 'sweep-whole')));
  });

  it('refuses an incomplete or mixed set of shards with a usage error', () => {
    const missing = cli(['merge', join(dir, 'run-shard-1'), join(dir, 'run-shard-3'), '--out', join(dir, 'x')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing shard 2/3');
    const twice = cli(['merge', join(dir, 'run-shard-1'), join(dir, 'run-shard-1'), join(dir, 'run-shard-2'), '--out', join(dir, 'x')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('shard 1/3 given twice');
    const mixed = cli(['merge', join(dir, 'run-shard-1'), join(dir, 'sweep-shard-2'), '--out', join(dir, 'x')]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('is a shard of a different batch');
    const complete = cli(['merge', join(dir, 'run-whole'), '--out', join(dir, 'x')]);
    expect(complete.code).toBe(2);
    expect(complete.stderr).toContain('is a complete output, not a shard');
  });
});
