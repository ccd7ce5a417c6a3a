/**
 * Micro-benchmark of src/sim/math.ts against the engine's Math.*: calls per second of log, exp,
 * cos, sin, pow and log1p on the arguments the simulator uses (log of 1 - u for a uniform u, as the
 * exponential and Box–Muller draws do; cos of 2πu; exp of a normal's range; pow(1 - u, cv²)).
 *
 *   npx tsx bench/math.ts              # every function, each side in its own child process
 *   npx tsx bench/math.ts log ours     # one side of one pair, in this process (ours | engine)
 *
 * Each side of each pair runs in a fresh process so that V8's call-site feedback from one function
 * cannot slow (or speed) another: in the simulator a call site only ever sees one function. Arguments come from a precomputed table (the same for both sides), so the
 * figure is the function's cost plus one typed-array load and an add; best of several rounds.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as det from '../src/sim/math.js';

const ROUNDS = 7;
const CALLS_PER_ROUND = 10_000_000;
const TABLE = 1 << 16; // arguments, cycled: fits in L2, so memory does not dominate

type Unary = (x: number) => number;
interface Pair {
  ours: Unary;
  engine: Unary;
  /** Argument i of TABLE, from a uniform u in (0, 1). */
  arg: (u: number, i: number) => number;
}

const PAIRS: Record<string, Pair> = {
  log: { ours: det.log, engine: Math.log, arg: (u) => 1 - u },
  exp: { ours: det.exp, engine: Math.exp, arg: (u) => 2 + 3 * (u - 0.5) }, // mu + sigma·z
  cos: { ours: det.cos, engine: Math.cos, arg: (u) => 2 * Math.PI * u },
  sin: { ours: det.sin, engine: Math.sin, arg: (u) => 2 * Math.PI * u },
  log1p: { ours: det.log1p, engine: Math.log1p, arg: (u) => u },
  // The gamma boost U^(1/shape) with shape < 1; the exponent varies so no call site sees a constant.
  pow: { ours: (x) => det.pow(x, 1.7), engine: (x) => Math.pow(x, 1.7), arg: (u) => 1 - u },
};

/** A fixed table of uniforms in (0, 1) from a 32-bit LCG: the same arguments on every run. */
function argumentTable(pair: Pair): Float64Array {
  const out = new Float64Array(TABLE);
  let state = 0x2545f491;
  for (let i = 0; i < TABLE; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = pair.arg((state + 0.5) / 2 ** 32, i);
  }
  return out;
}

/** Best (highest) calls/s over rounds: the least disturbed by other work on a shared machine. */
function callsPerSecond(fn: Unary, args: Float64Array): { rate: number; checksum: number } {
  let checksum = 0;
  const mask = TABLE - 1;
  // Warm up so the loop and the function are optimized before timing.
  for (let i = 0; i < 2_000_000; i++) checksum += fn(args[i & mask]!);
  let best = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    let sum = 0;
    for (let i = 0; i < CALLS_PER_ROUND; i++) sum += fn(args[i & mask]!);
    const seconds = (performance.now() - start) / 1000;
    checksum += sum; // keeps the loop observable so it cannot be removed
    best = Math.max(best, CALLS_PER_ROUND / seconds);
  }
  return { rate: best, checksum };
}

function measure(name: string, side: string): number {
  const pair = PAIRS[name];
  if (pair === undefined) throw new Error(`invalid function: ${name} (one of ${Object.keys(PAIRS).join(', ')})`);
  if (side !== 'ours' && side !== 'engine') throw new Error(`invalid side: ${side} (ours or engine)`);
  return callsPerSecond(side === 'ours' ? pair.ours : pair.engine, argumentTable(pair)).rate;
}

function measureInChild(self: string, name: string, side: string): number {
  const run = spawnSync(process.execPath, [...process.execArgv, self, name, side], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${name} ${side}: ${run.stderr}`);
  return Number(run.stdout.trim().split('\n').at(-1));
}

const [only, onlySide] = process.argv.slice(2);
if (only !== undefined) {
  console.log(String(measure(only, onlySide ?? 'ours')));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log(`calls/s, best of ${ROUNDS} rounds of ${CALLS_PER_ROUND / 1e6}M calls (node ${process.version})\n`);
  console.log('function   src/sim/math      Math.*   ours / Math.* (time per call)');
  for (const name of Object.keys(PAIRS)) {
    const ours = measureInChild(self, name, 'ours');
    const engine = measureInChild(self, name, 'engine');
    const fmt = (v: number): string => `${(v / 1e6).toFixed(1)}M`.padStart(10);
    console.log(`${name.padEnd(8)} ${fmt(ours)}  ${fmt(engine)}   ${(engine / ours).toFixed(2).padStart(8)}`);
  }
}
