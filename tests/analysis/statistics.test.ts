/**
 * Summaries over replications (src/analysis/statistics.ts) and the Student-t quantile behind their
 * confidence intervals. Reference quantiles marked "40 digits" were computed with mpmath at 40
 * significant digits by root-finding on the regularized incomplete beta function.
 */
import { describe, expect, it } from 'vitest';
import {
  pairedDifference,
  summarize,
  summarizeMetrics,
  summarizeSeries,
  tQuantile,
  tUpperTail,
} from '../../src/analysis/statistics.js';

function expectNear(actual: number | null | undefined, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull();
  expect(actual).toBeDefined();
  if (Math.abs(actual! - expected) > tolerance) {
    throw new Error(`expected ${expected} +/- ${tolerance}, got ${actual} (off by ${actual! - expected})`);
  }
}

const relative = (expected: number, rel: number) => Math.abs(expected) * rel;

describe('tQuantile', () => {
  it('matches the printed table of two-sided 95% critical values to 1e-9', () => {
    const table: [number, number][] = [
      [1, 12.706204736],
      [2, 4.30265273],
      [5, 2.570581836],
      [10, 2.228138852],
      [29, 2.045229642],
      [100, 1.983971519],
    ];
    for (const [df, value] of table) expectNear(tQuantile(0.975, df), value, 1e-9);
  });

  it('tends to the normal quantile as df grows', () => {
    expectNear(tQuantile(0.975, Infinity), 1.959963985, 1e-9);
    expectNear(tQuantile(0.975, 1e12), 1.959963985, 1e-9);
    expectNear(tQuantile(0.975, 1e5), 1.9599877075346093, 1e-13); // 40 digits
  });

  it('agrees with 40-digit references to 1e-13 relative, in the tails, near the centre and for real df', () => {
    const references: [p: number, df: number, t: number][] = [
      [0.995, 3, 5.8409093097333554113],
      [0.6, 50, 0.25469934298858811403],
      [0.975, 7.5, 2.333039626864974027],
      [1e-10, 1, -3183098861.8379065993],
      [0.9, 4, 1.5332062740589440989],
      [0.999999, 17, 7.0364868567380555705],
      [0.5000001, 4, 2.6666666652630905787e-7],
      [0.975, 7, 2.3646242515927847379],
    ];
    for (const [p, df, t] of references) expectNear(tQuantile(p, df), t, relative(t, 1e-13));
  });

  it('is antisymmetric about p = 0.5 and gives 0 and infinities at the ends', () => {
    for (const df of [1, 2, 3, 9.5, 40]) {
      expect(tQuantile(0.5, df)).toBe(0);
      expect(tQuantile(0.125, df)).toBe(-tQuantile(0.875, df)); // 1 - 0.875 is exact
      expect(tQuantile(0, df)).toBe(-Infinity);
      expect(tQuantile(1, df)).toBe(Infinity);
    }
  });

  it('inverts the upper tail even far out, where the tail probability underflows naive forms', () => {
    for (const df of [3, 30, 300]) {
      for (const q of [1e-300, 1e-50, 1e-8, 0.2]) {
        const t = tQuantile(q, df);
        expectNear(tUpperTail(-t, df), q, relative(q, 1e-12));
      }
    }
  });

  it('falls as df rises (heavier tails need wider intervals)', () => {
    let previous = Infinity;
    for (const df of [1, 1.5, 2, 3, 5, 8, 13, 30, 100, 1e3, 1e4, 1e6]) {
      const t = tQuantile(0.975, df);
      expect(t).toBeLessThan(previous);
      previous = t;
    }
  });

  it('refuses df below 1 and p outside [0, 1]', () => {
    expect(() => tQuantile(0.975, 0.5)).toThrow('invalid df: 0.5');
    expect(() => tQuantile(0.975, Number.NaN)).toThrow('invalid df: NaN');
    expect(() => tQuantile(1.5, 3)).toThrow('invalid p: 1.5');
  });
});

