/** The HTML report from the CLI: one self-contained file whose charts are inline SVG with their marks drawn. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cli, readTree, SMALL, SMALL_CROSS, tempDir } from './helpers.js';

function parse(path: string): { html: string; doc: Document } {
  const html = readFileSync(path, 'utf8');
  return { html, doc: parseHTML(html).document as unknown as Document };
}

/** Chart SVGs and, per chart, the number of drawn mark elements (paths, rects, circles, lines). */
function chartMarks(doc: Document): number[] {
  return [...doc.querySelectorAll('svg.office-chart')].map(
    (svg) => [...svg.querySelectorAll('g[aria-label]')].filter((g) => !/axis|grid/.test(g.getAttribute('aria-label') ?? '')).flatMap((g) => [...g.querySelectorAll('path, rect, circle, line')]).length,
  );
}

function expectSelfContained(html: string, doc: Document): void {
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
  expect(html.replace(/xmlns(:\w+)?="[^"]*"/g, '')).not.toMatch(/(src|href)\s*=|url\(\s*['"]?https?:|@import/);
}

describe('report', () => {
  const dir = tempDir();

  it('renders a run output directory: KPIs, every chart with marks, the Erlang baseline', () => {
    const out = join(dir, 'run');
    expect(cli(['run', SMALL, '--replications', '4', '--out', out, '--quiet']).code).toBe(0);
    const r = cli(['report', out, '--out', join(dir, 'run.html')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`wrote ${join(dir, 'run.html')}`);
    const { html, doc } = parse(join(dir, 'run.html'));
    expectSelfContained(html, doc);
    expect(doc.querySelector('h1')?.textContent).toBe('Small office');
    const marks = chartMarks(doc);
    expect(marks.length).toBeGreaterThanOrEqual(8);
    for (const [i, n] of marks.entries()) expect(n, `chart ${i}`).toBeGreaterThan(0);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toContain('Erlang baseline: the textbook answer beside the simulation');
    // The CLI notes where the numbers came from.
    expect(html).toContain(SMALL);
  });

  it('--report on compare writes the comparison report beside the other outputs, identical to report DIR', () => {
    const out = join(dir, 'compare');
    const r = cli(['compare', SMALL, SMALL_CROSS, '--replications', '4', '--out', out, '--report', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(readTree(out))).toContain('report.html');
    const { html, doc } = parse(join(out, 'report.html'));
    expectSelfContained(html, doc);
    expect(doc.querySelector('h1')?.textContent).toBe('Small office vs Small office, cross-trained');
    for (const n of chartMarks(doc)) expect(n).toBeGreaterThan(0);
    expect(cli(['report', out, '--out', join(dir, 'compare.html')]).code).toBe(0);
    expect(readFileSync(join(dir, 'compare.html'), 'utf8')).toBe(html);
  });

  it('runs a scenario file itself when given one, and refuses shard directories', () => {
    const r = cli(['report', SMALL, '--replications', '3', '--out', join(dir, 'file.html'), '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const { doc } = parse(join(dir, 'file.html'));
    expect(chartMarks(doc).length).toBeGreaterThanOrEqual(8);
    expect(cli(['run', SMALL, '--replications', '2', '--shard', '1/2', '--out', join(dir, 'shard'), '--quiet']).code).toBe(0);
    const shard = cli(['report', join(dir, 'shard'), '--out', join(dir, 'x.html')]);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('holds shard 1/2 only; merge the shards first');
  });
});
