/**
 * The parametric families fitted to durations (minutes): exponential, gamma, lognormal, Weibull.
 * Each knows its density, CDF, quantile and log-likelihood, its maximum-likelihood estimate from a
 * sample, and its mean and coefficient of variation (the scenario format's parametrization).
 */
import { logGamma } from '../special.js';
import { normalQuantile } from '../special.js';
import { digamma, gammaP, normalCdf, trigamma } from './gamma-functions.js';

export const FAMILIES = ['exponential', 'gamma', 'lognormal', 'weibull'] as const;
export type Family = (typeof FAMILIES)[number];

/** A fitted member of a family: its natural parameters. */
export type FittedParams =
  | { readonly family: 'exponential'; readonly mean: number }
  | { readonly family: 'gamma'; readonly shape: number; readonly scale: number }
  | { readonly family: 'lognormal'; readonly mu: number; readonly sigma: number }
  | { readonly family: 'weibull'; readonly shape: number; readonly scale: number };

/** Sample moments the estimators share (one pass over the data). */
export interface SampleStats {
  readonly n: number;
  readonly mean: number;
  readonly meanLog: number;
  readonly varLog: number;
}

export function sampleStats(values: ArrayLike<number>): SampleStats {
  const n = values.length;
  let sum = 0;
  let sumLog = 0;
  for (let i = 0; i < n; i++) {
    sum += values[i]!;
    sumLog += Math.log(values[i]!);
  }
  const meanLog = sumLog / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.log(values[i]!) - meanLog;
    squares += d * d;
  }
  return { n, mean: sum / n, meanLog, varLog: squares / n };
}

/** Maximum-likelihood estimate of `family` from positive values. */
export function estimate(family: Family, values: ArrayLike<number>, stats: SampleStats = sampleStats(values)): FittedParams {
  switch (family) {
    case 'exponential':
      return { family, mean: stats.mean };
    case 'lognormal':
      return { family, mu: stats.meanLog, sigma: Math.sqrt(stats.varLog) };
    case 'gamma': {
      // ln(shape) - digamma(shape) = ln(mean) - mean(ln x); Minka's start, then Newton.
      const s = Math.log(stats.mean) - stats.meanLog;
      let a = s > 0 ? (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s) : 1e6;
      for (let i = 0; i < 50 && s > 0; i++) {
        const f = Math.log(a) - digamma(a) - s;
        const step = f / (1 / a - trigamma(a));
        const next = a - step;
        a = next > 0 ? next : a / 2;
        if (Math.abs(step) < 1e-12 * a) break;
      }
      return { family, shape: a, scale: stats.mean / a };
    }
    case 'weibull': {
      // Profile equation in the shape k: sum x^k ln x / sum x^k - 1/k - mean(ln x) = 0 (Newton, safeguarded).
      const n = values.length;
      // Work on x / exp(meanLog) so x^k neither overflows nor underflows.
      const scaleRef = Math.exp(stats.meanLog);
      let k = 1.2 / Math.sqrt(Math.max(stats.varLog, 1e-12));
      let lo = 1e-3;
      let hi = 1e3;
      for (let i = 0; i < 100; i++) {
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        for (let j = 0; j < n; j++) {
          const l = Math.log(values[j]! / scaleRef);
          const p = Math.exp(k * l);
          s0 += p;
          s1 += p * l;
          s2 += p * l * l;
        }
        // meanLog of x/scaleRef is 0.
        const f = s1 / s0 - 1 / k;
        const df = s2 / s0 - (s1 / s0) ** 2 + 1 / (k * k);
        if (f > 0) hi = Math.min(hi, k);
        else lo = Math.max(lo, k);
        let next = k - f / df;
        if (!(next > lo && next < hi)) next = (lo + hi) / 2;
        if (Math.abs(next - k) < 1e-12 * k) {
          k = next;
          break;
        }
        k = next;
      }
      let sum = 0;
      for (let j = 0; j < n; j++) sum += Math.exp(k * Math.log(values[j]! / scaleRef));
      return { family, shape: k, scale: scaleRef * (sum / n) ** (1 / k) };
    }
  }
}

