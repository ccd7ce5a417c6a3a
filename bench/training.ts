/**
 * The cross-training planner at benchmark scale (issue 10, "Proof" and "Benchmark"):
 *
 * 1. The six-role flexibility office (scenarios/flex-dedicated.yaml), objective mean wait, budget 18
 *    new skills, trained at proficiency 1 as in flex-chain.yaml: `office-sim plan-training` on 2
 *    threads, timed (target: at most 3 minutes on a 2-core machine), with the replications spent and
 *    what screening saved.
 * 2. The plan found against the chain (flex-chain.yaml, the same 18 skills as Jordan and Graves'
 *    long chain) and against 20 random 18-skill plans (18 distinct (member, skill) pairs drawn with
 *    a fixed seed), each a paired comparison on common random numbers over 200 replications, and the
 *    structure found (which role each team learned; a single cycle through all six is the long chain).
 *
 *   npx tsx bench/training.ts            # the whole benchmark
 *   npx tsx bench/training.ts 100        # fewer replications for the comparisons
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { pairedDifference } from '../src/analysis/statistics.js';
import type { TrainingPlanJson } from '../src/planning/training/result.js';
import { compileOffice } from '../src/sim/office/index.js';
import type { Person, Scenario } from '../src/sim/scenario.js';
import { parseScenario } from '../src/sim/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const replications = Number(process.argv[2] ?? 200);
const KEY = 'front.waitMean';

const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) process.stderr.write(`build:cli reported errors:\n${build.stdout}${build.stderr}\n`);

function load(file: string): Scenario {
  const parsed = parseScenario(readFileSync(join(root, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.scenario;
}

const line = (label: string, value: string): void => console.log(`${label.padEnd(52)} ${value}`);

// 1. The search, as users run it.
const out = mkdtempSync(join(tmpdir(), 'office-sim-bench-training-'));
const args = ['dist/cli/main.js', 'plan-training', 'scenarios/flex-dedicated.yaml', '--objective', KEY, '--max-trainings', '18', '--proficiency', '1', '-t', '2', '--out', out, '--json', '--quiet'];
const t0 = performance.now();
const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
const seconds = (performance.now() - t0) / 1000;
if (r.status !== 0) throw new Error(`plan-training exited ${r.status}: ${r.stderr}`);
const plan = JSON.parse(r.stdout) as TrainingPlanJson;
rmSync(out, { recursive: true, force: true });
const s = plan.search;
console.log('Training planner: flex-dedicated, mean wait, 18 new skills, proficiency 1, 2 threads');
line('wall time', `${seconds.toFixed(1)} s (target <= 180 s)`);
line('replications computed', `${s.replicationsComputed} over ${s.plansEvaluated} plans`);
line('without screening (every plan at the most replications)', `${s.replicationsWithoutScreening} (screening used ${((100 * s.replicationsComputed) / s.replicationsWithoutScreening).toFixed(0)}%)`);
line('dropped by a paired bound / by sequential halving', `${s.droppedByBound} / ${s.droppedByHalving}`);
for (const [i, p] of plan.frontier.entries()) {
  const d = p.differences[KEY]!;
  line(`step ${i + 1}: ${p.trainings.map((t) => `${t.person}:${t.skill}`).join(' ')}`, `${d.mean!.toFixed(2)} min (${d.ci95![0].toFixed(2)} to ${d.ci95![1].toFixed(2)}); KN ${p.selection.resolved ? 'resolved' : 'capped'} among ${p.selection.contenders}`);
}
const best = plan.frontier[plan.frontier.length - 1]!;

// The structure: team i learned role j; follow the arrows.
const learned = new Map(best.trainings.map((t) => [Number(t.person.replace('team', '')), Number(t.skill.replace('role', ''))]));
const cycles: number[][] = [];
const seen = new Set<number>();
for (const start of [...learned.keys()].sort()) {
  if (seen.has(start)) continue;
  const path = [start];
  seen.add(start);
  let at = learned.get(start);
  while (at !== undefined && !seen.has(at)) {
    path.push(at);
    seen.add(at);
    at = learned.get(at);
  }
  cycles.push(path);
}
line('structure (team i learns role j: i -> j)', cycles.map((c) => c.join(' -> ')).join(' | ') + (cycles.length === 1 && cycles[0]!.length === 6 && learned.get(cycles[0]![5]!) === cycles[0]![0] ? '  (one cycle through all six roles: a long chain)' : ''));

// 2. Paired comparisons on common random numbers.
const dedicated = load('scenarios/flex-dedicated.yaml');
const withSkills = (pairs: readonly (readonly [member: string, skill: string])[]): Scenario => {
  const add = new Map<string, Record<string, number>>();
  for (const [m, k] of pairs) add.set(m, { ...(add.get(m) ?? {}), [k]: 1 });
  return { ...dedicated, staff: dedicated.staff.map((p): Person => (add.has(p.name) ? { ...p, skills: { ...p.skills, ...add.get(p.name)! } } : p)) };
};
const members = dedicated.staff.map((p) => p.name);
const found = withSkills(best.trainings.flatMap((t) => members.filter((m) => m.startsWith(`${t.person}#`)).map((m) => [m, t.skill] as const)));
const chain = load('scenarios/flex-chain.yaml');
const rng = seedrandom('bench-training-random-plans');
const roles = ['role1', 'role2', 'role3', 'role4', 'role5', 'role6'];
const randomPlans = Array.from({ length: 20 }, () => {
  const all = dedicated.staff.flatMap((p) => roles.filter((k) => !(k in p.skills)).map((k) => [p.name, k] as const));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return withSkills(all.slice(0, 18));
});
const waits = (scenario: Scenario): number[] => {
  const office = compileOffice({ ...scenario, seed: dedicated.seed });
  return Array.from({ length: replications }, (_, rep) => office.run(rep).metrics[KEY]!);
};
const foundWaits = waits(found);
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`\nPaired comparisons, ${replications} replications, mean wait of the plan found: ${mean(foundWaits).toFixed(2)} min (dedicated ${mean(waits(dedicated)).toFixed(2)})`);
const vs = (label: string, other: number[]): boolean => {
  const d = pairedDifference(other, foundWaits);
  line(`found - ${label}`, `${d.mean!.toFixed(3)} min (95% CI ${d.ci95![0].toFixed(3)} to ${d.ci95![1].toFixed(3)})${d.significant ? (d.mean! < 0 ? ', better' : ', worse') : ', not significant'}`);
  return d.mean! < 0 && d.significant;
};
const chainWaits = waits(chain);
const chainDiff = pairedDifference(chainWaits, foundWaits);
vs(`flex-chain (${mean(chainWaits).toFixed(2)} min)`, chainWaits);
line('not significantly worse than the chain', chainDiff.ci95![0] <= 0 ? 'yes' : 'NO');
let better = 0;
randomPlans.forEach((p, i) => {
  const w = waits(p);
  if (vs(`random plan ${i + 1} (${mean(w).toFixed(2)} min)`, w)) better++;
});
line('better than random 18-skill plans (significant)', `${better} of 20`);