describe('summarize', () => {
  it('gives the mean, the n - 1 standard deviation and the Student-t interval', () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expectNear(s.sd, Math.sqrt(32 / 7), 1e-15);
    // t(0.975, 7) sqrt(32/7) / sqrt(8), by hand to 20 digits
    expectNear(s.ci95![0], 5 - 1.7874879182362104386, 1e-14);
    expectNear(s.ci95![1], 5 + 1.7874879182362104386, 1e-14);
  });

  it('skips nulls and counts only the defined values', () => {
    const s = summarize([null, 1, null, 3]);
    expect(s.n).toBe(2);
    expect(s.mean).toBe(2);
    expectNear(s.sd, Math.SQRT2, 1e-15);
    // half-width t(0.975, 1) * sqrt(2) / sqrt(2)
    expectNear(s.ci95![0], 2 - 12.706204736174707, 1e-12);
    expectNear(s.ci95![1], 2 + 12.706204736174707, 1e-12);
  });

  it('has no spread below two values and no mean without values', () => {
    expect(summarize([null, 7.25])).toEqual({ mean: 7.25, sd: null, ci95: null, n: 1 });
    expect(summarize([null, null])).toEqual({ mean: null, sd: null, ci95: null, n: 0 });
    expect(summarize([])).toEqual({ mean: null, sd: null, ci95: null, n: 0 });
  });

  it('returns a constant exactly, with a zero-width interval', () => {
    const s = summarize([0.1, 0.1, 0.1]);
    expect(s.mean).toBe(0.1);
    expect(s.sd).toBe(0);
    expect(s.ci95).toEqual([0.1, 0.1]);
  });

  it('stays accurate on a large offset where the textbook sum-of-squares formula cancels', () => {
    const s = summarize([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(s.mean).toBe(1e9 + 10);
    expectNear(s.sd, Math.sqrt(30), 1e-12);
  });

  it('rejects values that are not finite numbers', () => {
    expect(() => summarize([1, Number.NaN])).toThrow('invalid values[1]: NaN');
    expect(() => summarize([Infinity])).toThrow('invalid values[0]: Infinity');
  });
});

describe('pairedDifference', () => {
  it('is b - a over the replications where both are defined', () => {
    const d = pairedDifference([10, 12, null, 9, 11], [12, 15, 7, 10, null]);
    // differences 2, 3, 1: mean 2, sd 1, half-width t(0.975, 2) / sqrt(3)
    expect(d.n).toBe(3);
    expect(d.mean).toBe(2);
    expect(d.sd).toBe(1);
    expectNear(d.ci95![0], 2 - 2.48413771175032988, 1e-14);
    expectNear(d.ci95![1], 2 + 2.48413771175032988, 1e-14);
    expect(d.significant).toBe(false);
  });

  it('is significant when the interval excludes zero, on either side', () => {
    const a = [5, 6, 7, 8, 9];
    const b = [7, 9, 9.5, 10, 12]; // differences 2, 3, 2.5, 2, 3
    const up = pairedDifference(a, b);
    expect(up.mean).toBe(2.5);
    expect(up.ci95![0]).toBeGreaterThan(0);
    expect(up.significant).toBe(true);
    const down = pairedDifference(b, a);
    expect(down.mean).toBe(-2.5);
    expect(down.ci95![1]).toBeLessThan(0);
    expect(down.significant).toBe(true);
  });

  it('treats an identical non-zero difference as significant and no difference as not', () => {
    expect(pairedDifference([1, 2, 3], [4, 5, 6])).toMatchObject({ mean: 3, sd: 0, ci95: [3, 3], significant: true });
    expect(pairedDifference([1, 2, 3], [1, 2, 3])).toMatchObject({ mean: 0, sd: 0, ci95: [0, 0], significant: false });
  });

  it('is not significant with fewer than two pairs', () => {
    expect(pairedDifference([1, null], [5, 6])).toEqual({ mean: 4, sd: null, ci95: null, n: 1, significant: false });
  });

  it('refuses replications of different lengths', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow('invalid b: length 1');
  });
});

describe('summarizeMetrics', () => {
  it('summarizes each key in the order given, counting a missing key as null', () => {
    const rows: Record<string, number | null>[] = [{ x: 1, y: null }, { x: 3 }, { x: 5, y: 2 }];
    const out = summarizeMetrics(rows, ['y', 'x', 'z']);
    expect(Object.keys(out)).toEqual(['y', 'x', 'z']);
    expect(out.x).toMatchObject({ mean: 3, sd: 2, n: 3 });
    expect(out.y).toEqual({ mean: 2, sd: null, ci95: null, n: 1 });
    expect(out.z).toEqual({ mean: null, sd: null, ci95: null, n: 0 });
  });

  it('never reads inherited properties as metric values', () => {
    const out = summarizeMetrics([{ a: 1 }], ['constructor', 'toString']);
    expect(out.constructor).toEqual({ mean: null, sd: null, ci95: null, n: 0 });
    expect(out.toString).toEqual({ mean: null, sd: null, ci95: null, n: 0 });
  });
});

describe('summarizeSeries', () => {
  it('summarizes element-wise, with bands only where two or more replications have a value', () => {
    const s = summarizeSeries([
      [1, 2, null],
      [3, null],
      [5, 4, 6],
    ]);
    expect(s.mean).toEqual([3, 3, 6]);
    // index 0: sd 2, half-width t(0.975, 2) * 2 / sqrt(3); index 1: sd sqrt(2), half-width t(0.975, 1)
    expectNear(s.lo[0], 3 - 2 * 2.48413771175032988, 1e-14);
    expectNear(s.hi[0], 3 + 2 * 2.48413771175032988, 1e-14);
    expectNear(s.lo[1], 3 - 12.706204736174707, 1e-12);
    expectNear(s.hi[1], 3 + 12.706204736174707, 1e-12);
    expect(s.lo[2]).toBeNull();
    expect(s.hi[2]).toBeNull();
  });

  it('gives empty series for no replications', () => {
    expect(summarizeSeries([])).toEqual({ mean: [], lo: [], hi: [] });
  });
});
