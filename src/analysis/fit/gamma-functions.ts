/**
 * The special functions the fitting needs beyond ../special.ts: the regularized incomplete gamma
 * function (chi-square and Poisson tails, the gamma distribution's CDF), digamma and trigamma (the
 * gamma MLE), the chi-square quantile (exact Poisson intervals) and the normal CDF.
 * Pure functions of their arguments.
 */
import { logGamma } from '../special.js';

const EPS = 1e-15;

/** P(a, x) = gamma(a, x) / Gamma(a), the regularized lower incomplete gamma function (a > 0, x >= 0). */
export function gammaP(a: number, x: number): number {
  if (!(x > 0)) return 0;
  if (x === Infinity) return 1;
  if (x < a + 1) return gammaSeries(a, x);
  return 1 - gammaContinuedFraction(a, x);
}

/** Q(a, x) = 1 - P(a, x), computed without cancellation in the upper tail. */
export function gammaQ(a: number, x: number): number {
  if (!(x > 0)) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 100000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return Math.min(1, sum * Math.exp(-x + a * Math.log(x) - logGamma(a)));
}

/** Lentz's continued fraction for Q(a, x), x >= a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.min(1, Math.exp(-x + a * Math.log(x) - logGamma(a)) * h);
}

/** The digamma function psi(x) = d/dx ln Gamma(x), x > 0. */
export function digamma(x: number): number {
  let result = 0;
  let y = x;
  while (y < 10) {
    result -= 1 / y;
    y += 1;
  }
  const r = 1 / (y * y);
  return result + Math.log(y) - 0.5 / y - r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r / 132))));
}

/** The trigamma function psi'(x), x > 0. */
export function trigamma(x: number): number {
  let result = 0;
  let y = x;
  while (y < 10) {
    result += 1 / (y * y);
    y += 1;
  }
  const r = 1 / (y * y);
  return result + 1 / y + r / 2 + (1 / (y * y * y)) * (1 / 6 - r * (1 / 30 - r * (1 / 42 - r / 30)));
}

/** The standard normal CDF. */
export function normalCdf(z: number): number {
  // erfc through the incomplete gamma function: erfc(x) = Q(1/2, x^2) for x >= 0.
  const x = z / Math.SQRT2;
  return x >= 0 ? 1 - 0.5 * gammaQ(0.5, x * x) : 0.5 * gammaQ(0.5, x * x);
}

/** The upper tail P(X > x) of a chi-square variable with `df` degrees of freedom. */
export function chiSquareUpper(x: number, df: number): number {
  return gammaQ(df / 2, x / 2);
}

/** The chi-square quantile: x with P(X <= x) = p (bisection on the CDF; about 1e-12 relative). */
export function chiSquareQuantile(p: number, df: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return Infinity;
  let lo = 0;
  let hi = Math.max(1, df);
  while (gammaP(df / 2, hi / 2) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (gammaP(df / 2, mid / 2) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Exact (Garwood) 95% interval of a Poisson mean given an observed count. */
export function poissonInterval(count: number, level = 0.95): [number, number] {
  const alpha = 1 - level;
  const lo = count === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * count) / 2;
  const hi = chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2;
  return [lo, hi];
}
