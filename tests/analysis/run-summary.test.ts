import { describe, expect, it } from 'vitest';
import { summarizeComparison, summarizeRun, summarizeSweep } from '../../src/analysis/run-summary.js';
import { ACTIVITY_BASE, BASE, BUCKET_STARTS, HIST_BASE, makeResult, makeResults, scenario, T2, variant } from './fixtures/run-fixture.js';

const close = (a: number | null | undefined, b: number, digits = 9) => expect(a).toBeCloseTo(b, digits);

describe('summarizeRun', () => {
  const run = summarizeRun(scenario, makeResults());

  it('carries the scenario identity and the run size', () => {
    expect(run.scenario).toBe('Test branch');
    expect(run.seed).toBe(7);
    expect(run.replications).toBe(3);
    expect(run.days).toBe(2);
    expect(run.calendar).toEqual({ open: 540, close: 1020, continuous: false, warmupMinutes: 0 });
    expect(run.serviceLevelTarget).toEqual({ withinMinutes: 5, fraction: 0.8 });
  });

  it('lists classes, tasks and staff in file order, and skills by demand first', () => {
    expect(run.customers).toEqual(['sale', 'paperwork']);
    expect(run.tasks).toEqual(['fulfilment']);
    expect(run.skills).toEqual(['front', 'admin', 'fulfilment']);
    expect(run.staff).toEqual([
      { name: 'ana', area: 'front', home: 'front' },
      { name: 'ben', area: 'front', home: 'front' },
      { name: 'cara', area: 'back', home: 'fulfilment' },
    ]);
  });

  it('keeps the simulator metric key order', () => {
    expect(run.metricKeys).toEqual(Object.keys(BASE));
    expect(Object.keys(run.metrics)).toEqual(Object.keys(BASE));
  });

  it('summarizes each metric with mean, sd and Student-t CI over replications', () => {
    const s = run.metrics['profit']!;
    const sd = 0.1 * BASE['profit']!;
    close(s.mean, BASE['profit']!, 6);
    close(s.sd, sd, 6);
    expect(s.n).toBe(3);
    close(s.ci95![0], BASE['profit']! - (T2 * sd) / Math.sqrt(3), 6);
    close(s.ci95![1], BASE['profit']! + (T2 * sd) / Math.sqrt(3), 6);
  });

  it('summarizes a metric undefined in one replication over the others and says so', () => {
    const r = summarizeRun(scenario, makeResults({ nulls: [['back.lateRate', 1]] }));
    const s = r.metrics['back.lateRate']!;
    expect(s.n).toBe(2);
    close(s.mean, 0.1, 12); // (0.09 + 0.11) / 2
  });

  it('turns each day series into a mean with a 95% band', () => {
    const q = run.series.bands['queue.sale']!;
    expect(run.series.bucketStarts).toEqual([...BUCKET_STARTS]);
    expect(run.series.bucketMinutes).toBe(120);
    // Replication r adds r: mean = base + 1, sd = 1.
    [0.5, 2, 3, 1].forEach((base, i) => {
      close(q.mean[i], base + 1);
      close(q.lo[i], base + 1 - T2 / Math.sqrt(3));
      close(q.hi[i], base + 1 + T2 / Math.sqrt(3));
    });
    expect(Object.keys(run.series.bands)).toContain('gap.admin');
  });

  it('keeps a bucket with nothing to average empty', () => {
    const w = run.series.bands['wait.paperwork']!;
    expect(w.mean[2]).toBeNull();
    close(w.mean[3], 2);
  });

  it('summarizes the backlog day by day', () => {
    expect(run.backlogByDay.mean).toHaveLength(2);
    close(run.backlogByDay.mean[0], 4);
    close(run.backlogByDay.mean[1], 7);
    close(run.backlogByDay.hi[1]! - run.backlogByDay.mean[1]!, (T2 * 2) / Math.sqrt(3));
  });

  it('sums wait histograms over replications', () => {
    const h = run.waitHistograms['sale']!;
    expect(h.edges).toEqual([0, 1, 2, 5, 10, 20]);
    expect(h.counts).toEqual(HIST_BASE['sale']!.map((c) => 3 * c + 3));
    expect(run.waitHistograms['paperwork']!.counts).toEqual([33, 12, 9, 0, 0, 0]);
  });

  it('averages activity minutes per person over replications', () => {
    expect(run.activity['ana']!.homeWork).toBe(ACTIVITY_BASE['ana']!.homeWork + 10);
    expect(run.activity['ben']!.coverWork).toBe(100);
    expect(run.activity['cara']!.switching).toBe(4);
  });

  it('refuses replications out of index order', () => {
    const [a, b, c] = makeResults();
    expect(() => summarizeRun(scenario, [b!, a!, c!])).toThrow('invalid results: replication 0 after 1');
    expect(() => summarizeRun(scenario, [])).toThrow('invalid results: no replications');
  });

  it('refuses histograms whose bins differ between replications', () => {
    const results = makeResults();
    const odd = { ...results[2]!, waitHistograms: { ...results[2]!.waitHistograms, sale: { edges: [0, 2, 4], counts: [1, 1, 1] } } };
    expect(() => summarizeRun(scenario, [results[0]!, results[1]!, odd])).toThrow('invalid waitHistograms.sale');
  });
});

