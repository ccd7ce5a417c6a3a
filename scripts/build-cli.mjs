// Bundles the command line with esbuild into dist/cli, every dependency inlined, so the published
// package needs nothing installed beside it (no install scripts, nothing fetched at install time):
// - dist/cli/main.js: the `office-sim` binary;
// - dist/cli/replication-worker.js: the worker threads' entry (src/cli/replication-worker.ts);
// - dist/cli/plan-worker.js: the training planner's worker threads (src/cli/plan-worker.ts);
// - dist/cli/worker.js: piscina's own thread runner, which piscina loads from beside its code
//   (`__dirname/worker.js`), here the bundle's folder;
// - dist/cli/highs.wasm: the HiGHS solver of plan-staff, which the highs package's loader fetches from
//   beside its own code (`new URL('highs.wasm', import.meta.url)`), here the bundle's folder.
// Type checking is `npm run typecheck`'s job; esbuild only strips types (well under a second).
//
// Skips the build when dist/cli is newer than every source it is made of (`npm run sim` calls this
// before each run); --force builds regardless.
import { build } from 'esbuild';
import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEngineFingerprint } from './engine-fingerprint.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = ['main.js', 'replication-worker.js', 'plan-worker.js', 'worker.js', 'highs.wasm'].map((f) => join(root, 'dist/cli', f));
const inputs = ['src/sim', 'src/analysis', 'src/planning', 'src/cli', 'package-lock.json', 'scripts/build-cli.mjs', 'scripts/engine-fingerprint.mjs'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function upToDate() {
  if (!outputs.every((f) => existsSync(f))) return false;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return inputs.every((p) => !existsSync(join(root, p)) || newestMtime(join(root, p)) < built);
}

export async function buildCli({ force = false } = {}) {
  // The engine fingerprint first: saved replications are keyed by it (src/cli/store.ts).
  writeEngineFingerprint(root);
  if (!force && upToDate()) return false;
  // A clean folder: the package ships dist/cli/*.js, so nothing stale (an older build's chunks, a
  // former tsc output) may stay beside the bundle.
  rmSync(join(root, 'dist/cli'), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      main: 'src/cli/main.ts',
      'replication-worker': 'src/cli/replication-worker.ts',
      'plan-worker': 'src/cli/plan-worker.ts',
      worker: 'node_modules/piscina/dist/worker.js',
    },
    outdir: 'dist/cli',
    bundle: true,
    // The commands' lazy imports become chunks beside main.js (relative URLs such as ../../package.json
    // hold in every file), so `--help` and `validate` do not parse the charts.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // CommonJS packages in an ES module bundle still expect require, __filename and __dirname.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        "import { fileURLToPath as __fileURLToPath } from 'node:url';",
        "import { dirname as __pathDirname } from 'node:path';",
        'const require = __createRequire(import.meta.url);',
        'const __filename = __fileURLToPath(import.meta.url);',
        'const __dirname = __pathDirname(__filename);',
      ].join('\n'),
    },
    // Optional native add-ons their users load inside try/catch: absent, they are skipped.
    external: ['@napi-rs/nice', 'canvas'],
  });
  copyFileSync(join(root, 'node_modules/highs/build/highs.wasm'), join(root, 'dist/cli/highs.wasm'));
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const built = await buildCli({ force: process.argv.includes('--force') });
  if (built && !process.argv.includes('--quiet')) {
    console.error(`built dist/cli in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
