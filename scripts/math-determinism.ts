/**
 * Checks that src/sim/math.ts gives the same bits in Node and in headless Chromium, and shows how
 * often the engines' own Math.* disagree: evaluates log, log1p, exp, sin, cos and pow on the 12,000
 * fingerprint inputs (tests/sim/math-fingerprint.ts) here and in Chromium (the bundle minified as the
 * web build ships it), then prints the hashes and the number of differing results per function.
 * Exits with status 1 if src/sim/math.ts differs anywhere. tests/e2e/determinism.test.ts is the
 * same check as a test.
 *
 *   npx tsx scripts/math-determinism.ts
 */
import * as deterministic from '../src/sim/math.js';
import { launchChromium } from '../tests/e2e/harness.js';
import { bundleMathPage, reportsInChromium } from '../tests/e2e/math-determinism.js';
import { differingResults, mathReport } from '../tests/e2e/math-report.js';
import { FUNCTION_NAMES } from '../tests/sim/math-fingerprint.js';

const nodeOurs = mathReport(deterministic);
const nodeEngine = mathReport(Math);
const browser = await launchChromium();
let failed = false;
try {
  const chromium = await reportsInChromium(browser, await bundleMathPage());
  const oursDiffer = differingResults(chromium.ours, nodeOurs);
  const engineDiffer = differingResults(chromium.engine, nodeEngine);
  const inputs = nodeOurs.words.log.length / 2;
  console.log(`Node ${process.version} (V8 ${process.versions.v8}) vs ${chromium.userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? chromium.userAgent}`);
  console.log(`${inputs} inputs per function; results differing between the two engines, and hashes (Node / Chromium):\n`);
  console.log('function  Math.*  src/sim/math   src/sim/math hash (Node / Chromium)        Math.* hash (Node / Chromium)');
  for (const name of FUNCTION_NAMES) {
    const ours = `${nodeOurs.hashes[name]} / ${chromium.ours.hashes[name]}`;
    const engine = `${nodeEngine.hashes[name]} / ${chromium.engine.hashes[name]}`;
    console.log(`${name.padEnd(8)} ${String(engineDiffer[name]).padStart(6)}  ${String(oursDiffer[name]).padStart(12)}   ${ours}   ${engine}`);
    if (oursDiffer[name] !== 0 || nodeOurs.hashes[name] !== chromium.ours.hashes[name]) failed = true;
  }
  console.log(failed ? '\nFAIL: src/sim/math.ts differs between the engines' : '\nOK: src/sim/math.ts gives identical bits in both engines');
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
