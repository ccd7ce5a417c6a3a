/**
 * Goodness of fit of a continuous distribution to a sorted sample: the Kolmogorov-Smirnov and
 * Anderson-Darling statistics, and Q-Q points. The KS p-value is the asymptotic Kolmogorov one;
 * with parameters estimated from the same data it is conservative (too large), as every user of
 * Stat::Fit-style tables should know, so the choice between families is made by AIC, not by it.
 */

/** D = sup |F_n(x) - F(x)| over a sorted sample. */
export function ksStatistic(sorted: ArrayLike<number>, cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** Asymptotic P(D_n > d) (Kolmogorov's series with Stephens' small-sample correction). */
export function ksPValue(d: number, n: number): number {
  const sqrtN = Math.sqrt(n);
  const lambda = (sqrtN + 0.12 + 0.11 / sqrtN) * d;
  if (lambda < 1e-3) return 1;
  let sum = 0;
  for (let j = 1; j <= 100; j++) {
    const term = 2 * (j % 2 === 1 ? 1 : -1) * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** The Anderson-Darling statistic A^2 over a sorted sample (weighs the tails more than KS). */
export function adStatistic(sorted: ArrayLike<number>, cdf: (x: number) => number): number {
  const n = sorted.length;
  const tiny = 1e-300;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const lower = Math.max(cdf(sorted[i]!), tiny);
    const upper = Math.max(1 - cdf(sorted[n - 1 - i]!), tiny);
    s += (2 * i + 1) * (Math.log(lower) + Math.log(upper));
  }
  return -n - s / n;
}

/** The empirical quantile of a sorted sample (linear interpolation, type 7). */
export function sampleQuantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const i = Math.floor(h);
  const next = sorted[Math.min(i + 1, n - 1)]!;
  return sorted[i]! + (h - i) * (next - sorted[i]!);
}

/** Probabilities at which Q-Q points are drawn: `count` evenly spaced, away from 0 and 1. */
export function qqProbabilities(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i + 0.5) / count);
}
