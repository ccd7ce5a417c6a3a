/**
 * Sine and cosine, deterministic to the bit in every engine: fdlibm's s_sin.c, s_cos.c, k_sin.c,
 * k_cos.c and the Cody–Waite part of e_rem_pio2.c in IEEE basic operations (see math.ts).
 *
 * Argument reduction x = n·(π/2) + (y0 + y1), |y0 + y1| <= π/4:
 * - |x| <= 2^20·π/2 (about 1.6e6): Cody–Waite, subtracting n·π/2 with π/2 split in 33-bit pieces,
 *   a second and third piece when cancellation leaves too few bits (good to 151 bits);
 * - larger |x|: Payne–Hanek with 1584 bits of 2/π (math-rem-pio2.ts), exact for every double.
 * So every finite x is reduced exactly, as fdlibm does; there is no range limit.
 *
 * Ported from fdlibm 5.3, Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved."
 */
import { fromWords, highWord, wordViews } from './float-words.js';
import { remPio2Large } from './math-rem-pio2.js';

// The cosine kernel clears a low word on the hot path: this module's own views (see float-words.ts).
const { f64: F64, u32: U32, lo: LO } = wordViews();

/** y0 and y1 of the last reduction (module-level: nothing allocates per call). */
const REM = new Float64Array(2);

/** High words of n·π/2 for n = 1..32: an argument this close to one may lose bits to cancellation. */
const NPIO2_HW = Int32Array.of(
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a,
  0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a,
  0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac,
  0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
);

const INVPIO2 = 6.36619772367581382433e-1; // 0x3FE45F30 6DC9C883: 53 bits of 2/π
const PIO2_1 = 1.57079632673412561417; // 0x3FF921FB 54400000: first 33 bits of π/2
const PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461 1A626331: π/2 - PIO2_1
const PIO2_2 = 6.0771005063039659766e-11; // 0x3DD0B461 1A600000: second 33 bits of π/2
const PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A 2E037073: π/2 - (PIO2_1 + PIO2_2)
const PIO2_3 = 2.0222662487111664558e-21; // 0x3BA3198A 2E000000: third 33 bits of π/2
const PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A 252049C1: π/2 - (PIO2_1 + PIO2_2 + PIO2_3)

/** The double whose high word is `hi` and low word 0: |x| < bound(h) exactly when x's high word < h. */
const bound = (hi: number): number => fromWords(hi, 0);

// fdlibm branches on |x|'s high word ix; each test "ix < h" is "|x| < bound(h)", a float compare
// that spares the common path a store and reload of x's words.
const PIO4_UP = bound(0x3fe921fc); // ix <= 0x3fe921fb: |x| ~<= π/4
const THREE_PIO4 = bound(0x4002d97c); // ix < 0x4002d97c: |x| < 3π/4
const MEDIUM_UP = bound(0x413921fc); // ix <= 0x413921fb: |x| ~<= 2^20·π/2
/** Ranges of |x| whose high word is that of n·π/2, n = 1..32 (NPIO2_HW as float bounds). */
const NPIO2_LOW = Float64Array.from(NPIO2_HW, (h) => bound(h));
const NPIO2_UP = Float64Array.from(NPIO2_HW, (h) => bound(h + 1));

/**
 * fdlibm's __ieee754_rem_pio2 as written, for |x| > π/4 where sinCos's short path does not apply:
 * writes the remainder y0 + y1 to REM and returns n (the quadrant is n & 3); NaN and ±Infinity give
 * NaN and n = 0.
 */
function remPio2Careful(x: number, ax: number): number {
  if (ax < THREE_PIO4) {
    // Next to ±π/2: 33 + 33 + 53 bits of π/2.
    if (x > 0) {
      const z = x - PIO2_1 - PIO2_2;
      REM[0] = z - PIO2_2T;
      REM[1] = z - REM[0]! - PIO2_2T;
      return 1;
    }
    const z = x + PIO2_1 + PIO2_2;
    REM[0] = z + PIO2_2T;
    REM[1] = z - REM[0]! + PIO2_2T;
    return -1;
  }
  if (ax < MEDIUM_UP) return reduceMedium(x, ax);
  if (!(ax < Infinity)) {
    REM[0] = REM[1] = x - x; // NaN
    return 0;
  }
  return remPio2Large(x, REM);
}

/** Cody–Waite for 3π/4 <= |x| <= 2^20·π/2. */
function reduceMedium(x: number, ax: number): number {
  const n = (ax * INVPIO2 + 0.5) | 0;
  const fn = n;
  let r = ax - fn * PIO2_1;
  let w = fn * PIO2_1T; // first round good to 85 bits
  let y0 = r - w;
  if (n >= 32 || (ax >= NPIO2_LOW[n - 1]! && ax < NPIO2_UP[n - 1]!)) {
    // Cancellation possible: compare the exponents of x and of the remainder.
    const j = highWord(ax) >> 20;
    let i = j - ((highWord(y0) >> 20) & 0x7ff);
    if (i > 16) {
      // Second iteration, good to 118 bits.
      let t = r;
      w = fn * PIO2_2;
      r = t - w;
      w = fn * PIO2_2T - (t - r - w);
      y0 = r - w;
      i = j - ((highWord(y0) >> 20) & 0x7ff);
      if (i > 49) {
        // Third iteration, 151 bits: covers every double in range.
        t = r;
        w = fn * PIO2_3;
        r = t - w;
        w = fn * PIO2_3T - (t - r - w);
        y0 = r - w;
      }
    }
  }
  const y1 = r - y0 - w;
  if (x < 0) {
    REM[0] = -y0;
    REM[1] = -y1;
    return -n;
  }
  REM[0] = y0;
  REM[1] = y1;
  return n;
}

