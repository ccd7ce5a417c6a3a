/** The sweep table fits the terminal it is given, repeating the metric column in every block. */
import { describe, expect, it } from 'vitest';
import type { SweepSummary } from '../../../src/analysis/run-summary.js';
import { sweepTable } from '../../../src/cli/format/sweep-table.js';

function sweep(points: number): SweepSummary {
  return {
    scenario: 'Lunch',
    metricKeys: ['front.waitMean', 'profit'],
    currency: null,
    seed: 1,
    replications: 10,
    days: 1,
    paths: ['customers[0].arrivals.perHour'],
    points: Array.from({ length: points }, (_, i) => ({
      values: { 'customers[0].arrivals.perHour': 8 + i },
      calendar: { days: 1, warmupMinutes: 0, continuous: false },
      metrics: {
        'front.waitMean': { mean: 1.25 + i, sd: 0.5, ci95: [1 + i, 1.5 + i], n: 10 },
        profit: { mean: 12_345.6 * (i + 1), sd: 100, ci95: [12_000 * (i + 1), 12_700 * (i + 1)], n: 10 },
      },
    })),
  };
}

const lines = (text: string) => text.split('\n');
const widest = (text: string) => Math.max(...lines(text).map((l) => [...l].length));

describe('sweepTable', () => {
  it('prints one block when no width is given (--wide, or not a terminal)', () => {
    const text = sweepTable(sweep(12));
    expect(text).not.toContain('points 1–');
    expect(lines(text).find((l) => l.startsWith('metric'))).toContain('19');
  });

  it('splits the points into blocks that each fit the width, every block naming its points', () => {
    const text = sweepTable(sweep(12), { width: 80 });
    expect(widest(text)).toBeLessThanOrEqual(80);
    const titles = lines(text).filter((l) => /^points \d+–\d+ of 12$/.test(l));
    expect(titles.length).toBeGreaterThan(1);
    expect(titles[0]).toMatch(/^points 1–/);
    expect(titles.at(-1)).toMatch(/–12 of 12$/);
    // Every block repeats the metric names, and every point appears exactly once.
    expect(lines(text).filter((l) => l.startsWith('front.waitMean')).length).toBe(titles.length);
    const headers = lines(text).filter((l) => l.startsWith('metric')).flatMap((l) => l.split(/\s+/).slice(2));
    expect(headers).toEqual(Array.from({ length: 12 }, (_, i) => String(8 + i)));
    expect(text).toContain('--wide');
  });

  it('keeps a point that is wider than the terminal on its own rather than dropping it', () => {
    const text = sweepTable(sweep(3), { width: 10 });
    expect(lines(text).filter((l) => /^points \d–\d of 3$/.test(l))).toEqual(['points 1–1 of 3', 'points 2–2 of 3', 'points 3–3 of 3']);
  });
});
