/**
 * Named random streams: every source of randomness in a replication (a customer class's arrivals, a
 * task class's work content, a person's sick days...) draws from its own generator, derived from
 * (scenario seed, replication, stream name). Two scenario variants run on the same seed therefore see
 * the same customers, tasks and absences wherever their streams have the same names (common random
 * numbers), and one replication never depends on how many draws another made.
 *
 * Generator: seedrandom's Tyche-i (Neves and Araujo, 2011), chosen with bench/rng.ts
 * (`npx tsx bench/rng.ts`, Node 20, one core of a shared machine):
 *
 *   algorithm  draws/s   streams created/s   quality (seedrandom's notes)
 *   xor128     ~620 M      ~1.4 M            fails MatrixRank and LinearComp
 *   xorwow     ~500 M      ~1.1 M            fails CollisionOver, SimpPoker, LinearComp
 *   tychei     ~470 M      ~2.1 M            no systematic BigCrush failures
 *   xor4096    ~470 M      ~0.5 M            no systematic BigCrush failures
 *   xorshift7  ~300 M      ~0.8 M            no systematic BigCrush failures
 *   alea       ~170 M      ~0.6 M            passes BigCrush
 *   arc4       ~42 M       ~0.2 M            (the default) cryptographic-strength, slowest
 *
 * Tyche-i is the fastest generator without known statistical failures, the fastest to seed (a
 * replication creates one stream per class and per person), and keeps only four 32-bit words of state.
 * Its period (~2^127) is far beyond any simulation's needs. The xor-shift generators that are faster
 * fail standard test batteries, and ARC4 is about 11x slower.
 */
import seedrandom from 'seedrandom';

/**
 * A source of uniform random numbers in [0, 1). Streams from `createStream` return multiples of 2^-32
 * (32 random bits per call): 0 is possible (probability 2^-32), 1 never is. Consumers that take a
 * logarithm should use `1 - rng()`, which lies in (0, 1].
 */
export type Rng = () => number;

/**
 * The generator for one named stream of one replication. The same (seed, replication, name) always
 * yields the same sequence, in Node, in workers and in browsers; streams with different names or
 * replications are seeded from different keys and behave as independent.
 *
 * @param seed the scenario seed (a safe integer)
 * @param replication the replication index (a non-negative safe integer)
 * @param name the stream's name, e.g. `customer:sale` or `person:ana#1`; any string
 */
export function createStream(seed: number, replication: number, name: string): Rng {
  if (!Number.isSafeInteger(seed)) throw new Error(`invalid seed: ${seed}`);
  if (!Number.isSafeInteger(replication) || replication < 0) throw new Error(`invalid replication: ${replication}`);
  if (typeof name !== 'string') throw new Error(`invalid stream name: ${String(name)}`);
  return seedrandom.tychei(streamKey(seed, replication, name));
}

/**
 * The string a stream is seeded from. Integers never contain '/', so the first two fields end at the
 * first two slashes and distinct (seed, replication, name) triples always give distinct keys
 * (e.g. seed 1 replication 12 differs from seed 11 replication 2), whatever the name contains.
 */
export function streamKey(seed: number, replication: number, name: string): string {
  return `${seed}/${replication}/${name}`;
}
