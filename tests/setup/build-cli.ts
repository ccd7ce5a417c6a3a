/**
 * Vitest global setup: compiles the CLI once (what npm run build:cli does: the engine fingerprint,
 * then tsc -p tsconfig.build.json) before any test file runs, because CLI tests spawn dist/cli/main.js and the
 * worker pool loads the compiled dist/cli/worker.js.
 *
 * tsc emits JavaScript even when it reports type errors; those are `npm run typecheck`'s to fail on,
 * so here they are printed and the run goes on. A build that emits no CLI fails the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
  // The engine fingerprint first, as npm run build:cli does (saved results are keyed by it).
  const fingerprint = spawnSync(process.execPath, ['scripts/engine-fingerprint.mjs'], { cwd: root, encoding: 'utf8' });
  if (fingerprint.status !== 0) throw new Error(`engine fingerprint failed:\n${fingerprint.stderr}`);
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  const output = `${build.stdout}${build.stderr}`;
  const emitted = ['dist/cli/main.js', 'dist/cli/worker.js'].every((f) => existsSync(new URL(`../../${f}`, import.meta.url)));
  if (!emitted || build.error) throw new Error(`build:cli failed (exit ${build.status}):\n${build.error?.message ?? ''}${output}`);
  if (build.status !== 0) process.stderr.write(`build:cli reported type errors (see npm run typecheck):\n${output}\n`);
}
