/**
 * `npm run bench:compare -- [REV]`: the engine of this working tree against the engine of git
 * revision REV (default: the last commit of `origin/main`, else `HEAD`), in one run on this machine.
 * REV is checked out into a temporary worktree and compiled there; then each case runs in fresh
 * processes, old and new taking turns, several rounds, and the best time of each is kept (a shared
 * machine only adds noise upward). Absolute figures vary between runs here; the ratio is the point.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url)); // dist-bench/bench -> project root
const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
};
const defaultRev = () => {
  for (const rev of ['origin/main', 'HEAD']) {
    const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', rev], { cwd: root, encoding: 'utf8' });
    if (r.status === 0) return rev;
  }
  return 'HEAD';
};
const rev = process.argv[2] ?? defaultRev();
const sha = git('rev-parse', rev);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

// The old revision, compiled once into its own worktree (kept for the next comparison).
const oldTree = join(tmpdir(), `office-sim-bench-${sha.slice(0, 12)}`);
if (!existsSync(join(oldTree, 'package.json'))) {
  mkdirSync(tmpdir(), { recursive: true });
  git('worktree', 'add', '--detach', '--force', oldTree, sha);
}
// The kept tree links to the node_modules of the checkout that made it; that checkout may be gone
// (a dangling link, which existsSync reports as missing): link it to this one's again.
const modules = join(oldTree, 'node_modules');
if (!existsSync(modules)) {
  rmSync(modules, { force: true });
  symlinkSync(join(root, 'node_modules'), modules);
}
const tsc = (cwd: string) => {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.bench.json'], { cwd, encoding: 'utf8' });
  // Type errors of an old revision against today's packages do not matter; a missing engine does.
  const built = ['src/sim/office/index.js', 'src/sim/office.js'].some((p) => existsSync(join(cwd, 'dist-bench', p)));
  if (!built) throw new Error(`compiling ${cwd} gave no engine:\n${r.stdout}${r.stderr}`);
};
tsc(oldTree);
tsc(root);

const runner = join(root, 'dist-bench/bench/engine-runner.js');
const builds = { old: join(oldTree, 'dist-bench'), new: join(root, 'dist-bench') } as const;
const cases = [
  { label: 'M/M/5 rho 0.9 (1 million customers)', file: 'scenarios/mm5.yaml', replications: 3, per: 'customers' },
  { label: 'reference office, 250 days', file: 'scenarios/reference-office.yaml', replications: 5, per: 'replication' },
  { label: 'busy-lunch (cover-heavy), 250 days', file: 'scenarios/busy-lunch.yaml', replications: 5, per: 'replication', days: 250 },
] as const;

interface Timing {
  ms: number;
  customers: number;
  events: number;
}
function time(dist: string, c: (typeof cases)[number]): Timing {
  const args = [runner, dist, c.file, String(c.replications), ...('days' in c ? [String(c.days)] : [])];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${dist} on ${c.file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Timing;
}

const fmt = (x: number, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`engine comparison: ${rev} (${sha.slice(0, 9)}) against this working tree; ${rounds} rounds, best of each`);
console.log(`${'case'.padEnd(40)} ${'old'.padStart(12)} ${'new'.padStart(12)} ${'speed-up'.padStart(9)}`);
for (const c of cases) {
  const best = { old: { ms: Infinity } as Timing, new: { ms: Infinity } as Timing };
  for (let i = 0; i < rounds; i++) {
    for (const which of i % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
      const t = time(builds[which], c);
      if (t.ms < best[which].ms) best[which] = t;
    }
  }
  const show = (t: Timing) => (c.per === 'customers' ? `${fmt(t.customers / t.ms / 1000)} M/s` : `${fmt(t.ms / 1000, 3)} s`);
  console.log(`${c.label.padEnd(40)} ${show(best.old).padStart(12)} ${show(best.new).padStart(12)} ${`${fmt(best.old.ms / best.new.ms)}x`.padStart(9)}`);
}
