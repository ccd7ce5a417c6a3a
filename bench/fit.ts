/**
 * Fitting a year of a busy office (not a test): the engine writes a year of records of an office
 * open six days a week (about 500,000 visits in three classes, 19 people), then the compiled CLI
 * (`office-sim fit`, what users get) fits them, with the fit check, and this prints the wall time
 * and the peak memory (max RSS) of the fitting process. Targets: under 30 s, under 1 GB.
 *
 *   npx tsx bench/fit.ts            # a year (52 weeks)
 *   npx tsx bench/fit.ts 8          # 8 weeks, for a quick look
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineVisitLines } from '../tests/analysis/fit/engine-records.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const weeks = Number(process.argv[2] ?? 52);
const dir = mkdtempSync(join(tmpdir(), 'office-sim-fit-bench-'));
const visits = join(dir, 'visits.csv');

const office = {
  version: 1,
  seed: 2026,
  calendar: { open: '08:00', close: '18:00' },
  customers: [
    { name: 'sale', arrivals: { perHour: [70, 95, 115, 130, 115, 105, 105, 115, 105, 70] }, service: { dist: 'lognormal', mean: 4, cv: 0.8 }, patience: { dist: 'exponential', mean: 6 } },
    { name: 'service', arrivals: { perHour: [35, 47, 58, 58, 47, 47, 47, 58, 47, 35] }, service: { dist: 'gamma', mean: 6, cv: 0.6 }, patience: { dist: 'exponential', mean: 10 } },
    { name: 'complaint', arrivals: { perHour: [6, 9, 12, 12, 9, 9, 9, 12, 9, 6] }, service: { dist: 'lognormal', mean: 10, cv: 0.5 }, patience: { dist: 'exponential', mean: 15 } },
  ],
  staff: [{ name: 'clerk', home: 'front', count: 19 }],
};

const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) process.stderr.write(`build:cli reported errors:\n${build.stdout}${build.stderr}\n`);

const t0 = performance.now();
const out = createWriteStream(visits);
let rows = -1;
let chunk = '';
for (const line of engineVisitLines({ scenario: office, weeks, weekdayFactors: [1.2, 1, 1, 1, 1.1, 0.7, 0] })) {
  rows++;
  chunk += `${line}\n`;
  if (chunk.length > 1 << 20) {
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  }
}
out.end(chunk);
await once(out, 'finish');
const generated = (performance.now() - t0) / 1000;

// The CLI in a child process that reports its own peak memory on exit.
const script = `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));
process.argv = [process.argv[0], 'main.js', 'fit', ${JSON.stringify(visits)}, '--out', ${JSON.stringify(join(dir, 'out'))}, '--quiet'];
await import(${JSON.stringify(join(root, 'dist/cli/main.js'))});`;
const t1 = performance.now();
const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
const seconds = (performance.now() - t1) / 1000;
if (r.status !== 0) throw new Error(`office-sim fit exited ${r.status}: ${r.stderr}`);
const maxRss = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;

const line = (label: string, value: string) => console.log(`${label.padEnd(40)} ${value}`);
line('weeks of records', String(weeks));
line('visits', rows.toLocaleString('en'));
line('file size', `${(statSync(visits).size / 1e6).toFixed(1)} MB`);
line('written by the engine in', `${generated.toFixed(1)} s`);
line('office-sim fit (with the fit check)', `${seconds.toFixed(1)} s (target < 30 s)`);
line('peak memory (max RSS)', `${(maxRss / 2 ** 20).toFixed(0)} MB (target < 1024 MB)`);
if (existsSync(join(dir, 'out', 'office.yaml'))) line('wrote', 'office.yaml, fit.json, fit-check.csv');
rmSync(dir, { recursive: true, force: true });
