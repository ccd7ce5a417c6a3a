/**
 * Input that tries to break the tool: names that are JavaScript's own keys, files too big or with
 * too many keys, and names carrying terminal escapes or bidirectional controls.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/sim/scenario-file/limits.js';
import { cli, FIXTURES, ROOT, tempDir } from './helpers.js';

const dir = tempDir();
const CROSS = readFileSync(join(ROOT, FIXTURES, 'small-cross.yaml'), 'utf8');

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** small-cross.yaml with its skills renamed (class and task names, hence random streams, kept). */
function renamedSkills(front: string, order: string): string {
  return CROSS.replace(/home: front/g, `home: ${front}`)
    .replace('    patience:', `    skill: ${front}\n    patience:`)
    .replace('  - name: order\n', `  - name: order\n    skill: ${order}\n`)
    .replace('home: order', `home: ${order}`)
    .replace('skills: { order: 1, front: 0.9 }', `skills: { ${order}: 1, ${front}: 0.9 }`);
}

const ESC = '\u001b';

describe('names that are JavaScript object keys', () => {
  it('__proto__ is refused at validation (exit 1) wherever a name goes, with a clear message', () => {
    const file = write('proto.yaml', renamedSkills('front', '__proto__'));
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('home must not be "__proto__" (reserved: it cannot be a key of a mapping)');
    expect(r.stderr).toContain('staff[2].skills.__proto__: skill must not be "__proto__"');
    expect(cli(['run', file, '-r', '2', '-t', '1']).code).toBe(1);
  });

  it('skills named constructor and toString run and give exactly the numbers of the same office with plain names', () => {
    const plain = cli(['run', write('plain.yaml', renamedSkills('front', 'order')), '-r', '4', '-t', '1', '--json']);
    const odd = cli(['run', write('odd.yaml', renamedSkills('constructor', 'toString')), '-r', '4', '-t', '1', '--json']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(odd.code, odd.stderr).toBe(0);
    const oddMetrics = (JSON.parse(odd.stdout) as { metrics: Record<string, unknown> }).metrics;
    const renamed = Object.fromEntries(
      Object.entries(oddMetrics).map(([k, v]) => [k.replace('.constructor.', '.front.').replace('.toString.', '.order.'), v]),
    );
    expect(renamed).toEqual((JSON.parse(plain.stdout) as { metrics: unknown }).metrics);
  });
});

describe('size limits, checked before the work', () => {
  it(`a file over ${LIMITS.fileBytes} bytes is refused at once, without being parsed (exit 1)`, () => {
    const file = write('huge.yaml', `${CROSS}# ${'x'.repeat(LIMITS.fileBytes)}\n`);
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.yaml: the file is 5\.0 MB; scenario files may be at most 5\.0 MB \(5000000 bytes\)/);
  });

  it(`a file with more than ${LIMITS.fileKeys} keys is refused (exit 1) before validation`, () => {
    let keys = '';
    for (let i = 0; i <= LIMITS.fileKeys; i++) keys += `k${i}: 1\n`;
    const r = cli(['validate', write('keys.yaml', `${CROSS}${keys}`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/keys\.yaml: the file has \d+ keys; scenario files may have at most 100000\n$/);
  });

  it('20,000 unknown keys are each reported once, at their line (validation is linear: see npm run bench)', () => {
    let keys = '';
    for (let i = 0; i < 20_000; i++) keys += `unknown${i}: 1\n`;
    const r = cli(['validate', write('many.yaml', `${CROSS}${keys}`)]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(20_000);
    const first = CROSS.split('\n').length;
    expect(lines[0]).toBe(`${join(dir, 'many.yaml')}:${first}:1: unknown0: unknown key "unknown0"; allowed: $schema, version, name, currency, seed, replications, calendar, customers, tasks, staff, absences, policy, costs, targets, planning, learning`);
  });

  it('a key given twice is still an error, at the second one', () => {
    const r = cli(['validate', write('twice.yaml', `${CROSS}seed: 3\n`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`twice.yaml:${CROSS.split('\n').length}:1: invalid YAML: Map keys must be unique`);
  });
});

describe('control and bidirectional characters', () => {
  it('a name with a terminal escape is refused, and the message shows it escaped (no raw control character)', () => {
    const file = write('escape.yaml', CROSS.replace('name: ben', `name: "ben${'\\e'}]0;pwned${'\\a'}"`));
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('staff[1].name: name must not contain control characters (found U+001B), got "ben\\u001b]0;pwned\\u0007"');
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).not.toContain('\u0007');
  });

  it('unknown keys and values are echoed escaped, C1 and bidi controls included', () => {
    const file = write('keys-escape.yaml', `${CROSS}"x\\e[2J\\u009b31m\\u202e": 1\n`);
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown key "x\\u001b[2J\\u{9b}31m\\u{202e}"');
    expect(r.stderr).not.toMatch(/[\u001b\u009b\u202e]/);
  });

  it('a bidi override in a name is refused; a right-to-left name runs and is isolated in the table and the report', () => {
    expect(cli(['validate', write('rlo.yaml', CROSS.replace('name: ben', 'name: "ben\\u202eevil"'))]).code).toBe(1);
    const file = write('rtl.yaml', CROSS.replace(/name: ben/, 'name: בן'));
    const out = join(dir, 'rtl-out');
    const r = cli(['run', file, '-r', '2', '-t', '1', '--out', out, '--report', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\u2068staff.בן.utilization\u2069');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('\u2068staff.בן.utilization\u2069');
    expect(html).not.toMatch(/[^\u2068]staff\.בן/);
  });
});
