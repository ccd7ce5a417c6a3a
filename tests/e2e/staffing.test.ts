/**
 * "How many people, when?" in real headless Chromium against the built site: the requirement chart
 * against today's staff shows at once; "Design shifts" loads HiGHS (WebAssembly, served beside the
 * page by Vite), runs the rounds on Web Workers and shows the answer; "Apply" opens the designed office
 * and compares it with today. With the week on (scenarios/weekly-branch.yaml), a weekday selector
 * chooses the day the charts show and the tables name the weekday. Screenshots:
 * test-results/screenshots/staffing-*.png at 1366x768 and 1920x1080.
 */
import { mkdirSync, readFileSync } from 'node:fs';
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

  it('plans the week: a weekday selector for the charts, shifts and roster per weekday (scenarios/weekly-branch.yaml)', async () => {
    const p = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await p.goto(server.url);
    await waitForRun(p, 0);
    const before = await runId(p);
    const text = readFileSync(join(ROOT, 'scenarios', 'weekly-branch.yaml'), 'utf8');
    await p.locator('#import-input').setInputFiles({ name: 'weekly-branch.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await waitForRun(p, before);
    await p.getByRole('tab', { name: 'How many people, when?' }).click();
    const selector = p.getByRole('group', { name: 'Weekday shown in the charts' });
    await expect.poll(() => selector.getByRole('button').allTextContents(), { timeout: 15_000 }).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    await selector.getByRole('button', { name: 'Saturday' }).click();
    expect(await selector.getByRole('button', { name: 'Saturday' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => p.locator('staffing-requirement-chart svg').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await p.getByLabel('Replications per round').fill('6');
    await p.getByLabel('Replications per round').dispatchEvent('change');
    await p.getByRole('button', { name: 'Design shifts' }).click();
    await p.getByText('Designed office, wages per day').waitFor({ timeout: RUN_TIMEOUT });
    await expect.poll(() => p.locator('staffing-service-chart svg').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // Saturday stays chosen; the shifts table names the weekday of each shift; nothing on Sunday.
    expect(await selector.getByRole('button', { name: 'Saturday' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => p.getByText(/per week \(6 open days/).count()).toBeGreaterThan(0);
    await expect.poll(() => p.getByText('People needed per slot, against the staff: Saturday').count()).toBeGreaterThan(0);
    const days = await p.locator('staffing-view table.data').nth(1).locator('tbody tr td:first-child').allTextContents();
    expect(days).toContain('Saturday');
    expect(days).not.toContain('Sunday');
    await selector.scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(SHOTS, 'staffing-week-1366.png') });
    await p.setViewportSize({ width: 1920, height: 1080 });
    await selector.scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(SHOTS, 'staffing-week-1920.png') });
    await p.close();
    expect(problems).toEqual([]);
  });
});
