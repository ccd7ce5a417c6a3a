import { describe, expect, it } from 'vitest';
import { makeDistribution, type Distribution } from '../../src/sim/distributions.js';
import type { DistSpec } from '../../src/sim/scenario.js';
import { createStream, type Rng } from '../../src/sim/streams.js';

const describeDist = (spec: DistSpec) => makeDistribution(spec).toString();

/**
 * Tolerances (fixed seeds, so each check has one fixed outcome; these are what a correct sampler
 * meets except with probability ~1e-4):
 * - sample mean: 4 standard errors, 4·sigma/sqrt(n), with the exact sigma;
 * - sample variance s² (n - 1 divisor): 4 standard errors of s², where
 *   Var(s²) = sigma⁴·(kappa/n + 2/(n - 1)) and kappa is the exact excess kurtosis (fourth moment);
 * - shape: Kolmogorov–Smirnov distance to the exact CDF below 1.95/sqrt(n) (alpha = 0.001).
 */
const N = 200_000;
const KS_CRITICAL = 1.95;

interface Case {
  spec: DistSpec;
  mean: number;
  variance: number;
  /** Excess kurtosis: fourth central moment / variance² - 3. */
  kurtosis: number;
  cdf: (x: number) => number;
  /**
   * Relative tolerance of the reported mean and variance when the test's own reference is only
   * that accurate (Weibull: the Lanczos log-gamma above, ~1e-15 relative, exponentiated); absent:
   * 12 decimal places, as for the closed forms.
   */
  momentTolerance?: number;
}

// --- Exact CDFs (test-side, independent of the code under test) ---

/** Complementary error function, fractional error < 1.2e-7 (Numerical Recipes, erfcc). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
          t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

const normalCdf = (z: number): number => 0.5 * erfc(-z / Math.SQRT2);

/** log Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error ~1e-15). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = c[0]!;
  for (let i = 1; i < 9; i++) a += c[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularized lower incomplete gamma P(a, x): series below a + 1, continued fraction above. */
function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k < 1000 && term > sum * 1e-16; k++) {
      term *= x / (a + k);
      sum += term;
    }
    return front * sum;
  }
  // Lentz's continued fraction for Q(a, x).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 - front * h;
}

function exponentialCase(mean: number): Case {
  return { spec: { dist: 'exponential', mean }, mean, variance: mean ** 2, kurtosis: 6, cdf: (x) => 1 - Math.exp(-x / mean) };
}

function lognormalCase(mean: number, cv: number): Case {
  const s2 = Math.log(1 + cv * cv);
  const mu = Math.log(mean) - s2 / 2;
  const w = 1 + cv * cv;
  return {
    spec: { dist: 'lognormal', mean, cv },
    mean,
    variance: (mean * cv) ** 2,
    kurtosis: w ** 4 + 2 * w ** 3 + 3 * w ** 2 - 6,
    cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / Math.sqrt(s2))),
  };
}

function gammaCase(mean: number, cv: number): Case {
  const shape = 1 / cv ** 2;
  const scale = mean / shape;
  return {
    spec: { dist: 'gamma', mean, cv },
    mean,
    variance: shape * scale ** 2,
    kurtosis: 6 / shape,
    cdf: (x) => gammaP(shape, x / scale),
  };
}

/** Weibull moments from Γ: E[X^n] = scale^n Γ(1 + n/shape); excess kurtosis from the first four. */
function weibullCase(shape: number, scale: number): Case {
  const m = (n: number) => scale ** n * Math.exp(logGamma(1 + n / shape));
  const mean = m(1);
  const variance = m(2) - mean ** 2;
  const fourth = m(4) - 4 * mean * m(3) + 6 * mean ** 2 * m(2) - 3 * mean ** 4;
  return {
    spec: { dist: 'weibull', shape, scale },
    mean,
    variance,
    kurtosis: fourth / variance ** 2 - 3,
    cdf: (x) => (x <= 0 ? 0 : 1 - Math.exp(-((x / scale) ** shape))),
    momentTolerance: 1e-13,
  };
}

function triangularCase(min: number, mode: number, max: number): Case {
  return {
    spec: { dist: 'triangular', min, mode, max },
    mean: (min + mode + max) / 3,
    variance: (min ** 2 + mode ** 2 + max ** 2 - min * mode - min * max - mode * max) / 18,
    kurtosis: -3 / 5,
    cdf: (x) => {
      if (x <= min) return 0;
      if (x >= max) return 1;
      if (x <= mode) return (x - min) ** 2 / ((max - min) * (mode - min));
      return 1 - (max - x) ** 2 / ((max - min) * (max - mode));
    },
  };
}

