/**
 * The staffing planner's figures (issue 11), not tests:
 * 1. shift design (the covering MIP, HiGHS) for a week of 15-minute slots (7 days x 48 slots, 08:00-20:00)
 *    with 40 shift templates (lengths 5, 7, 8 and 10 hours, starts every 30 minutes; a break window on the
 *    longer ones, so about 240 columns a day), each weekday its own profile; target under 5 s in Node;
 * 2. the whole loop (`office-sim plan-staff`, compiled CLI) on scenarios/reference-office.yaml with 2
 *    threads; target under 2 minutes.
 *
 *   npx tsx bench/staffing.ts            # both
 *   npx tsx bench/staffing.ts design     # only the first
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { slotStaffing, type Requirements } from '../src/planning/staffing/requirements.js';
import { shiftRules } from '../src/planning/staffing/rules.js';
import { designShifts, shiftTemplates, shiftVariants } from '../src/planning/staffing/shift-design.js';
import { loadSolver } from '../src/planning/staffing/solver.js';
import { buildScenario } from '../tests/sim/build-scenario.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

async function design(): Promise<void> {
  const office = buildScenario({ calendar: { open: 480, close: 1200 } });
  const rules = shiftRules(
    { slotMinutes: 15, startEvery: 30, lengths: [300, 420, 480, 600], breaks: [{ after: 180, within: 120, minutes: 30, fromLength: 420 }], maxHoursPerWeek: 40 },
    office,
  );
  const templates = shiftTemplates(rules);
  const columns = templates.reduce((n, t) => n + shiftVariants(t, rules.breaks, 15).length, 0);
  const slots = Array.from({ length: 48 }, (_, i) => ({ start: 480 + 15 * i, minutes: 15 }));
  const rng = seedrandom('week');
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  // A two-peak day (late morning, early evening), scaled per weekday, through Erlang C at 80% in 20 s.
  const perSlot = days.map((_, d) =>
    slots.map((slot) => {
      const h = slot.start / 60;
      const calls = (40 + 90 * Math.exp(-((h - 11) ** 2) / 3) + 70 * Math.exp(-((h - 17.5) ** 2) / 2)) * (d >= 5 ? 0.6 : 1 + 0.1 * rng());
      return slotStaffing(calls, 15, 4, { withinMinutes: 1 / 3, fraction: 0.8 }).servers;
    }),
  );
  const req = { slotMinutes: 15, slots, days, skills: [], shrinkage: { sick: 0, interruptions: 0, total: 0 }, target: { withinMinutes: 1 / 3, fraction: 0.8 } } as unknown as Requirements;
  const solver = await loadSolver();
  const need = { front: { perSlot, backLoad: perSlot.map((d) => d.map(() => 0)), window: 48 } };
  const t0 = performance.now();
  const result = designShifts(solver, req, need, rules, { front: 20 });
  const seconds = (performance.now() - t0) / 1000;
  const people = result.shifts.reduce((s, k) => s + k.count, 0);
  line('shift design, week of 15-min slots', `${seconds.toFixed(2)} s (${templates.length} templates, ${columns * 7} columns, ${48 * 7} slots; ${people} shifts, wages ${Math.round(result.costPerDay * 7)} a week)`);
}

function loop(): void {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) process.stderr.write(`build:cli reported errors:\n${build.stdout}${build.stderr}\n`);
  const out = `${root}/dist-bench/staffing-reference`;
  const args = ['dist/cli/main.js', 'plan-staff', 'scenarios/reference-office.yaml', '--threads', '2', '--out', out, '--force'];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`plan-staff exited ${r.status}: ${r.stderr}`);
  const rounds = r.stderr.split('\n').filter((l) => /^round \d+: wages/.test(l));
  line('plan-staff reference office (30 replications, 2 threads)', `${seconds.toFixed(1)} s, ${rounds.length} rounds`);
  for (const l of rounds) console.log(`  ${l}`);
}

await design();
if (process.argv[2] !== 'design') loop();
