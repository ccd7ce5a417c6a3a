/**
 * `npm run bench`: simulation throughput and memory, on one thread. It runs compiled (tsc, as the
 * CLI ships), since code run through tsx's on-the-fly transform measured about 15% slower here.
 *  - M/M/5 at rho 0.9 (scenarios/mm5.yaml, about 1 million customers): customers/s and events/s;
 *  - the 250-day reference office (scenarios/reference-office.yaml): seconds per replication, and
 *    peak memory of a 25-day and a 250-day run (memory must not grow with the horizon);
 *  - the reference office with a learning curve on every skill of every person (growth and fading,
 *    so every service start applies a fade and every end a step of the curve), against the same
 *    office without: the issue asks for at least 90% of the speed;
 *  - the cover-heavy office (scenarios/busy-lunch.yaml, every cover rule busy): events/s;
 *  - validating a hostile scenario file (20,000 skills of one person): seconds.
 * Each case runs a few times and reports the best, since a shared machine adds noise upward only.
 * Further sections (parallel runs, browser) are added by their own scripts, listed at the end.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runReplication } from '../src/sim/office/index.js';
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

if (process.argv[2] === '--probe') {
  runReplication(withDays(load('scenarios/reference-office.yaml'), Number(process.argv[3])), 0);
  console.log(process.resourceUsage().maxRSS / 1024);
  process.exit(0);
}

console.log(`office-sim benchmark (Node ${process.version}, one thread)`);

const mm5 = load('scenarios/mm5.yaml');
timed(mm5, 99); // warm the JIT on the full run
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
// Memory against the horizon: peak resident memory of a fresh process running 25 and 250 days.
const probe = (days: number) => {
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--probe', String(days)], { encoding: 'utf8' });
  return Number(r.stdout.trim());
};
line('reference office: peak memory, 25-day run', `${fmt(probe(25), 0)} MB`);
line('reference office: peak memory, 250-day run', `${fmt(probe(250), 0)} MB`);

// Learning on for every skill: the worst case, a fade at every service start and a curve step at every end.
function withLearning(s: Scenario): Scenario {
  const staff = s.staff.map((p) => ({
    ...p,
    learning: Object.fromEntries(
      Object.entries(p.skills).map(([skill, start]) => [
        skill,
        { curve: 'exponential' as const, target: 1, timeConstantHours: 40, exponent: 1, forgetting: { halfLifeDays: 60, floor: Math.min(0.3, start) } },
      ]),
    ),
  }));
  return { ...s, staff };
}
const learning = withLearning(reference);
timed(withDays(learning, 20), 99);
// Taking turns, so both see the same machine; best of five each.
// Both offices run replications 0-6 in turn; best of each. The curves change the office a little
// (experts fade below 1.0 at night and climb back by day), so events per second is shown as well.
let plain = { ms: Infinity, customers: 0, events: 0 };
let learned = { ms: Infinity, customers: 0, events: 0 };
for (let r = 0; r < 7; r++) {
  const a = timed(reference, r);
  if (a.ms < plain.ms) plain = a;
  const b = timed(learning, r);
  if (b.ms < learned.ms) learned = b;
}
line('reference office, learning on every skill', `${fmt(learned.ms / 1000, 3)} s per replication`);
line('reference office, learning off (same turns)', `${fmt(plain.ms / 1000, 3)} s per replication`);
line('learning on: speed relative to off (>= 90%)', `${fmt((100 * plain.ms) / learned.ms, 1)}% (events per second: ${fmt((100 * (learned.events / learned.ms)) / (plain.events / plain.ms), 1)}%)`);

const lunch = load('scenarios/busy-lunch.yaml');
const cover = best(3, (r) => timed(withDays(lunch, 250), r));
line('busy-lunch (cover-heavy), 250 days: per replication', `${fmt(cover.ms / 1000, 3)} s`);
line('busy-lunch: events per second', `${fmt(cover.events / cover.ms / 1000)} million`);

// Validation stays linear in the file's size: a person with 20,000 skills (about 390 KB), which took
// 18.7 s when yaml's unique-key check and the error positions compared every key with every other.
let manySkills = '';
for (let i = 0; i < 20_000; i++) manySkills += `    skill${i}: 0.5\n`;
const hostile = readFileSync('scenarios/default.yaml', 'utf8').replace(/^staff:\n/m, `staff:\n  - name: zed\n    home: front\n    skills:\n${manySkills}`);
let validateMs = Infinity;
for (let r = 0; r < 3; r++) {
  const start = performance.now();
  parseScenario(hostile, 'hostile.yaml');
  validateMs = Math.min(validateMs, performance.now() - start);
}
line(`validate a ${Math.round(hostile.length / 1000)} KB file with 20,000 skills`, `${fmt(validateMs / 1000, 2)} s`);
