/**
 * x^y, deterministic to the bit in every engine: fdlibm's e_pow.c in IEEE basic operations (see
 * math.ts). Not on a hot path, so it reads words through the helpers of float-words.ts.
 *
 * Ported from fdlibm 5.3, Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved."
 */
import { clearLowWord, fromWords, highWord, lowWord, scalbn, withHighWord } from './float-words.js';

// Remez coefficients of R(r²) ~ r·(e^r + 1)/(e^r - 1) on [0, 0.34658], as in e_exp.c.
const P1 = 1.66666666666666019037e-1; // 0x3FC55555 5555553E
const P2 = -2.77777777770155933842e-3; // 0xBF66C16C 16BEBD93
const P3 = 6.61375632143793436117e-5; // 0x3F11566A AF25DE2C
const P4 = -1.65339022054652515390e-6; // 0xBEBBBD41 C5D26BF1
const P5 = 4.13813679705723846039e-8; // 0x3E663769 72BEA4D0
// pow: log2(x) in extra precision, from (x - bp)/(x + bp), bp = 1 or 1.5.
const DP_H1 = 5.84962487220764160156e-1; // 0x3FE2B803 40000000: log2(1.5), high part
const DP_L1 = 1.35003920212974897128e-8; // 0x3E4CFDEB 43CFD006: log2(1.5), low part
const TWO53 = 9007199254740992; // 2^53
const HUGE = 1e300;
const TINY = 1e-300;
// Remez coefficients of (3/2)(log(x) - 2s - (2/3)s³).
const L1 = 5.99999999999994648725e-1; // 0x3FE33333 33333303
const L2 = 4.28571428578550184252e-1; // 0x3FDB6DB6 DB6FABFF
const L3 = 3.33333329818377432918e-1; // 0x3FD55555 518F264D
const L4 = 2.72728123808534006489e-1; // 0x3FD17460 A91D4101
const L5 = 2.30660745775561754067e-1; // 0x3FCD864A 93C9DB65
const L6 = 2.06975017800338417784e-1; // 0x3FCA7E28 4A454EEF
const LG2_F = 6.93147180559945286227e-1; // 0x3FE62E42 FEFA39EF: ln 2
const LG2_H = 6.93147182464599609375e-1; // 0x3FE62E43 00000000
const LG2_L = -1.90465429995776804525e-9; // 0xBE205C61 0CA86C39
const OVT = 8.0085662595372944372e-17; // -(1024 - log2(overflow + 0.5 ulp))
const CP = 9.61796693925975554329e-1; // 0x3FEEC709 DC3A03FD: 2/(3 ln 2)
const CP_H = 9.61796700954437255859e-1; // 0x3FEEC709 E0000000: (float) CP
const CP_L = -7.02846165095275826516e-9; // 0xBE3E2FE0 145B01F5: CP - CP_H
const IVLN2 = 1.44269504088896338700; // 0x3FF71547 652B82FE: 1/ln 2
const IVLN2_H = 1.44269502162933349609; // 0x3FF71547 60000000: 24 bits of 1/ln 2
const IVLN2_L = 1.92596299112661746887e-8; // 0x3E54AE0B F85DDF44: 1/ln 2 - IVLN2_H

/**
 * x^y (fdlibm e_pow.c): log2(x) and y·log2(x) in simulated extra precision, then 2^(y·log2 x).
 * "Nearly rounded" (fdlibm): below 1 ulp (0.77 at worst on 23k random cases against 200-bit
 * references); pow(integer, integer) is exact when representable. One known weak spot, kept as
 * fdlibm 5.3 and V8's own Math.pow have it: for |y| > 2^31 and x within 2^-21 of 1, its shortcut
 * log2(x) keeps only double precision, and y amplifies that to as much as a few hundred ulps (e.g.
 * pow(0.9999998275911858, -2552628672.864339)). The simulator's exponents (1/shape) are far below. Special cases follow ECMAScript's Number::exponentiate, which fdlibm matches:
 * y = ±0 gives 1 (even for NaN x), NaN otherwise propagates, (±1)^±Infinity is NaN, a negative x
 * with a non-integer y is NaN, and signed zeros and infinities follow the parity of an integer y.
 */
