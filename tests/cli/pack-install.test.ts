/**
 * The published package works on a machine that has nothing but Node and npm: packed, installed
 * globally into a fresh prefix, it needs no dependency (everything is bundled, so npm fetches
 * nothing and runs no install script), ships no tests or CI scripts, runs a scenario from outside
 * the project (worker threads and the CSV tables included) and serves the web app and trainer.
 *
 * The package is staged in a temporary folder (package.json, README, scenarios, the CLI bundle the
 * global setup built, the web app built here) and packed there with `--ignore-scripts`, so its
 * `prepack` build does not rewrite dist/ under the other tests running beside this one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../e2e/harness.js';
import { ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'office-sim-pack-'));
const stage = join(work, 'stage');
const prefix = join(work, 'prefix');
const elsewhere = join(work, 'elsewhere');
let installed = '';
let bin = '';
let tarball = '';

function npm(args: readonly string[], cwd: string): string {
  // A clean npm environment: no settings inherited from the `npm test` that started us.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
  const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

beforeAll(async () => {
  for (const f of ['package.json', 'README.md', 'scenarios', 'dist/cli']) cpSync(join(ROOT, f), join(stage, f), { recursive: true });
  await buildApp(join(stage, 'dist-web'));
  cpSync(join(ROOT, 'scenarios'), join(elsewhere, 'scenarios'), { recursive: true });
  tarball = join(work, npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', work], stage).trim().split('\n').pop()!);
  npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball], elsewhere);
  installed = join(prefix, 'lib/node_modules/office-sim');
  bin = join(prefix, 'bin/office-sim');
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('declares no dependency and ships only the bundle, the web app, the examples and the README', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) expect(pkg[field]).toBeUndefined();
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    const top = readdirSync(installed).sort();
    expect(top).toEqual(['README.md', 'dist', 'dist-web', 'package.json', 'scenarios']);
    const listing = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout;
    expect(listing).not.toMatch(/package\/(tests|\.ci|scripts|src|bench)\//);
    expect(listing).not.toMatch(/\.map$/m);
  });

  it('runs a scenario from another folder, on worker threads, writing its tables', () => {
    const out = join(work, 'out');
    const r = spawnSync(bin, ['run', 'scenarios/busy-lunch.yaml', '--replications', '2', '--threads', '2', '--json', '--quiet', '--out', out], {
      cwd: elsewhere,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { replications: number; metrics: Record<string, { mean: number }> };
    expect(json.replications).toBe(2);
    expect(json.metrics['front.arrivals']!.mean).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toMatch(/^scenario,metric,.*\nBusy lunch counter,front\.arrivals,/);
  });

  it('plans staffing from another folder: the HiGHS solver (highs.wasm) ships beside the bundle', () => {
    expect(existsSync(join(installed, 'dist/cli/highs.wasm'))).toBe(true);
    const out = join(work, 'plan');
    const r = spawnSync(bin, ['plan-staff', 'scenarios/default.yaml', '-r', '3', '-t', '2', '--rounds', '2', '--json', '--quiet', '--out', out], {
      cwd: elsewhere,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { formatVersion: number; shifts: { count: number }[]; rounds: unknown[] };
    expect(json.formatVersion).toBe(1);
    expect(json.shifts.reduce((s, k) => s + k.count, 0)).toBeGreaterThan(0);
    expect(json.rounds.length).toBeGreaterThanOrEqual(1);
    expect(readFileSync(join(out, 'office.yaml'), 'utf8')).toMatch(/^staff:/m);
  });

  it('serves the web app and trainer mode on this machine, and stops on SIGTERM', async () => {
    const child = spawn(bin, ['serve', '--port', '0', '--no-open'], { cwd: elsewhere });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /web app: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (m) resolve(m[1]!);
      });
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${stdout}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<office-app');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect((await fetch(`${url}${script}`)).headers.get('content-type')).toMatch(/javascript/);
    expect(await (await fetch(`${url}trainer.html`)).text()).toContain('trainer');
    expect((await fetch(`${url}..%2f..%2fpackage.json`)).status).not.toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
