/**
 * The simulator's math gives the same bits in Node and in Chromium: src/sim/math.ts, bundled and
 * minified as the web build ships it, is evaluated in headless Chromium on the 12,000 fingerprint
 * inputs and compared result by result with Node's. The engines' own Math.* are compared the same
 * way, to show what the deterministic versions remove; those counts are recorded in
 * test-results/math-determinism.json (they depend on the two engines, so they are reported, not
 * asserted).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as deterministic from '../../src/sim/math.js';
import { FUNCTION_NAMES } from '../sim/math-fingerprint.js';
import { ROOT, launchChromium } from './harness.js';
import { bundleMathPage, reportsInChromium, type ChromiumReports } from './math-determinism.js';
import { differingResults, mathReport, type MathReport } from './math-report.js';

let browser: Browser;
let chromium: ChromiumReports;
let nodeOurs: MathReport;
let nodeEngine: MathReport;

beforeAll(async () => {
  const bundle = await bundleMathPage();
  browser = await launchChromium();
  chromium = await reportsInChromium(browser, bundle);
  nodeOurs = mathReport(deterministic);
  nodeEngine = mathReport(Math);
});

afterAll(async () => {
  await browser?.close();
});

describe('src/sim/math.ts across engines', () => {
  it('runs in a real Chromium, not in Node', () => {
    expect(chromium.userAgent).toMatch(/Chrome\/\d+/);
  });

  it('gives the same result bits in Chromium as in Node for every input and function', () => {
    expect(differingResults(chromium.ours, nodeOurs)).toEqual(Object.fromEntries(FUNCTION_NAMES.map((n) => [n, 0])));
    expect(chromium.ours.hashes).toEqual(nodeOurs.hashes);
  });

  it('records how often the engines’ own Math.* disagree on the same inputs', () => {
    const engineDifferences = differingResults(chromium.engine, nodeEngine);
    const inputs = nodeEngine.words.log.length / 2;
    const record = {
      node: process.versions.v8,
      chromium: chromium.userAgent,
      inputsPerFunction: inputs,
      differingResults: { 'Math.*': engineDifferences, 'src/sim/math.ts': differingResults(chromium.ours, nodeOurs) },
      hashes: { node: { 'Math.*': nodeEngine.hashes, 'src/sim/math.ts': nodeOurs.hashes }, chromium: { 'Math.*': chromium.engine.hashes, 'src/sim/math.ts': chromium.ours.hashes } },
    };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    // Recorded in the file, not printed: a record to read when it matters, not noise in every run.
    writeFileSync(join(ROOT, 'test-results', 'math-determinism.json'), `${JSON.stringify(record, null, 2)}\n`);
    // Each engine's Math.* is itself within 1 ulp-ish of the truth: they may differ, but only rarely.
    for (const name of FUNCTION_NAMES) expect(engineDifferences[name]).toBeLessThan(inputs / 2);
  });
});
