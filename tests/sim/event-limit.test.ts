import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventLimitError } from '../../src/sim/event-limit.js';
import { runReplication } from '../../src/sim/office/index.js';
import { parseScenario } from '../../src/sim/schema.js';

function office() {
  const parsed = parseScenario(readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8'), 'default.yaml');
  if (!parsed.ok) throw new Error('default.yaml must be valid');
  return parsed.scenario;
}

describe('the event budget (RunOptions.maxEvents)', () => {
  it('stops the simulation at the budget with an EventLimitError', () => {
    let thrown: unknown;
    try {
      runReplication(office(), 0, { maxEvents: 50 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EventLimitError);
    expect((thrown as EventLimitError).maxEvents).toBe(50);
    expect((thrown as Error).name).toBe('EventLimitError');
  });

  it('changes nothing for a run within its budget', () => {
    const scenario = office();
    expect(runReplication(scenario, 3, { maxEvents: 10_000_000 })).toEqual(runReplication(scenario, 3));
  });
});
