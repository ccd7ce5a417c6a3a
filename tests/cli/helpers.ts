/** Spawning the compiled CLI (built once by tests/setup/build-cli.ts) and reading its outputs. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MAIN = join(ROOT, 'dist/cli/main.js');
export const FIXTURES = 'tests/cli/fixtures';
export const SMALL = `${FIXTURES}/small.yaml`;
export const SMALL_CROSS = `${FIXTURES}/small-cross.yaml`;

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `office-sim args...` from the project root and waits for it. */
export function cli(args: readonly string[]): CliResult {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `office-sim args...` without waiting; `done` resolves when it exits. */
export function startCli(args: readonly string[]): { kill(signal: NodeJS.Signals): void; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { kill: (signal) => child.kill(signal), done };
}

/** A fresh temporary directory, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'office-sim-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under `dir` (relative path -> content), leaving out work-in-progress (.partial). */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== '.partial') walk(path);
      } else {
        files[relative(dir, path)] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(dir);
  return files;
}

/** Number of replication results saved so far under an output directory's .partial. */
export function savedCount(dir: string): number {
  try {
    const partial = join(dir, '.partial');
    return readdirSync(partial).reduce((n, key) => n + readdirSync(join(partial, key)).filter((f) => /^\d+\.json$/.test(f)).length, 0);
  } catch {
    return 0;
  }
}

export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
