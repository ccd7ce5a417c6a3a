/**
 * The browser side of tests/e2e/determinism.test.ts (bundled by tests/e2e/math-determinism.ts):
 * puts `mathDeterminism` on the page, which evaluates src/sim/math.ts and the engine's Math.* on
 * the fingerprint inputs and returns the result bits and hashes.
 */
import * as deterministic from '../../src/sim/math.js';
import { mathReport, type MathReport } from './math-report.js';

declare global {
  var mathDeterminism: { ours(): MathReport; engine(): MathReport; userAgent: string };
}

globalThis.mathDeterminism = {
  ours: () => mathReport(deterministic),
  engine: () => mathReport(Math),
  userAgent: navigator.userAgent,
};
