/**
 * Distributions of minutes (work content, patience, interruption length): small objects that draw
 * from a stream given to them, know their mean and variance, and print themselves readably.
 *
 * Uniforms consumed per `sample` (so a reader can reason about which draws share a stream):
 * - exponential, weibull, triangular, uniform, empirical: exactly 1 (inversion);
 * - deterministic: 0;
 * - lognormal: exactly 2 (one Box–Muller normal, no cached second normal, so every draw is
 *   self-contained); 0 when cv = 0 or mean = 0;
 * - gamma: 3 per Marsaglia–Tsang attempt (2 for the normal, 1 for the acceptance test), and the
 *   acceptance rate is above 95% for shape >= 1; plus 1 for the boost when shape < 1;
 *   0 when cv = 0 or mean = 0. Gamma is the only distribution with a variable count.
 * Callers that want a change of one distribution not to shift the draws of another should give each
 * a stream of its own.
 *
 * Every sample is >= 0. `sample` does not allocate.
 *
 * Logarithms, exponentials, powers and cosines come from ./math.js, not Math.*: engines round
 * Math.log/exp/pow/cos differently in the last bit, and the same seed must give the same draws in
 * Node and in every browser. Squares are written as products for the same reason: `x ** 2` is
 * Math.pow, whose rounding the language leaves to the engine, while x·x is IEEE's.
 */
import { logGamma } from './log-gamma.js';
import { cos, exp, log, log1p, pow } from './math.js';
import type { DistSpec } from './scenario.js';
import type { Rng } from './streams.js';

export interface Distribution {
  /** One draw, in minutes (>= 0), using `rng` as the only source of randomness. */
  sample(rng: Rng): number;
  /** The exact mean of the distribution. */
  readonly mean: number;
  /** The exact variance of the distribution. */
  readonly variance: number;
  /** Readable description, e.g. `lognormal(mean 6, cv 0.8)`. */
  toString(): string;
}

const TWO_PI = 2 * Math.PI;

/**
 * A standard normal from two uniforms (Box–Muller, cosine branch). `1 - u` keeps the logarithm's
 * argument in (0, 1]. With 32-bit uniforms |z| <= 6.67, a truncation of probability 3e-11.
 */
function standardNormal(rng: Rng): number {
  const radius = Math.sqrt(-2 * log(1 - rng()));
  return radius * cos(TWO_PI * rng());
}

class Exponential implements Distribution {
  readonly variance: number;
  constructor(readonly mean: number) {
    this.variance = mean * mean;
  }
  sample(rng: Rng): number {
    // rng() < 1, so 1 - rng() > 0 and the logarithm is finite: no log(0).
    return -this.mean * log(1 - rng());
  }
  toString(): string {
    return `exponential(mean ${this.mean})`;
  }
}

class Deterministic implements Distribution {
  readonly variance = 0;
  constructor(readonly mean: number) {}
  sample(_rng: Rng): number {
    return this.mean;
  }
  toString(): string {
    return `deterministic(value ${this.mean})`;
  }
}

class Lognormal implements Distribution {
  readonly variance: number;
  private readonly mu: number;
  private readonly sigma: number;
  constructor(
    readonly mean: number,
    readonly cv: number,
  ) {
    const sd = mean * cv;
    this.variance = sd * sd;
    // Parameters of the underlying normal that give this mean and coefficient of variation.
    const sigma2 = log1p(cv * cv);
    this.sigma = Math.sqrt(sigma2);
    this.mu = log(mean) - sigma2 / 2;
  }
  sample(rng: Rng): number {
    return exp(this.mu + this.sigma * standardNormal(rng));
  }
  toString(): string {
    return `lognormal(mean ${this.mean}, cv ${this.cv})`;
  }
}

