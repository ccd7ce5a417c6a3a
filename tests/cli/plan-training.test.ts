/**
 * `office-sim plan-training`: the files it writes, the same bytes with one or two threads, resume
 * after an interruption, and bad input refused with the contract's exit codes before anything is
 * written (issue 10).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/sim/schema.js';
import { cli, readTree, startCli, tempDir, waitFor } from './helpers.js';

const LUNCH = 'tests/planning/fixtures/lunch-gap.yaml';
const dir = tempDir();

describe('plan-training', () => {
  it('writes plan.json (the --json output), frontier.csv, plans/<k>.yaml and the report; 1 and 2 threads give the same bytes', () => {
    const one = join(dir, 'one');
    const two = join(dir, 'two');
    const a = cli(['plan-training', LUNCH, '--max-trainings', '2', '-r', '12', '-t', '1', '--out', one, '--json', '--report', '-q']);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const b = cli(['plan-training', LUNCH, '--max-trainings', '2', '-r', '12', '-t', '2', '--out', two, '--json', '--report', '-q']);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const treeOne = readTree(one);
    const treeTwo = readTree(two);
    expect(Object.keys(treeOne).sort()).toEqual(['.office-sim', 'frontier.csv', 'manifest.json', 'plan.json', 'plans/1.yaml', 'report.html']);
    for (const f of ['plan.json', 'frontier.csv', 'plans/1.yaml', 'report.html']) expect(treeTwo[f]).toBe(treeOne[f]);

    const plan = JSON.parse(a.stdout);
    expect(plan).toMatchObject({ formatVersion: 1, objective: 'profit', direction: 'higher' });
    expect(plan.frontier).toHaveLength(1);
    const point = plan.frontier[0];
    expect(point.trainings).toEqual([{ person: 'bea', skill: 'front', proficiency: 0.7, cost: 500, people: 1 }]);
    expect(point.cost).toBe(500);
    expect(point.scenarioFile).toBe('plans/1.yaml');
    expect(Object.keys(point.metrics['profit']).sort()).toEqual(['ci95', 'mean', 'n', 'sd']);
    expect(Object.keys(point.differences['front.waitMean']).sort()).toEqual(['ci95', 'mean', 'significant']);
    expect(point.paybackDays.status).toBe('pays');
    expect(point.paybackDays.mean).toBeGreaterThan(0);
    expect(point.contributions).toHaveLength(1);

    // The plan file is a valid scenario with bea at the counter, ready for run and compare.
    const parsed = parseScenario(treeOne['plans/1.yaml']!, 'plans/1.yaml');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.scenario.staff.find((p) => p.name === 'bea')!.skills).toEqual({ files: 1, front: 0.7 });
    // On the replications the plan was reported on (the search gave it more than -r asked for).
    const compared = cli(['compare', LUNCH, join(one, 'plans/1.yaml'), '-r', String(plan.replications), '--json', '-q']);
    expect(compared.code).toBe(0);
    const profit = JSON.parse(compared.stdout).metrics.profit.differences[0];
    expect(profit.mean).toBeCloseTo(point.differences.profit.mean, 6);

    expect(treeOne['frontier.csv']!.split('\n')[0]).toMatch(/^step,trainings,new_skills,one_off_cost,objective,profit_mean,profit_difference,/);
    expect(treeOne['report.html']).toContain('office-training-frontier');
    expect(treeOne['report.html']).toContain('office-training-contributions');
    const manifest = JSON.parse(treeOne['manifest.json']!);
    expect(manifest.command).toBe('plan-training');
    expect(Object.keys(manifest.files).sort()).toEqual(['frontier.csv', 'plan.json', 'plans/1.yaml', 'report.html']);
  });

  it('interrupted (SIGINT) exits 3 with every evaluation saved; the same command finishes with the same files', async () => {
    const reference = join(dir, 'reference');
    const args = ['plan-training', 'scenarios/default.yaml', '--max-trainings', '2', '-r', '10', '-t', '1', '-q'];
    expect(cli([...args, '--out', reference]).code).toBe(0);
    const out = join(dir, 'stopped');
    const job = startCli([...args, '--out', out]);
    const log = (): number => {
      try {
        const partial = join(out, '.partial');
        return readdirSync(partial).reduce((n, key) => n + readFileSync(join(partial, key, 'evaluations.jsonl'), 'utf8').split('\n').length - 1, 0);
      } catch {
        return 0;
      }
    };
    await waitFor(() => log() >= 50, 30_000, 'saved evaluations');
    job.kill('SIGINT');
    const stopped = await job.done;
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toMatch(/interrupted by SIGINT: every evaluated plan is saved in .*; run the same command again to resume/);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    const saved = log();
    const resumed = cli([...args, '--out', out]);
    expect(resumed.code).toBe(0);
    const tree = readTree(out);
    const ref = readTree(reference);
    // Only the counts of computed and reused replications differ.
    const strip = (text: string): unknown => {
      const value = JSON.parse(text);
      delete value.search.replicationsComputed;
      delete value.search.replicationsReused;
      return value;
    };
    expect(strip(tree['plan.json']!)).toEqual(strip(ref['plan.json']!));
    expect(tree['frontier.csv']).toBe(ref['frontier.csv']);
    expect(JSON.parse(tree['plan.json']!).search.replicationsReused).toBeGreaterThanOrEqual(saved > 0 ? 1 : 0);
    expect(existsSync(join(out, '.partial'))).toBe(false);
  });

  it('refuses bad input with a clear error and writes nothing', () => {
    const cases: [string[], number, RegExp][] = [
      [['--candidates', 'zoe:front'], 2, /--candidates: unknown person "zoe"; the people are ana, bea, carl, dan/],
      [['--candidates', 'bea:counter'], 2, /--candidates: unknown skill "counter": the skills some work needs are front, files/],
      [['--max-trainings', '-1'], 2, /invalid --max-trainings: -1 \(a whole number, 0 or more\)/],
      [['--max-cost', '-5'], 2, /invalid --max-cost: -5 \(an amount, 0 or more\)/],
      [['--objective', 'happiness'], 2, /--objective: "happiness" is not a metric of this office/],
      [['--objective', 'utilization.front'], 2, /has no better direction/],
      [['--candidates', 'bea:files'], 2, /--candidates: no training to consider/],
    ];
    for (const [extra, code, message] of cases) {
      const out = join(dir, `bad-${code}-${extra.join('_').replace(/[^a-z0-9]/gi, '')}`);
      const r = cli(['plan-training', LUNCH, ...extra, '--out', out, '-q']);
      expect(r.code, extra.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      expect(existsSync(out), `${out} must not be created`).toBe(false);
    }
    const missingOut = cli(['plan-training', LUNCH]);
    expect(missingOut.code).toBe(2);
    expect(missingOut.stderr).toMatch(/--out/);
  });

  it('refuses a planning section naming an unknown person or skill, or a non-metric objective (exit 1, file and path named)', () => {
    const file = join(dir, 'bad-planning.yaml');
    const text = readFileSync(LUNCH, 'utf8');
    writeFileSync(file, `${text}planning:\n  training:\n    objective: happiness\n    candidates:\n      people: [zoe]\n      pairs: [ { person: bea, skill: counter } ]\n`);
    const out = join(dir, 'bad-planning-out');
    const r = cli(['plan-training', file, '--out', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/planning\.training\.candidates\.people\[0\]: unknown person "zoe"/);
    expect(r.stderr).toMatch(/planning\.training\.candidates\.pairs\[0\]\.skill: unknown skill "counter"/);
    expect(existsSync(out)).toBe(false);
    // The objective is checked once the file is valid otherwise.
    writeFileSync(file, `${text}planning:\n  training:\n    objective: happiness\n    maxTrainings: -2\n`);
    const r2 = cli(['plan-training', file, '--out', out, '-q']);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/maxTrainings/);
    writeFileSync(file, `${text}planning:\n  training:\n    objective: happiness\n`);
    const r3 = cli(['plan-training', file, '--out', out, '-q']);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/planning\.training\.objective: "happiness" is not a metric of this office/);
    expect(existsSync(out)).toBe(false);
  });

  it('uses the planning section of the file, and a report of its directory is refused with a pointer', () => {
    const file = join(dir, 'with-planning.yaml');
    writeFileSync(file, `${readFileSync(LUNCH, 'utf8')}planning:\n  training:\n    maxTrainings: 1\n    objective: front.waitMean\n    candidates: { people: [carl, dan] }\n`);
    const out = join(dir, 'with-planning-out');
    const r = cli(['plan-training', file, '-r', '10', '--out', out, '--json', '-q']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.objective).toBe('front.waitMean');
    expect(plan.direction).toBe('lower');
    expect(plan.candidates.map((c: { person: string }) => c.person)).toEqual(['carl', 'dan']);
    expect(plan.frontier.flatMap((p: { trainings: { person: string }[] }) => p.trainings.map((t) => t.person))).not.toContain('dan');
    const report = cli(['report', out, '--out', join(dir, 'r.html')]);
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/output of plan-training/);
  });
});