function uniformCase(min: number, max: number): Case {
  return {
    spec: { dist: 'uniform', min, max },
    mean: (min + max) / 2,
    variance: (max - min) ** 2 / 12,
    kurtosis: -6 / 5,
    cdf: (x) => Math.min(1, Math.max(0, (x - min) / (max - min))),
  };
}

const CONTINUOUS: Case[] = [
  exponentialCase(10),
  lognormalCase(6, 0.8),
  lognormalCase(30, 0.3),
  gammaCase(15, 0.5), // shape 4
  gammaCase(8, 1), // shape 1: the exponential
  gammaCase(5, 1.5), // shape 4/9 < 1: the boost
  gammaCase(20, 0.1), // shape 100
  weibullCase(1.5, 10), // bunched: mean 9.027
  weibullCase(0.7, 5), // long tail, shape < 1: mean 6.33
  weibullCase(1, 8), // shape 1: the exponential with mean 8
  weibullCase(4, 20), // nearly symmetric
  triangularCase(1, 2, 5),
  triangularCase(0, 0, 4), // mode at min: right branch only
  triangularCase(2, 6, 6), // mode at max: left branch only
  uniformCase(1, 3),
];

function moments(sample: Float64Array): { mean: number; variance: number } {
  const n = sample.length;
  let mean = 0;
  for (const v of sample) mean += v / n;
  let squares = 0;
  for (const v of sample) squares += (v - mean) ** 2;
  return { mean, variance: squares / (n - 1) };
}