/** The parameters as a plain vector (for numerical derivatives) and back. */
export function toVector(p: FittedParams): number[] {
  switch (p.family) {
    case 'exponential':
      return [p.mean];
    case 'lognormal':
      return [p.mu, p.sigma];
    case 'gamma':
    case 'weibull':
      return [p.shape, p.scale];
  }
}

export function fromVector(family: Family, v: readonly number[]): FittedParams {
  switch (family) {
    case 'exponential':
      return { family, mean: v[0]! };
    case 'lognormal':
      return { family, mu: v[0]!, sigma: v[1]! };
    case 'gamma':
    case 'weibull':
      return { family, shape: v[0]!, scale: v[1]! };
  }
}

export function logDensity(p: FittedParams, x: number): number {
  switch (p.family) {
    case 'exponential':
      return -Math.log(p.mean) - x / p.mean;
    case 'lognormal': {
      const z = (Math.log(x) - p.mu) / p.sigma;
      return -Math.log(x * p.sigma) - 0.91893853320467274178 - (z * z) / 2;
    }
    case 'gamma':
      return (p.shape - 1) * Math.log(x) - x / p.scale - logGamma(p.shape) - p.shape * Math.log(p.scale);
    case 'weibull': {
      const r = x / p.scale;
      return Math.log(p.shape / p.scale) + (p.shape - 1) * Math.log(r) - r ** p.shape;
    }
  }
}

export function cdf(p: FittedParams, x: number): number {
  if (!(x > 0)) return 0;
  switch (p.family) {
    case 'exponential':
      return 1 - Math.exp(-x / p.mean);
    case 'lognormal':
      return normalCdf((Math.log(x) - p.mu) / p.sigma);
    case 'gamma':
      return gammaP(p.shape, x / p.scale);
    case 'weibull':
      return 1 - Math.exp(-((x / p.scale) ** p.shape));
  }
}

export function quantile(p: FittedParams, q: number): number {
  switch (p.family) {
    case 'exponential':
      return -p.mean * Math.log1p(-q);
    case 'lognormal':
      return Math.exp(p.mu + p.sigma * normalQuantile(q));
    case 'weibull':
      return p.scale * (-Math.log1p(-q)) ** (1 / p.shape);
    case 'gamma': {
      let lo = 0;
      let hi = p.shape * p.scale * 2 + p.scale;
      while (gammaP(p.shape, hi / p.scale) < q) hi *= 2;
      for (let i = 0; i < 100 && hi - lo > 1e-10 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (gammaP(p.shape, mid / p.scale) < q) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    }
  }
}

export function logLikelihood(p: FittedParams, values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += logDensity(p, values[i]!);
  return sum;
}

/** Mean and coefficient of variation (sd / mean). */
export function meanCv(p: FittedParams): { mean: number; cv: number } {
  switch (p.family) {
    case 'exponential':
      return { mean: p.mean, cv: 1 };
    case 'lognormal':
      return { mean: Math.exp(p.mu + (p.sigma * p.sigma) / 2), cv: Math.sqrt(Math.expm1(p.sigma * p.sigma)) };
    case 'gamma':
      return { mean: p.shape * p.scale, cv: 1 / Math.sqrt(p.shape) };
    case 'weibull': {
      const g1 = Math.exp(logGamma(1 + 1 / p.shape));
      const g2 = Math.exp(logGamma(1 + 2 / p.shape));
      return { mean: p.scale * g1, cv: Math.sqrt(Math.max(0, g2 / (g1 * g1) - 1)) };
    }
  }
}

/** Number of free parameters (for AIC). */
export function parameterCount(family: Family): number {
  return family === 'exponential' ? 1 : 2;
}
