/** Messages under a field speak in the field's words, short; the problem list keeps the CLI's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioError } from '../../../src/sim/schema.js';
import { fieldMessage } from '../../../src/ui/editor/field-message.js';

const office = readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8');

function errorAt(text: string, path: string): ScenarioError {
  const result = parseScenario(text, 'office.yaml');
  if (result.ok) throw new Error('expected errors');
  const found = result.errors.find((e) => e.path === path);
  if (found === undefined) throw new Error(`no error at ${path}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  return found;
}

describe('fieldMessage', () => {
  it('says a closing time before the opening time in one short sentence', () => {
    const e = errorAt(office.replace('close: "17:00"', 'close: "08:00"'), 'calendar.close');
    expect(e.message.length).toBeGreaterThan(100);
    const said = fieldMessage(e.message, 'close');
    expect(said).toBe('Must be after opening time (09:00), got "08:00"');
  });

  it('drops the key the label already says, and turns operators into words', () => {
    expect(fieldMessage('count must be >= 1', 'count')).toBe('Must be at least 1');
    expect(fieldMessage('must be <= 1', 'front')).toBe('Must be at most 1');
    expect(fieldMessage('must be > 0', 'mean')).toBe('Must be more than 0');
  });

  it('keeps a did-you-mean hint', () => {
    expect(fieldMessage('routing must be one of home-first, longest-wait, priority, got "longest_wait"; did you mean "longest-wait"?', 'routing')).toBe(
      'Must be one of home-first, longest-wait, priority, got "longest_wait"; did you mean "longest-wait"?',
    );
  });

  it('leaves schema messages about other keys readable', () => {
    const e = errorAt(office.replace('wagePerHour: 26', 'wagePerHour: -26'), 'staff[0].wagePerHour');
    expect(fieldMessage(e.message, 'wagePerHour')).not.toMatch(/[<>]=?/);
  });
});
