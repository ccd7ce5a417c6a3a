/**
 * Runs the math fingerprint in headless Chromium: bundles tests/e2e/math-page.ts (and with it
 * src/sim/math.ts) with Vite as the production build would, minified, loads it into a blank page and
 * reads both reports. Used by tests/e2e/determinism.test.ts and scripts/math-determinism.ts.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { ROOT } from './harness.js';
import type { MathReport } from './math-report.js';

/** The page script: an IIFE that defines `globalThis.mathDeterminism`. */
export async function bundleMathPage(): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(ROOT, 'tests/e2e/math-page.ts'), formats: ['iife'], name: 'mathPage', fileName: 'math-page' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('the math page bundle has no code');
  return chunk.code;
}

export interface ChromiumReports {
  ours: MathReport;
  engine: MathReport;
  userAgent: string;
}

/** Loads the bundle into a blank page of `browser` and evaluates both reports there. */
export async function reportsInChromium(browser: Browser, bundle: string): Promise<ChromiumReports> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><meta charset="utf-8"><title>math determinism</title>');
    await page.addScriptTag({ content: bundle });
    // Expressions as text: a function passed from Node would carry the test transform's helpers.
    return await page.evaluate('({ ours: mathDeterminism.ours(), engine: mathDeterminism.engine(), userAgent: mathDeterminism.userAgent })');
  } finally {
    await page.close();
  }
}