const S1 = -1.66666666666666324348e-1; // 0xBFC55555 55555549
const S2 = 8.33333333332248946124e-3; // 0x3F811111 1110F8A6
const S3 = -1.98412698298579493134e-4; // 0xBF2A01A0 19C161D5
const S4 = 2.75573137070700676789e-6; // 0x3EC71DE3 57B1FE7D
const S5 = -2.50507602534068634195e-8; // 0xBE5AE5E6 8A2B9CEB
const S6 = 1.58969099521155010221e-10; // 0x3DE5D93A 5ACFD57C

const TWO_M27 = bound(0x3e400000); // 2^-27
const COS_03 = bound(0x3fd33333); // ~0.3: k_cos.c's high-word test ix < 0x3fd33333
const COS_078 = bound(0x3fe90001); // k_cos.c's ix <= 0x3fe90000 (|x| <= 0.78125)

const C1 = 4.16666666666666019037e-2; // 0x3FA55555 5555554C
const C2 = -1.38888888888741095749e-3; // 0xBF56C16C 16C15177
const C3 = 2.48015872894767294178e-5; // 0x3EFA01A0 19CB1590
const C4 = -2.75573143513906633035e-7; // 0xBE927E4F 809C52AD
const C5 = 2.08757232129817482790e-9; // 0x3E21EE9E BDB4B1C4
const C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9 BE8838D4

/**
 * sin(x) (wantCos = 0) or cos(x) (wantCos = 1): fdlibm's s_sin.c and s_cos.c with the kernels
 * k_sin.c and k_cos.c and the short path of e_rem_pio2.c written out in one function. The common
 * case then makes no call, which matters in V8: a call that is not inlined boxes every double it
 * passes, and sin and cos together are too large to inline everywhere.
 *
 * The reduction's short path: fdlibm's n = ±1 branch (|x| < 3π/4) computes exactly what its medium
 * branch computes with n = 1 ((|x| - pio2_1) - pio2_1t and the tail, negated for x < 0; a - b =
 * -(b - a) in round-to-nearest), so both run as the medium formula with n forced to 1 below 3π/4.
 * Arguments next to a multiple of π/2 (cancellation needs more bits of π/2), beyond 32·π/2 or not
 * finite take remPio2Careful.
 *
 * cos(x) = sin(x + π/2): the quadrant q = n + wantCos picks the kernel (q even: sin, odd: cos) and
 * the sign (q & 2: negative), as fdlibm's two switch statements do.
 */
function sinCos(x: number, wantCos: number): number {
  const ax = Math.abs(x);
  let y0 = x;
  let y1 = 0;
  let n = 0;
  let reduced = 0; // fdlibm's iy: the sine kernel's formula for a tail, used once reduced
  if (!(ax < PIO4_UP)) {
    reduced = 1;
    n = ax < THREE_PIO4 ? 1 : (ax * INVPIO2 + 0.5) | 0;
    if (ax < MEDIUM_UP && n < 32 && !(ax >= NPIO2_LOW[n - 1]! && ax < NPIO2_UP[n - 1]!)) {
      const r = ax - n * PIO2_1;
      const w = n * PIO2_1T; // good to 85 bits: no cancellation this far from n·π/2
      y0 = r - w;
      y1 = r - y0 - w;
      if (x < 0) {
        y0 = -y0;
        y1 = -y1;
        n = -n;
      }
    } else {
      n = remPio2Careful(x, ax);
      y0 = REM[0]!;
      y1 = REM[1]!;
    }
  }
  const q = (n + wantCos) & 3;
  const ay = Math.abs(y0);
  const z = y0 * y0;
  let v: number;
  if ((q & 1) === 0) {
    // k_sin.c: sin(y0 + y1) on [-π/4, π/4]
    if (ay < TWO_M27) {
      v = y0;
    } else {
      const yz = z * y0;
      const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
      v = reduced === 0 ? y0 + yz * (S1 + z * r) : y0 - (z * (0.5 * y1 - yz * r) - y1 - yz * S1);
    }
  } else if (ay < TWO_M27) {
    v = 1; // k_cos.c from here: cos(y0 + y1) on [-π/4, π/4]
  } else {
    const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if (ay < COS_03) {
      v = 1 - (0.5 * z - (z * r - y0 * y1));
    } else {
      // 1 - qx and z/2 - qx are exact, and the latter keeps a quarter of z/2: less cancellation.
      // qx = |y0|/4 with the low word cleared (fdlibm: high word ix - 2^21, low word 0).
      let qx = 0.28125;
      if (ay < COS_078) {
        F64[0] = ay;
        U32[LO] = 0;
        qx = F64[0]! * 0.25;
      }
      v = 1 - qx - (0.5 * z - qx - (z * r - y0 * y1));
    }
  }
  return (q & 2) === 0 ? v : -v;
}

/** Sine (fdlibm s_sin.c), error below 1 ulp, exact reduction for every finite x. sin(±Infinity) = NaN. */
export function sin(x: number): number {
  return sinCos(x, 0);
}

/** Cosine (fdlibm s_cos.c), error below 1 ulp, exact reduction for every finite x. cos(±Infinity) = NaN. */
export function cos(x: number): number {
  return sinCos(x, 1);
}
