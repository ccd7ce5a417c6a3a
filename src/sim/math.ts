/**
 * Deterministic elementary functions: the same bits in every JavaScript engine.
 *
 * ECMAScript leaves the rounding of Math.log, Math.exp, Math.pow, Math.sin and Math.cos to the
 * engine, and engines differ in the last bit on a few percent of inputs (Node 20's V8 11.3 and
 * Chromium 156 disagree on 3-5% of log, sin and cos results and 8-10% of exp and pow results for
 * the simulator's arguments: tests/e2e/determinism.test.ts). The simulator must give identical
 * numbers everywhere, so src/sim uses these ports of fdlibm 5.3 (Sun Microsystems, 1993-2004;
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved."): e_log.c and s_log1p.c (math-log.ts), e_exp.c (math-exp.ts), e_pow.c
 * (math-pow.ts), s_sin.c, s_cos.c, k_sin.c, k_cos.c and e_rem_pio2.c (math-trig.ts), k_rem_pio2.c
 * (math-rem-pio2.ts).
 *
 * They use only + - * /, Math.sqrt, Math.abs, Math.floor and exact integer and bit operations, all
 * of which IEEE 754 and ECMAScript define to the bit; JavaScript has no fused multiply-add and no
 * extended precision, so the C source's roundings happen exactly as written. Where fdlibm tests a
 * high word against a constant, the hot paths compare |x| with the double of that high word, and
 * where it writes an exponent they multiply by a power of two: the same exact operations without a
 * store and reload. The results are fdlibm's to the bit: in Node 20, whose Math.log/log1p/exp/sin/
 * cos are V8's own fdlibm ports, they equal Math.*'s bits (millions of inputs checked); pow is
 * within 1 ulp of Math.pow (V8's variant of fdlibm's pow rounds differently on a few percent).
 *
 * Accuracy: below 1 ulp (fdlibm's bounds; the worst errors seen on 10k-40k random arguments against
 * 200-bit references: log 0.77, exp 0.79, sin 0.78, cos 0.74, pow 0.77 ulp). pow(integer, integer)
 * is exact when representable; pow keeps fdlibm's one weak spot, |y| > 2^31 with x within 2^-21
 * of 1 (see math-pow.ts). Special values (NaN, ±Infinity, ±0, negative arguments, subnormals)
 * are fdlibm's, which agree with ECMAScript's Math.*, including pow's (±1)^±Infinity = NaN.
 *
 * Nothing allocates: words go through module-level typed arrays (float-words.ts), the reduction's
 * remainder through a module-level Float64Array. (V8 still boxes the doubles of a call it does not
 * inline: log and exp are small enough to inline, sin and cos are not.)
 *
 * Speed (bench/math.ts, Node 20, calls/s relative to Math.*): log 1.3x faster, exp 1.35x faster,
 * sin/cos 1.8x slower, log1p 2.9x slower, pow 2.4x slower. A lognormal draw (one log, one cos, one
 * exp) takes 60 ns instead of 37 ns, yet a replication of scenarios/reference-office.yaml takes the
 * same time within noise (128-130 ms).
 *
 * This module only re-exports.
 */
export { log, log1p } from './math-log.js';
export { exp } from './math-exp.js';
export { pow } from './math-pow.js';
export { sin, cos } from './math-trig.js';
