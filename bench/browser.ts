/**
 * The web app's speed in real headless Chromium: time to the first result and to all 30
 * replications of a 20-day office (the default office run for 20 days), and how long the page's
 * main thread was ever blocked during a run. Builds the app, serves it from 127.0.0.1, opens the
 * office through a share link (so it loads and runs at once), and reads the app's performance marks
 * (office-sim:run-start, office-sim:first-result, office-sim:run-end).
 *
 * The main thread is watched two ways: the Long Tasks API (every task over 50 ms, with its exact
 * length) and a 10 ms timer whose lateness bounds the longest task below that.
 *
 * Run: npx tsx bench/browser.ts [--runs N]
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseScenario } from '../src/sim/schema.js';
import { shareUrl } from '../src/ui/state/share-link.js';
import { ROOT, buildApp, launchChromium, serveStatic } from '../tests/e2e/harness.js';

const DAYS = 20;
const REPLICATIONS = 30;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1])) : 3;

interface Measure {
  firstMs: number;
  allMs: number;
  longestTaskMs: number;
  longTasks: number;
  timerLagMs: number;
}

/** Installed before the app's scripts: records long tasks and the lateness of a 10 ms timer. */
const WATCH_MAIN_THREAD = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__lags = [];
  let expected = performance.now() + 10;
  setInterval(() => {
    const now = performance.now();
    window.__lags.push({ at: now, lag: Math.max(0, now - expected) });
    expected = now + 10;
  }, 10);
`;

/** Reads the marks of the last run and what the main thread went through from its start to 1.5 s after its end. */
const MEASURE = `(() => {
  const mark = (name) => performance.getEntriesByName(name, 'mark').at(-1).startTime;
  const start = mark('office-sim:run-start');
  const first = mark('office-sim:first-result');
  const end = mark('office-sim:run-end');
  const tasks = window.__longTasks.filter((t) => t.start >= start - 1 && t.start <= end + 1500);
  const lags = window.__lags.filter((l) => l.at >= start && l.at <= end + 1500);
  return {
    firstMs: first - start,
    allMs: end - start,
    longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: tasks.length,
    timerLagMs: lags.reduce((m, l) => Math.max(m, l.lag), 0),
  };
})()`;

const parsed = parseScenario(readFileSync(join(ROOT, 'scenarios', 'default.yaml'), 'utf8'), 'default.yaml');
if (!parsed.ok) throw new Error('scenarios/default.yaml must be valid');
const office = { ...parsed.file, name: `Main street branch, ${DAYS} days`, replications: REPLICATIONS, calendar: { ...parsed.file.calendar, days: DAYS } };

const out = await buildApp('test-results/bench-web');
const server = await serveStatic(out);
const browser = await launchChromium();
const measures: Measure[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_MAIN_THREAD);
  await page.goto(await shareUrl(server.url, office));
  for (let run = 1; run <= RUNS; run++) {
    if (run > 1) await page.locator('run-panel button.run').click();
    // Page functions are passed as text: tsx's transform adds helpers to functions that the page lacks.
    await page.waitForFunction(
      `(() => { const app = document.querySelector('office-app'); return app !== null && Number(app.getAttribute('run-id')) === ${run} && app.getAttribute('run-status') === 'done'; })()`,
      undefined,
      { timeout: 300_000 },
    );
    // Let the last charts draw: their tasks belong to the run as the manager sees it.
    await page.waitForTimeout(1500);
    measures.push((await page.evaluate(MEASURE)) as Measure);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const ms = (x: number) => `${Math.round(x)} ms`;
console.log(`Web app in headless Chromium (${cpus().length} cores; the page uses one worker per core): ${REPLICATIONS} replications of a ${DAYS}-day office`);
console.log('run        first result   all replications   longest main-thread task   tasks > 50 ms   10 ms timer late by');
measures.forEach((m, i) => {
  const label = i === 0 ? '1 (cold)' : `${i + 1} (warm)`;
  const longest = m.longTasks === 0 ? `< 50 ms` : ms(m.longestTaskMs);
  console.log(
    `${label.padEnd(10)} ${ms(m.firstMs).padStart(12)}   ${ms(m.allMs).padStart(16)}   ${longest.padStart(24)}   ${String(m.longTasks).padStart(13)}   ${ms(m.timerLagMs).padStart(19)}`,
  );
});
