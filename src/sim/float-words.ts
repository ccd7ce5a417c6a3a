/**
 * The two 32-bit words of an IEEE double, as fdlibm's __HI/__LO macros see them in C, and the
 * powers of two: what the deterministic math (math.ts, math-rem-pio2.ts) builds on besides
 * + - * / and sqrt. Nothing here allocates per call.
 *
 * Each math module takes its own views from `wordViews()` into module-level constants and reads
 * words inline on its hot paths: in V8 a typed array held in a module's own constant is markedly
 * faster than one reached through an import binding or a helper call (bench/math.ts).
 */

/** Views of one 8-byte buffer: store a double in f64[0], then read its words at i32[hi], u32[lo]. */
export interface WordViews {
  readonly f64: Float64Array;
  /** Signed view, for the high word: fdlibm compares `int hx` with signed constants. */
  readonly i32: Int32Array;
  /** Unsigned view, for the low word: fdlibm's `unsigned lx`. */
  readonly u32: Uint32Array;
  /** Index of the high word (sign, exponent, top 20 fraction bits). */
  readonly hi: number;
  /** Index of the low word (bottom 32 fraction bits). */
  readonly lo: number;
}

/** Fresh views over a new 8-byte buffer, with the word order of this platform's typed arrays. */
export function wordViews(): WordViews {
  const f64 = new Float64Array(1);
  const i32 = new Int32Array(f64.buffer);
  const u32 = new Uint32Array(f64.buffer);
  f64[0] = 1; // high word 0x3ff00000: find where it lands
  const hi = i32[1] === 0x3ff00000 ? 1 : 0;
  return { f64, i32, u32, hi, lo: 1 - hi };
}

/** POW2[n + 1074] = 2^n for n in [-1074, 1023]: every power of two a double holds, by exact doublings. */
const POW2 = new Float64Array(2098);
for (let n = 0, v = 1; n <= 1023; n++, v *= 2) POW2[n + 1074] = v;
for (let n = 0, v = 1; n >= -1074; n--, v *= 0.5) POW2[n + 1074] = v;

/**
 * The table of powers of two: `table[n + 1074]` = 2^n for integer n in [-1074, 1023]. Multiplying
 * by 2^n is exact whenever the product stays in the normal range, so it changes an exponent like
 * fdlibm's `__HI(y) += n << 20` without a trip through memory. Shared, never written after load.
 */
export function powersOfTwo(): Float64Array {
  return POW2;
}

const { f64: F64, i32: I32, u32: U32, hi: HI, lo: LO } = wordViews();

/** High word of x as a signed 32-bit integer (fdlibm's `__HI(x)`). */
export function highWord(x: number): number {
  F64[0] = x;
  return I32[HI]!;
}

/** Low word of x as an unsigned 32-bit integer (fdlibm's `__LO(x)`). */
export function lowWord(x: number): number {
  F64[0] = x;
  return U32[LO]!;
}

/** x with its high word replaced by `hi` (fdlibm's `__HI(x) = hi`). */
export function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  I32[HI] = hi;
  return F64[0]!;
}

/** The double whose words are `hi` and `lo` (fdlibm's `INSERT_WORDS`). */
export function fromWords(hi: number, lo: number): number {
  I32[HI] = hi;
  U32[LO] = lo;
  return F64[0]!;
}

/** x with its low word cleared (fdlibm's `__LO(x) = 0`): at most 21 significant bits. */
export function clearLowWord(x: number): number {
  F64[0] = x;
  U32[LO] = 0;
  return F64[0]!;
}

const TWO_1023 = POW2[1023 + 1074]!;
/** 2^-969 = 2^-1022 · 2^53: scaling by it keeps one rounding for results in the subnormal range. */
const TWO_M969 = POW2[-969 + 1074]!;

/**
 * x · 2^n with a single rounding (C's scalbn), for any integer n. Powers of two are exact, so the
 * product rounds only where the result leaves the normal range; below it the scaling goes in two
 * steps as in musl, the first exact, so only the last product rounds.
 */
export function scalbn(x: number, n: number): number {
  let y = x;
  if (n > 1023) {
    y *= TWO_1023;
    n -= 1023;
    if (n > 1023) {
      y *= TWO_1023;
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    y *= TWO_M969;
    n += 969;
    if (n < -1022) {
      y *= TWO_M969;
      n += 969;
      if (n < -1022) n = -1022;
    }
  }
  return y * POW2[n + 1074]!;
}
