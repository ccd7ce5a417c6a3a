/**
 * The training planner in the web app, in real headless Chromium (issue 10's benchmark: the default
 * office's frontier up to 3 trainings in at most 30 seconds): opens the app on the default office,
 * opens "Who should I train?", asks for at most 3 new skills and times the search (Web Workers, one
 * per core) from the click to the frontier, as the component records it (`data-seconds`).
 *
 *   npx tsx bench/training-browser.ts
 */
import { cpus } from 'node:os';
import { buildApp, launchChromium, serveStatic, waitForRun } from '../tests/e2e/harness.js';

const out = await buildApp('dist-bench/web-planner');
const server = await serveStatic(out);
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(server.url);
  await waitForRun(page, 0);
  await page.locator('#open-planner').click();
  const planner = page.locator('training-planner');
  await planner.locator('#max-trainings').fill('3');
  await planner.locator('#max-trainings').dispatchEvent('change');
  const t0 = performance.now();
  await planner.locator('#start-plan').click();
  await planner.locator('#plan-result').waitFor({ timeout: 300_000 });
  const wall = (performance.now() - t0) / 1000;
  const seconds = await planner.getAttribute('data-seconds');
  const progress = await planner.locator('.progress').textContent();
  const steps = await planner.locator('table.frontier tbody tr').count();
  console.log(`Training planner in Chromium (default office, at most 3 new skills, ${cpus().length} cores)`);
  console.log(`${'search time (component)'.padEnd(40)} ${seconds} s (target <= 30 s); ${wall.toFixed(1)} s click to frontier`);
  console.log(`${'frontier steps'.padEnd(40)} ${steps}`);
  console.log(`${'progress line'.padEnd(40)} ${progress?.trim()}`);
} finally {
  await browser.close();
  await server.close();
}
