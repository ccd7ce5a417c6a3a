/**
 * What the browser tests and the browser benchmark need: the app built once with Vite, served as
 * static files from 127.0.0.1 on a free port (as any static host would serve it), and Debian's
 * Chromium driven headless through playwright-core.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROMIUM = '/usr/bin/chromium';

/** Builds the app into `outDir` (relative to the project) with the project's vite.config.ts. */
export async function buildApp(outDir: string): Promise<string> {
  const out = resolve(ROOT, outDir);
  // Vite picks packages' production builds (Lit without dev-mode checks) by NODE_ENV, which Vitest sets to "test".
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root: ROOT, mode: 'production', configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true, sourcemap: false } });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return out;
}

/** The CLI's static server (`office-sim serve`), so the tests serve the site the way users do. */
export { serveStatic, type StaticSite as StaticServer } from '../../src/cli/static-site.js';

/** Headless Chromium with the flags that keep it quiet and offline-safe in CI. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** How long a test waits for a run of the app on a loaded machine. */
export const RUN_TIMEOUT = 90_000;

/** The app's run counter (`office-app[run-id]`), bumped by each run started. */
export async function runId(p: Page): Promise<number> {
  return Number(await p.locator('office-app').getAttribute('run-id'));
}

/** Waits for a run after `previous` to reach `status`. */
export async function waitForRun(p: Page, previous: number, status = 'done'): Promise<void> {
  await p.waitForFunction(
    ([prev, want]) => {
      const app = document.querySelector('office-app');
      return app !== null && Number(app.getAttribute('run-id')) > Number(prev) && app.getAttribute('run-status') === want;
    },
    [previous, status] as const,
    { timeout: RUN_TIMEOUT },
  );
}
