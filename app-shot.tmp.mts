import { buildApp, serveStatic, launchChromium, runId, waitForRun } from '/work/wt/learning/tests/e2e/harness.ts';
const out = await buildApp('test-results/learning-web');
const server = await serveStatic(out);
const browser = await launchChromium();
for (const [w, h] of [[1366, 768]]) {
  const page = await (await browser.newContext({ viewport: { width: w, height: h } })).newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(server.url);
  await waitForRun(page, 0);
  const before = await runId(page);
  await page.locator('#examples').selectOption('first-month.yaml');
  await waitForRun(page, before);
  // skills matrix
  const matrix = page.locator('skills-matrix');
  console.log('matrix count', await matrix.count());
  if (await matrix.count() === 0) {
    const tabs = await page.locator('button, [role=tab]').allTextContents();
    console.log(tabs.filter(t => t.trim()).slice(0, 60).join(' | '));
  }
  await page.locator('office-app .notice button', { hasText: 'Close' }).click().catch(() => {});
  await page.getByRole('tab', { name: 'Skills' }).click().catch(async () => { await page.locator('text=Skills').first().click(); });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/lrn/app-skills-${w}.png` });
  await page.getByRole('tab', { name: 'Staff & cover' }).click().catch(async () => { await page.locator('text=Staff & cover').first().click(); });
  await page.waitForTimeout(1500);
  const chart = page.locator('proficiency-chart');
  console.log('chart', await chart.count());
  if (await chart.count()) { await chart.scrollIntoViewIfNeeded(); await page.waitForTimeout(800); }
  await page.screenshot({ path: `/tmp/lrn/app-staff-${w}.png` });
  await browser.close(); await server.close();
}
