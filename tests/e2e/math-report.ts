/**
 * What one engine computes for the cross-engine check: each function's result bits on the
 * fingerprint inputs (as plain arrays, to cross from the page to Node) and their hashes.
 */
import { FUNCTION_NAMES, hashWords, resultBits, type FunctionName, type MathFunctions } from '../sim/math-fingerprint.js';

export interface MathReport {
  /** Hash of each function's result bits. */
  hashes: Record<FunctionName, string>;
  /** Result bits per function: high and low word of each result in turn. */
  words: Record<FunctionName, number[]>;
}

export function mathReport(fns: MathFunctions): MathReport {
  const bits = resultBits(fns);
  const hashes = {} as Record<FunctionName, string>;
  const words = {} as Record<FunctionName, number[]>;
  for (const name of FUNCTION_NAMES) {
    hashes[name] = hashWords(bits[name]);
    words[name] = Array.from(bits[name]);
  }
  return { hashes, words };
}

/** How many results differ between two reports, per function. */
export function differingResults(a: MathReport, b: MathReport): Record<FunctionName, number> {
  const out = {} as Record<FunctionName, number>;
  for (const name of FUNCTION_NAMES) {
    const x = a.words[name];
    const y = b.words[name];
    let n = 0;
    for (let i = 0; i < x.length; i += 2) if (x[i] !== y[i] || x[i + 1] !== y[i + 1]) n++;
    out[name] = n;
  }
  return out;
}
