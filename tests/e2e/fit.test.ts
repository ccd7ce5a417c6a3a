/**
 * Importing records in the web app: a visit log chosen with "Import records…" is fitted in a worker
 * (no server), the view shows the verdict, profiles, fitted densities, Q-Q plots and the fit check,
 * and "Use this office" loads the fitted office into the editor, where it runs. Screenshots of the
 * view at 1366x768 and 1920x1080 go to test-results/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineVisitLines } from '../analysis/fit/engine-records.js';
import { FACTORS, TRUTH } from '../analysis/fit/truth.js';
import { ROOT, buildApp, launchChromium, serveStatic, type StaticServer, RUN_TIMEOUT } from './harness.js';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(await buildApp('test-results/e2e-fit'));
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator('office-app results-view').waitFor({ timeout: RUN_TIMEOUT });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('importing records in the web app', () => {
  it('fits a visit log in a worker, shows the fit and the check, and loads the office', async () => {
    const csv = [...engineVisitLines({ scenario: TRUTH, weeks: 2, weekdayFactors: FACTORS })].join('\n');
    await page.locator('#records-input').setInputFiles({ name: 'visits.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const view = page.locator('fit-view');
    await view.locator('.verdict').waitFor({ timeout: RUN_TIMEOUT });
    expect(await view.locator('.verdict').textContent()).toMatch(/Does it fit\? The (fitted office matches|model departs)/);
    expect(await view.locator('section.card h3').allTextContents()).toEqual(expect.arrayContaining(['Records', 'sale', 'service']));
    // Arrivals, density, Q-Q and patience per class; five check charts.
    expect(await view.locator('figure svg').count()).toBeGreaterThanOrEqual(2 * 4 + 5);
    await page.screenshot({ path: join(SHOTS, 'fit-view-1366.png') });
    await view.locator('.body').evaluate((b) => b.scrollTo(0, b.scrollHeight));
    await page.screenshot({ path: join(SHOTS, 'fit-view-1366-check.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await view.locator('.body').evaluate((b) => b.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'fit-view-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await view.getByRole('button', { name: 'Use this office' }).click();
    await expect.poll(() => page.locator('fit-view').count()).toBe(0);
    await expect.poll(() => page.locator('office-app .notice').textContent(), { timeout: 10_000 }).toContain('Loaded the office fitted from the records.');
    expect(await page.locator('office-app .scenario-name').textContent()).toBe('Fitted from visits.csv');
    expect(errors).toEqual([]);
  }, 180_000);
});
