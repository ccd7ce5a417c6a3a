/**
 * Natural logarithm and log(1 + x), deterministic to the bit in every engine: fdlibm's e_log.c and
 * s_log1p.c in IEEE basic operations (see math.ts).
 *
 * Ported from fdlibm 5.3, Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved."
 */
import { highWord, lowWord, powersOfTwo, withHighWord, wordViews } from './float-words.js';

// log is on the simulator's hot path: its own views and table, read inline (see float-words.ts).
const { f64: F64, i32: I32, hi: HI } = wordViews();
const POW2 = powersOfTwo(); // POW2[n + 1074] = 2^n

const LN2_HI = 6.93147180369123816490e-1; // 0x3FE62E42 FEE00000: ln 2, 32 bits
const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76: ln 2 - LN2_HI
const TWO54 = 1.8014398509481984e16; // 2^54

// Remez coefficients of R(z) ~ (log(1 + f) - 2s)/s, z = s², s = f/(2 + f), shared by log and log1p.
const LG1 = 6.666666666666735130e-1; // 0x3FE55555 55555593
const LG2 = 3.999999999940941908e-1; // 0x3FD99999 9997FA04
const LG3 = 2.857142874366239149e-1; // 0x3FD24924 94229359
const LG4 = 2.222219843214978396e-1; // 0x3FCC71C5 1D8E78AF
const LG5 = 1.818357216161805012e-1; // 0x3FC74664 96CB03DE
const LG6 = 1.531383769920937332e-1; // 0x3FC39A09 D078C69F
const LG7 = 1.479819860511658591e-1; // 0x3FC2F112 DF3E5244

/**
 * Natural logarithm (fdlibm e_log.c), error below 1 ulp. log(±0) = -Infinity, log(x < 0) = NaN,
 * log(+Infinity) = +Infinity, log(NaN) = NaN, log(1) = +0.
 */
export function log(x: number): number {
  F64[0] = x;
  let hx = I32[HI]!;
  if (hx < 0x00100000 || hx >= 0x7ff00000) return logOutsideNormal(x, hx);
  // x = 2^k · m with m in [sqrt(2)/2, sqrt(2)): fdlibm writes m's exponent into x's high word;
  // multiplying by 2^-k is the same exact operation without a store and reload.
  let k = (hx >> 20) - 1023;
  hx &= 0x000fffff;
  k += ((hx + 0x95f64) & 0x100000) >> 20; // 1 when the mantissa is above sqrt(2): use m/2
  return logReduced(x * POW2[1074 - k]! - 1, k, hx);
}

/** log of 0, negative, subnormal, infinite and NaN arguments (high word hx). */
function logOutsideNormal(x: number, hx: number): number {
  if (hx >= 0x7ff00000) return x + x; // +Infinity, NaN
  if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity; // ±0
  if (hx < 0) return NaN;
  // Subnormal: scale up by 2^54, then as log does.
  const y = x * TWO54;
  let hy = highWord(y);
  let k = (hy >> 20) - 1023;
  hy &= 0x000fffff;
  k += ((hy + 0x95f64) & 0x100000) >> 20;
  return logReduced(y * POW2[1074 - k]! - 1, k - 54, hy);
}

/** log(2^k · (1 + f)), |f| <= sqrt(2) - 1, hx the top 20 mantissa bits of 1 + f before halving. */
function logReduced(f: number, k: number, hx: number): number {
  if ((0x000fffff & (2 + hx)) < 3) return logNearPowerOfTwo(f, k); // |f| < 2^-20
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  // fdlibm returns f - (...) when k = 0 and k·ln2_hi - ((...) - f) otherwise. With k = 0 the
  // second form is 0 - ((...) - f), the same bits (a - b = -(b - a) in round-to-nearest, and the
  // result is not 0 since |f| >= 2^-20), so one form serves both without a hard-to-predict branch.
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    // |f| large (1 + f near sqrt(2) or sqrt(2)/2): fdlibm's more accurate form, f²/2 subtracted first.
    const hfsq = 0.5 * f * f;
    return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  return k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

/** log(2^k · (1 + f)) for |f| < 2^-20: a short series (apart, to keep logReduced small to inline). */
function logNearPowerOfTwo(f: number, k: number): number {
  if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
  const r = f * f * (0.5 - 0.33333333333333333 * f);
  return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
}

/**
 * log(1 + x) accurate also for tiny x (fdlibm s_log1p.c), error below 1 ulp. log1p(-1) =
 * -Infinity, log1p(x < -1) = NaN, log1p(±0) = ±0.
 */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5; // |x| < 2^-29
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422: log(1 + x) directly from f = x, no correction term.
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1); // the rounding error of 1 + x
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000); // normalize u
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const r = hfsq * (1 - 0.66666666666666666 * f);
    return k === 0 ? f - r : k * LN2_HI - (r - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}

