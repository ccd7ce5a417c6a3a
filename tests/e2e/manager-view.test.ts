/**
 * The web app said so a manager cannot misread it (issue 14), in real headless Chromium against the
 * built site: Compare refuses runs on other settings and re-runs the baseline with one button; the
 * trainer lessons' offices are among the examples; the editor keeps every section in sight, speaks
 * in the field's words, widens for a five-skill matrix and keeps the keyboard's place; menus close
 * with Esc; notices stay clear of Compare; repeated or unflagged numbers are gone; charts read from a
 * projector; exported YAML keeps clock times as text and the file's comments. Screenshots go to
 * test-results/screenshots/mv-*.png at 1366x768 and 1920x1080.
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

function watch(p: Page): void {
  p.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  p.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

/** expect.poll with room for a loaded machine (the whole suite runs beside this file). */
function poll<T>(fn: () => T | Promise<T>, options: { timeout?: number } = {}) {
  return expect.poll(fn, { timeout: 15_000, ...options });
}


async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: join(SHOTS, `mv-${name}.png`) });
}

/** The element that has the focus, through shadow roots. */
async function focused(p: Page): Promise<string> {
  return p.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el === null ? '' : `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
  });
}

/** `[data-metric]` → value text of the KPI cards shown. */
async function kpiCards(p: Page): Promise<Record<string, string>> {
  return p.evaluate(() => {
    const out: Record<string, string> = {};
    const walk = (root: ParentNode): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'KPI-CARD') {
          const card = el.shadowRoot!.querySelector('.card')!;
          out[card.getAttribute('data-metric')!] = card.querySelector('.value')!.textContent!.trim();
        }
        if (el.shadowRoot !== null) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  });
}

async function openExample(p: Page, fileName: string): Promise<void> {
  const before = await runId(p);
  await p.locator('#examples').selectOption(fileName);
  await waitForRun(p, before);
}

/** Opens a list entry of the editor (`staff[1]`) unless it is open. */
async function openEntry(p: Page, path: string): Promise<void> {
  const entry = p.locator(`details[data-path="${path}"]`);
  if ((await entry.getAttribute('open')) === null) await entry.locator('> summary').click();
}

/** Closes the notice if one shows (confirmations also fade by themselves). */
async function closeNotice(p: Page): Promise<void> {
  const close = p.locator('office-app .notice button', { hasText: 'Close' });
  if ((await close.count()) > 0) await close.click({ timeout: 2000 }).catch(() => {});
}

async function fill(p: Page, path: string, value: string): Promise<void> {
  const input = p.locator(`edit-field[data-path="${path}"] input`);
  await input.fill(value);
  await input.press('Tab');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const out = await buildApp('test-results/manager-view-web');
  server = await serveStatic(out);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  watch(page);
  await page.goto(server.url);
  await waitForRun(page, 0);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the web app, said plainly', () => {
  it('flags a service level below its target, and does not show one loss figure twice', async () => {
    await shot(page, '01-first-screen-1366');
    await poll(() => page.locator('results-view .shortfall').textContent()).toMatch(/^Service level [\d.]+% is below the target of 80% served within 5 min\.$/);
    await page.locator('#result-tab-counter').click();
    const cards = await kpiCards(page);
    expect(cards['front.abandonRate']).toBeDefined();
    // The default office neither balks nor turns anyone away: customers lost = abandonment.
    expect(cards['front.lostRate']).toBeUndefined();
    await page.locator('#result-tab-overview').click();
  });

  it('closes the Export and Download menus with Esc', async () => {
    for (const menu of ['header details.menu', 'run-panel details.menu']) {
      await page.locator(`${menu} summary`).click();
      expect(await page.locator(menu).getAttribute('open')).not.toBeNull();
      await page.keyboard.press('Escape');
      await poll(() => page.locator(menu).getAttribute('open')).toBeNull();
    }
  });

  it('says the balk field counts people, and explains the backlog card against its chart', async () => {
    await page.locator('#tab-counter').click();
    await openEntry(page, 'customers[0]');
    await poll(() => page.locator('edit-field[data-path="customers[0].balkAt"] label').textContent()).toContain('people');
    await page.locator('#result-tab-back').click();
    await poll(() => page.locator('backlog-chart .caption').textContent()).toContain('can be lower than the last point');
    await page.locator('#result-tab-overview').click();
  });

  it('keeps every editor section in sight with problem badges, and says problems in the field’s words', async () => {
    await page.locator('#tab-office').click();
    await fill(page, 'calendar.close', '08:00');
    await page.locator('#tab-staff').click();
    await openEntry(page, 'staff[1]');
    await fill(page, 'staff[1].wagePerHour', '-5');
    await page.locator('#tab-office').click();
    const strip = (await page.locator('scenario-editor [role="tablist"]').boundingBox())!;
    for (const id of ['office', 'counter', 'back', 'staff', 'skills', 'rules']) {
      const tab = (await page.locator(`#tab-${id}`).boundingBox())!;
      expect(tab.x + tab.width, id).toBeLessThanOrEqual(strip.x + strip.width + 0.5);
      expect(await page.locator(`#tab-${id}`).isVisible(), id).toBe(true);
    }
    const error = page.locator('edit-field[data-path="calendar.close"] .error');
    await poll(() => error.textContent()).toBe('Must be after opening time (09:00), got "08:00"');
    // One or two lines, not eight.
    expect((await error.boundingBox())!.height).toBeLessThan(50);
    await shot(page, '02-problems-1366');
    await fill(page, 'calendar.close', '17:00');
    await page.locator('#tab-staff').click();
    await openEntry(page, 'staff[1]');
    await fill(page, 'staff[1].wagePerHour', '24');
    await poll(() => page.locator('scenario-editor .problems').count()).toBe(0);
  });

  it('moves the focus to the new proficiency when a skill is added with Enter', async () => {
    await page.locator('#tab-skills').click();
    await page.locator('button[aria-label="Cross-train cleo in casework"]').focus();
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('input cleo: proficiency in casework');
    await page.keyboard.type('0.5');
    await page.keyboard.press('Tab');
    await poll(() => page.locator('input[aria-label="cleo: proficiency in casework"]').inputValue()).toBe('0.5');
    await page.locator('button[aria-label="Untrain cleo in casework"]').click();
  });

  it('offers to re-run the baseline when the settings changed, and then compares', async () => {
    const before = await runId(page);
    await page.locator('run-panel button.run').click();
    await waitForRun(page, before);
    await page.locator('run-panel button', { hasText: 'Keep as baseline' }).click();
    await page.locator('#result-tab-compare').click();
    // The confirmation does not cover Compare.
    const toast = (await page.locator('office-app .notice').boundingBox())!;
    const compare = (await page.locator('compare-view').boundingBox())!;
    expect(toast.x + toast.width).toBeLessThanOrEqual(compare.x);
    await shot(page, '03-kept-as-baseline-1366');

    await page.locator('#tab-office').click();
    await fill(page, 'replications', '20');
    await fill(page, 'calendar.days', '3');
    const changed = await runId(page);
    await page.locator('run-panel button.run').click();
    await waitForRun(page, changed);
    await poll(() => page.locator('compare-view .reason').textContent()).toBe(
      'The baseline ran with 30 replications, 5 days; this run with 20 replications, 3 days. Paired differences need both runs on the same settings.',
    );
    await shot(page, '04-cannot-compare-1366');
    await page.locator('#rerun-baseline').click();
    await poll(() => page.locator('compare-view section[aria-label="Headline differences"]').count(), { timeout: RUN_TIMEOUT }).toBe(1);
    await poll(() => page.locator('compare-view ul.changes li').allTextContents()).toEqual([]);
    await page.locator('run-panel button', { hasText: 'Clear' }).click();
    await page.locator('#result-tab-overview').click();
  });

  it('says the comparison in one sentence, and the change in words', async () => {
    await openExample(page, 'lessons/lunch-alone.yaml');
    await closeNotice(page);
    await page.locator('run-panel button', { hasText: 'Keep as baseline' }).click();
    await page.locator('#tab-skills').click();
    await page.locator('button[aria-label="Cross-train Cara in front"]').click();
    const before = await runId(page);
    await page.locator('run-panel button.run').click();
    await waitForRun(page, before);
    await page.locator('#result-tab-compare').click();
    await poll(() => page.locator('compare-view ul.changes li').allTextContents()).toEqual(['Cara can now serve at the counter at 70%']);
    const verdict = page.locator('compare-view .verdict-text');
    await poll(() => verdict.textContent())
      .toMatch(/^Teaching Cara the counter adds [\d,]+ a day \([\d,]+ to [\d,]+\) and pays back its 1,200 in about \d+ days; waits fall from [\d.]+ to [\d.]+ min\.$/);
    // The payback card below says the same payback.
    const days = /in about (\d+ days)/.exec((await verdict.textContent())!)![1]!;
    expect(await page.locator('compare-view .payback .verdict').textContent()).toContain(`in about ${days}`);
    await closeNotice(page);
    await shot(page, '07-compare-verdict-1366');
    await page.locator('run-panel button', { hasText: 'Clear' }).click();
    await page.locator('#result-tab-overview').click();
  });

  it('lists the trainer lessons’ offices among the examples, and the flexibility examples make money', async () => {
    const lessons = await page.locator('#examples optgroup[label="Trainer lessons’ offices"] option').allTextContents();
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    expect(lessons).toContain('Lunch without cover: Cara cross-trained');
    await openExample(page, 'lessons/lunch-covered.yaml');
    await poll(() => page.locator('header .scenario-name').textContent()).toBe('Cara cross-trained');
    await openExample(page, 'flex-full.yaml');
    await page.locator('#result-tab-money').click();
    const profit = (await kpiCards(page))['profit']!;
    expect(profit).not.toMatch(/^[−-]/);
    await page.locator('#result-tab-overview').click();
  });

  it('widens the editor for a skills matrix of five skills', async () => {
    await openExample(page, 'reference-office.yaml');
    await page.locator('#tab-skills').click();
    expect(await page.locator('skills-matrix thead th').count()).toBe(6);
    await closeNotice(page);
    // Columns beyond the edge are announced, not silently cut off.
    await poll(() => page.locator('skills-matrix .more').textContent()).toContain('More skills to the right');
    await shot(page, '05-skills-five-1366');
    const splitter = page.locator('office-app .splitter');
    await splitter.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const scroll = page.locator('skills-matrix .scroll');
    await poll(() => scroll.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await poll(() => page.locator('skills-matrix .more').count()).toBe(0);
    // The results' tabs, now narrower, wrap rather than hide.
    for (const id of ['overview', 'counter', 'staff', 'back', 'money', 'compare', 'numbers']) {
      const tab = (await page.locator(`#result-tab-${id}`).boundingBox())!;
      expect(tab.x + tab.width, id).toBeLessThanOrEqual(1366);
    }
    await shot(page, '06-skills-five-widened-1366');
  });

  it('shows no results of the previous office under a newly imported invalid one', async () => {
    const text = readFileSync(join(ROOT, 'scenarios', 'default.yaml'), 'utf8').replace('name: Main street branch', 'name: Broken office').replace('replications: 30', 'replications: 0');
    await page.locator('#import-input').setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await poll(() => page.locator('header .scenario-name').textContent()).toBe('Broken office');
    await poll(async () => Object.keys(await kpiCards(page)).length).toBe(0);
    expect(await page.locator('results-view .placeholder').textContent()).toContain('Run the simulation');
  });

  it('exports YAML with clock times quoted and the opened file’s comments kept', async () => {
    await openExample(page, 'busy-lunch.yaml');
    await page.locator('header details.menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('header button', { hasText: 'Scenario as YAML' }).click()]);
    const yaml = readFileSync((await download.path())!, 'utf8');
    expect(yaml).toContain('open: "08:00"');
    expect(yaml).toContain('# A post office counter with a sharp lunchtime peak.');
    expect(yaml).not.toMatch(/:\s\d{1,2}:\d{2}\b/);
  });

  it('draws chart labels at a presenter size on a 1920 screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const big = await context.newPage();
    watch(big);
    await big.goto(server.url);
    await waitForRun(big, 0);
    await big.waitForFunction(() => {
      const chart = document.querySelector('office-app')?.shadowRoot?.querySelector('results-view')?.shadowRoot?.querySelector('queue-length-chart');
      return chart?.shadowRoot?.querySelector('.plot[data-drawn="true"] svg') != null;
    });
    const shown = await big.evaluate(() => {
      const chart = document.querySelector('office-app')!.shadowRoot!.querySelector('results-view')!.shadowRoot!.querySelector('queue-length-chart')!;
      const plot = chart.shadowRoot!.querySelector('.plot')!;
      const tick = plot.querySelector('svg g[aria-label="y-axis tick label"] text') ?? plot.querySelector('svg text')!;
      const card = chart.shadowRoot!.querySelector('.card')!;
      const drawn = plot.firstElementChild!.getBoundingClientRect().width;
      return { font: tick.getBoundingClientRect().height, overflow: plot.scrollWidth - plot.clientWidth, fill: drawn / plot.getBoundingClientRect().width, card: card.getBoundingClientRect().width };
    });
    // 12 px text shown at 1.25: a glyph box of 15 px or more, and no horizontal scroll.
    expect(shown.font).toBeGreaterThanOrEqual(14);
    expect(shown.overflow).toBeLessThanOrEqual(0);
    // ...and the zoomed chart fills the width of its card.
    expect(shown.fill).toBeGreaterThan(0.97);
    await big.screenshot({ path: join(SHOTS, 'mv-01-first-screen-1920.png') });
    await openExample(big, 'reference-office.yaml');
    await big.locator('#tab-skills').click();
    await closeNotice(big);
    // A third of a 1920 screen: the five skills fit without scrolling.
    await poll(() => big.locator('skills-matrix .scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await big.screenshot({ path: join(SHOTS, 'mv-05-skills-five-1920.png') });
    await openExample(big, 'lessons/lunch-alone.yaml');
    await closeNotice(big);
    await big.locator('run-panel button', { hasText: 'Keep as baseline' }).click();
    await big.locator('button[aria-label="Cross-train Cara in front"]').click();
    const before = await runId(big);
    await big.locator('run-panel button.run').click();
    await waitForRun(big, before);
    await big.locator('#result-tab-compare').click();
    await poll(() => big.locator('compare-view .verdict-text').textContent()).toMatch(/^Teaching Cara the counter adds /);
    await closeNotice(big);
    await big.screenshot({ path: join(SHOTS, 'mv-07-compare-verdict-1920.png') });
    await context.close();
  });

  it('logs no errors or warnings to the console', () => {
    expect(problems).toEqual([]);
  });
});
