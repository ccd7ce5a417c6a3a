/**
 * Special functions behind the Student-t quantile: log-gamma, log-beta, the regularized incomplete
 * beta function and the standard normal quantile, accurate to a few units in the last place of a
 * double where the callers need it (relative accuracy of small tail probabilities included).
 * Pure functions of their arguments: no state, no platform APIs.
 */

const LN_SQRT_2PI = 0.91893853320467274178;

/**
 * Remainder of Stirling's series, lgamma(x) - [(x - 1/2) ln x - x + ln sqrt(2 pi)], for x >= 10.
 * Terms B_2k / (2k (2k - 1) x^(2k-1)) through x^-13; the first omitted term is below 3e-17 at x = 10.
 */
function stirlingRemainder(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return (
    r *
    (1 / 12 +
      r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156)))))))
  );
}

/** ln Gamma(x) for x > 0: shifted up to x >= 10 by Gamma(x + 1) = x Gamma(x), then Stirling's series. */
export function logGamma(x: number): number {
  let shift = 1;
  let y = x;
  while (y < 10) {
    shift *= y;
    y += 1;
  }
  return (y - 0.5) * Math.log(y) - y + LN_SQRT_2PI + stirlingRemainder(y) - Math.log(shift);
}

/**
 * ln B(a, b) for a, b > 0. When an argument is large the Stirling terms are combined analytically
 * (as in R's lbeta) so that the large, nearly cancelling ln Gamma values are never subtracted.
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  const ratio = p / (p + q);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(ratio) + q * Math.log1p(-ratio);
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-ratio);
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

const CF_EPSILON = 1e-16;
const CF_TINY = 1e-300;

/**
 * Continued fraction of the incomplete beta function (modified Lentz), converging fast for
 * x < (a + 1) / (a + b + 2); the number of terms grows like sqrt(max(a, b)).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const maxTerms = 1000 + 20 * Math.ceil(Math.sqrt(Math.max(a, b)));
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < CF_TINY) d = CF_TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxTerms; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < CF_TINY) d = CF_TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < CF_TINY) c = CF_TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < CF_TINY) d = CF_TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < CF_TINY) c = CF_TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < CF_EPSILON) return h;
  }
  throw new Error(`incomplete beta did not converge for x=${x}, a=${a}, b=${b}`);
}

/**
 * The regularized incomplete beta function I_x(a, b) and its complement 1 - I_x(a, b), as
 * `[lower, upper]`. Whichever of the two is the smaller is computed directly (so it keeps full
 * relative accuracy however small it is) and the other as one minus it. Pass `y = 1 - x` when the
 * caller knows it more accurately than `1 - x` rounds (x close to 1).
 */
export function betaRegularizedPair(x: number, a: number, b: number, y: number = 1 - x): [number, number] {
  if (!(a > 0)) throw new RangeError(`invalid a: ${a}`);
  if (!(b > 0)) throw new RangeError(`invalid b: ${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`invalid x: ${x}`);
  if (x === 0) return [0, 1];
  if (y === 0) return [1, 0];
  // ln x and ln y from whichever of x, y is known better: a large a or b would magnify the rounding
  // of a logarithm taken near 1.
  const lnX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const lnY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const scale = Math.exp(a * lnX + b * lnY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (scale * betaContinuedFraction(x, a, b)) / a;
    return [lower, 1 - lower];
  }
  const upper = (scale * betaContinuedFraction(y, b, a)) / b;
  return [1 - upper, upper];
}

/** The regularized incomplete beta function I_x(a, b) for 0 <= x <= 1 and a, b > 0. */
export function betaRegularized(x: number, a: number, b: number): number {
  return betaRegularizedPair(x, a, b)[0];
}

// Wichura (1988), Algorithm AS 241 (PPND16): rational approximations in three regions,
// relative accuracy about 1e-16.
const NORMAL_CENTRAL_NUM = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const NORMAL_CENTRAL_DEN = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
];
const NORMAL_NEAR_NUM = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const NORMAL_NEAR_DEN = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const NORMAL_FAR_NUM = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const NORMAL_FAR_DEN = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

function polynomial(coefficients: readonly number[], r: number): number {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * r + coefficients[i]!;
  return value;
}

/** Standard normal quantile: z with P(Z <= z) = p; -Infinity at 0, Infinity at 1. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`invalid p: ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(NORMAL_CENTRAL_NUM, r)) / polynomial(NORMAL_CENTRAL_DEN, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = polynomial(NORMAL_NEAR_NUM, r) / polynomial(NORMAL_NEAR_DEN, r);
  } else {
    r -= 5;
    z = polynomial(NORMAL_FAR_NUM, r) / polynomial(NORMAL_FAR_DEN, r);
  }
  return q < 0 ? -z : z;
}
