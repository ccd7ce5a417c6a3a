/**
 * Micro-benchmark of the seedrandom generators, to choose the one behind src/sim/streams.ts.
 *
 *   npx tsx bench/rng.ts            # every algorithm, each in its own child process
 *   npx tsx bench/rng.ts alea       # one algorithm, in this process
 *
 * Each algorithm runs in a fresh process so that V8's call-site feedback from one generator cannot
 * slow (or speed) the next: in the simulator a draw site only ever sees the one chosen generator.
 *
 * Two figures per algorithm:
 * - draws/s: calls of `prng()` (the default uniform in [0, 1)) in a tight loop, best of several rounds;
 * - streams/s: generators created from a key like the ones createStream builds (one replication
 *   creates one stream per customer class, task class and person, so seeding cost counts too).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';

const ALGORITHMS = ['alea', 'xor128', 'xorwow', 'xorshift7', 'xor4096', 'tychei', 'arc4'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

const DRAWS_PER_ROUND = 20_000_000;
const ROUNDS = 5;
const STREAMS_PER_ROUND = 20_000;

function factory(algorithm: Algorithm): (seed: string) => () => number {
  switch (algorithm) {
    case 'arc4':
      return (seed) => seedrandom(seed);
    default:
      return (seed) => seedrandom[algorithm](seed);
  }
}

/** Best (highest) rate over rounds: the least disturbed by other work on a shared machine. */
function bestRate(rounds: number, work: () => number): number {
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const n = work();
    const seconds = (performance.now() - start) / 1000;
    best = Math.max(best, n / seconds);
  }
  return best;
}

function measure(algorithm: Algorithm): { drawsPerSecond: number; streamsPerSecond: number; checksum: number } {
  const make = factory(algorithm);
  const rng = make('42/0/customer:sale');
  let checksum = 0;
  // Warm up so the loop and the generator are optimized before timing.
  for (let i = 0; i < 1_000_000; i++) checksum += rng();
  const drawsPerSecond = bestRate(ROUNDS, () => {
    let sum = 0;
    for (let i = 0; i < DRAWS_PER_ROUND; i++) sum += rng();
    checksum += sum; // keeps the loop observable so it cannot be removed
    return DRAWS_PER_ROUND;
  });
  const streamsPerSecond = bestRate(ROUNDS, () => {
    for (let i = 0; i < STREAMS_PER_ROUND; i++) checksum += make(`42/${i}/person:ana#${i & 7}`)();
    return STREAMS_PER_ROUND;
  });
  return { drawsPerSecond, streamsPerSecond, checksum };
}

function format(rate: number): string {
  return `${(rate / 1e6).toFixed(2)} M/s`;
}

const requested = process.argv[2];
if (requested !== undefined) {
  if (!(ALGORITHMS as readonly string[]).includes(requested)) {
    throw new Error(`invalid algorithm: ${requested} (one of ${ALGORITHMS.join(', ')})`);
  }
  const result = measure(requested as Algorithm);
  console.log(JSON.stringify({ algorithm: requested, ...result }));
} else {
  const self = fileURLToPath(import.meta.url);
  const rows: { algorithm: string; drawsPerSecond: number; streamsPerSecond: number }[] = [];
  for (const algorithm of ALGORITHMS) {
    const child = spawnSync(process.execPath, [...process.execArgv, self, algorithm], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`benchmark of ${algorithm} failed:\n${child.stderr}`);
    const lines = child.stdout.trim().split('\n');
    rows.push(JSON.parse(lines[lines.length - 1]!));
  }
  const fastest = Math.max(...rows.map((r) => r.drawsPerSecond));
  console.log(`node ${process.version}; ${DRAWS_PER_ROUND.toLocaleString('en')} draws x ${ROUNDS} rounds, best round`);
  console.log('algorithm   draws/s      relative   streams created/s');
  for (const r of rows) {
    console.log(
      `${r.algorithm.padEnd(11)} ${format(r.drawsPerSecond).padEnd(12)} ${(r.drawsPerSecond / fastest).toFixed(2).padStart(8)}   ${format(r.streamsPerSecond)}`,
    );
  }
}