describe('summarizeComparison', () => {
  // Variant B earns 100, 120, 140 more profit in replications 0, 1, 2 (same streams, so paired).
  const gain = [100, 120, 140];
  const a = { scenario: variant('Dedicated'), results: makeResults() };
  const b = { scenario: variant('Cross-trained'), results: makeResults({ delta: (k, r) => (k === 'profit' ? gain[r]! : 0) }) };
  const c = summarizeComparison([a, b]);

  it('names the variants, first the reference', () => {
    expect(c.variants).toEqual(['Dedicated', 'Cross-trained']);
    expect(c.runs.map((r) => r.scenario)).toEqual(['Dedicated', 'Cross-trained']);
    expect(c.seed).toBe(7);
    expect(c.replications).toBe(3);
  });

  it('takes paired differences per replication, variant minus the first', () => {
    const d = c.metrics['profit']!.differences[0]!;
    expect(d.variant).toBe('Cross-trained');
    expect(d.vs).toBe('Dedicated');
    close(d.mean, 120, 9);
    close(d.sd, 20, 9);
    close(d.ci95![0], 120 - (T2 * 20) / Math.sqrt(3), 6);
    expect(d.significant).toBe(true);
    expect(d.n).toBe(3);
  });

  it('is far tighter than the unpaired intervals of the two variants', () => {
    const d = c.metrics['profit']!.differences[0]!;
    const [va, vb] = c.metrics['profit']!.variants;
    const pairedWidth = d.ci95![1] - d.ci95![0];
    const unpairedWidth = va!.ci95![1] - va!.ci95![0] + (vb!.ci95![1] - vb!.ci95![0]);
    expect(pairedWidth).toBeLessThan(unpairedWidth / 10);
  });

  it('finds no significant difference where the variants agree', () => {
    const d = c.metrics['front.waitMean']!.differences[0]!;
    close(d.mean, 0, 12);
    expect(d.significant).toBe(false);
  });

  it('keeps metrics only one variant has, with nulls for the other', () => {
    const extra = { scenario: variant('Extra hire'), results: makeResults({ extra: { 'staff.dan.utilization': 0.5 } }) };
    const cmp = summarizeComparison([a, extra]);
    expect(cmp.metricKeys.at(-1)).toBe('staff.dan.utilization');
    expect(cmp.metrics['staff.dan.utilization']!.variants[0]).toBeNull();
    expect(cmp.metrics['staff.dan.utilization']!.variants[1]!.mean).toBeCloseTo(0.5, 12);
    expect(cmp.metrics['staff.dan.utilization']!.differences).toEqual([null]);
  });

  it('makes repeated scenario names unique', () => {
    expect(summarizeComparison([a, { ...a }, { ...a }]).variants).toEqual(['Dedicated', 'Dedicated (2)', 'Dedicated (3)']);
  });

  it('refuses variants that do not share seed and replications', () => {
    expect(() => summarizeComparison([a])).toThrow('invalid variants: 1');
    expect(() => summarizeComparison([a, { scenario: variant('Other seed', 8), results: makeResults() }])).toThrow('invalid seed: 8');
    expect(() => summarizeComparison([a, { scenario: variant('Short'), results: makeResults().slice(0, 2) }])).toThrow('invalid replications');
  });
});

describe('summarizeSweep', () => {
  const points = [1, 2, 3].flatMap((frontMinimum) =>
    ['home-first', 'priority'].map((routing) => ({
      values: { 'policy.frontMinimum': frontMinimum, 'policy.routing': routing },
      scenario: scenario,
      results: makeResults({ delta: (k) => (k === 'profit' ? 1000 * frontMinimum : 0) }),
    })),
  );
  const s = summarizeSweep(points);

  it('keeps the varied paths and the points in grid order', () => {
    expect(s.paths).toEqual(['policy.frontMinimum', 'policy.routing']);
    expect(s.points).toHaveLength(6);
    expect(s.points[3]!.values).toEqual({ 'policy.frontMinimum': 2, 'policy.routing': 'priority' });
    expect(s.scenario).toBe('Test branch');
    expect(s.replications).toBe(3);
    expect(s.days).toBe(2);
  });

  it('summarizes every metric at every point', () => {
    expect(s.metricKeys).toEqual(Object.keys(BASE));
    close(s.points[4]!.metrics['profit']!.mean, BASE['profit']! + 3000, 6);
    expect(s.points[4]!.metrics['profit']!.n).toBe(3);
  });

  it('refuses points that vary different paths', () => {
    const bad = [...points, { values: { 'policy.frontMinimum': 4 }, scenario, results: makeResults() }];
    expect(() => summarizeSweep(bad)).toThrow('invalid sweep point');
    expect(() => summarizeSweep([])).toThrow('invalid points');
  });

  it('refuses a point with replications out of order', () => {
    expect(() => summarizeSweep([{ values: { a: 1 }, scenario, results: [makeResult(1), makeResult(0)] }])).toThrow('invalid results');
  });
});
