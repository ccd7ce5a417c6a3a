/**
 * The managers' web app in real headless Chromium, against the built site served as static files:
 * it opens with the default office run, shows the numbers Node computes for the same seed, marks
 * invalid input at the field, compares a cross-training change with a baseline, exports and
 * re-imports a scenario (file picker and drag and drop), keeps it across a reload, opens a share
 * link, shows progress and cancels, and logs no console errors. Screenshots of the main views go to
 * test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseScenario, validateScenarioFile, type ScenarioFile } from '../../src/sim/schema.js';
import { runReplication } from '../../src/sim/office/index.js';
import type { ReplicationResult } from '../../src/sim/result.js';
import type { Scenario } from '../../src/sim/scenario.js';
import { summarizeComparison, summarizeRun } from '../../src/analysis/run-summary.js';
import { compareInPeriod, runInPeriod } from '../../src/analysis/period-summaries.js';
import { formatByUnit, KPI_KEYS, metricInfo } from '../../src/analysis/metric-info.js';
import { differenceText } from '../../src/ui/results/difference.js';
import { fieldMessage } from '../../src/ui/editor/field-message.js';
import { ROOT, buildApp, launchChromium, serveStatic, type StaticServer, RUN_TIMEOUT, runId, waitForRun } from './harness.js';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors and warnings and page errors, per page; checked after every test (see afterEach). */
const problems = new Map<Page, string[]>();

function watch(p: Page): void {
  const list: string[] = [];
  problems.set(p, list);
  p.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') list.push(`${message.type()}: ${message.text()}`);
  });
  p.on('pageerror', (error) => list.push(`pageerror: ${error.message}`));
}

/** Everything logged since the last check, on every watched page; clears the lists. */
function takeProblems(): string[] {
  const all = [...problems.values()].flat();
  for (const list of problems.values()) list.length = 0;
  return all;
}

/** The default office exactly as the app opens it: the file's content with defaults, validated again. */
function defaultScenario(): { file: ScenarioFile; scenario: Scenario } {
  const parsed = parseScenario(readFileSync(join(ROOT, 'scenarios', 'default.yaml'), 'utf8'), 'default.yaml');
  if (!parsed.ok) throw new Error('default.yaml must be valid');
  const again = validateScenarioFile(parsed.file, 'default.yaml');
  if (!again.ok) throw new Error('default.yaml must stay valid');
  expect(again.scenario).toEqual(parsed.scenario);
  return { file: parsed.file, scenario: again.scenario };
}

/** Every replication as the CLI computes and stores it (JSON text), in index order. */
function replicate(scenario: Scenario): ReplicationResult[] {
  return Array.from({ length: scenario.replications }, (_, r) => JSON.parse(JSON.stringify(runReplication(scenario, r))) as ReplicationResult);
}


/** Waits until every chart on the page has been drawn. */
async function chartsDrawn(p: Page): Promise<number> {
  await p.waitForFunction(
    () => {
      const all: Element[] = [];
      const walk = (root: ParentNode): void => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot !== null) {
            const plot = el.shadowRoot.querySelector('.plot[data-drawn]');
            if (plot !== null && !plot.closest('[hidden]') && !plot.hasAttribute('hidden')) all.push(plot);
            walk(el.shadowRoot);
          }
        }
      };
      walk(document);
      return all.length > 0 && all.every((plot) => plot.getAttribute('data-drawn') === 'true');
    },
    undefined,
    { timeout: 30_000 },
  );
  return p.evaluate(() => {
    let n = 0;
    const walk = (root: ParentNode): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot !== null) {
          if (el.shadowRoot.querySelector('.plot[data-drawn="true"]') !== null) n++;
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return n;
  });
}

async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function openResultTab(p: Page, id: string): Promise<void> {
  await p.locator(`#result-tab-${id}`).click();
}

async function openEditorTab(p: Page, id: string): Promise<void> {
  await p.locator(`#tab-${id}`).click();
}

/** `[data-metric]` → `{ mean attribute, text }` of the KPI cards shown. */
async function kpiCards(p: Page): Promise<Record<string, { mean: string; value: string }>> {
  return p.evaluate(() => {
    const out: Record<string, { mean: string; value: string }> = {};
    const walk = (root: ParentNode): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'KPI-CARD') {
          const card = el.shadowRoot!.querySelector('.card')!;
          out[card.getAttribute('data-metric')!] = { mean: card.getAttribute('data-mean')!, value: card.querySelector('.value')!.textContent!.trim() };
        }
        if (el.shadowRoot !== null) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  });
}