/** Gamma with shape 1/cv² and scale mean·cv², by Marsaglia and Tsang (2000). */
class Gamma implements Distribution {
  readonly variance: number;
  private readonly scale: number;
  /** Shape of the variate drawn by Marsaglia–Tsang: the shape itself, or shape + 1 before the boost. */
  private readonly d: number;
  private readonly c: number;
  /** 1/shape when shape < 1 (boost X·U^(1/shape)), else 0: no boost. */
  private readonly boost: number;
  constructor(
    readonly mean: number,
    readonly cv: number,
  ) {
    const sd = mean * cv;
    this.variance = sd * sd;
    const shape = 1 / (cv * cv);
    this.scale = mean * cv * cv;
    this.boost = shape < 1 ? 1 / shape : 0;
    this.d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
  }
  sample(rng: Rng): number {
    const d = this.d;
    const c = this.c;
    let x: number;
    for (;;) {
      const z = standardNormal(rng);
      const t = 1 + c * z;
      if (t <= 0) {
        // Still consume the acceptance uniform, so every attempt costs exactly 3 uniforms.
        rng();
        continue;
      }
      const v = t * t * t;
      const u = 1 - rng(); // in (0, 1]: log(u) is finite
      const z2 = z * z;
      // Cheap squeeze first; the exact test needs two logarithms.
      if (u < 1 - 0.0331 * z2 * z2 || log(u) < 0.5 * z2 + d * (1 - v + log(v))) {
        x = d * v;
        break;
      }
    }
    // 1 - rng() is in (0, 1], so the boost never turns a draw into exactly 0.
    if (this.boost !== 0) x *= pow(1 - rng(), this.boost);
    return x * this.scale;
  }
  toString(): string {
    return `gamma(mean ${this.mean}, cv ${this.cv})`;
  }
}

/**
 * Weibull with shape k and scale λ: F(x) = 1 - exp(-(x/λ)^k), drawn by inversion, λ·E^(1/k) with E
 * an Exp(1) amount. Mean λ·Γ(1 + 1/k), variance λ²·(Γ(1 + 2/k) - Γ(1 + 1/k)²). Shape 1 is the
 * exponential with mean λ (pow(E, 1) is exact, so its draws equal the exponential's bit for bit).
 */
class Weibull implements Distribution {
  readonly mean: number;
  readonly variance: number;
  private readonly inverseShape: number;
  constructor(
    readonly shape: number,
    readonly scale: number,
  ) {
    this.inverseShape = 1 / shape;
    const g1 = exp(logGamma(1 + 1 / shape));
    const g2 = exp(logGamma(1 + 2 / shape));
    this.mean = scale * g1;
    this.variance = scale * scale * Math.max(0, g2 - g1 * g1);
  }
  sample(rng: Rng): number {
    // 1 - rng() is in (0, 1]: the logarithm is finite and -log(...) >= 0.
    return this.scale * pow(-log(1 - rng()), this.inverseShape);
  }
  toString(): string {
    return `weibull(shape ${this.shape}, scale ${this.scale})`;
  }
}

/** Lognormal or gamma with no spread: keeps the family's name in `toString`, draws nothing. */
class DegenerateMeanCv implements Distribution {
  readonly variance = 0;
  constructor(
    private readonly family: 'lognormal' | 'gamma',
    readonly mean: number,
    readonly cv: number,
  ) {}
  sample(_rng: Rng): number {
    return this.mean;
  }
  toString(): string {
    return `${this.family}(mean ${this.mean}, cv ${this.cv})`;
  }
}

class Triangular implements Distribution {
  readonly mean: number;
  readonly variance: number;
  private readonly range: number;
  /** CDF at the mode: below it the left branch inverts, above it the right one. */
  private readonly modeFraction: number;
  constructor(
    readonly min: number,
    readonly mode: number,
    readonly max: number,
  ) {
    this.mean = (min + mode + max) / 3;
    this.variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    this.range = max - min;
    this.modeFraction = this.range > 0 ? (mode - min) / this.range : 0;
  }
  sample(rng: Rng): number {
    const u = rng();
    if (u < this.modeFraction) return this.min + Math.sqrt(u * this.range * (this.mode - this.min));
    return this.max - Math.sqrt((1 - u) * this.range * (this.max - this.mode));
  }
  toString(): string {
    return `triangular(min ${this.min}, mode ${this.mode}, max ${this.max})`;
  }
}

/** Uniform on [min, max) for 32-bit streams; a 53-bit rng may round up to max itself. */
class Uniform implements Distribution {
  readonly mean: number;
  readonly variance: number;
  private readonly width: number;
  constructor(
    readonly min: number,
    readonly max: number,
  ) {
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }
  sample(rng: Rng): number {
    return this.min + this.width * rng();
  }
  toString(): string {
    return `uniform(min ${this.min}, max ${this.max})`;
  }
}