export function pow(x: number, y: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if ((iy | ly) === 0) return 1; // y = ±0
  if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lx !== 0) || iy > 0x7ff00000 || (iy === 0x7ff00000 && ly !== 0)) {
    return x + y; // NaN
  }

  // For x < 0: yIsInt 0 = y not an integer, 1 = odd integer, 2 = even integer.
  let yIsInt = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      yIsInt = 2; // |y| >= 2^53: even
    } else if (iy >= 0x3ff00000) {
      const e = (iy >> 20) - 0x3ff;
      if (e > 20) {
        const j = ly >>> (52 - e);
        if (j << (52 - e) >>> 0 === ly) yIsInt = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - e);
        if (j << (20 - e) === iy) yIsInt = 2 - (j & 1);
      }
    }
  }

  // Special y.
  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y = ±Infinity
      if (((ix - 0x3ff00000) | lx) === 0) return y - y; // (±1)^±Infinity = NaN
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0; // |x| > 1
      return hy < 0 ? -y : 0; // |x| < 1
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y = ±1
    if (hy === 0x40000000) return x * x; // y = 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y = 0.5, x >= +0
  }

  let ax = Math.abs(x);
  // Special x: ±0, ±Infinity, ±1.
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    let z = ax;
    if (hy < 0) z = 1 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yIsInt) === 0) z = NaN; // (-1)^non-integer
      else if (yIsInt === 1) z = -z; // (x < 0)^odd = -(|x|^odd)
    }
    return z;
  }

  const xPositive = (hx >> 31) + 1; // 0 for x < 0, 1 otherwise
  if ((xPositive | yIsInt) === 0) return NaN; // (x < 0)^non-integer
  const s = (xPositive | (yIsInt - 1)) === 0 ? -1 : 1; // sign of the result: (x < 0)^odd is negative

  // log2(|x|) = t1 + t2, t1 with its low word cleared.
  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      // |y| > 2^64: must overflow or underflow
      if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
      if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
    }
    // Overflow or underflow unless x is close to 1.
    if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    // |1 - x| <= 2^-20: log(x) ~ t - t²/2 + t³/3 - t⁴/4.
    const t = ax - 1; // 20 trailing zeros
    const w = t * t * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = IVLN2_H * t; // IVLN2_H has 21 significant bits
    const v = t * IVLN2_L - w * IVLN2;
    t1 = clearLowWord(u + v);
    t2 = v - (t1 - u);
  } else {
    let n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      ax *= TWO53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    // Mantissa in [1, sqrt(3/2)) with bp = 1, [sqrt(3/2), sqrt(3)) with bp = 1.5, else halve it.
    ix = j | 0x3ff00000;
    let k: number;
    if (j <= 0x3988e) k = 0;
    else if (j < 0xbb67a) k = 1;
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHighWord(ax, ix);
    const bp = k === 0 ? 1 : 1.5;
    const dpH = k === 0 ? 0 : DP_H1;
    const dpL = k === 0 ? 0 : DP_L1;

    // ss = sH + sL = (ax - bp)/(ax + bp).
    let u = ax - bp;
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = clearLowWord(ss);
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0); // ax + bp, high part
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    // log(ax) = 2 ss (1 + ss²/3 + ...)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = clearLowWord(3 + s2 + r);
    tL = r - (tH - 3 - s2);
    // u + v = ss·(1 + ...)
    u = sH * tH;
    v = sL * tH + tL * ss;
    // 2/(3 ln 2) · (ss + ...)
    const pH = clearLowWord(u + v);
    const pL = v - (pH - u);
    const zH = CP_H * pH;
    const zL = CP_L * pH + pL * CP + dpL;
    // log2(ax) = (ss + ...)·2/(3 ln 2) = n + dpH + zH + zL
    const t = n;
    t1 = clearLowWord(zH + zL + dpH + t);
    t2 = zL - (t1 - t - dpH - zH);
  }

  // y·log2(x) = pH + pL, from y = y1 + (y - y1) with y1's low word cleared.
  const y1 = clearLowWord(y);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z) | 0;
  if (j >= 0x40900000) {
    // z >= 1024
    if (((j - 0x40900000) | i) !== 0) return s * HUGE * HUGE; // z > 1024
    if (pL + OVT > z - pH) return s * HUGE * HUGE;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= -1075
    if (((j - 0xc090cc00) | i) !== 0) return s * TINY * TINY; // z < -1075
    if (pL <= z - pH) return s * TINY * TINY;
  }

  // 2^(pH + pL) = 2^n · e^((pH + pL - n)·ln 2), n the nearest integer when |z| > 1/2.
  const iz = j & 0x7fffffff;
  let k = (iz >> 20) - 0x3ff;
  let n = 0;
  if (iz > 0x3fe00000) {
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff; // new k for n
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  let t = clearLowWord(pL + pH);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2_F + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  t = z * z;
  t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const r = (z * t1) / (t1 - 2) - (w + z * w);
  z = 1 - (r - z);
  j = highWord(z) + (n << 20);
  if (j >> 20 <= 0) z = scalbn(z, n); // subnormal result
  else z = withHighWord(z, j);
  return s * z;
}

