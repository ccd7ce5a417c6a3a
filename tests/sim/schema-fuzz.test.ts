import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { canonicalScenarioJson, parseScenario, validateScenarioFile } from '../../src/sim/schema.js';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const examples = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => [f, readFileSync(`${scenariosDir}${f}`, 'utf8')] as const);

const replacements = ['-1', '0', '1.5', '1e9', 'abc', '[]', '{}', 'null', '"24:00"', '"12:00"', 'true', '[1, 2]', '{ dist: gamma }'];

/** A copy of `text` with one line deleted, duplicated or with its value replaced. */
function mutate(text: string, random: () => number): string {
  const lines = text.split('\n');
  const i = Math.floor(random() * lines.length);
  const kind = random();
  if (kind < 0.2) lines.splice(i, 1);
  else if (kind < 0.35) lines.splice(i, 0, lines[i]!);
  else {
    const line = lines[i]!;
    const colon = line.lastIndexOf(': ');
    const value = replacements[Math.floor(random() * replacements.length)]!;
    lines[i] = colon < 0 ? `${line} ${value}` : `${line.slice(0, colon + 2)}${value}`;
  }
  return lines.join('\n');
}

describe('parseScenario on damaged files', () => {
  it.each(examples)('%s: never throws, and places every error inside the file', (file, text) => {
    const random = seedrandom(`fuzz:${file}`);
    let failures = 0;
    for (let round = 0; round < 150; round++) {
      const damaged = mutate(mutate(text, random), random);
      const result = parseScenario(damaged, file);
      if (result.ok) {
        expect(() => canonicalScenarioJson(result.scenario)).not.toThrow();
        continue;
      }
      failures++;
      const lineCount = damaged.split('\n').length;
      for (const error of result.errors) {
        expect(error.message.length).toBeGreaterThan(0);
        expect(error.message).not.toMatch(/undefined|\[object Object\]|NaN/);
        if (error.line !== null) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lineCount);
        }
      }
      const lines = result.errors.map((e) => e.line ?? Infinity);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
    expect(failures).toBeGreaterThan(50); // the damage is real, so most rounds must be rejected
  });
});

describe('validateScenarioFile on odd values', () => {
  it.each([undefined, null, 0, 'office', [], [{}], { staff: {} }, { staff: [null], customers: 'x' }, JSON.parse('{"__proto__": {"seed": 3}}')])(
    'rejects %j with messages, never an exception',
    (value) => {
      const result = validateScenarioFile(value, 'form');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.every((e) => e.message.length > 0 && e.line === null)).toBe(true);
    },
  );
});
