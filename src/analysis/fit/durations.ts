/**
 * Fitting a distribution to observed durations (service times, task work): maximum likelihood for
 * each family, the choice by AIC, KS and Anderson-Darling statistics, the mean and CV with 95%
 * intervals (observed information, delta method), Q-Q points, and the empirical distribution.
 */
import { adStatistic, ksPValue, ksStatistic, qqProbabilities, sampleQuantile } from './goodness.js';
import { cdf, estimate, FAMILIES, fromVector, logDensity, logLikelihood, meanCv, parameterCount, quantile, sampleStats, toVector, type Family, type FittedParams } from './families.js';
import { deltaSe, mleCovariance } from './optimize.js';

export interface Estimate {
  readonly value: number;
  /** 95% interval; null when it cannot be computed (too few values, a boundary estimate). */
  readonly ci95: [number, number] | null;
}

export interface CandidateFit {
  readonly family: Family;
  readonly params: FittedParams;
  readonly mean: Estimate;
  readonly cv: Estimate;
  readonly logLikelihood: number;
  readonly aic: number;
  /** AIC minus the smallest AIC of the candidates (0 for the chosen one). */
  readonly deltaAic: number;
  readonly ks: { readonly statistic: number; readonly pValue: number };
  readonly andersonDarling: number;
  /** Q-Q points: [theoretical quantile, sample quantile] in minutes. */
  readonly qq: readonly (readonly [number, number])[];
}

export interface DurationFit {
  /** Values fitted (positive durations). */
  readonly n: number;
  /** Values left out because they were zero (a log rounding durations to whole units); counted here. */
  readonly zeros: number;
  readonly sampleMean: number;
  readonly sampleCv: number;
  /** Sorted by AIC, best first; empty when fewer than MIN_VALUES values. */
  readonly candidates: readonly CandidateFit[];
  /** The family with the smallest AIC; null without candidates. */
  readonly chosen: Family | null;
  /** The empirical distribution as 101 quantiles (0%, 1%, ..., 100%), minutes. */
  readonly empiricalQuantiles: readonly number[];
  /** Density curves for the chart: x (minutes) and the density of each family there, per minute. */
  readonly density: { readonly x: readonly number[]; readonly byFamily: Readonly<Record<string, readonly number[]>>; readonly histogram: { readonly edges: readonly number[]; readonly density: readonly number[] } };
}

/** Below this many values no family is fitted (the estimates would mean little). */
export const MIN_VALUES = 10;
const QQ_POINTS = 60;

export function fitDurations(input: ArrayLike<number>): DurationFit {
  const all = Float64Array.from(input as ArrayLike<number>);
  const positive = all.filter((v) => v > 0).sort();
  const zeros = all.length - positive.length;
  const n = positive.length;
  let sum = 0;
  let squares = 0;
  for (const v of positive) sum += v;
  const sampleMean = n > 0 ? sum / n : NaN;
  for (const v of positive) squares += (v - sampleMean) ** 2;
  const sampleCv = n > 1 ? Math.sqrt(squares / (n - 1)) / sampleMean : NaN;
  const empiricalQuantiles = n > 0 ? Array.from({ length: 101 }, (_, i) => sampleQuantile(positive, i / 100)) : [];
  if (n < MIN_VALUES) {
    return { n, zeros, sampleMean, sampleCv, candidates: [], chosen: null, empiricalQuantiles, density: { x: [], byFamily: {}, histogram: { edges: [], density: [] } } };
  }
  const stats = sampleStats(positive);
  const fits = FAMILIES.map((family) => candidate(family, positive, stats));
  const best = Math.min(...fits.map((f) => f.aic));
  const candidates = fits.map((f) => ({ ...f, deltaAic: f.aic - best })).sort((a, b) => a.aic - b.aic);
  return { n, zeros, sampleMean, sampleCv, candidates, chosen: candidates[0]!.family, empiricalQuantiles, density: densityCurves(positive, candidates) };
}

function candidate(family: Family, sorted: Float64Array, stats: ReturnType<typeof sampleStats>): Omit<CandidateFit, 'deltaAic'> {
  const params = estimate(family, sorted, stats);
  const ll = logLikelihood(params, sorted);
  const at = toVector(params);
  const moments = meanCv(params);
  const covariance = mleCovariance((v) => {
    const p = fromVector(family, v);
    return validParams(p) ? logLikelihood(p, sorted) : -Infinity;
  }, at);
  const interval = (value: number, g: (v: readonly number[]) => number): Estimate => {
    if (covariance === null) return { value, ci95: null };
    const se = deltaSe(g, at, covariance);
    return Number.isFinite(se) ? { value, ci95: [value - 1.959963984540054 * se, value + 1.959963984540054 * se] } : { value, ci95: null };
  };
  const f = (x: number): number => cdf(params, x);
  const d = ksStatistic(sorted, f);
  return {
    family,
    params,
    mean: interval(moments.mean, (v) => meanCv(fromVector(family, v)).mean),
    cv: family === 'exponential' ? { value: 1, ci95: null } : interval(moments.cv, (v) => meanCv(fromVector(family, v)).cv),
    logLikelihood: ll,
    aic: 2 * parameterCount(family) - 2 * ll,
    ks: { statistic: d, pValue: ksPValue(d, sorted.length) },
    andersonDarling: adStatistic(sorted, f),
    qq: qqProbabilities(QQ_POINTS).map((q) => [quantile(params, q), sampleQuantile(sorted, q)] as const),
  };
}

function validParams(p: FittedParams): boolean {
  return toVector(p).every((x) => Number.isFinite(x)) && (p.family === 'lognormal' ? p.sigma > 0 : toVector(p).every((x) => x > 0));
}

/** A histogram of the sample (as a density) and each family's density, up to the 99th percentile. */
function densityCurves(sorted: Float64Array, candidates: readonly CandidateFit[]): DurationFit['density'] {
  const top = sampleQuantile(sorted, 0.99);
  const bins = 40;
  const width = top / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) {
    if (v >= top) break;
    counts[Math.min(bins - 1, Math.floor(v / width))]!++;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => i * width);
  const density = counts.map((c) => c / (sorted.length * width));
  const x = Array.from({ length: 121 }, (_, i) => ((i + 0.5) / 121) * top);
  const byFamily: Record<string, number[]> = {};
  for (const c of candidates) byFamily[c.family] = x.map((v) => Math.exp(logDensity(c.params, v)));
  return { x, byFamily, histogram: { edges, density } };
}
