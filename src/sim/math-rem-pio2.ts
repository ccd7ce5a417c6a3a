/**
 * Argument reduction modulo π/2 for |x| > 2^20·π/2 (Payne–Hanek): fdlibm's __kernel_rem_pio2
 * (k_rem_pio2.c) and the large-argument part of e_rem_pio2.c, in IEEE basic operations and exact
 * integer arithmetic, so every engine returns the same bits. x times 1584 bits of 2/π, computed in
 * 24-bit pieces, gives the remainder exactly for every double. Smaller arguments are reduced by
 * Cody–Waite in math-trig.ts.
 *
 * Ported from fdlibm 5.3, Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved."
 */
import { fromWords, highWord, lowWord, scalbn } from './float-words.js';

/** 2/π in 24-bit chunks: 66 · 24 = 1584 bits, enough for the largest double. */
const TWO_OVER_PI = Int32Array.of(
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7,
  0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c,
  0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8, 0x97ffde, 0x05980f, 0xef2f11,
  0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7,
  0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e,
  0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880, 0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
);

const TWO24 = 1.6777216e7; // 2^24
const TWON24 = 5.9604644775390625e-8; // 2^-24
const TX = new Float64Array(3);

/**
 * Reduces a finite x with |x| > 2^20·π/2 modulo π/2: returns n (the quadrant is n & 3) and writes
 * the remainder to y (y[0] + y[1], y[1] below half an ulp of y[0]). x is split into three 24-bit
 * integers times 2^(e0 - 24i).
 */
export function remPio2Large(x: number, y: Float64Array): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  const e0 = (ix >> 20) - 1046; // ilogb(|x|) - 23
  let z = fromWords(ix - (e0 << 20), lowWord(x)); // |x| scaled into [2^23, 2^24)
  for (let i = 0; i < 2; i++) {
    TX[i] = z | 0;
    z = (z - TX[i]!) * TWO24;
  }
  TX[2] = z;
  let nx = 3;
  while (TX[nx - 1] === 0) nx--; // skip zero terms
  const n = kernelRemPio2(TX, e0, nx, y);
  if (hx < 0) {
    y[0] = -y[0]!;
    y[1] = -y[1]!;
    return -n;
  }
  return n;
}

/** π/2 in 24-bit pieces. */
const PIO2 = Float64Array.of(
  1.57079625129699707031, // 0x3FF921FB 40000000
  7.54978941586159635335e-8, // 0x3E74442D 00000000
  5.39030252995776476554e-15, // 0x3CF84698 80000000
  3.28200341580791294123e-22, // 0x3B78CC51 60000000
  1.27065575308067607349e-29, // 0x39F01B83 80000000
  1.22933308981111328932e-36, // 0x387A2520 40000000
  2.73370053816464559624e-44, // 0x36E38222 80000000
  2.16741683877804819444e-51, // 0x3569F31D 00000000
);

const IQ = new Int32Array(20);
const F = new Float64Array(20);
const FQ = new Float64Array(20);
const Q = new Float64Array(20);

/**
 * fdlibm's __kernel_rem_pio2 for double precision (prec = 2, jk = 4): tx holds nx 24-bit
 * integers, x = Σ tx[i]·2^(e0 - 24i). Writes the remainder to y, returns n & 7.
 */
function kernelRemPio2(tx: Float64Array, e0: number, nx: number, y: Float64Array): number {
  const jk = 4; // init_jk[prec]: terms of 2/π beyond the product's integer part
  const jp = jk;
  const jx = nx - 1;
  let jv = ((e0 - 3) / 24) | 0;
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);

  // f[0..jx+jk] = TWO_OVER_PI[jv-jx .. jv+jk] (zeros before the table's start).
  for (let i = 0, j = jv - jx; i <= jx + jk; i++, j++) F[i] = j < 0 ? 0 : TWO_OVER_PI[j]!;
  // q[0..jk]: the products, each exact (24-bit times 24-bit, at most three terms).
  for (let i = 0; i <= jk; i++) {
    let fw = 0;
    for (let j = 0; j <= jx; j++) fw += tx[j]! * F[jx + i - j]!;
    Q[i] = fw;
  }

  let jz = jk;
  let z = 0;
  let n = 0;
  let ih = 0;
  for (;;) {
    // Distill q[] into iq[] in reverse order, 24 bits each.
    let i = 0;
    z = Q[jz]!;
    for (let j = jz; j > 0; i++, j--) {
      const fw = (TWON24 * z) | 0;
      IQ[i] = (z - TWO24 * fw) | 0;
      z = Q[j - 1]! + fw;
    }
    // The integer part n (mod 8) and the fraction.
    z = scalbn(z, q0);
    z -= 8 * Math.floor(z * 0.125);
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // iq[jz-1] holds the last bits of n.
      const bits = IQ[jz - 1]! >> (24 - q0);
      n += bits;
      IQ[jz - 1] = IQ[jz - 1]! - (bits << (24 - q0));
      ih = IQ[jz - 1]! >> (23 - q0);
    } else if (q0 === 0) {
      ih = IQ[jz - 1]! >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }

    if (ih > 0) {
      // The fraction is >= 0.5: take 1 - fraction and round n up.
      n += 1;
      let carry = 0;
      for (let k = 0; k < jz; k++) {
        const j = IQ[k]!;
        if (carry === 0) {
          if (j !== 0) {
            carry = 1;
            IQ[k] = 0x1000000 - j;
          }
        } else {
          IQ[k] = 0xffffff - j;
        }
      }
      if (q0 === 1) IQ[jz - 1] = IQ[jz - 1]! & 0x7fffff;
      else if (q0 === 2) IQ[jz - 1] = IQ[jz - 1]! & 0x3fffff;
      if (ih === 2) {
        z = 1 - z;
        if (carry !== 0) z -= scalbn(1, q0);
      }
    }

    // Recompute with more terms of 2/π when the fraction cancelled to zero.
    if (z !== 0) break;
    let j = 0;
    for (let k = jz - 1; k >= jk; k--) j |= IQ[k]!;
    if (j !== 0) break;
    let k = 1;
    while (IQ[jk - k] === 0) k++; // number of extra terms needed
    for (let m = jz + 1; m <= jz + k; m++) {
      F[jx + m] = TWO_OVER_PI[jv + m]!;
      let fw = 0;
      for (let t = 0; t <= jx; t++) fw += tx[t]! * F[jx + m - t]!;
      Q[m] = fw;
    }
    jz += k;
  }

  // Chop off zero terms, or split the last one if it has more than 24 bits.
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (IQ[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    z = scalbn(z, -q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      IQ[jz] = (z - TWO24 * fw) | 0;
      jz += 1;
      q0 += 24;
      IQ[jz] = fw;
    } else {
      IQ[jz] = z | 0;
    }
  }

  // The 24-bit chunks as doubles.
  let fw = scalbn(1, q0);
  for (let i = jz; i >= 0; i--) {
    Q[i] = fw * IQ[i]!;
    fw *= TWON24;
  }
  // fq = PIO2[0..jp] * q[jz..0].
  for (let i = jz; i >= 0; i--) {
    let sum = 0;
    for (let k = 0; k <= jp && k <= jz - i; k++) sum += PIO2[k]! * Q[i + k]!;
    FQ[jz - i] = sum;
  }
  // Compress fq[] into y0 + y1.
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += FQ[i]!;
  y[0] = ih === 0 ? fw : -fw;
  fw = FQ[0]! - fw;
  for (let i = 1; i <= jz; i++) fw += FQ[i]!;
  y[1] = ih === 0 ? fw : -fw;
  return n & 7;
}
