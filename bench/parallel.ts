/**
 * Parallel replications through the CLI: 200 replications of the 250-day reference office on one
 * thread and on every core (worker threads), with wall time, the speed-up, and a check that both
 * print byte-identical JSON. Runs the compiled binary, so it measures what users get (start-up,
 * worker start-up, summaries included).
 *
 *   npx tsx bench/parallel.ts                  # 200 replications
 *   npx tsx bench/parallel.ts 50               # fewer, for a quick look
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const replications = Number(process.argv[2] ?? 200);
const cores = availableParallelism();

const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) process.stderr.write(`build:cli reported errors:\n${build.stdout}${build.stderr}\n`);

function run(threads: number): { seconds: number; stdout: string } {
  const args = ['dist/cli/main.js', 'run', 'scenarios/reference-office.yaml', '--replications', String(replications), '--threads', String(threads), '--json', '--quiet'];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`office-sim exited ${r.status}: ${r.stderr}`);
  return { seconds, stdout: r.stdout };
}

const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);
console.log(`parallel replications: reference office, ${replications} replications of 250 days, ${cores} cores`);
const one = run(1);
line('one thread: wall time', `${one.seconds.toFixed(2)} s (${(one.seconds / replications).toFixed(3)} s per replication)`);
const all = cores > 1 ? run(cores) : one;
line(`${cores} worker threads: wall time`, `${all.seconds.toFixed(2)} s`);
line('speed-up', `${(one.seconds / all.seconds).toFixed(2)}x on ${cores} cores (${((one.seconds / all.seconds / cores) * 100).toFixed(0)}% efficiency)`);
line('identical JSON on 1 and all threads', one.stdout === all.stdout ? 'yes' : 'NO');
if (one.stdout !== all.stdout) process.exitCode = 1;
