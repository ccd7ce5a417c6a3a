/**
 * Nothing lost: a run killed midway (SIGKILL, no chance to clean up) or interrupted (SIGINT, exit 3)
 * and started again with the same arguments reuses every saved replication and ends with exactly
 * the files an uninterrupted run writes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, readTree, savedCount, startCli, tempDir, waitFor } from './helpers.js';

// Long enough (a second or two on two threads) to be stopped midway.
const SCENARIO = `${FIXTURES}/long.yaml`;
const REPLICATIONS = 60;
const BEFORE_STOP = 5;

describe('kill and resume', () => {
  const dir = tempDir();
  const args = (out: string): string[] => ['run', SCENARIO, '--replications', String(REPLICATIONS), '--threads', '2', '--out', out, '--json'];
  const reference = join(dir, 'reference');
  const uninterrupted = cli([...args(reference), '--quiet']);

  it('SIGKILL after some replications were saved, then a rerun: identical to an uninterrupted run', async () => {
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
    const out = join(dir, 'killed');
    const job = startCli(args(out));
    await waitFor(() => savedCount(out) >= BEFORE_STOP, 30_000, 'saved replications');
    job.kill('SIGKILL');
    const killed = await job.done;
    expect(killed.signal).toBe('SIGKILL');
    const saved = savedCount(out);
    expect(saved).toBeGreaterThanOrEqual(BEFORE_STOP);
    expect(saved).toBeLessThan(REPLICATIONS);

    const rerun = cli(args(out));
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain(`reused ${saved} saved replications`);
    expect(rerun.stdout).toBe(uninterrupted.stdout);
    expect(readTree(out)).toEqual(readTree(reference));
    expect(savedCount(out)).toBe(0);
  });

  it('SIGINT saves what is done and exits 3 with a note; the rerun completes identically', async () => {
    const out = join(dir, 'interrupted');
    const job = startCli(args(out));
    await waitFor(() => savedCount(out) >= BEFORE_STOP, 30_000, 'saved replications');
    job.kill('SIGINT');
    const stopped = await job.done;
    expect(stopped.code).toBe(3);
    expect(stopped.stdout).toBe('');
    const match = /interrupted by SIGINT: (\d+) of 60 replications saved in .*; run the same command again to resume/.exec(stopped.stderr);
    expect(match, stopped.stderr).not.toBeNull();
    expect(savedCount(out)).toBe(Number(match![1]));

    const rerun = cli(args(out));
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain(`reused ${match![1]} saved replications`);
    expect(readTree(out)).toEqual(readTree(reference));
  });
});
