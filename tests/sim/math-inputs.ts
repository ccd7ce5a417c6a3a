/**
 * Deterministic test inputs for src/sim/math.ts, built from integer bits only (32-bit integer
 * arithmetic and a DataView), so the same seed gives the same doubles in Node and in a browser:
 * tests/sim/math.test.ts and the cross-engine check in tests/e2e/determinism.test.ts share them.
 */
const VIEW = new DataView(new ArrayBuffer(8));

/** The double with the given high and low 32-bit words. */
export function fromBits(hi: number, lo: number): number {
  VIEW.setUint32(0, hi >>> 0);
  VIEW.setUint32(4, lo >>> 0);
  return VIEW.getFloat64(0);
}

/** The 64 bits of x as 16 hex digits (sign first), e.g. 1 → `3ff0000000000000`. */
export function toHex(x: number): string {
  VIEW.setFloat64(0, x);
  return VIEW.getUint32(0).toString(16).padStart(8, '0') + VIEW.getUint32(4).toString(16).padStart(8, '0');
}

/** A small fixed-seed generator of 32-bit words (mulberry32): exact integer arithmetic in every engine. */
export class Bits {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 0;
  }
  /** A uniform 32-bit unsigned integer. */
  next32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** A uniform double in [0, 1) with 53 random bits. */
  uniform(): number {
    return ((this.next32() >>> 5) * 67108864 + (this.next32() >>> 6)) / 9007199254740992;
  }
  /** A uniform double in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }
  /** A positive double with a random 52-bit mantissa and an exponent uniform in [eMin, eMax] (log-uniform). */
  logUniform(eMin: number, eMax: number): number {
    const e = eMin + (this.next32() % (eMax - eMin + 1));
    return fromBits(((e + 1023) << 20) | (this.next32() & 0xfffff), this.next32());
  }
  /** A positive subnormal double with random bits. */
  subnormal(): number {
    return fromBits(this.next32() & 0xfffff, this.next32() | 1);
  }
}

/** What the simulator feeds its logarithms: 1 - u for a stream's uniform u = k·2^-32, in (0, 1]. */
export function oneMinusStreamUniform(bits: Bits): number {
  return 1 - bits.next32() / 4294967296;
}