/** Each listed value equally likely (a value listed twice is twice as likely). */
class Empirical implements Distribution {
  readonly mean: number;
  readonly variance: number;
  private readonly values: Float64Array;
  constructor(values: readonly number[]) {
    this.values = Float64Array.from(values);
    let sum = 0;
    for (const v of values) sum += v;
    this.mean = sum / values.length;
    let squares = 0;
    for (const v of values) squares += (v - this.mean) * (v - this.mean);
    this.variance = squares / values.length;
  }
  sample(rng: Rng): number {
    const n = this.values.length;
    const i = Math.floor(rng() * n);
    // A 53-bit uniform just below 1 times n can round up to n; never index past the end.
    return this.values[i < n ? i : n - 1]!;
  }
  toString(): string {
    const shown = 6;
    const n = this.values.length;
    const head = Array.from(this.values.subarray(0, shown)).join(', ');
    return n <= shown ? `empirical(values ${head})` : `empirical(values ${head}, … ${n} in all)`;
  }
}

function check(ok: boolean, name: string, value: unknown): void {
  if (!ok) throw new Error(`invalid ${name}: ${Array.isArray(value) ? JSON.stringify(value) : String(value)}`);
}

/** A finite number >= 0 (minutes). */
function checkMinutes(value: number, name: string): void {
  check(typeof value === 'number' && Number.isFinite(value) && value >= 0, name, value);
}

/**
 * The distribution a spec describes, after validating its parameters: every parameter is a finite
 * number >= 0 (a Weibull shape > 0), triangular needs min <= mode <= max, uniform min <= max, empirical at least one value.
 * Throws `invalid <dist>.<param>: <value>` (e.g. `invalid lognormal.cv: -1`).
 */
export function makeDistribution(spec: DistSpec): Distribution {
  switch (spec.dist) {
    case 'exponential':
      checkMinutes(spec.mean, 'exponential.mean');
      return new Exponential(spec.mean);
    case 'deterministic':
      checkMinutes(spec.value, 'deterministic.value');
      return new Deterministic(spec.value);
    case 'lognormal':
    case 'gamma': {
      checkMinutes(spec.mean, `${spec.dist}.mean`);
      checkMinutes(spec.cv, `${spec.dist}.cv`);
      if (spec.cv === 0 || spec.mean === 0) return new DegenerateMeanCv(spec.dist, spec.mean, spec.cv);
      return spec.dist === 'lognormal' ? new Lognormal(spec.mean, spec.cv) : new Gamma(spec.mean, spec.cv);
    }
    case 'weibull':
      check(typeof spec.shape === 'number' && Number.isFinite(spec.shape) && spec.shape > 0, 'weibull.shape', spec.shape);
      checkMinutes(spec.scale, 'weibull.scale');
      return new Weibull(spec.shape, spec.scale);
    case 'triangular':
      checkMinutes(spec.min, 'triangular.min');
      checkMinutes(spec.mode, 'triangular.mode');
      checkMinutes(spec.max, 'triangular.max');
      check(spec.mode >= spec.min, 'triangular.mode', `${spec.mode} (below min ${spec.min})`);
      check(spec.max >= spec.mode, 'triangular.max', `${spec.max} (below mode ${spec.mode})`);
      return new Triangular(spec.min, spec.mode, spec.max);
    case 'uniform':
      checkMinutes(spec.min, 'uniform.min');
      checkMinutes(spec.max, 'uniform.max');
      check(spec.max >= spec.min, 'uniform.max', `${spec.max} (below min ${spec.min})`);
      return new Uniform(spec.min, spec.max);
    case 'empirical': {
      check(Array.isArray(spec.values) && spec.values.length > 0, 'empirical.values', spec.values);
      spec.values.forEach((v, i) => checkMinutes(v, `empirical.values[${i}]`));
      return new Empirical(spec.values);
    }
    default: {
      const unknown: never = spec;
      throw new Error(`invalid dist: ${String((unknown as { dist?: unknown }).dist)}`);
    }
  }
}
