/**
 * `npm run bench`: simulation throughput and memory, on one thread.
 *  - M/M/5 at rho 0.9 (scenarios/mm5.yaml, about 1 million customers): customers/s and events/s;
 *  - the 250-day reference office (scenarios/reference-office.yaml): seconds per replication, and
 *    heap after a 25-day and a 250-day run (memory must not grow with the horizon);
 *  - the cover-heavy office (scenarios/busy-lunch.yaml, every cover rule busy): events/s.
 * Each case runs a few times and reports the best, since a shared machine adds noise upward only.
 * Further sections (parallel runs, browser) are added by their own scripts, listed at the end.
 */
import { readFileSync } from 'node:fs';
import { runReplication } from '../src/sim/office.js';
import { parseScenario } from '../src/sim/schema.js';
import type { Scenario } from '../src/sim/scenario.js';

function load(file: string): Scenario {
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.scenario;
}

function withDays(s: Scenario, days: number): Scenario {
  return { ...s, calendar: { ...s.calendar, days } };
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapMB(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function best(runs: number, f: (r: number) => { ms: number; customers: number; events: number }) {
  let top = { ms: Infinity, customers: 0, events: 0 };
  for (let r = 0; r < runs; r++) {
    const x = f(r);
    if (x.ms < top.ms) top = x;
  }
  return top;
}

function timed(s: Scenario, r: number) {
  const t0 = performance.now();
  const result = runReplication(s, r);
  const ms = performance.now() - t0;
  return { ms, customers: result.metrics['front.arrivals']!, events: result.events };
}

const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);
const fmt = (x: number, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

console.log(`office-sim benchmark (Node ${process.version}, one thread)${gc ? '' : ' [run with --expose-gc for memory figures]'}`);

const mm5 = load('scenarios/mm5.yaml');
timed(withDays(mm5, 100), 99); // warm the JIT
const m = best(3, (r) => timed(mm5, r));
line('M/M/5 rho 0.9: customers', fmt(m.customers, 0));
line('M/M/5 rho 0.9: customers per second', `${fmt(m.customers / m.ms / 1000)} million`);
line('M/M/5 rho 0.9: events per second', `${fmt(m.events / m.ms / 1000)} million`);
line('M/M/5 rho 0.9: wall time', `${fmt(m.ms, 0)} ms`);

const reference = load('scenarios/reference-office.yaml');
timed(withDays(reference, 20), 99);
const ref = best(3, (r) => timed(reference, r));
line('reference office, 250 days: per replication', `${fmt(ref.ms / 1000, 3)} s`);
line('reference office: events per second', `${fmt(ref.events / ref.ms / 1000)} million`);
const before = heapMB();
let peakShort = 0;
let peakLong = 0;
{
  const r = runReplication(withDays(reference, 25), 0);
  peakShort = heapMB() - before;
  void r;
}
{
  const r = runReplication(reference, 0);
  peakLong = heapMB() - before;
  void r;
}
line('reference office: heap held by a 25-day result', `${fmt(peakShort, 1)} MB`);
line('reference office: heap held by a 250-day result', `${fmt(peakLong, 1)} MB`);
line('process peak resident memory', `${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);

const lunch = load('scenarios/busy-lunch.yaml');
const cover = best(3, (r) => timed(withDays(lunch, 250), r));
line('busy-lunch (cover-heavy), 250 days: per replication', `${fmt(cover.ms / 1000, 3)} s`);
line('busy-lunch: events per second', `${fmt(cover.events / cover.ms / 1000)} million`);
