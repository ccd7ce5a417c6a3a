import { describe, expect, it } from 'vitest';
import { getScenarioValue, parseScenarioPath, setScenarioValue } from '../../src/analysis/scenario-path.js';

const file = {
  name: 'branch',
  customers: [
    { name: 'sale', arrivals: { perHour: 12 } },
    { name: 'order pickup', arrivals: { perHour: [4, 6] } },
  ],
  staff: [
    { name: 'ana', skills: { front: 1 } },
    { name: 'bo', skills: { fulfilment: 1, front: 0.5 } },
  ],
} as const;

describe('parseScenarioPath', () => {
  it('reads keys, indexes, quoted keys and names in brackets', () => {
    expect(parseScenarioPath('customers[1].arrivals.perHour[0]').steps).toEqual([
      { kind: 'key', key: 'customers' },
      { kind: 'index', index: 1 },
      { kind: 'key', key: 'arrivals' },
      { kind: 'key', key: 'perHour' },
      { kind: 'index', index: 0 },
    ]);
    expect(parseScenarioPath('skills["front desk"]').steps).toEqual([
      { kind: 'key', key: 'skills' },
      { kind: 'key', key: 'front desk' },
    ]);
    expect(parseScenarioPath('staff[ana].skills.front-desk').steps).toEqual([
      { kind: 'key', key: 'staff' },
      { kind: 'key', key: 'ana' },
      { kind: 'key', key: 'skills' },
      { kind: 'key', key: 'front-desk' },
    ]);
  });

  it('refuses malformed paths', () => {
    for (const bad of ['', 'a..b', 'a.', 'a[', 'a[]', '.a', 'a]b']) {
      expect(() => parseScenarioPath(bad), bad).toThrow(/^invalid path/);
    }
  });
});

describe('setScenarioValue', () => {
  it('sets a nested value and leaves the original untouched', () => {
    const next = setScenarioValue(file, parseScenarioPath('staff[1].skills.front'), 0.8);
    expect(next.staff[1].skills.front).toBe(0.8);
    expect(file.staff[1].skills.front).toBe(0.5);
    // Structural sharing: what is off the path is the same object.
    expect(next.staff[0]).toBe(file.staff[0]);
    expect(next.customers).toBe(file.customers);
  });

  it('finds list entries by name', () => {
    const next = setScenarioValue(file, parseScenarioPath('customers["order pickup"].arrivals.perHour'), 9);
    expect(next.customers[1].arrivals.perHour).toBe(9);
    expect(getScenarioValue(next, parseScenarioPath('staff[bo].skills.fulfilment'))).toBe(1);
  });

  it('creates missing mappings along the way', () => {
    const next = setScenarioValue(file, parseScenarioPath('policy.frontMinimum'), 2) as unknown as { policy: { frontMinimum: number } };
    expect(next.policy).toEqual({ frontMinimum: 2 });
  });

  it('says where a path leads nowhere', () => {
    expect(() => setScenarioValue(file, parseScenarioPath('staff[5].wagePerHour'), 1)).toThrow(
      'invalid path: staff[5].wagePerHour (index 5 but the list has 2 entries at step 2)',
    );
    expect(() => setScenarioValue(file, parseScenarioPath('staff[carla].wagePerHour'), 1)).toThrow(/no entry named "carla"/);
    expect(() => setScenarioValue(file, parseScenarioPath('name.first'), 1)).toThrow(/"first" on the value "branch"/);
    expect(() => setScenarioValue(file, parseScenarioPath('customers[0].arrivals[0]'), 1)).toThrow(/\[0\] on a mapping/);
  });
});
