/**
 * e^x, deterministic to the bit in every engine: fdlibm's e_exp.c in IEEE basic operations (see
 * math.ts).
 *
 * Ported from fdlibm 5.3, Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved."
 */
import { fromWords, powersOfTwo } from './float-words.js';

const POW2 = powersOfTwo(); // POW2[n + 1074] = 2^n
const LN2_HI = 6.93147180369123816490e-1; // 0x3FE62E42 FEE00000: ln 2, 32 bits
const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76: ln 2 - LN2_HI
const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF: above it exp overflows
const U_THRESHOLD = -7.45133219101941108420e2; // 0xC0874910 D52D3051: below it exp underflows to 0
const INVLN2 = 1.44269504088896338700; // 0x3FF71547 652B82FE: 1/ln 2
const TWOM1000 = 9.33263618503218878990e-302; // 2^-1000
// Remez coefficients of R(r²) ~ r·(e^r + 1)/(e^r - 1) on [0, 0.34658] (also in math-pow.ts).
const P1 = 1.66666666666666019037e-1; // 0x3FC55555 5555553E
const P2 = -2.77777777770155933842e-3; // 0xBF66C16C 16BEBD93
const P3 = 6.61375632143793436117e-5; // 0x3F11566A AF25DE2C
const P4 = -1.65339022054652515390e-6; // 0xBEBBBD41 C5D26BF1
const P5 = 4.13813679705723846039e-8; // 0x3E663769 72BEA4D0
// fdlibm's high-word tests of exp as bounds on |x| (high word < h is |x| < the double with words h, 0).
const EXP_BIG = fromWords(0x40862e42, 0); // |x| >= 709.78: overflow, underflow or not finite
const HALF_LN2_UP = fromWords(0x3fd62e43, 0); // |x| > 0.5 ln 2 (high word > 0x3fd62e42)
const THREE_HALVES_LN2 = fromWords(0x3ff0a2b2, 0); // |x| < 1.5 ln 2
const TWO_M28 = fromWords(0x3e300000, 0); // 2^-28

/**
 * e^x (fdlibm e_exp.c), error below 1 ulp. exp(+Infinity) = +Infinity, exp(-Infinity) = +0,
 * exp(NaN) = NaN; x > 709.78 overflows to +Infinity, x < -745.13 underflows to +0, and results
 * between are subnormal with a single rounding.
 */
export function exp(x: number): number {
  const ax = Math.abs(x);
  // |x| >= 709.78 (or NaN) is outside the range only past the thresholds; the rare paths are apart
  // so that exp stays small enough for V8 to inline (a call would box its doubles).
  if (!(ax < EXP_BIG) && !(x <= O_THRESHOLD && x >= U_THRESHOLD)) return expOutOfRange(x);
  if (ax < HALF_LN2_UP) {
    // |x| <= ln 2 / 2: k = 0, fdlibm's 1 - ((x·c)/(c - 2) - x); the general form below with hi = x,
    // lo = 0, k = 0 is the same bits ((x·c)/(c - 2) = -((x·c)/(2 - c)) exactly).
    if (ax < TWO_M28) return 1 + x;
    return expReduced(x, 0, 0);
  }
  // x = k·ln 2 + (hi - lo): fdlibm takes k = ±1 below 1.5 ln 2, else the nearest integer to x/ln 2;
  // hi = x - k·LN2_HI is exact (k has at most 11 bits, LN2_HI 32), lo = k·LN2_LO the rest of k·ln 2.
  const k = ax < THREE_HALVES_LN2 ? (x < 0 ? -1 : 1) : (INVLN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
  return expReduced(x - k * LN2_HI, k * LN2_LO, k);
}

/** 2^k · e^(hi - lo), |hi - lo| <= ln 2 / 2. */
function expReduced(hi: number, lo: number, k: number): number {
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  // y · 2^k: fdlibm adds k to y's exponent, an exact product by a power of two. At k = 1024, y < 1.
  if (k >= -1021 && k <= 1023) return y * POW2[k + 1074]!;
  return k > 0 ? y * 2 * POW2[1023 + 1074]! : y * POW2[k + 1000 + 1074]! * TWOM1000;
}

/** exp of NaN, ±Infinity, and of x beyond the overflow and underflow thresholds. */
function expOutOfRange(x: number): number {
  if (x !== x) return x + x;
  if (x === -Infinity) return 0;
  return x > 0 ? Infinity : 0;
}
