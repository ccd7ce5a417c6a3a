/**
 * Patience from censored waits: a customer who abandoned after waiting w had patience w; one who was
 * served after waiting w had patience of at least w (right-censored). The naive mean of abandoned
 * waits is biased low (the patient ones were served before they could give up), so the estimates
 * here use both: the Kaplan-Meier survival curve, the exponential MLE with censoring (events over
 * time at risk, exact chi-square interval), and a censored Weibull MLE, whose shape tells whether
 * the exponential is enough (likelihood-ratio test).
 */
import { chiSquareQuantile, chiSquareUpper } from './gamma-functions.js';
import { logGamma } from '../special.js';
import { mleCovariance, nelderMead } from './optimize.js';

export interface PatienceFit {
  /** Customers who joined the queue (served or abandoned). */
  readonly n: number;
  readonly abandoned: number;
  /** Mean wait of those who abandoned: what a naive reading takes for the mean patience (biased low). */
  readonly naiveMean: number | null;
  /** Exponential MLE with censoring: mean patience with its exact 95% interval; null without abandonment. */
  readonly exponential: { readonly mean: number; readonly ci95: [number, number] } | null;
  /** Censored Weibull MLE; null without enough abandonment. */
  readonly weibull: { readonly shape: number; readonly scale: number; readonly mean: number; readonly shapeCi95: [number, number] | null; readonly lrPValue: number } | null;
  /** Which model the fitted scenario uses: the exponential unless the Weibull is significantly better. */
  readonly chosen: 'exponential' | 'weibull' | null;
  /** Kaplan-Meier survival P(patience > t) at its steps (thinned to at most 200 points). */
  readonly kaplanMeier: readonly { readonly t: number; readonly survival: number; readonly atRisk: number; /** Greenwood standard error. */ readonly se: number }[];
  /** Kaplan-Meier median patience; null when the curve never falls to 1/2 (too little abandonment). */
  readonly kmMedian: number | null;
}

/** Fewer abandonments than this: no Weibull fit (its shape would be noise). */
const MIN_EVENTS_WEIBULL = 20;
/** Waits shorter than this (minutes) count as this in the Weibull likelihood: ln 0 is undefined. */
const TINY = 1 / 120;

export function fitPatience(waits: ArrayLike<number>, abandoned: ArrayLike<boolean | number>): PatienceFit {
  const n = waits.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => waits[a]! - waits[b]! || Number(abandoned[b]) - Number(abandoned[a]));
  let exposure = 0;
  let events = 0;
  let abandonedWaits = 0;
  for (let i = 0; i < n; i++) {
    exposure += waits[i]!;
    if (abandoned[i]) {
      events++;
      abandonedWaits += waits[i]!;
    }
  }
  const exponential =
    events > 0
      ? { mean: exposure / events, ci95: [(2 * exposure) / chiSquareQuantile(0.975, 2 * events), (2 * exposure) / chiSquareQuantile(0.025, 2 * events)] as [number, number] }
      : null;
  const km = kaplanMeier(order, waits, abandoned);
  const weibull = events >= MIN_EVENTS_WEIBULL ? censoredWeibull(waits, abandoned, events, exposure) : null;
  return {
    n,
    abandoned: events,
    naiveMean: events > 0 ? abandonedWaits / events : null,
    exponential,
    weibull,
    chosen: exponential === null ? null : weibull !== null && weibull.lrPValue < 0.01 ? 'weibull' : 'exponential',
    kaplanMeier: thin(km.curve, 200),
    kmMedian: km.median,
  };
}

function kaplanMeier(order: readonly number[], waits: ArrayLike<number>, abandoned: ArrayLike<boolean | number>) {
  const curve: { t: number; survival: number; atRisk: number; se: number }[] = [{ t: 0, survival: 1, atRisk: order.length, se: 0 }];
  let greenwood = 0;
  let atRisk = order.length;
  let survival = 1;
  let median: number | null = null;
  let i = 0;
  while (i < order.length) {
    const t = waits[order[i]!]!;
    let deaths = 0;
    let leaving = 0;
    while (i < order.length && waits[order[i]!]! === t) {
      if (abandoned[order[i]!]) deaths++;
      leaving++;
      i++;
    }
    if (deaths > 0) {
      survival *= 1 - deaths / atRisk;
      if (atRisk > deaths) greenwood += deaths / (atRisk * (atRisk - deaths));
      curve.push({ t, survival, atRisk, se: survival * Math.sqrt(greenwood) });
      if (median === null && survival <= 0.5) median = t;
    }
    atRisk -= leaving;
  }
  return { curve, median };
}

function thin<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return points.slice();
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]!);
}

function censoredWeibull(waits: ArrayLike<number>, abandoned: ArrayLike<boolean | number>, events: number, exposure: number): PatienceFit['weibull'] {
  const n = waits.length;
  // Log-likelihood in (ln k, ln lambda): events contribute the density, everyone the survival.
  const logLik = (v: readonly number[]): number => {
    const k = Math.exp(v[0]!);
    const lambda = Math.exp(v[1]!);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const t = Math.max(waits[i]!, abandoned[i] ? TINY : 0);
      const r = t / lambda;
      if (abandoned[i]) sum += Math.log(k / lambda) + (k - 1) * Math.log(r);
      if (r > 0) sum -= r ** k;
    }
    return sum;
  };
  const start = [0, Math.log(exposure / events)];
  const best = nelderMead((v) => -logLik(v), start, { step: 0.2 });
  const k = Math.exp(best[0]!);
  const lambda = Math.exp(best[1]!);
  const expLogLik = logLik([0, Math.log(exposure / events)]);
  const statistic = Math.max(0, 2 * (logLik(best) - expLogLik));
  const covariance = mleCovariance(logLik, best);
  const se = covariance === null ? null : Math.sqrt(covariance[0]![0]!);
  return {
    shape: k,
    scale: lambda,
    mean: lambda * Math.exp(logGamma(1 + 1 / k)),
    shapeCi95: se === null ? null : [Math.exp(best[0]! - 1.96 * se), Math.exp(best[0]! + 1.96 * se)],
    lrPValue: chiSquareUpper(statistic, 1),
  };
}
