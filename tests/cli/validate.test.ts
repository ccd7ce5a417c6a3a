/** Invalid scenarios end with exit code 1 and every error listed as file:line:col: path: message. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, SMALL, tempDir } from './helpers.js';

const INVALID = `${FIXTURES}/invalid.yaml`;
const LOCATED = /^tests\/cli\/fixtures\/invalid\.yaml:\d+:\d+: [\w[\].]+: .+$/;

describe('validate', () => {
  it('accepts valid files with a one-line summary each and exit 0', () => {
    const r = cli(['validate', SMALL, 'scenarios/retail-branch.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${SMALL}: ok: Small office: 1 customer class, 1 task type, 3 staff members, 2 days, 8 replications`);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('lists every error of an invalid file with its place, and exits 1', () => {
    const r = cli(['validate', INVALID]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(LOCATED);
    expect(r.stderr).toMatch(/invalid\.yaml:6:\d+: customers\[0\]\.arrivals\.perHour: /);
    expect(r.stderr).toMatch(/invalid\.yaml:8:\d+: customers\[0\]\.revenu: /);
    expect(r.stderr).toMatch(/invalid\.yaml:12:\d+: staff\[0\]\.skills\.front: /);
  });

  it('lists the errors of every file, valid ones staying silent, and names unreadable files', () => {
    const dir = tempDir();
    const second = join(dir, 'bad.json');
    writeFileSync(second, JSON.stringify({ version: 1, staff: [], customers: [], bogus: 1 }));
    const r = cli(['validate', INVALID, SMALL, second, join(dir, 'missing.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid.yaml:');
    expect(r.stderr).toContain(`${second}:`);
    expect(r.stderr).toContain('bogus');
    expect(r.stderr).toContain(`${join(dir, 'missing.yaml')}: cannot read: no such file`);
  });

  it('run refuses an invalid scenario the same way, before running anything', () => {
    const r = cli(['run', SMALL, INVALID, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    for (const line of r.stderr.trim().split('\n')) expect(line).toMatch(LOCATED);
  });

  it('sweep lists every point whose values make the scenario invalid', () => {
    const r = cli(['sweep', SMALL, '--vary', 'staff[2].skills.order=0.5,1.5,2', '--quiet']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/staff\[2\]\.skills\.order: .*\(at staff\[2\]\.skills\.order=1\.5\)$/);
    expect(lines[1]).toMatch(/\(at staff\[2\]\.skills\.order=2\)$/);
  });
});

describe('schema', () => {
  it('prints the JSON Schema of scenario files', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
    for (const key of ['version', 'calendar', 'customers', 'tasks', 'staff', 'policy']) expect(schema.properties).toHaveProperty(key);
  });
});
