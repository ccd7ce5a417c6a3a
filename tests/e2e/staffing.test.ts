/**
 * "How many people, when?" in real headless Chromium against the built site: the requirement chart
 * against today's staff shows at once; "Design shifts" loads HiGHS (WebAssembly, served beside the
 * page by Vite), runs the rounds on Web Workers and shows the answer; "Apply" opens the designed office
 * and compares it with today. Screenshots: test-results/screenshots/staffing-*.png at 1366x768 and 1920x1080.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildApp, launchChromium, serveStatic, type StaticServer, RUN_TIMEOUT, runId, waitForRun } from './harness.js';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const dir = await buildApp('test-results/staffing-web');
  server = await serveStatic(dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const before = 0;
  await page.goto(server.url);
  await waitForRun(page, before);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('How many people, when?', () => {
  it('shows the requirement against today at once, designs shifts, and applies them as a variant compared with today', async () => {
    await page.getByRole('tab', { name: 'How many people, when?' }).click();
    await expect.poll(() => page.locator('staffing-requirement-chart svg').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'staffing-before-1366.png') });
    await page.getByRole('button', { name: 'Design shifts' }).click();
    await page.getByText('Designed office, wages per day').waitFor({ timeout: RUN_TIMEOUT });
    await expect.poll(() => page.locator('staffing-service-chart svg').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const rounds = await page.locator('staffing-view .rounds tbody tr').count();
    expect(rounds).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, 'staffing-answer-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SHOTS, 'staffing-answer-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    const previous = await runId(page);
    await page.getByRole('button', { name: 'Apply as a variant and compare with today' }).click();
    await waitForRun(page, previous);
    await page.getByText(/designed office is open/).waitFor({ timeout: 15_000 });
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.screenshot({ path: join(SHOTS, 'staffing-compare-1366.png') });
    expect(problems).toEqual([]);
  });
});
