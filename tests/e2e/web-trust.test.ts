/**
 * The web app against hostile or careless input, in real headless Chromium against the built site
 * (issue 13, items 11-16): a share link that inflates to gigabytes, a link pasted into an open
 * page and undone, a link or file that would start hours of work, files of the wrong shape or too
 * large (refused, the office shown and saved stays), a file that takes seconds to validate (the page
 * never blocks), a trainer file whose day has millions of events (simulated in a worker that stops
 * at the event budget), and an office too large for the browser's storage (said, kept in the page).
 * Screenshots of the Undo bar, the question before a long run and the storage notice go to
 * test-results/screenshots/ at 1366x768 and 1920x1080.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/sim/schema.js';
import { STORAGE_KEY } from '../../src/ui/state/persistence.js';
import { encodeScenario, toBase64Url } from '../../src/ui/state/share-link.js';
import { ROOT, buildApp, launchChromium, serveStatic, type StaticServer, runId, waitForRun } from './harness.js';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const DEFAULT_TEXT = readFileSync(join(ROOT, 'scenarios', 'default.yaml'), 'utf8');

let server: StaticServer;
let browser: Browser;
const problems: string[] = [];
const contexts: BrowserContext[] = [];

async function freshPage(width = 1366, height = 768): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return page;
}


const scenarioName = (p: Page) => p.locator('header .scenario-name').textContent();
const savedName = (p: Page) => p.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { file: { name?: string } } | null)?.file.name ?? null, STORAGE_KEY);

/** Opens the app on its default office, renames it (saving it) and waits for the run. */
async function myOffice(p: Page, name: string): Promise<void> {
  await p.goto(server.url);
  await waitForRun(p, 0);
  const field = p.locator('edit-field[data-path="name"] input');
  await field.fill(name);
  await field.press('Tab');
  await expect.poll(() => scenarioName(p)).toBe(name);
  await expect.poll(() => savedName(p)).toBe(name);
}

function withName(text: string, name: string): string {
  return text.replace('name: Main street branch', `name: ${name}`);
}

/** A valid office of 2,000 people asking for 100,000 replications: hours of work. */
const HUGE_OFFICE = `version: 1
name: Huge office
replications: 100000
customers:
  - { name: sale, arrivals: { perHour: 3000 }, service: { dist: exponential, mean: 20 }, patience: { dist: exponential, mean: 10 } }
staff:
${['a', 'b', 'c', 'd'].map((g) => `  - { name: ${g}, count: 500, home: front, wagePerHour: 20 }`).join('\n')}
`;

async function importFile(p: Page, name: string, text: string): Promise<void> {
  await p.locator('#import-input').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
}

