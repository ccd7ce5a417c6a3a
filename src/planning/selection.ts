/**
 * Statistical selection among plans evaluated on common random numbers (paired replications):
 *
 * - `race`: screening with paired confidence bounds plus sequential halving. Every contender gets
 *   n0 replications; a contender whose paired 95% interval against the leader lies wholly below
 *   zero is dropped (it is worse beyond chance); when more than a few remain, the worse half by
 *   mean is dropped (sequential halving, Karnin, Koren and Somekh 2013, "Almost optimal exploration
 *   in multi-armed bandits", ICML); the survivors' replications double, up to nMax. Replications
 *   are spent only on close contenders.
 * - `selectBest`: the KN procedure (Kim and Nelson 2001, "A fully sequential procedure for
 *   indifference-zone selection in simulation", ACM TOMACS 11(3)), which allows common random
 *   numbers: with probability at least 1 - alpha the selected plan is within the indifference zone
 *   delta of the best of the contenders. Replications are added in small batches (for the worker
 *   pool) but the elimination rule is applied one replication at a time, as the procedure states.
 *
 * Scores are to be maximized (the objective times its sign). Both are deterministic functions of
 * the scores, so the same seed picks the same plan whatever the number of threads.
 */
import { tQuantile } from '../analysis/student-t.js';
import type { Evaluations } from './evaluations.js';
import type { Plan } from './training/variant.js';

/** Mean and sample sd of b - a over the first n. */
export function pairedMoments(a: readonly number[], b: readonly number[], n: number): { mean: number; sd: number } {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += b[i]! - a[i]!;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = b[i]! - a[i]! - mean;
    squares += d * d;
  }
  return { mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
}