/** Smallest and largest value (a loop: spreading 200k values into Math.min overflows the stack). */
function extent(sample: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of sample) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function ksDistance(sorted: Float64Array, cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

function drawMany(dist: Distribution, rng: Rng, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = dist.sample(rng);
  return out;
}

/** An Rng that counts its calls, to check how many uniforms each draw consumes. */
function counting(rng: Rng): { rng: Rng; calls: () => number } {
  let calls = 0;
  return {
    rng: () => {
      calls++;
      return rng();
    },
    calls: () => calls,
  };
}

describe('makeDistribution', () => {
  describe.each(CONTINUOUS.map((c) => [describeDist(c.spec), c] as const))('%s', (_name, c) => {
    const dist = makeDistribution(c.spec);
    const sample = drawMany(dist, createStream(20240601, 0, describeDist(c.spec)), N);

    it('reports the closed-form mean and variance', () => {
      if (c.momentTolerance === undefined) {
        expect(dist.mean).toBeCloseTo(c.mean, 12);
        expect(dist.variance).toBeCloseTo(c.variance, 12);
      } else {
        expect(Math.abs(dist.mean - c.mean)).toBeLessThan(c.momentTolerance * c.mean);
        expect(Math.abs(dist.variance - c.variance)).toBeLessThan(c.momentTolerance * c.variance);
      }
    });

    it('has a sample mean within 4 standard errors', () => {
      const { mean } = moments(sample);
      expect(Math.abs(mean - c.mean)).toBeLessThan(4 * Math.sqrt(c.variance / N));
    });

    it('has a sample variance within 4 standard errors (from the fourth moment)', () => {
      const { variance } = moments(sample);
      const se = c.variance * Math.sqrt(c.kurtosis / N + 2 / (N - 1));
      expect(Math.abs(variance - c.variance)).toBeLessThan(4 * se);
    });

    it('matches the exact CDF (Kolmogorov–Smirnov)', () => {
      expect(ksDistance(Float64Array.from(sample).sort(), c.cdf)).toBeLessThan(KS_CRITICAL / Math.sqrt(N));
    });

    it('never draws a negative number of minutes', () => {
      expect(extent(sample)[0]).toBeGreaterThanOrEqual(0);
    });
  });

  it('pins the first draws for a fixed stream', () => {
    const firstThree = (spec: DistSpec): number[] => {
      const rng = createStream(7, 3, 'pin');
      const dist = makeDistribution(spec);
      return [dist.sample(rng), dist.sample(rng), dist.sample(rng)];
    };
    // Exact: the samplers use src/sim/math.ts, whose log/exp/pow/cos give the same bits in every
    // engine, so a draw that moves by one ulp is a real change (these are also Node 20's Math.* bits).
    const pins: [DistSpec, number[]][] = [
      [{ dist: 'exponential', mean: 10 }, [3.585628151103525, 10.239178586027258, 0.30280754428276874]],
      [{ dist: 'lognormal', mean: 6, cv: 0.8 }, [3.2126821231933915, 4.526706553317048, 2.947880107552302]],
      [{ dist: 'gamma', mean: 15, cv: 0.5 }, [10.246479464813415, 13.03760974550803, 14.455924827007777]],
      [{ dist: 'gamma', mean: 15, cv: 1.5 }, [10.193092014384455, 0.2585625338678139, 0.46693632620072334]],
      // The exponential's uniforms: 10·(0.35856...)^(1/1.5) = 5.047...
      [{ dist: 'weibull', shape: 1.5, scale: 10 }, [5.047118473487982, 10.15882342808083, 0.9715037040667154]],
      [{ dist: 'triangular', min: 1, mode: 2, max: 5 }, [2.1044591452053876, 2.923893227974412, 1.3454092360622583]],
      [{ dist: 'uniform', min: 1, max: 3 }, [1.602640526369214, 2.2816301118582487, 1.0596537701785564]],
      [{ dist: 'empirical', values: [2, 4, 4, 9] }, [4, 4, 2]],
    ];
    for (const [spec, expected] of pins) {
      const actual = firstThree(spec);
      expect(actual, describeDist(spec)).toEqual(expected);
    }
  });

  it('gives a Weibull of shape 1 exactly the exponential draws of its scale', () => {
    const weibull = makeDistribution({ dist: 'weibull', shape: 1, scale: 8 });
    const exponential = makeDistribution({ dist: 'exponential', mean: 8 });
    expect(drawMany(weibull, createStream(4, 1, 'w'), 1000)).toEqual(drawMany(exponential, createStream(4, 1, 'w'), 1000));
    expect(weibull.mean).toBeCloseTo(8, 13);
    expect(weibull.variance).toBeCloseTo(64, 11);
  });

  it('knows the Weibull mean and variance from the Gamma function (hand values)', () => {
    // shape 2: mean = scale·sqrt(pi)/2, variance = scale²·(1 - pi/4) (the Rayleigh distribution).
    const rayleigh = makeDistribution({ dist: 'weibull', shape: 2, scale: 10 });
    expect(rayleigh.mean).toBeCloseTo((10 * Math.sqrt(Math.PI)) / 2, 12);
    expect(rayleigh.variance).toBeCloseTo(100 * (1 - Math.PI / 4), 11);
    // shape 0.5: mean = scale·Γ(3) = 2·scale, variance = scale²·(Γ(5) - 4) = 20·scale².
    const heavy = makeDistribution({ dist: 'weibull', shape: 0.5, scale: 3 });
    expect(heavy.mean).toBeCloseTo(6, 12);
    expect(heavy.variance).toBeCloseTo(180, 10);
  });

  it('draws the same numbers from the same stream', () => {
    for (const c of CONTINUOUS) {
      const dist = makeDistribution(c.spec);
      expect(drawMany(dist, createStream(1, 2, 'same'), 100)).toEqual(drawMany(dist, createStream(1, 2, 'same'), 100));
    }
  });

  it('consumes the documented number of uniforms per draw', () => {
    const perDraw = (spec: DistSpec): number[] => {
      const dist = makeDistribution(spec);
      const counter = counting(createStream(5, 0, 'count'));
      const counts: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const before = counter.calls();
        dist.sample(counter.rng);
        counts.push(counter.calls() - before);
      }
      return [...new Set(counts)].sort((a, b) => a - b);
    };
    expect(perDraw({ dist: 'exponential', mean: 3 })).toEqual([1]);
    expect(perDraw({ dist: 'deterministic', value: 3 })).toEqual([0]);
    expect(perDraw({ dist: 'lognormal', mean: 3, cv: 1.2 })).toEqual([2]);
    expect(perDraw({ dist: 'lognormal', mean: 3, cv: 0 })).toEqual([0]);
    expect(perDraw({ dist: 'triangular', min: 0, mode: 1, max: 2 })).toEqual([1]);
    expect(perDraw({ dist: 'uniform', min: 0, max: 2 })).toEqual([1]);
    expect(perDraw({ dist: 'weibull', shape: 0.7, scale: 2 })).toEqual([1]);
    expect(perDraw({ dist: 'empirical', values: [1, 2] })).toEqual([1]);
    expect(perDraw({ dist: 'gamma', mean: 3, cv: 0 })).toEqual([0]);
    // Gamma: 3 per attempt, mostly one attempt; plus the boost's uniform when shape < 1.
    const shapeFour = perDraw({ dist: 'gamma', mean: 3, cv: 0.5 });
    expect(shapeFour[0]).toBe(3);
    expect(shapeFour.every((k) => k % 3 === 0)).toBe(true);
    const shapeBelowOne = perDraw({ dist: 'gamma', mean: 3, cv: 2 });
    expect(shapeBelowOne[0]).toBe(4);
    expect(shapeBelowOne.every((k) => k % 3 === 1)).toBe(true);
  });

  it('returns the value of a deterministic distribution, with no spread', () => {
    const dist = makeDistribution({ dist: 'deterministic', value: 4.5 });
    const rng = createStream(1, 0, 'det');
    for (let i = 0; i < 100; i++) expect(dist.sample(rng)).toBe(4.5);
    expect(dist.mean).toBe(4.5);
    expect(dist.variance).toBe(0);
  });

  it('treats lognormal and gamma with cv 0 (or mean 0) as their mean', () => {
    const rng = createStream(1, 0, 'degenerate');
    for (const spec of [
      { dist: 'lognormal', mean: 6, cv: 0 },
      { dist: 'gamma', mean: 6, cv: 0 },
      { dist: 'lognormal', mean: 0, cv: 0.5 },
      { dist: 'gamma', mean: 0, cv: 0.5 },
    ] as const) {
      const dist = makeDistribution(spec);
      expect(dist.sample(rng)).toBe(spec.mean);
      expect(dist.mean).toBe(spec.mean);
      expect(dist.variance).toBe(0);
    }
  });

  it('draws empirical values only from the list, each with its frequency', () => {
    const values = [2, 4, 4, 9, 0.5];
    const dist = makeDistribution({ dist: 'empirical', values });
    const sample = drawMany(dist, createStream(3, 0, 'empirical'), N);
    const counts = new Map<number, number>();
    for (const v of sample) counts.set(v, (counts.get(v) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([0.5, 2, 4, 9]);
    for (const [value, p] of [[0.5, 0.2], [2, 0.2], [4, 0.4], [9, 0.2]] as const) {
      // Binomial count: 4 standard errors of the observed frequency.
      expect(Math.abs(counts.get(value)! / N - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N));
    }
    expect(dist.mean).toBeCloseTo(3.9, 12);
    expect(dist.variance).toBeCloseTo((1.9 ** 2 + 2 * 0.1 ** 2 + 5.1 ** 2 + 3.4 ** 2) / 5, 12);
  });

  it('keeps empirical, triangular and uniform inside their range at the ends of [0, 1)', () => {
    const zero: Rng = () => 0;
    const justBelowOne: Rng = () => 1 - 2 ** -53; // a 53-bit generator's largest value
    const empirical = makeDistribution({ dist: 'empirical', values: [1, 2, 3] });
    expect(empirical.sample(zero)).toBe(1);
    expect(empirical.sample(justBelowOne)).toBe(3);
    const triangular = makeDistribution({ dist: 'triangular', min: 1, mode: 2, max: 5 });
    expect(triangular.sample(zero)).toBe(1);
    expect(triangular.sample(justBelowOne)).toBeLessThanOrEqual(5);
    expect(triangular.sample(justBelowOne)).toBeGreaterThan(4.99);
    const uniform = makeDistribution({ dist: 'uniform', min: 1, max: 3 });
    expect(uniform.sample(zero)).toBe(1);
    // 1 + 2·(1 - 2^-53) rounds to 3: the upper end is reachable through rounding, never beyond.
    expect(uniform.sample(justBelowOne)).toBeLessThanOrEqual(3);
    expect(uniform.sample(() => 1 - 2 ** -32)).toBeLessThan(3); // the streams' largest value
    expect(makeDistribution({ dist: 'exponential', mean: 2 }).sample(justBelowOne)).toBeLessThan(Infinity);
    for (const c of CONTINUOUS.filter((c) => c.spec.dist === 'triangular' || c.spec.dist === 'uniform')) {
      const spec = c.spec as { min: number; max: number };
      const sample = drawMany(makeDistribution(c.spec), createStream(9, 0, 'range'), 20_000);
      const [lo, hi] = extent(sample);
      expect(lo).toBeGreaterThanOrEqual(spec.min);
      expect(hi).toBeLessThanOrEqual(spec.max);
    }
  });

  it('accepts degenerate ranges as a point', () => {
    const rng = createStream(1, 0, 'point');
    expect(makeDistribution({ dist: 'triangular', min: 3, mode: 3, max: 3 }).sample(rng)).toBe(3);
    expect(makeDistribution({ dist: 'uniform', min: 3, max: 3 }).sample(rng)).toBe(3);
  });

  it('prints itself readably', () => {
    expect(describeDist({ dist: 'lognormal', mean: 6, cv: 0.8 })).toBe('lognormal(mean 6, cv 0.8)');
    expect(describeDist({ dist: 'gamma', mean: 15, cv: 0.5 })).toBe('gamma(mean 15, cv 0.5)');
    expect(describeDist({ dist: 'gamma', mean: 15, cv: 0 })).toBe('gamma(mean 15, cv 0)');
    expect(describeDist({ dist: 'exponential', mean: 10 })).toBe('exponential(mean 10)');
    expect(describeDist({ dist: 'weibull', shape: 1.5, scale: 10 })).toBe('weibull(shape 1.5, scale 10)');
    expect(describeDist({ dist: 'deterministic', value: 2.5 })).toBe('deterministic(value 2.5)');
    expect(describeDist({ dist: 'triangular', min: 1, mode: 2, max: 5 })).toBe('triangular(min 1, mode 2, max 5)');
    expect(describeDist({ dist: 'uniform', min: 1, max: 3 })).toBe('uniform(min 1, max 3)');
    expect(describeDist({ dist: 'empirical', values: [1, 2, 3] })).toBe('empirical(values 1, 2, 3)');
    expect(describeDist({ dist: 'empirical', values: [1, 2, 3, 4, 5, 6, 7, 8] })).toBe(
      'empirical(values 1, 2, 3, 4, 5, 6, … 8 in all)',
    );
    expect(String(makeDistribution({ dist: 'uniform', min: 1, max: 3 }))).toBe('uniform(min 1, max 3)');
  });

  it('rejects invalid parameters, naming the parameter and its value', () => {
    const bad: [unknown, string][] = [
      [{ dist: 'exponential', mean: -1 }, 'invalid exponential.mean: -1'],
      [{ dist: 'exponential', mean: Number.NaN }, 'invalid exponential.mean: NaN'],
      [{ dist: 'exponential', mean: Infinity }, 'invalid exponential.mean: Infinity'],
      [{ dist: 'deterministic', value: -0.5 }, 'invalid deterministic.value: -0.5'],
      [{ dist: 'lognormal', mean: -6, cv: 0.5 }, 'invalid lognormal.mean: -6'],
      [{ dist: 'lognormal', mean: 6, cv: -0.1 }, 'invalid lognormal.cv: -0.1'],
      [{ dist: 'gamma', mean: 6, cv: -1 }, 'invalid gamma.cv: -1'],
      [{ dist: 'gamma', mean: 6 }, 'invalid gamma.cv: undefined'],
      [{ dist: 'triangular', min: 3, mode: 2, max: 5 }, 'invalid triangular.mode: 2 (below min 3)'],
      [{ dist: 'triangular', min: 1, mode: 6, max: 5 }, 'invalid triangular.max: 5 (below mode 6)'],
      [{ dist: 'triangular', min: -1, mode: 2, max: 5 }, 'invalid triangular.min: -1'],
      [{ dist: 'uniform', min: 4, max: 3 }, 'invalid uniform.max: 3 (below min 4)'],
      [{ dist: 'uniform', min: -4, max: 3 }, 'invalid uniform.min: -4'],
      [{ dist: 'empirical', values: [] }, 'invalid empirical.values: []'],
      [{ dist: 'empirical', values: [1, -2] }, 'invalid empirical.values[1]: -2'],
      [{ dist: 'weibull', shape: 2 }, 'invalid weibull.scale: undefined'],
      [{ dist: 'weibull', shape: 0, scale: 3 }, 'invalid weibull.shape: 0'],
      [{ dist: 'weibull', shape: -1, scale: 3 }, 'invalid weibull.shape: -1'],
      [{ dist: 'weibull', shape: 2, scale: -3 }, 'invalid weibull.scale: -3'],
      [{ dist: 'lognorm', mean: 2 }, 'invalid dist: lognorm'],
    ];
    for (const [spec, message] of bad) {
      expect(() => makeDistribution(spec as DistSpec)).toThrow(message);
      expect(() => describeDist(spec as DistSpec)).toThrow(message);
    }
  });
});
