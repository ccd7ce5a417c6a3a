/**
 * `office-sim plan-staff`: the output directory (files, manifest, atomic, never someone else's),
 * results independent of --threads, the designed office runnable, and bad input refused with a
 * clear error naming the slots or skills and nothing written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, tempDir } from './helpers.js';

const PLAN = `${FIXTURES}/plan-small.yaml`;
const dir = tempDir();

function variant(name: string, edit: (text: string) => string): string {
  const path = join(dir, name);
  writeFileSync(path, edit(readFileSync(PLAN, 'utf8')));
  return path;
}

describe('plan-staff', () => {
  it('writes staffing.json, the CSVs, office.yaml and the report, the same on 1 and 2 threads', () => {
    const one = join(dir, 'one');
    const two = join(dir, 'two');
    const a = cli(['plan-staff', PLAN, '-t', '1', '--out', one, '--json', '--report', '-q']);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const b = cli(['plan-staff', PLAN, '-t', '2', '--out', two, '--json', '-q']);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const json = JSON.parse(a.stdout) as Record<string, unknown>;
    for (const key of ['formatVersion', 'slotMinutes', 'requirements', 'shifts', 'roster', 'hires', 'cost', 'today', 'rounds', 'scenarioFile']) {
      expect(json).toHaveProperty(key);
    }
    expect(readFileSync(join(one, 'staffing.json'), 'utf8')).toBe(a.stdout);
    const manifest = JSON.parse(readFileSync(join(one, 'manifest.json'), 'utf8')) as { command: string; files: Record<string, string> };
    expect(manifest.command).toBe('plan-staff');
    expect(Object.keys(manifest.files).sort()).toEqual(['office.yaml', 'report.html', 'requirements.csv', 'roster.csv', 'shifts.csv', 'staffing.json']);
    expect(readFileSync(join(one, 'requirements.csv'), 'utf8')).toMatch(/^day,start,skill,erlang,final,scheduled,/);
    expect(readFileSync(join(one, 'report.html'), 'utf8')).toMatch(/<svg/);
    // The designed office runs.
    const run = cli(['run', join(one, 'office.yaml'), '-r', '2', '--json', '-q']);
    expect(run.code).toBe(0);
    // A rerun into the same directory replaces its own files; report.html, no longer asked for, goes.
    expect(cli(['plan-staff', PLAN, '--out', one, '-q']).code).toBe(0);
    expect(existsSync(join(one, 'report.html'))).toBe(false);
  });

  it('plans per weekday when the calendar has weeks; the designed office runs', () => {
    const out = join(dir, 'weekly');
    const r = cli(['plan-staff', 'scenarios/weekly-branch.yaml', '-r', '6', '-t', '1', '--out', out, '--json', '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { requirements: { day: string; start: string }[]; roster: { day: string }[]; cost: { perDay: number; perWeek: number } };
    expect([...new Set(json.requirements.map((q) => q.day))]).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    // Saturday opens 09:00-13:00: no requirement row after its close.
    expect(json.requirements.filter((q) => q.day === 'sat').every((q) => q.start < '13:00')).toBe(true);
    expect(json.roster.some((q) => q.day === 'sun')).toBe(false);
    expect(json.cost.perWeek).toBeCloseTo(json.cost.perDay * 6, 1);
    expect(readFileSync(join(out, 'office.yaml'), 'utf8')).toMatch(/weekdays:/);
    const run = cli(['run', join(out, 'office.yaml'), '-r', '2', '--json', '-q']);
    expect(run.code).toBe(0);
  });

  it('refuses a directory that is not ours before computing anything', () => {
    const foreign = join(dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    const r = cli(['plan-staff', PLAN, '--out', foreign]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an office-sim output/);
  });

  it('refuses a target no staffing can meet, naming the slots; nothing written', () => {
    const file = variant('impossible.yaml', (t) => `${t}targets:\n  serviceLevel: { withinMinutes: 1, fraction: 1 }\n`);
    const out = join(dir, 'impossible');
    const r = cli(['plan-staff', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no staffing meets the service-level target .* front at 09:00/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses templates that cannot cover the opening hours, naming the slots; nothing written', () => {
    const file = variant('short.yaml', (t) => t.replace('lengths: [120, 240]', 'lengths: [120]\n    latestEnd: "12:00"'));
    const out = join(dir, 'short');
    const r = cli(['plan-staff', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot cover the opening hours.*front needs \d at 12:00, \d at 12:30/);
    expect(existsSync(out)).toBe(false);
  });

  it('with --no-hire, refuses staff that cannot cover a skill, naming it and the extra headcount; nothing written', () => {
    const file = variant('few.yaml', (t) => t.replace(/  - name: ben\n    home: front\n    wagePerHour: 21\n/, ''));
    const out = join(dir, 'few');
    const r = cli(['plan-staff', file, '--no-hire', '--rounds', '1', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the staff cannot cover the designed shifts: front needs \d+ more (person|people)/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a slot length other than 15 or 30', () => {
    const r = cli(['plan-staff', PLAN, '--slot', '20', '--out', join(dir, 'slot')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--slot/);
  });
});
