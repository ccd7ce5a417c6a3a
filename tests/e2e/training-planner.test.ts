/**
 * "Who should I train?" in headless Chromium: the planner runs in Web Workers with progress, finds
 * the same frontier as Node for the same office and seed, draws the frontier chart, and "Try this
 * plan" keeps today as the baseline, adds the trainings and opens Compare with the payback.
 * Screenshots at 1366x768 go to test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTrainingProblem } from '../../src/planning/training/problem.js';
import { planResultJson } from '../../src/planning/training/result.js';
import { searchTrainingPlans } from '../../src/planning/training/search.js';
import { inThisThread, VariantRunner } from '../../src/planning/training/variant.js';
import { parseScenario } from '../../src/sim/schema.js';
import { ROOT, buildApp, launchChromium, serveStatic, type StaticServer, RUN_TIMEOUT, runId, waitForRun } from './harness.js';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const out = await buildApp('test-results/e2e-planner');
  server = await serveStatic(out);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(server.url);
  await waitForRun(page, 0);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The frontier Node finds for the default office, objective profit, at most 2 new skills. */
async function nodeFrontier(): Promise<string[]> {
  const parsed = parseScenario(readFileSync(join(ROOT, 'scenarios', 'default.yaml'), 'utf8'), 'default.yaml');
  if (!parsed.ok) throw new Error('default.yaml must be valid');
  const resolved = resolveTrainingProblem(parsed.scenario, undefined, { maxTrainings: 2, proficiency: 0.7 });
  if (!resolved.ok) throw new Error('problem');
  const outcome = await searchTrainingPlans(resolved.problem, inThisThread(new VariantRunner(resolved.problem.scenario, resolved.problem.candidates)));
  const json = planResultJson(resolved.problem, outcome, '');
  return json.frontier.map((p) => `${p.trainings.map((t) => `${t.person} → ${t.skill}`).join(', ')}|${p.cost}`);
}

describe('Who should I train? in Chromium', () => {
  it('finds the frontier Node finds, shows progress and the chart, and a plan opens Compare against today with payback', async () => {
    const expected = await nodeFrontier();
    await page.locator('#open-planner').click();
    const planner = page.locator('training-planner');
    await planner.locator('#max-trainings').fill('2');
    await planner.locator('#max-trainings').dispatchEvent('change');
    await planner.locator('#start-plan').click();
    await planner.locator('.progress').waitFor({ timeout: 30_000 });
    await planner.locator('#plan-result').waitFor({ timeout: RUN_TIMEOUT });
    await page.screenshot({ path: join(SHOTS, 'training-planner.png') });
    const rows = await planner.locator('table.frontier tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
        return `${cells[1]}|${cells[2]!.replace(/[^\d.]/g, '')}`;
      }),
    );
    expect(rows).toEqual(expected);
    expect(await planner.locator('svg.office-training-frontier, .office-training-frontier').count()).toBeGreaterThan(0);
    expect(await planner.locator('.progress').textContent()).toMatch(/Done: [\d,]+ replications/);

    const before = await runId(page);
    await planner.locator('button.try-plan[data-step="1"]').click();
    await waitForRun(page, before);
    const compare = page.locator('compare-view');
    await compare.locator('.payback').first().waitFor({ timeout: 30_000 });
    expect(await compare.locator('.payback').first().textContent()).toMatch(/pays back|one-off/i);
    // Today is the baseline, the trainings are in the office: the change names the trained person.
    const person = expected[0]!.split(' → ')[0]!.replace(/^./, (c) => c.toUpperCase());
    expect(await compare.getByText(new RegExp(`${person} can now serve`)).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'training-planner-compare.png') });
    expect(problems).toEqual([]);
  }, 240_000);

  it('Cancel stops the search and keeps what was found; the view fits a 1920x1080 screen', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('#open-planner').click();
    const planner = page.locator('training-planner');
    await planner.locator('#objective').selectOption('front.waitMean');
    await planner.locator('#max-trainings').fill('9');
    await planner.locator('#max-trainings').dispatchEvent('change');
    await planner.locator('#start-plan').click();
    await planner.locator('#cancel-plan').click({ timeout: 10_000 });
    await planner.locator('#plan-result').waitFor({ timeout: 30_000 });
    expect(await planner.locator('.progress').textContent()).toMatch(/Cancelled after [\d,]+ replications/);
    expect(await planner.locator('#start-plan').isEnabled()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'training-planner-1920.png') });
    // The choices go into the office's planning.training section, as the command line reads it.
    await planner.locator('[data-candidate="ben:casework"]').uncheck();
    await planner.locator('#keep-choices').click();
    const section = await page.evaluate(() => (document.querySelector('office-app') as unknown as { appState: { draft: { planning?: { training?: unknown } } } }).appState.draft.planning?.training);
    expect(section).toMatchObject({ maxTrainings: 9, objective: 'front.waitMean', candidates: { proficiency: 0.7 } });
    const pairs = (section as { candidates: { pairs: { person: string; skill: string }[] } }).candidates.pairs;
    expect(pairs.some((p) => p.person === 'cleo' && p.skill === 'casework')).toBe(true);
    expect(pairs.some((p) => p.person === 'ben' && p.skill === 'casework')).toBe(false);
    expect(await planner.locator('[data-candidate="ben:casework"]').isChecked()).toBe(false);
    expect(problems).toEqual([]);
  }, 120_000);
});
