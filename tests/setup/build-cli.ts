/**
 * Vitest global setup: bundles the CLI once (what npm run build:cli does: scripts/build-cli.mjs,
 * esbuild) before any test file runs, because CLI tests spawn dist/cli/main.js and the worker pool
 * loads the bundled dist/cli/replication-worker.js. The build is skipped when dist/cli is newer
 * than its sources; type errors are `npm run typecheck`'s to report.
 */
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