/** The paired 95% interval of b - a over the first n (Student t). */
export function pairedInterval(a: readonly number[], b: readonly number[], n: number): { mean: number; lo: number; hi: number } {
  const { mean, sd } = pairedMoments(a, b, n);
  if (n < 2) return { mean, lo: -Infinity, hi: Infinity };
  const half = (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { mean, lo: mean - half, hi: mean + half };
}

function meanOf(values: readonly number[], n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  return sum / n;
}

export interface RaceOptions {
  /** First-stage replications of every contender (at least 2). */
  readonly n0: number;
  /** Most replications any contender gets. */
  readonly nMax: number;
  /** Sequential halving stops halving at this many survivors. */
  readonly keep: number;
  /** A contender that is never dropped by halving (the incumbent of a swap round); null: none. */
  readonly protect?: Plan | null;
}

export interface RaceOutcome {
  /** Survivors, best mean first, with their replications. */
  readonly ranking: readonly { readonly plan: Plan; readonly n: number; readonly mean: number }[];
  /** Contenders dropped by a paired bound, and by halving. */
  readonly droppedByBound: number;
  readonly droppedByHalving: number;
}

/** Screening plus sequential halving; see the module comment. Ties keep the earlier contender. */
export async function race(evaluations: Evaluations, contenders: readonly Plan[], options: RaceOptions): Promise<RaceOutcome> {
  let alive = [...contenders];
  let n = Math.min(options.n0, options.nMax);
  let droppedByBound = 0;
  let droppedByHalving = 0;
  for (;;) {
    await evaluations.ensure(alive.map((plan) => ({ plan, n })));
    const scores = alive.map((plan) => evaluations.scores(plan, n));
    const means = scores.map((s) => meanOf(s, n));
    let leader = 0;
    for (let i = 1; i < alive.length; i++) if (means[i]! > means[leader]!) leader = i;
    // Screening: worse than the leader beyond chance (paired 95% interval below zero).
    const kept: number[] = [];
    for (let i = 0; i < alive.length; i++) {
      const protectedOne = options.protect != null && alive[i] === options.protect;
      if (i === leader || protectedOne || n < 2 || pairedInterval(scores[leader]!, scores[i]!, n).hi >= 0) kept.push(i);
      else droppedByBound++;
    }
    let order = kept.sort((x, y) => means[y]! - means[x]! || x - y);
    if (order.length <= 1 || n >= options.nMax) {
      return { ranking: order.map((i) => ({ plan: alive[i]!, n, mean: means[i]! })), droppedByBound, droppedByHalving };
    }
    if (order.length > options.keep) {
      const half = Math.max(options.keep, Math.ceil(order.length / 2));
      const top = order.slice(0, half);
      const protectedIndex = order.findIndex((i) => options.protect != null && alive[i] === options.protect);
      if (protectedIndex >= half) top.push(order[protectedIndex]!);
      droppedByHalving += order.length - top.length;
      order = top;
    }
    alive = order.map((i) => alive[i]!);
    n = Math.min(options.nMax, n * 2);
  }
}

export interface SelectionOptions {
  /** Indifference zone, in score units (> 0). */
  readonly delta: number;
  /** 1 - confidence; 0.05 for 95%. */
  readonly alpha: number;
  /** First-stage replications (at least 2). */
  readonly n0: number;
  /** Most replications any contender gets; reached, the best mean is taken and `resolved` is false. */
  readonly nMax: number;
  /** Replications added per batch while several contenders remain. */
  readonly batch: number;
}

export interface Selection {
  readonly best: Plan;
  /** Replications of the selected plan when the procedure stopped. */
  readonly n: number;
  /** true: the KN procedure ended with one contender (the guarantee holds); false: nMax was reached first. */
  readonly resolved: boolean;
  readonly contenders: number;
}

/** The KN procedure (Kim and Nelson 2001); see the module comment. */
export async function selectBest(evaluations: Evaluations, contenders: readonly Plan[], options: SelectionOptions): Promise<Selection> {
  const k = contenders.length;
  if (k === 0) throw new Error('invalid contenders: none');
  const n0 = Math.max(2, options.n0);
  await evaluations.ensure(contenders.map((plan) => ({ plan, n: n0 })));
  if (k === 1) return { best: contenders[0]!, n: evaluations.count(contenders[0]!), resolved: true, contenders: 1 };
  const first = contenders.map((plan) => evaluations.scores(plan, n0));
  // eta from the first-stage degrees of freedom, h^2 = 2 eta (n0 - 1).
  const eta = 0.5 * (Math.pow((2 * options.alpha) / (k - 1), -2 / (n0 - 1)) - 1);
  const h2 = 2 * eta * (n0 - 1);
  const s2: number[][] = contenders.map((_, i) => contenders.map((__, l) => (i === l ? 0 : pairedMoments(first[l]!, first[i]!, n0).sd ** 2)));
  const delta = options.delta;
  let alive = contenders.map((_, i) => i);
  let r = n0;
  let scores = first;
  const sums = first.map((s) => s.slice(0, n0).reduce((a, b) => a + b, 0));
  const screen = (): void => {
    const previous = alive;
    alive = previous.filter((i) =>
      previous.every((l) => {
        if (l === i) return true;
        const w = Math.max(0, (delta / (2 * r)) * ((h2 * s2[i]![l]!) / (delta * delta) - r));
        return sums[i]! / r >= sums[l]! / r - w;
      }),
    );
  };
  screen();
  while (alive.length > 1 && r < options.nMax) {
    const upTo = Math.min(options.nMax, r + options.batch);
    await evaluations.ensure(alive.map((i) => ({ plan: contenders[i]!, n: upTo })));
    scores = contenders.map((plan, i) => (alive.includes(i) ? evaluations.scores(plan, upTo) : scores[i]!));
    while (r < upTo && alive.length > 1) {
      for (const i of alive) sums[i] = sums[i]! + scores[i]![r]!;
      r++;
      screen();
    }
  }
  let best = alive[0]!;
  for (const i of alive) if (sums[i]! > sums[best]!) best = i;
  return { best: contenders[best]!, n: r, resolved: alive.length === 1, contenders: k };
}