async function noticeText(p: Page): Promise<string> {
  return ((await p.locator('.notice .text').textContent()) ?? '').trim();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  expect(parseScenario(HUGE_OFFICE, 'huge.yaml').ok).toBe(true);
  const out = await buildApp('test-results/e2e-web-trust');
  server = await serveStatic(out);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

describe('the web app with hostile or careless input', () => {
  it('stops inflating a share link past the size limit and keeps the office shown (item 11)', async () => {
    const page = await freshPage();
    await myOffice(page, 'My branch');
    // 100 MB of one letter as the office's name: a link of about 100 KB.
    const bomb = deflateRawSync(Buffer.concat([Buffer.from('{"version":1,"name":"'), Buffer.alloc(100 * 1024 * 1024, 'a'), Buffer.from('"}')]), { level: 9 });
    const link = `${server.url}#scenario=1.${toBase64Url(bomb)}`;
    expect(link.length).toBeLessThan(200_000);
    await page.goto(link);
    await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe('The shared link could not be opened; the office shown is unchanged.');
    expect(await page.locator('.notice li').first().textContent()).toMatch(/larger than 5\.0 MB once unpacked/);
    expect(await scenarioName(page)).toBe('My branch');
    expect(await savedName(page)).toBe('My branch');
    expect(new URL(page.url()).hash).toBe('');
  });

  it('opens a link pasted into the open page, offers Undo, and saves it only when kept or edited (item 12)', async () => {
    const page = await freshPage();
    await myOffice(page, 'My branch');
    const shared = parseScenario(withName(DEFAULT_TEXT, 'Shared branch'), 'shared.yaml');
    if (!shared.ok) throw new Error('the shared office must be valid');
    const value = await encodeScenario(shared.file);
    let before = await runId(page);
    await page.evaluate((v) => (location.hash = `scenario=${v}`), value);
    await expect.poll(() => scenarioName(page)).toBe('Shared branch');
    await waitForRun(page, before);
    expect(await savedName(page)).toBe('My branch'); // the user's office is still the saved one
    await expect.poll(() => page.locator('.keeping').textContent()).toMatch(/From a shared link, not saved in this browser yet/);
    await page.screenshot({ path: join(SHOTS, 'trust-01-link-undo-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SHOTS, 'trust-01-link-undo-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    before = await runId(page);
    await page.locator('.keeping button', { hasText: 'Undo' }).click();
    await expect.poll(() => scenarioName(page)).toBe('My branch');
    await waitForRun(page, before);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('.keeping').count()).toBe(0);
    expect(await savedName(page)).toBe('My branch');

    // The same link again, then kept: now it is the saved office.
    await page.evaluate((v) => (location.hash = `scenario=${v}`), value);
    await expect.poll(() => scenarioName(page)).toBe('Shared branch');
    await page.locator('.keeping button', { hasText: 'Keep this office' }).click();
    await expect.poll(() => savedName(page)).toBe('Shared branch');
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await waitForRun(page, 0);
    expect(await scenarioName(page)).toBe('Shared branch');
  });

  it('asks before running a link or a file that would take hours (item 13)', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const page = await freshPage(width, height);
      const huge = parseScenario(HUGE_OFFICE, 'huge.yaml');
      if (!huge.ok) throw new Error('the huge office must be valid');
      await page.goto(`${server.url}#scenario=${await encodeScenario(huge.file)}`);
      await expect.poll(() => scenarioName(page)).toBe('Huge office');
      const prompt = page.locator('.prompt p');
      await expect.poll(() => prompt.textContent()).toMatch(
        /^Simulating this office would take about [\d.,]+ (hours|days) on this computer \(100,000 replications of 1 day, 2,000 people, about 24,000 customers and tasks a day\), so it was not started\.$/,
      );
      expect(await page.locator('office-app').getAttribute('run-status')).toBe('idle');
      await page.screenshot({ path: join(SHOTS, `trust-02-ask-before-long-run-${width}.png`) });
      await page.locator('.prompt button', { hasText: 'Not now' }).click();
      expect(await page.locator('.prompt').count()).toBe(0);
      expect(await page.locator('office-app').getAttribute('run-status')).toBe('idle');
    }

    const page = await freshPage();
    await myOffice(page, 'My branch');
    await importFile(page, 'huge.yaml', HUGE_OFFICE);
    await expect.poll(() => scenarioName(page)).toBe('Huge office');
    await expect.poll(() => page.locator('.prompt').count()).toBe(1);
    const before = await runId(page);
    expect(await page.locator('office-app').getAttribute('run-status')).toBe('done'); // the previous office's run, untouched
    await page.locator('.prompt button', { hasText: 'Run it anyway' }).click();
    await waitForRun(page, before, 'running');
    await page.locator('run-panel button', { hasText: 'Cancel' }).click();
    await waitForRun(page, before, 'cancelled');
  });

  it('refuses files with values of the wrong type or too large, keeping the office shown and saved (item 14)', async () => {
    const page = await freshPage();
    await myOffice(page, 'My branch');
    const broken: [string, string][] = [
      ['customers-5.yaml', withName(DEFAULT_TEXT, 'Broken').replace(/^customers:\n(  .*\n|\n)*?(?=^\S)/m, 'customers: 5\n')],
      ['staff-abc.yaml', withName(DEFAULT_TEXT, 'Broken').replace(/^staff:\n(  .*\n|\n)*?(?=^\S)/m, 'staff: "abc"\n')],
      ['null-entry.yaml', withName(DEFAULT_TEXT, 'Broken').replace(/^staff:\n/m, 'staff:\n  - null\n')],
    ];
    for (const [name, text] of broken) {
      await importFile(page, name, text);
      await expect.poll(() => noticeText(page)).toBe(`${name} was not opened: some of its values have the wrong type. The office shown is unchanged.`);
      const cli = parseScenario(text, name);
      if (cli.ok) throw new Error(`${name} must be invalid`);
      expect(await page.locator('.notice li').first().textContent()).toContain(cli.errors[0]!.message);
      expect(await scenarioName(page)).toBe('My branch');
      for (const tab of ['counter', 'staff', 'skills']) {
        await page.locator(`#tab-${tab}`).click();
        expect(await page.locator('#editor-panel edit-field, #editor-panel skills-matrix tbody tr').count(), `${name}: ${tab}`).toBeGreaterThan(0);
      }
      await page.locator('.notice button', { hasText: 'Close' }).click();
    }
    await page.locator('#import-input').setInputFiles({ name: 'big.yaml', mimeType: 'application/yaml', buffer: Buffer.alloc(9 * 1024 * 1024, ' ') });
    await expect.poll(() => noticeText(page)).toBe('big.yaml was not opened: it is too large. The office shown is unchanged.');
    expect(await page.locator('.notice li').first().textContent()).toBe('big.yaml: the file is 9.4 MB; scenario files may be at most 5.0 MB (5000000 bytes)');
    await page.reload();
    await waitForRun(page, 0);
    expect(await scenarioName(page)).toBe('My branch');
    expect(await savedName(page)).toBe('My branch');
  });

  it('reads a file that takes seconds to validate without blocking the page (item 14)', async () => {
    const page = await freshPage();
    await myOffice(page, 'My branch');
    // 10,000 unknown keys (seconds of validation) in a file that is also of the wrong shape.
    const keys = Array.from({ length: 10_000 }, (_, i) => `  k${i}: ${i}`).join('\n');
    const text = `${withName(DEFAULT_TEXT, 'Slow').replace(/^policy:\n(  .*\n)*/m, '').replace(/^costs:\n(  .*\n)*/m, 'costs: 5\n')}\npolicy:\n${keys}\n`;
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await importFile(page, 'slow.yaml', text);
    await expect.poll(() => noticeText(page), { timeout: 120_000 }).toBe('slow.yaml was not opened: some of its values have the wrong type. The office shown is unchanged.');
    expect(await page.locator('.notice li').last().textContent()).toMatch(/^… and [\d,]+ more/);
    // The validation ran in the worker: no task on the page came near its seconds.
    expect(await page.evaluate(() => (window as unknown as { longest: number }).longest)).toBeLessThan(2000);
  }, 180_000);

  it('says so when an office is too large for the browser’s storage, and keeps it in the page (item 16)', async () => {
    const page = await freshPage();
    await myOffice(page, 'My branch');
    // Under 1 MB of file, over 6 MB once stored: seven counter classes share 100,000 observed service
    // times through a YAML anchor, and the saved office spells them out seven times (within every limit).
    const values = Array.from({ length: 100_000 }, (_, i) => (1 + ((i * 7919) % 100_000) / 12_345.678).toFixed(6)).join(',');
    const classes = Array.from({ length: 7 }, (_, k) => `  - { name: c${k}, arrivals: { perHour: 2 }, service: { dist: empirical, values: ${k === 0 ? `&v [${values}]` : '*v'} } }`).join('\n');
    const text = `version: 1\nname: Big office\nreplications: 5\ncustomers:\n${classes}\nstaff:\n  - { name: ana, home: front, wagePerHour: 20 }\n`;
    expect(text.length).toBeLessThan(1_000_000);
    expect(parseScenario(text, 'big-office.yaml').ok).toBe(true);
    const before = await runId(page);
    await importFile(page, 'big-office.yaml', text);
    await expect.poll(() => scenarioName(page), { timeout: 60_000 }).toBe('Big office');
    await expect.poll(() => noticeText(page)).toMatch(/^Opened big-office\.yaml\. This office is too large to keep in this browser \(its storage is full\): it stays open in this page, but a reload brings back the office saved before\. Export it to keep it\.$/);
    await expect.poll(() => page.locator('.keeping.full').textContent()).toMatch(/Not saved in this browser: its storage is full/);
    await waitForRun(page, before);
    await page.screenshot({ path: join(SHOTS, 'trust-03-storage-full-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SHOTS, 'trust-03-storage-full-1920.png') });
    expect(await savedName(page)).toBe('My branch');
    // A link could not carry it either: say so rather than make a link nobody can open.
    await page.locator('.notice button', { hasText: 'Close' }).click();
    await page.locator('header button', { hasText: 'Share link' }).click();
    await expect.poll(() => noticeText(page)).toMatch(/^This office is too large to share as a link \(6\.\d MB; links open offices up to 5\.0 MB\)\. Export it as a file instead\.$/);
    await page.reload();
    await waitForRun(page, 0);
    expect(await scenarioName(page)).toBe('My branch');
  });

  it('simulates a trainer day in a worker and stops at the event budget: the page never freezes (item 15)', async () => {
    const page = await freshPage(1920, 1080);
    await page.goto(`${server.url}trainer.html`);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    // A 1 KB file: 200 people and 100,000 customers an hour, millions of events in one day.
    const crafted = (name: string) => `version: 1
name: ${name}
replications: 3
customers:
  - { name: sale, arrivals: { perHour: 100000 }, service: { dist: exponential, mean: 5 }, patience: { dist: exponential, mean: 3 } }
staff:
  - { name: a, count: 100, home: front, wagePerHour: 20 }
  - { name: b, count: 100, home: front, wagePerHour: 20 }
`;
    expect(crafted('x').length).toBeLessThan(2048);
    await page.locator('input[name="office-1"]').setInputFiles({ name: 'a.yaml', mimeType: 'application/yaml', buffer: Buffer.from(crafted('Flood A')) });
    await page.locator('input[name="office-2"]').setInputFiles({ name: 'b.yaml', mimeType: 'application/yaml', buffer: Buffer.from(crafted('Flood B')) });
    await page.locator('lesson-picker button[type="submit"]').click();
    await expect.poll(() => page.locator('trainer-app h1').textContent(), { timeout: 30_000 }).toBe('Flood A vs Flood B');
    const error = page.locator('trainer-app p.error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toMatch(/^Flood [AB]: this day has more than 1,000,000 events, too many to replay; the simulation stopped there\.$/);
    await page.screenshot({ path: join(SHOTS, 'trust-04-trainer-event-budget-1920.png') });
    // The buttons still answer: the page was never blocked while the day was simulated.
    await page.locator('trainer-app button.help').click();
    expect(await page.locator('trainer-app .sheet.help').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { longest: number }).longest)).toBeLessThan(2000);
  }, 120_000);

  it('logs no errors or warnings to the console', () => {
    expect(problems).toEqual([]);
  });
});
