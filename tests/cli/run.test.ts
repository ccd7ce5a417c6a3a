/** `run`: the JSON contract, thread-count independence, the table, and the output directory. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, canonicalScenarioJson } from '../../src/sim/schema.js';
import type { RunJson } from '../../src/analysis/run-output.js';
import { cli, readTree, SMALL, SMALL_CROSS, tempDir } from './helpers.js';

function scenarioHash(file: string, overrides: { seed?: number; replications?: number } = {}): string {
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error('fixture invalid');
  const scenario = { ...parsed.scenario, ...overrides };
  return createHash('sha256').update(canonicalScenarioJson(scenario)).digest('hex');
}

describe('run --json', () => {
  const one = cli(['run', SMALL, '--json', '--threads', '1', '--replications', '6', '--seed', '5']);
  const two = cli(['run', SMALL, '--json', '--threads', '2', '--replications', '6', '--seed', '5']);

  it('prints exactly the contract: formatVersion, scenario, hash, seed, replications, days, metrics', () => {
    expect(one.code, one.stderr).toBe(0);
    const out = JSON.parse(one.stdout) as RunJson;
    expect(Object.keys(out)).toEqual(['formatVersion', 'scenario', 'scenarioHash', 'seed', 'replications', 'days', 'metrics']);
    expect(out).toMatchObject({ formatVersion: 1, scenario: 'Small office', seed: 5, replications: 6, days: 2 });
    expect(out.scenarioHash).toBe(scenarioHash(SMALL, { seed: 5, replications: 6 }));
    for (const key of ['front.arrivals', 'front.waitMean', 'back.completed', 'profit', 'cost.total', 'staff.ana.utilization']) {
      expect(out.metrics, key).toHaveProperty(key);
    }
    const arrivals = out.metrics['front.arrivals']!;
    expect(Object.keys(arrivals)).toEqual(['mean', 'sd', 'ci95', 'n']);
    expect(arrivals.n).toBe(6);
    expect(arrivals.ci95![0]).toBeLessThan(arrivals.mean!);
    expect(arrivals.ci95![1]).toBeGreaterThan(arrivals.mean!);
  });

  it('gives byte-identical output on one thread (in process) and on a pool of two', () => {
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints one result per file for several files, each as a single-file run would', () => {
    const r = cli(['run', SMALL, SMALL_CROSS, '--json', '--replications', '6', '--seed', '5', '--threads', '2']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { formatVersion: number; results: RunJson[] };
    expect(out.formatVersion).toBe(1);
    expect(out.results.map((x) => x.scenario)).toEqual(['Small office', 'Small office, cross-trained']);
    expect(out.results[0]).toEqual(JSON.parse(one.stdout));
  });

  it('keeps data off stderr when it is not a terminal: no progress bar', () => {
    expect(one.stderr).toBe('');
  });
});

describe('run (table)', () => {
  it('prints each metric with unit, mean, sd and CI, aligned, and the Erlang baseline', () => {
    const r = cli(['run', SMALL, '--replications', '4', '--threads', '1']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`Small office  (${SMALL})`);
    expect(lines[1]).toMatch(/^seed 11 · 4 replications of 2 days · scenario [0-9a-f]{12}$/);
    const header = lines.find((l) => l.startsWith('metric'))!;
    expect(header).toMatch(/^metric\s+unit\s+mean\s+sd\s+95% CI/);
    const wait = lines.find((l) => l.startsWith('front.waitMean '))!;
    expect(wait).toMatch(/^front\.waitMean\s+min\s+[\d.]+\s+[\d.]+\s+[−\d.]+ – [\d.]+$/);
    // The last column is right-aligned: every row of the table ends where the rule under the header does.
    const rule = lines[lines.indexOf(header) + 1]!;
    const arrivals = lines.find((l) => l.startsWith('front.arrivals '))!;
    expect(wait.length).toBe(rule.length);
    expect(arrivals.length).toBe(rule.length);
    expect(r.stdout).toContain('Erlang baseline');
    expect(r.stdout).toMatch(/\nsale\s+Erlang C /);
  });
});

describe('run --out', () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  const first = cli(['run', SMALL, '--replications', '5', '--out', out, '--json', '--threads', '2']);

  it('writes summary.json (the stdout JSON), summary.csv, replications.csv, units and a manifest', () => {
    expect(first.code, first.stderr).toBe(0);
    const tree = readTree(out);
    expect(Object.keys(tree).sort()).toEqual([
      '.office-sim',
      'manifest.json',
      'replications.csv',
      'summary.csv',
      'summary.json',
      'units/1-small-office/results.jsonl',
      'units/1-small-office/scenario.json',
    ]);
    expect(tree['summary.json']).toBe(first.stdout);
    const replications = tree['replications.csv']!.trim().split('\n');
    expect(replications).toHaveLength(1 + 5);
    expect(replications[0]!.startsWith('scenario,replication,front.arrivals,')).toBe(true);
    expect(replications[1]!.startsWith('Small office,0,')).toBe(true);
    const summary = tree['summary.csv']!.trim().split('\n');
    expect(summary[0]).toBe('scenario,metric,label,unit,mean,sd,ci95_low,ci95_high,n');
    const metrics = (JSON.parse(first.stdout) as RunJson).metrics;
    expect(summary).toHaveLength(1 + Object.keys(metrics).length);
    const wait = summary.find((l) => l.startsWith('Small office,front.waitMean,'))!.split(',');
    const m = metrics['front.waitMean']!;
    expect(wait).toEqual(['Small office', 'front.waitMean', 'Mean wait at the counter', 'minutes', ...[m.mean, m.sd, m.ci95![0], m.ci95![1], m.n].map(String)]);
    expect(tree['units/1-small-office/results.jsonl']!.trim().split('\n')).toHaveLength(5);
    expect(JSON.parse(tree['manifest.json']!)).toMatchObject({ command: 'run', shard: null, units: [{ id: '1-small-office', replications: 5 }] });
  });

  it('reuses the results of a finished output when rerun, and rewrites it identically', () => {
    const before = readTree(out);
    const again = cli(['run', SMALL, '--replications', '5', '--out', out, '--json', '--threads', '2']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`reused 5 saved replications from ${out}`);
    expect(readTree(out)).toEqual(before);
  });
});

describe('run with learning curves (issue 15)', () => {
  const dir = tempDir();
  const file = 'scenarios/first-month.yaml';
  const r = cli(['run', file, '--replications', '4', '--threads', '2', '--out', join(dir, 'out'), '--json']);

  it('adds the learning day series to the JSON and learning.csv to the output directory, listed in the manifest', () => {
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as RunJson;
    expect(Object.keys(out)).toEqual(['formatVersion', 'scenario', 'scenarioHash', 'seed', 'replications', 'days', 'metrics', 'learning']);
    const cara = out.learning!['Cara']!['front']!;
    expect(cara.start).toBe(0.5);
    expect(cara.target).toBe(1);
    expect(cara.proficiencyByDay).toHaveLength(30);
    expect(Object.keys(cara.proficiencyByDay[0]!)).toEqual(['mean', 'sd', 'ci95', 'n']);
    expect(out.learning!['Dev']!['front']!.target).toBe(1);
    for (const key of ['learning.Cara.front.proficiencyEnd', 'learning.Cara.front.daysTo90', 'learning.Cara.front.practiceMinutes']) expect(out.metrics).toHaveProperty(key);
    const tree = readTree(join(dir, 'out'));
    const csv = tree['learning.csv']!.trim().split('\n');
    expect(csv[0]).toBe('scenario,person,skill,start,target,day,proficiency_mean,sd,ci95_low,ci95_high,n');
    // A header, then 30 days of each curve: Cara's and Dev's counter skill.
    expect(Object.keys(out.learning!).flatMap((person) => Object.keys(out.learning![person]!))).toEqual(['front', 'front']);
    expect(csv).toHaveLength(1 + 30 * 2);
    expect(csv[1]!.startsWith("Cara's first month,Cara,front,0.5,1,1,")).toBe(true);
    expect(JSON.parse(tree['manifest.json']!).files).toHaveProperty(['learning.csv']);
    expect(JSON.parse(tree['summary.json']!)).toEqual(out);
  });

  it('writes no learning.csv and no learning key for an office without curves', () => {
    const plain = cli(['run', SMALL, '--replications', '3', '--threads', '1', '--out', join(dir, 'plain'), '--json']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('learning');
    expect(readTree(join(dir, 'plain'))).not.toHaveProperty(['learning.csv']);
  });
});
