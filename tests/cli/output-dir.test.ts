/**
 * Never touch what is not ours, never mix runs: --out refuses someone else's directory, replaces only
 * the files its manifest lists, is locked while a command writes it, and saved replications are
 * trusted only when their checksum and the engine that made them match.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_FINGERPRINT } from '../../src/cli/engine-fingerprint.js';
import { cli, FIXTURES, readTree, SMALL, startCli, tempDir, waitFor } from './helpers.js';

const dir = tempDir();
const LONG = `${FIXTURES}/long.yaml`;

describe('--out refuses directories that are not office-sim outputs', () => {
  it('a directory with a user\'s files is refused (exit 2) and left exactly as it was', () => {
    const out = join(dir, 'theirs');
    mkdirSync(join(out, 'units'), { recursive: true });
    writeFileSync(join(out, 'units', 'mine.txt'), 'my notes');
    writeFileSync(join(out, 'report-2024.html'), '<p>my report</p>');
    writeFileSync(join(out, 'summary.json'), '{"mine": true}');
    const before = readTree(out);
    const r = cli(['run', SMALL, '-r', '2', '-t', '1', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not empty and is not an office-sim output (no manifest.json of ours): refusing to write into it');
    expect(r.stderr).toContain('--force');
    expect(readTree(out)).toEqual(before);
  });

  it('a manifest.json that is not ours is refused too', () => {
    const out = join(dir, 'foreign-manifest');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), '{"name": "some web app", "units": []}');
    const r = cli(['run', SMALL, '-r', '2', '-t', '1', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('manifest.json is not an office-sim manifest');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"name": "some web app", "units": []}');
  });

  it('with --force, our files are written and nothing else is removed', () => {
    const out = join(dir, 'forced');
    mkdirSync(join(out, 'units'), { recursive: true });
    writeFileSync(join(out, 'units', 'mine.txt'), 'my notes');
    writeFileSync(join(out, 'report-2024.html'), '<p>my report</p>');
    const r = cli(['run', SMALL, '-r', '2', '-t', '1', '--out', out, '--report', '--force', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'units', 'mine.txt'), 'utf8')).toBe('my notes');
    expect(readFileSync(join(out, 'report-2024.html'), 'utf8')).toBe('<p>my report</p>');
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    // A rerun without --force: the directory is ours now; the user's files still stay.
    const again = cli(['run', SMALL, '-r', '3', '-t', '1', '--out', out, '-q']);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(out, 'units', 'mine.txt'), 'utf8')).toBe('my notes');
    expect(readFileSync(join(out, 'report-2024.html'), 'utf8')).toBe('<p>my report</p>');
    // The report of the first run is ours and no longer asked for: removed.
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  });

  it('inside our own output, a user\'s files survive a rerun of another batch', () => {
    const out = join(dir, 'ours');
    expect(cli(['run', SMALL, '-r', '2', '-t', '1', '--out', out, '--report', '-q']).code).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    mkdirSync(join(out, 'units', 'my-own'));
    writeFileSync(join(out, 'units', 'my-own', 'data.csv'), '1,2');
    const other = cli(['run', `${FIXTURES}/small-cross.yaml`, '-r', '2', '-t', '1', '--out', out, '-q']);
    expect(other.code, other.stderr).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'units', 'my-own', 'data.csv'), 'utf8')).toBe('1,2');
    expect(readdirSync(join(out, 'units')).sort()).toEqual(['1-small-office-cross-trained', 'my-own']);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  });

  it('an --out that names a file fails at once, before computing (exit 2)', () => {
    const file = join(dir, 'a-file.txt');
    writeFileSync(file, 'keep me');
    const r = cli(['run', LONG, '-r', '500', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${file} is a file, not a directory`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('one command at a time per output directory', () => {
  it('a second run into a directory in use is refused (exit 2), naming who holds it', async () => {
    const out = join(dir, 'locked');
    const first = startCli(['run', LONG, '-r', '60', '-t', '1', '--out', out, '-q']);
    await waitFor(() => existsSync(join(out, '.office-sim.lock')), 30_000, 'the lock');
    const second = cli(['run', SMALL, '-r', '2', '-t', '1', '--out', out]);
    first.kill('SIGINT');
    const stopped = await first.done;
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/is in use by run \(pid \d+ on .+, started \d{4}-\d\d-\d\dT.*\): two commands writing one output directory would mix their results/);
    expect(stopped.code).toBe(3);
    expect(existsSync(join(out, '.office-sim.lock'))).toBe(false);
  });

  it('a stale lock (its process gone, or not refreshed for a minute) is taken over with a note', () => {
    const out = join(dir, 'stale');
    mkdirSync(out);
    writeFileSync(join(out, '.office-sim.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), started: '2026-01-01T00:00:00.000Z', command: 'run' }));
    const dead = cli(['run', SMALL, '-r', '2', '-t', '1', '--out', out]);
    expect(dead.code, dead.stderr).toBe(0);
    expect(dead.stderr).toContain(`process ${2 ** 22 + 12345} has ended`);
    writeFileSync(join(out, '.office-sim.lock'), JSON.stringify({ pid: 1, host: 'another-machine', started: '2026-01-01T00:00:00.000Z', command: 'run' }));
    const old = new Date(Date.now() - 120_000);
    utimesSync(join(out, '.office-sim.lock'), old, old);
    const remote = cli(['run', SMALL, '-r', '2', '-t', '1', '--out', out]);
    expect(remote.code, remote.stderr).toBe(0);
    expect(remote.stderr).toMatch(/taking over the lock of .*: not refreshed for 1\d\d s/);
  });
});

describe('signals and threads', () => {
  it('SIGTERM while the outputs are written ends with exit 3 and a note; the rerun finishes identically', async () => {
    const reference = join(dir, 'term-reference');
    expect(cli(['run', SMALL, '-r', '8', '-t', '1', '--out', reference, '--report', '-q']).code).toBe(0);
    const out = join(dir, 'term');
    expect(cli(['run', SMALL, '-r', '8', '-t', '1', '--out', out, '--report', '-q']).code).toBe(0);
    // Everything is reused on a rerun: after the lock is taken, the command only writes outputs.
    const job = startCli(['run', SMALL, '-r', '8', '-t', '1', '--out', out, '--report']);
    await waitFor(() => existsSync(join(out, '.office-sim.lock')), 30_000, 'the lock');
    job.kill('SIGTERM');
    const stopped = await job.done;
    expect(stopped.signal).toBeNull();
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toMatch(/interrupted by SIGTERM/);
    const rerun = cli(['run', SMALL, '-r', '8', '-t', '1', '--out', out, '--report', '-q']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(readTree(out)).toEqual(readTree(reference));
  });

  it('six threads print no MaxListenersExceededWarning, with or without -q', () => {
    for (const quiet of [['-q'], []]) {
      const r = cli(['run', SMALL, '-r', '40', '-t', '6', ...quiet]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('MaxListenersExceededWarning');
    }
  });
});

describe('saved replications are trusted only when they check out', () => {
  const partialOf = (out: string): string => {
    const keys = readdirSync(join(out, '.partial'));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^[0-9a-f]{64}-e${ENGINE_FINGERPRINT}$`));
    return join(out, '.partial', keys[0]!);
  };

  it('an edited value or emptied metrics fail the checksum: recomputed, and the result is the true one', async () => {
    const reference = cli(['run', LONG, '-r', '6', '-t', '1', '--json', '-q']);
    expect(reference.code).toBe(0);
    const out = join(dir, 'tampered');
    const job = startCli(['run', LONG, '-r', '6', '-t', '1', '--out', out, '--json']);
    await waitFor(() => existsSync(join(out, '.partial')) && readdirSync(join(out, '.partial')).length > 0 && readdirSync(partialOf(out)).filter((f) => f.endsWith('.json')).length >= 2, 30_000, 'saved replications');
    job.kill('SIGINT');
    expect((await job.done).code).toBe(3);
    const partial = partialOf(out);
    const saved = readdirSync(partial).filter((f) => /^\d+\.json$/.test(f)).sort();
    const edited = readFileSync(join(partial, saved[0]!), 'utf8').replace(/"front\.arrivals":\d+/, '"front.arrivals":999999');
    writeFileSync(join(partial, saved[0]!), edited);
    writeFileSync(join(partial, saved[1]!), readFileSync(join(partial, saved[1]!), 'utf8').replace(/"metrics":\{[^}]*\}/, '"metrics":{}'));
    const rerun = cli(['run', LONG, '-r', '6', '-t', '1', '--out', out, '--json']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/2 saved replications in .* failed the checksum: computed again/);
    expect(rerun.stdout).toBe(reference.stdout);
  });

  it('results saved by another engine are never reused', () => {
    const out = join(dir, 'old-engine');
    expect(cli(['run', SMALL, '-r', '3', '-t', '1', '--out', out, '-q']).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { engine: string };
    expect(manifest.engine).toBe(ENGINE_FINGERPRINT);
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifest, engine: '0123456789abcdef' }));
    const rerun = cli(['run', SMALL, '-r', '3', '-t', '1', '--out', out]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).not.toContain('reused');
  });

  it('a completed output whose results.jsonl was edited is not reused, and report refuses it', () => {
    const out = join(dir, 'edited-output');
    expect(cli(['run', SMALL, '-r', '3', '-t', '1', '--out', out, '-q']).code).toBe(0);
    const file = join(out, 'units', '1-small-office', 'results.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"front\.arrivals":\d+/, '"front.arrivals":1'));
    const report = cli(['report', out, '--out', join(dir, 'edited.html')]);
    expect(report.code).toBe(4);
    expect(report.stderr).toContain('units/1-small-office/results.jsonl does not match its checksum in manifest.json');
    const rerun = cli(['run', SMALL, '-r', '3', '-t', '1', '--out', out]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain('does not match its checksum in manifest.json: its replications are computed again');
    expect(rerun.stderr).not.toContain('reused');
  });
});

describe('merge checks the unit ids of shard manifests', () => {
  it('an id like ../../x is refused (exit 2) and nothing is written outside --out', () => {
    const shards = [1, 2].map((k) => join(dir, `evil-shard-${k}`));
    shards.forEach((out, i) => expect(cli(['run', SMALL, '-r', '4', '-t', '1', '--shard', `${i + 1}/2`, '--out', out, '-q']).code).toBe(0));
    for (const out of shards) {
      const path = join(out, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { units: { id: string }[] };
      manifest.units[0]!.id = '../../escaped';
      writeFileSync(path, JSON.stringify(manifest));
      mkdirSync(join(out, 'escaped'), { recursive: true });
    }
    const merged = join(dir, 'evil-merged', 'out');
    const r = cli(['merge', ...shards, '--out', merged]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid unit id "../../escaped"');
    expect(existsSync(join(dir, 'escaped'))).toBe(false);
    expect(existsSync(join(dir, 'evil-merged', 'escaped'))).toBe(false);
  });
});