/** Rows of the metrics table: key → cells' text. */
async function tableRows(p: Page): Promise<Record<string, string[]>> {
  return p.evaluate(() => {
    const out: Record<string, string[]> = {};
    const walk = (root: ParentNode): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'METRICS-TABLE') {
          for (const row of el.shadowRoot!.querySelectorAll('tr[data-metric]')) {
            out[row.getAttribute('data-metric')!] = [...row.querySelectorAll('td')].slice(1).map((td) => td.textContent!.trim());
          }
        }
        if (el.shadowRoot !== null) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const out = await buildApp('test-results/e2e-web');
  server = await serveStatic(out);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  watch(page);
}, 180_000);

beforeEach(() => {
  takeProblems();
});

// Every test, whatever runs before it, must leave the console clean.
afterEach(() => {
  expect(takeProblems()).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the web app in Chromium', () => {
  it('opens with the default office loaded and already run, charts drawn', async () => {
    await page.goto(server.url);
    await waitForRun(page, 0);
    await expect.poll(() => page.locator('header .scenario-name').textContent()).toBe('Main street branch');
    expect(Object.keys(await kpiCards(page))).toEqual([...KPI_KEYS]);
    expect(await chartsDrawn(page)).toBe(3);
    await shot(page, '01-overview');
  });

  it('shows exactly the numbers Node computes for the same scenario and seed', async () => {
    const { scenario } = defaultScenario();
    // The app shows totals per day by default: the same division in Node gives the same bits.
    const summary = runInPeriod(summarizeRun(scenario, replicate(scenario)), 'day');
    const cards = await kpiCards(page);
    for (const key of KPI_KEYS) {
      const s = summary.metrics[key]!;
      expect(cards[key]!.value, key).toBe(formatByUnit(metricInfo(key).unit, s.mean));
      // The unrounded means are identical to the bit: src/sim draws with its own fdlibm ports
      // (src/sim/math.ts), not the engines' Math.log/exp/cos/pow, which differ in the last bit.
      expect(Number(cards[key]!.mean), key).toBe(s.mean);
    }
    await openResultTab(page, 'numbers');
    const rows = await tableRows(page);
    expect(new Set(Object.keys(rows))).toEqual(new Set(summary.metricKeys));
    for (const key of summary.metricKeys) {
      const s = summary.metrics[key]!;
      const unit = metricInfo(key).unit;
      expect(rows[key]![0], key).toBe(formatByUnit(unit, s.mean));
      expect(rows[key]![3], key).toBe(String(s.n));
    }
    await shot(page, '02-all-numbers');
  });

  it('shows the counter, staff, back-office and money views', async () => {
    for (const [tab, charts] of [
      ['counter', 3],
      ['staff', 4],
      ['back', 1],
      ['money', 1],
    ] as const) {
      await openResultTab(page, tab);
      expect(await chartsDrawn(page), tab).toBe(charts);
      await shot(page, `03-results-${tab}`);
    }
    await openResultTab(page, 'counter');
    await expect.poll(() => page.locator('erlang-baseline tbody tr').count()).toBeGreaterThan(0);
  });

  it('downloads a chart as SVG and PNG, and the results as CSV', async () => {
    await openResultTab(page, 'overview');
    await chartsDrawn(page);
    const chart = page.locator('queue-length-chart');
    const [svgFile] = await Promise.all([page.waitForEvent('download'), chart.locator('button', { hasText: 'SVG' }).click()]);
    expect(svgFile.suggestedFilename()).toBe('queue-through-the-day.svg');
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Queue through the day');
    expect(svg).toMatch(/<text[^>]*>sale<\/text>/); // the legend, redrawn in SVG
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svg)).toBe(true);

    const [pngFile] = await Promise.all([page.waitForEvent('download'), chart.locator('button', { hasText: 'PNG' }).click()]);
    const png = readFileSync((await pngFile.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBeGreaterThan(600); // width, drawn at twice the size

    await page.locator('run-panel details.menu summary').click();
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.locator('run-panel button', { hasText: 'Summary CSV' }).click()]);
    const lines = readFileSync((await csvFile.path())!, 'utf8').trim().split('\n');
    // The CLI's summary.csv columns, whole-run totals as in the JSON output.
    expect(lines[0]).toBe('scenario,metric,label,unit,mean,sd,ci95_low,ci95_high,n');
    expect(lines.some((l) => l.startsWith('Main street branch,profit,Profit,money,'))).toBe(true);
  });

  it('shows the editor sections, the skills matrix among them', async () => {
    for (const tab of ['counter', 'back', 'staff', 'skills', 'rules']) {
      await openEditorTab(page, tab);
      await page.locator('#editor-panel').waitFor();
      await shot(page, `04-editor-${tab}`);
    }
    await openEditorTab(page, 'skills');
    await expect(page.locator('skills-matrix tbody tr').count()).resolves.toBe(6);
  });

  it('marks invalid input at the field with the CLI’s message and does not run it', async () => {
    const { file } = defaultScenario();
    const bad = validateScenarioFile({ ...file, staff: file.staff.map((p, i) => (i === 1 ? { ...p, wagePerHour: -5 } : p)) }, 'default.yaml');
    expect(bad.ok).toBe(false);
    const message = !bad.ok ? bad.errors.find((e) => e.path === 'staff[1].wagePerHour')!.message : '';
    await openEditorTab(page, 'staff');
    const entry = page.locator('details[data-path="staff[1]"]');
    if ((await entry.getAttribute('open')) === null) await entry.locator('> summary').click();
    const wage = page.locator('edit-field[data-path="staff[1].wagePerHour"] input');
    await wage.fill('-5');
    await wage.press('Tab');
    await expect.poll(() => page.locator('edit-field[data-path="staff[1].wagePerHour"] .error').textContent()).toBe(fieldMessage(message, 'wagePerHour'));
    await expect.poll(() => page.locator('.problems li').first().textContent()).toContain(message);
    expect(await page.locator('run-panel button.run').isDisabled()).toBe(true);
    await shot(page, '05-invalid-input');
    await wage.fill('24');
    await wage.press('Tab');
    await expect.poll(() => page.locator('.problems').count()).toBe(0);
    expect(await page.locator('run-panel button.run').isDisabled()).toBe(false);
  });

  it('cross-trains a person, runs on the same seed and compares with the baseline', async () => {
    await page.locator('run-panel button', { hasText: 'Keep as baseline' }).click();
    await openEditorTab(page, 'skills');
    await page.locator('button[aria-label="Cross-train ben in fulfilment"]').click();
    await expect.poll(() => page.locator('input[aria-label="ben: proficiency in fulfilment"]').inputValue()).toBe('0.7');
    const before = await runId(page);
    await page.locator('run-panel button.run').click();
    await waitForRun(page, before);
    await openResultTab(page, 'compare');
    await expect.poll(() => page.locator('compare-view ul.changes li').allTextContents()).toEqual(['Ben can now do fulfilment work at 70%']);
    expect(await chartsDrawn(page)).toBe(1);

    const { file, scenario } = defaultScenario();
    const changed = validateScenarioFile({ ...file, staff: file.staff.map((p, i) => (i === 1 ? { ...p, skills: { ...p.skills, fulfilment: 0.7 } } : p)) }, 'default.yaml');
    if (!changed.ok) throw new Error('the changed office must be valid');
    const expected = compareInPeriod(
      summarizeComparison([
        { scenario: { ...scenario, name: 'Baseline' }, results: replicate(scenario) },
        { scenario: { ...changed.scenario, name: 'Current' }, results: replicate(changed.scenario) },
      ]),
      'day',
    );
    const rows = await tableRows(page);
    for (const key of KPI_KEYS) {
      const m = expected.metrics[key]!;
      expect(rows[key]![0], key).toBe(formatByUnit(metricInfo(key).unit, m.variants[0]!.mean));
      expect(rows[key]![1], key).toBe(formatByUnit(metricInfo(key).unit, m.variants[1]!.mean));
      expect(rows[key]![2], key).toBe(differenceText(key, m.differences[0]!.mean));
    }
    // Teaching ben fulfilment costs 1,200 once: Compare says so and how long it takes to pay back.
    const payback = page.locator('compare-view section.payback');
    await expect.poll(() => payback.locator('.oneoff').textContent()).toMatch(/One-off training: 1,200 \(ben learns fulfilment\)/);
    await expect.poll(() => payback.locator('.verdict').textContent()).toMatch(/^(Pays back its one-off 1,200 in about|May not pay back its one-off 1,200|Does not pay back its one-off 1,200)/);
    await page.locator('compare-view').evaluate((el) => el.scrollIntoView());
    await shot(page, '06-compare');
    await openResultTab(page, 'overview');
    await chartsDrawn(page);
    await shot(page, '07-overview-with-baseline');
  });

  it('exports the scenario and imports it again, by the file picker and by drag and drop', async () => {
    await page.locator('header details.menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('header button', { hasText: 'Scenario as YAML' }).click()]);
    expect(download.suggestedFilename()).toBe('main-street-branch.yaml');
    const yaml = readFileSync((await download.path())!, 'utf8');
    const exported = parseScenario(yaml, 'exported.yaml');
    expect(exported.ok).toBe(true);
    if (exported.ok) expect(exported.file.staff[1]!.skills).toEqual({ fulfilment: 0.7 });

    let before = await runId(page);
    await page.locator('#import-input').setInputFiles({ name: 'imported.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml.replace('name: Main street branch', 'name: Imported branch')) });
    await waitForRun(page, before);
    await expect.poll(() => page.locator('header .scenario-name').textContent()).toBe('Imported branch');

    before = await runId(page);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, yaml.replace('name: Main street branch', 'name: Dropped branch'));
    await waitForRun(page, before);
    await expect.poll(() => page.locator('header .scenario-name').textContent()).toBe('Dropped branch');
    await shot(page, '08-imported-by-drop');
  });

  it('keeps the scenario across a reload', async () => {
    await page.reload();
    await waitForRun(page, 0);
    await expect.poll(() => page.locator('header .scenario-name').textContent()).toBe('Dropped branch');
    await openEditorTab(page, 'skills');
    expect(await page.locator('input[aria-label="ben: proficiency in fulfilment"]').inputValue()).toBe('0.7');
  });

  it('opens a share link with the same office in a fresh browser', async () => {
    await page.locator('header button', { hasText: 'Share link' }).click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toMatch(/#scenario=1\.[A-Za-z0-9_-]+$/);
    await shot(page, '09-share-link');
    const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const other = await fresh.newPage();
    watch(other);
    await other.goto(link);
    await waitForRun(other, 0);
    await expect.poll(() => other.locator('header .scenario-name').textContent()).toBe('Dropped branch');
    // Not saved until kept or edited: the address keeps the link meanwhile, so a reload shows it again.
    expect(new URL(other.url()).hash).toMatch(/^#scenario=1\./);
    await other.locator('#tab-skills').click();
    expect(await other.locator('input[aria-label="ben: proficiency in fulfilment"]').inputValue()).toBe('0.7');
    await other.locator('.keeping button', { hasText: 'Keep this office' }).click();
    await expect.poll(() => new URL(other.url()).hash).toBe('');
    await fresh.close();
  });

  it('shows progress and first results while running, and cancels', async () => {
    await page.locator('.notice button', { hasText: 'Close' }).click();
    await openEditorTab(page, 'office');
    const replications = page.locator('edit-field[data-path="replications"] input');
    await replications.fill('3000');
    await replications.press('Tab');
    const before = await runId(page);
    await page.locator('run-panel button.run').click();
    await page.waitForFunction(
      () => {
        const app = document.querySelector('office-app')!;
        const panel = app.shadowRoot!.querySelector('run-panel')!;
        const progress = panel.shadowRoot!.querySelector('progress');
        return progress !== null && Number(progress.value) >= 4;
      },
      undefined,
      { timeout: RUN_TIMEOUT },
    );
    await expect.poll(async () => (await page.locator('results-view .partial').textContent())?.replace(/\s+/g, ' ')).toMatch(/Results so far: [\d,]+ of 3,000 replications/);
    await shot(page, '10-running');
    await page.locator('run-panel button', { hasText: 'Cancel' }).click();
    await waitForRun(page, before, 'cancelled');
    await expect.poll(() => page.locator('run-panel .status').textContent()).toMatch(/Cancelled: showing \d+ replications/);
    await replications.fill('30');
    await replications.press('Tab');
  });

  it('reaches the editor tabs by keyboard and runs with Ctrl+Enter', async () => {
    await page.locator('#tab-office').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#tab-counter').getAttribute('aria-selected')).toBe('true');
    const before = await runId(page);
    await page.keyboard.press('Control+Enter');
    await waitForRun(page, before);
  });

  it('reads well on a projector', async () => {
    const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const big = await projector.newPage();
    watch(big);
    await big.goto(server.url);
    await waitForRun(big, 0);
    await chartsDrawn(big);
    const overflow = await big.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await big.screenshot({ path: join(SHOTS, '11-projector-1920.png') });
    await projector.close();
  });

  it('says the period and the currency of every total, per day by default, per week or over the run on request', async () => {
    const { file } = defaultScenario();
    const withEuro = validateScenarioFile({ ...file, currency: 'EUR' }, 'default.yaml');
    if (!withEuro.ok) throw new Error('the office with a currency must be valid');
    const whole = summarizeRun(withEuro.scenario, replicate(withEuro.scenario));
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const own = await browser.newContext({ viewport: { width, height } });
      const p = await own.newPage();
      watch(p);
      await p.goto(server.url);
      await waitForRun(p, 0);
      await openEditorTab(p, 'office');
      const currency = p.locator('edit-field[data-path="currency"] input');
      await currency.fill('EUR');
      await currency.press('Tab');
      const before = await runId(p);
      await p.locator('run-panel button.run').click();
      await waitForRun(p, before);
      for (const period of ['day', 'week', 'run'] as const) {
        await p.locator(`results-view button[data-period="${period}"]`).click();
        const shown = runInPeriod(whole, period);
        const cards = await kpiCards(p);
        expect(cards['profit']!.value, period).toBe(formatByUnit('money', shown.metrics['profit']!.mean, { currency: 'EUR' }));
        expect(cards['front.waitMean']!.value, period).toBe(formatByUnit('minutes', shown.metrics['front.waitMean']!.mean));
        const label = await p.locator('kpi-card[metric="profit"] .label').textContent();
        expect(label?.replace(/\s+/g, ' ').trim(), period).toBe(`Profit ${shown.period!.words}`);
        if (period !== 'run') {
          await chartsDrawn(p);
          await shot(p, `12-totals-${period}-${width}`);
        }
      }
      await own.close();
    }
  });

  it('logs no errors or warnings to the console on its own fresh page and run', async () => {
    // A fresh context: no saved office, no baseline, nothing left by the tests before this one.
    const own = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const fresh = await own.newPage();
    watch(fresh);
    await fresh.goto(server.url);
    await waitForRun(fresh, 0);
    expect(await chartsDrawn(fresh)).toBe(3);
    for (const tab of ['counter', 'staff', 'back', 'money', 'compare', 'numbers']) await fresh.locator(`#result-tab-${tab}`).click();
    await fresh.locator('results-view button[data-period="week"]').click();
    const log = problems.get(fresh)!;
    await own.close();
    expect(log).toEqual([]);
  });

  it('edits the week and labels days with weekdays (scenarios/weekly-branch.yaml)', async () => {
    const own = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const p = await own.newPage();
    watch(p);
    await p.goto(server.url);
    await waitForRun(p, 0);
    const before = await runId(p);
    const text = readFileSync(join(ROOT, 'scenarios', 'weekly-branch.yaml'), 'utf8');
    await p.locator('#import-input').setInputFiles({ name: 'weekly-branch.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await waitForRun(p, before);
    // The office section: day 1's weekday, Saturday's own hours, Sunday closed, the holiday.
    const week = p.locator('week-calendar');
    await expect.poll(() => week.locator('edit-field select').first().inputValue()).toBe('mon');
    expect(await week.locator('select[aria-label="Sat: hours"]').inputValue()).toBe('own');
    expect(await week.locator('select[aria-label="Sun: hours"]').inputValue()).toBe('closed');
    expect(await week.locator('input[aria-label^="Closed days"]').inputValue()).toBe('22');
    // A closed Saturday afternoon is refused at its field, as the CLI says it.
    await week.locator('select[aria-label="Sat: hours"]').selectOption('closed');
    await p.locator('#tab-counter').click();
    const factors = p.locator('customers-section weekday-factors').first();
    await expect.poll(() => factors.locator('.error').first().textContent()).toContain('sat is closed');
    // The staff section: Ana's shifts per weekday (Wednesday off, her own Saturday shift).
    await p.locator('#tab-staff').click();
    const ana = p.locator('staff-section weekday-shifts').first();
    expect(await ana.locator('select[aria-label="Wed: shift"]').inputValue()).toBe('off');
    expect(await ana.locator('select[aria-label="Mon: shift"]').inputValue()).toBe('usual');
    // The results: the backlog chart names weekdays.
    await p.locator('#result-tab-back').click();
    await expect.poll(() => p.locator('backlog-chart g[aria-label="x-axis tick label"] text').first().textContent()).toBe('Mon 1');
    const log = problems.get(p)!;
    await own.close();
    expect(log).toEqual([]);
  });
});
