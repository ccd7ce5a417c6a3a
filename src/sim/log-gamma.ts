/**
 * ln Γ(x) for x > 0, built from src/sim/math.ts so it gives the same bits in every JavaScript engine
 * (the Weibull distribution's mean and variance, shown in the editor and used by the planners, must
 * not differ between Node and the browser). src/analysis/special.ts has its own log-gamma for the
 * Student-t quantile; that one runs only in analysis code, on Math.log, and is not shared because
 * src/sim must not import src/analysis.
 */
import { log } from './math.js';

const LN_SQRT_2PI = 0.91893853320467274178;

/** ln Γ(x): shifted up to x >= 10 by Γ(x + 1) = x Γ(x), then Stirling's series through x^-13 (error < 3e-17 at 10). */
export function logGamma(x: number): number {
  let shift = 1;
  let y = x;
  while (y < 10) {
    shift *= y;
    y += 1;
  }
  const r = 1 / y;
  const r2 = r * r;
  const remainder =
    r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156)))))));
  return (y - 0.5) * log(y) - y + LN_SQRT_2PI + remainder - log(shift);
}
