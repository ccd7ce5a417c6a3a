/**
 * A fingerprint of a math implementation: log, log1p, exp, sin, cos and pow evaluated on a fixed
 * set of 12,000 inputs (2,000 each, mostly from the ranges the simulator uses), with a hash of the
 * result bits per function. tests/sim/math.test.ts pins the hashes of src/sim/math.ts;
 * tests/e2e/determinism.test.ts computes them again in headless Chromium, where they must be equal,
 * while the engine's own Math.* is shown to differ. Only integer arithmetic and IEEE basic
 * operations build the inputs, so they are the same in every engine; no Node built-ins here (this
 * module is bundled into the browser page).
 */
import { Bits, oneMinusStreamUniform } from './math-inputs.js';

/** The functions under test, with Math.*'s signatures. */
export interface MathFunctions {
  log(x: number): number;
  log1p(x: number): number;
  exp(x: number): number;
  sin(x: number): number;
  cos(x: number): number;
  pow(x: number, y: number): number;
}

export const FUNCTION_NAMES = ['log', 'log1p', 'exp', 'sin', 'cos', 'pow'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

const PER_FUNCTION = 2_000;

/** The arguments for each function: [x] or [x, y], the same in every engine. */
export function fingerprintInputs(): Record<FunctionName, number[][]> {
  const bits = new Bits(20240611);
  const take = (draw: (i: number) => number[]): number[][] => Array.from({ length: PER_FUNCTION }, (_, i) => draw(i));
  const TWO_PI = 2 * Math.PI;
  return {
    // 3/4 where the simulator takes logarithms (1 - u of a stream), the rest anywhere positive.
    log: take((i) => [i % 4 !== 3 ? oneMinusStreamUniform(bits) : bits.logUniform(-1022, 1023)]),
    log1p: take((i) => [i % 2 === 0 ? bits.between(0, 25) : bits.logUniform(-60, 0) * (bits.next32() & 1 ? -0.99 : 1)]),
    // Normals of lognormal draws, and the whole finite range.
    exp: take((i) => [i % 2 === 0 ? bits.between(-3, 8) : bits.between(-745.13, 709.78)]),
    // 2π·u of Box–Muller, and wider arguments (both reductions).
    sin: take((i) => [i % 4 !== 3 ? TWO_PI * bits.uniform() : bits.logUniform(-10, 60)]),
    cos: take((i) => [i % 4 !== 3 ? TWO_PI * bits.uniform() : bits.logUniform(-10, 60)]),
    // u^(1/shape) of the gamma boost, and general powers.
    pow: take((i) => (i % 2 === 0 ? [1 - bits.uniform(), 1 / (0.01 + bits.uniform())] : [bits.logUniform(-100, 100), bits.between(-30, 30)])),
  };
}

/** The results' 64-bit patterns as two 32-bit words each (high, low), NaN made canonical. */
export function resultBits(fns: MathFunctions, inputs = fingerprintInputs()): Record<FunctionName, Uint32Array> {
  const view = new DataView(new ArrayBuffer(8));
  const out = {} as Record<FunctionName, Uint32Array>;
  for (const name of FUNCTION_NAMES) {
    const args = inputs[name];
    const words = new Uint32Array(2 * args.length);
    args.forEach((a, i) => {
      const v = name === 'pow' ? fns.pow(a[0]!, a[1]!) : fns[name](a[0]!);
      view.setFloat64(0, Number.isNaN(v) ? NaN : v);
      words[2 * i] = view.getUint32(0);
      words[2 * i + 1] = view.getUint32(4);
    });
    out[name] = words;
  }
  return out;
}

/** A 64-bit hash of the words, as 16 hex digits: two FNV-1a-style 32-bit lanes over their bytes. */
export function hashWords(words: Uint32Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (const w of words) {
    for (let shift = 0; shift < 32; shift += 8) {
      const byte = (w >>> shift) & 0xff;
      a = Math.imul(a ^ byte, 0x01000193) >>> 0;
      b = Math.imul(b ^ byte ^ (a >>> 24), 0x01000193) >>> 0;
    }
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The hash of each function's results on the fingerprint inputs. */
export function fingerprint(fns: MathFunctions): Record<FunctionName, string> {
  const bits = resultBits(fns);
  const out = {} as Record<FunctionName, string>;
  for (const name of FUNCTION_NAMES) out[name] = hashWords(bits[name]);
  return out;
}
