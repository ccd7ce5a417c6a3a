/**
 * Small numerical tools for likelihoods: a Nelder-Mead minimizer (for likelihoods without a
 * closed-form estimate, e.g. a censored Weibull) and the covariance of estimates from the observed
 * information (a numerical Hessian), with the delta method for functions of them.
 */

/** Minimizes f from x0 (Nelder-Mead, standard coefficients); returns the best point found. */
export function nelderMead(f: (x: readonly number[]) => number, x0: readonly number[], options: { step?: number; iterations?: number; tolerance?: number } = {}): number[] {
  const n = x0.length;
  const step = options.step ?? 0.1;
  const iterations = options.iterations ?? 500 * n;
  const tolerance = options.tolerance ?? 1e-10;
  let simplex = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] = p[i]! + (p[i] !== 0 ? step * Math.abs(p[i]!) : step);
    simplex.push(p);
  }
  let values = simplex.map(f);
  for (let it = 0; it < iterations; it++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
    simplex = order.map((i) => simplex[i]!);
    values = order.map((i) => values[i]!);
    if (Math.abs(values[n]! - values[0]!) <= tolerance * (Math.abs(values[0]!) + tolerance)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]![j]! / n;
    const towards = (t: number): number[] => centroid.map((c, j) => c + t * (simplex[n]![j]! - c));
    const reflected = towards(-1);
    const fr = f(reflected);
    if (fr < values[0]!) {
      const expanded = towards(-2);
      const fe = f(expanded);
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]!) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = fr < values[n]! ? towards(-0.5) : towards(0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, values[n]!)) [simplex[n], values[n]] = [contracted, fc];
      else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i]!.map((x, j) => simplex[0]![j]! + 0.5 * (x - simplex[0]![j]!));
          values[i] = f(simplex[i]!);
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return simplex[best]!;
}

/**
 * Covariance of maximum-likelihood estimates: the inverse of the observed information, i.e. of
 * minus the Hessian of the log-likelihood at the estimate (central differences). Null when the
 * Hessian is not negative definite (an estimate on a boundary).
 */
export function mleCovariance(logLik: (x: readonly number[]) => number, at: readonly number[]): number[][] | null {
  const n = at.length;
  const h = at.map((x) => 1e-4 * Math.max(Math.abs(x), 1e-3));
  const f = (dx: readonly number[]): number => logLik(at.map((x, i) => x + dx[i]!));
  const info: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const f0 = f(new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const d = (si: number, sj: number): number => {
        const dx = new Array<number>(n).fill(0);
        dx[i]! += si * h[i]!;
        dx[j]! += sj * h[j]!;
        return f(dx);
      };
      const value = i === j ? (d(1, 0) - 2 * f0 + d(-1, 0)) / (h[i]! * h[i]!) : (d(1, 1) - d(1, -1) - d(-1, 1) + d(-1, -1)) / (4 * h[i]! * h[j]!);
      info[i]![j] = -value;
      info[j]![i] = -value;
    }
  }
  return invertSymmetric(info);
}

function invertSymmetric(m: number[][]): number[][] | null {
  const n = m.length;
  if (n === 1) return m[0]![0]! > 0 ? [[1 / m[0]![0]!]] : null;
  if (n === 2) {
    const [a, b] = m[0]!;
    const d = m[1]![1]!;
    const det = a! * d - b! * b!;
    if (!(a! > 0 && det > 0)) return null;
    return [
      [d / det, -b! / det],
      [-b! / det, a! / det],
    ];
  }
  throw new Error('only 1 or 2 parameters');
}

/** Standard error of g(estimate) by the delta method (numerical gradient). */
export function deltaSe(g: (x: readonly number[]) => number, at: readonly number[], covariance: readonly (readonly number[])[]): number {
  const grad = at.map((x, i) => {
    const h = 1e-6 * Math.max(Math.abs(x), 1e-3);
    const up = at.slice();
    const down = at.slice();
    up[i] = x + h;
    down[i] = x - h;
    return (g(up) - g(down)) / (2 * h);
  });
  let v = 0;
  for (let i = 0; i < at.length; i++) for (let j = 0; j < at.length; j++) v += grad[i]! * covariance[i]![j]! * grad[j]!;
  return Math.sqrt(Math.max(0, v));
}
