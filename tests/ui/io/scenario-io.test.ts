import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/sim/schema.js';
import { LIMITS } from '../../../src/sim/scenario-file/limits.js';
import { errorLines, hasScenarioShape, importScenario, isScenarioFileName, toJson, toYaml } from '../../../src/ui/io/scenario-io.js';

const defaultText = readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8');

describe('scenario files in and out of the page', () => {
  it('reads a valid file as its content with defaults filled in', () => {
    const result = importScenario(defaultText, 'default.yaml');
    expect(result.kind).toBe('valid');
    if (result.kind !== 'valid') return;
    expect(result.draft.name).toBe('Main street branch');
    expect(result.draft.policy?.closing).toBe('serve-queue'); // a default the file leaves out
  });

  it('exports YAML and JSON that read back to the same scenario', () => {
    const result = importScenario(defaultText, 'default.yaml');
    if (result.kind !== 'valid') throw new Error('default.yaml must be valid');
    const original = parseScenario(defaultText, 'default.yaml');
    for (const text of [toYaml(result.draft), toJson(result.draft)]) {
      const again = parseScenario(text, 'exported.yaml');
      expect(again.ok).toBe(true);
      if (again.ok && original.ok) expect(again.scenario).toEqual({ ...original.scenario, name: again.scenario.name });
    }
  });

  it('writes short mappings and lists on one line, as people write them', () => {
    const result = importScenario(defaultText, 'default.yaml');
    if (result.kind !== 'valid') throw new Error('default.yaml must be valid');
    const yaml = toYaml(result.draft);
    expect(yaml).toContain('service: { dist: lognormal, mean: 6, cv: 0.8 }');
    expect(yaml).toContain('perHour: [ 6, 8, 10, 14, 12, 9, 8, 10 ]');
  });

  it('quotes clock times and yes/no words, which YAML 1.1 tools would read as numbers and booleans', () => {
    const yaml = toYaml({ name: 'on', calendar: { open: '09:00', close: '17:00' }, staff: [{ name: 'no', home: 'front' }] });
    expect(yaml).toContain('open: "09:00"');
    expect(yaml).toContain('close: "17:00"');
    expect(yaml).toContain('name: "on"');
    expect(yaml).toContain('name: "no"');
  });

  it('keeps the comments and layout of the file it was opened from, with the edits applied', () => {
    const result = importScenario(defaultText, 'default.yaml');
    if (result.kind !== 'valid') throw new Error('default.yaml must be valid');
    const draft = structuredClone(result.draft);
    draft.staff[0]!.wagePerHour = 99;
    draft.calendar!.days = 3;
    const yaml = toYaml(draft, defaultText);
    const comments = defaultText.split('\n').filter((l) => /^\s*#/.test(l));
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) expect(yaml).toContain(c);
    expect(yaml).toMatch(/days: 3 +# one working week/);
    const again = parseScenario(yaml, 'exported.yaml');
    expect(again.ok).toBe(true);
    if (again.ok) {
      expect(again.scenario.staff[0]!.wagePerHour).toBe(99);
      const fresh = parseScenario(toYaml(draft), 'fresh.yaml');
      expect(fresh.ok && again.scenario).toEqual(fresh.ok && fresh.scenario);
    }
  });

  it('loads a file the schema rejects, with the errors the CLI prints', () => {
    const text = defaultText.replace('wagePerHour: 26', 'wagePerHour: -26');
    const result = importScenario(text, 'office.yaml');
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.draft.staff[0]!.wagePerHour).toBe(-26);
    const cli = parseScenario(text, 'office.yaml');
    expect(cli.ok).toBe(false);
    if (!cli.ok) expect(errorLines(result.errors)).toEqual(errorLines(cli.errors));
    expect(errorLines(result.errors)[0]).toMatch(/^office\.yaml:\d+:\d+: staff\[0\]\.wagePerHour: /);
  });

  it('refuses text that is not YAML or not a mapping', () => {
    expect(importScenario('staff: [unclosed', 'bad.yaml').kind).toBe('unreadable');
    expect(importScenario('- just\n- a list\n', 'list.yaml').kind).toBe('unreadable');
    const empty = importScenario('', 'empty.yaml');
    expect(empty.kind).toBe('unreadable');
    if (empty.kind === 'unreadable') expect(empty.errors.length).toBeGreaterThan(0);
  });

  it('refuses values of the wrong type with the CLI’s messages, whatever else is right', () => {
    const cases: [string, string][] = [
      ['customers: 5', defaultText.replace(/^customers:\n(  .*\n|\n)*?(?=^\S)/m, 'customers: 5\n')],
      ['staff: "abc"', defaultText.replace(/^staff:\n(  .*\n|\n)*?(?=^\S)/m, 'staff: "abc"\n')],
      ['a null entry', defaultText.replace(/^staff:\n/m, 'staff:\n  - null\n')],
      ['a mapping where a list belongs', defaultText.replace(/^tasks:\n/m, 'tasks:\n  - { name: x, skill: y, service: "abc" }\n')],
      ['text in a rate profile', defaultText.replace(/perHour: \[ ?6,/, 'perHour: [ six,')],
    ];
    for (const [label, text] of cases) {
      expect(text, label).not.toBe(defaultText);
      const result = importScenario(text, 'office.yaml');
      expect(result.kind, label).toBe('unreadable');
      if (result.kind !== 'unreadable') continue;
      expect(result.reason, label).toBe('types');
      const cli = parseScenario(text, 'office.yaml');
      expect(cli.ok, label).toBe(false);
      if (!cli.ok) expect(errorLines(result.errors), label).toEqual(errorLines(cli.errors));
    }
  });

  it('tells a wrong type from a missing key or a value out of range', () => {
    expect(hasScenarioShape({ staff: [{ name: 'ana' }] })).toBe(true); // keys missing: the editor fills them in
    expect(hasScenarioShape({ staff: [{ name: 'ana', wagePerHour: -5 }] })).toBe(true);
    expect(hasScenarioShape({ customers: [{ name: 's', service: 5 }] })).toBe(true); // a bare number is a distribution
    expect(hasScenarioShape({ customers: 5 })).toBe(false);
    expect(hasScenarioShape({ staff: [null] })).toBe(false);
    expect(hasScenarioShape({ staff: [{ name: 'ana', skills: [1, 2] }] })).toBe(false);
    expect(hasScenarioShape({ customers: [{ name: 's', arrivals: { perHour: [1, 'x'] } }] })).toBe(false);
    expect(hasScenarioShape([])).toBe(false);
  });

  it('refuses text over the size limit before parsing it', () => {
    const text = `name: big\n# ${'x'.repeat(LIMITS.fileBytes + 1_000_000)}\n`;
    const result = importScenario(text, 'big.yaml');
    expect(result.kind).toBe('unreadable');
    if (result.kind === 'unreadable') {
      expect(result.reason).toBe('size');
      expect(errorLines(result.errors)).toEqual(['big.yaml: the file is 6.0 MB; scenario files may be at most 5.0 MB (5000000 bytes)']);
    }
  });

  it('recognizes scenario file names', () => {
    expect(['a.yaml', 'b.YML', 'c.json'].every(isScenarioFileName)).toBe(true);
    expect(['a.txt', 'yaml', 'c.json.bak'].some(isScenarioFileName)).toBe(false);
  });
});
