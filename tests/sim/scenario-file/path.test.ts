import { describe, expect, it } from 'vitest';
import { formatPath, getIn, isWithin, parseScenarioPath, setIn } from '../../../src/sim/scenario-file/path.js';

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
      'customers',
      1,
      'arrivals',
      'perHour',
      0,
    ]);
    expect(parseScenarioPath('skills["front desk"]').steps).toEqual([
      'skills',
      'front desk',
    ]);
    expect(parseScenarioPath('staff[ana].skills.front-desk').steps).toEqual([
      'staff',
      'ana',
      'skills',
      'front-desk',
    ]);
  });

  it('refuses malformed paths', () => {
    for (const bad of ['', 'a..b', 'a.', 'a[', 'a[]', '.a', 'a]b']) {
      expect(() => parseScenarioPath(bad), bad).toThrow(/^invalid path/);
    }
  });
});

describe('setIn on existing entries (sweeps)', () => {
  it('sets a nested value and leaves the original untouched', () => {
    const next = setIn(file, parseScenarioPath('staff[1].skills.front'), 0.8, { mode: 'existing' });
    expect(next.staff[1].skills.front).toBe(0.8);
    expect(file.staff[1].skills.front).toBe(0.5);
    // Structural sharing: what is off the path is the same object.
    expect(next.staff[0]).toBe(file.staff[0]);
    expect(next.customers).toBe(file.customers);
  });

  it('finds list entries by name', () => {
    const next = setIn(file, parseScenarioPath('customers["order pickup"].arrivals.perHour'), 9, { mode: 'existing' });
    expect(next.customers[1].arrivals.perHour).toBe(9);
    expect(getIn(next, parseScenarioPath('staff[bo].skills.fulfilment').steps)).toBe(1);
  });

  it('creates missing mappings along the way', () => {
    const next = setIn(file, parseScenarioPath('policy.frontMinimum'), 2, { mode: 'existing' }) as unknown as { policy: { frontMinimum: number } };
    expect(next.policy).toEqual({ frontMinimum: 2 });
  });

  it('says where a path leads nowhere', () => {
    expect(() => setIn(file, parseScenarioPath('staff[5].wagePerHour'), 1, { mode: 'existing' })).toThrow(
      'invalid path: staff[5].wagePerHour (index 5 but the list has 2 entries at step 2)',
    );
    expect(() => setIn(file, parseScenarioPath('staff[carla].wagePerHour'), 1, { mode: 'existing' })).toThrow(/no entry named "carla"/);
    expect(() => setIn(file, parseScenarioPath('name.first'), 1, { mode: 'existing' })).toThrow(/"first" on the value "branch"/);
    expect(() => setIn(file, parseScenarioPath('customers[0].arrivals[0]'), 1, { mode: 'existing' })).toThrow(/\[0\] on a mapping/);
  });
});

describe('scenario paths', () => {
  it('print as the schema prints error paths', () => {
    expect(formatPath(['staff', 2, 'skills', 'fulfilment'])).toBe('staff[2].skills.fulfilment');
    expect(formatPath(['staff', 0, 'skills', 'front desk'])).toBe('staff[0].skills["front desk"]');
    expect(formatPath([])).toBe('');
  });

  it('read values and give undefined for missing steps', () => {
    const draft = { staff: [{ name: 'ana', skills: { front: 1 } }] };
    expect(getIn(draft, ['staff', 0, 'skills', 'front'])).toBe(1);
    expect(getIn(draft, ['staff', 3, 'name'])).toBeUndefined();
    expect(getIn(draft, ['calendar', 'open'])).toBeUndefined();
  });

  it('set values without touching the original and share untouched branches', () => {
    const draft = { staff: [{ name: 'ana', skills: { front: 1 } }, { name: 'ben' }], customers: [{ name: 'sale' }] };
    const next = setIn(draft, ['staff', 0, 'skills', 'fulfilment'], 0.7);
    expect(next.staff[0]!.skills).toEqual({ front: 1, fulfilment: 0.7 });
    expect(draft.staff[0]!.skills).toEqual({ front: 1 });
    expect(next.customers).toBe(draft.customers);
    expect(next.staff[1]).toBe(draft.staff[1]);
  });

  it('remove a key or a list entry when set to undefined', () => {
    const draft = { staff: [{ name: 'ana', skills: { front: 1, fulfilment: 0.6 } }], tasks: [{ name: 'a' }, { name: 'b' }] };
    expect(setIn(draft, ['staff', 0, 'skills', 'fulfilment'], undefined).staff[0]!.skills).toEqual({ front: 1 });
    expect(setIn(draft, ['tasks', 0], undefined).tasks).toEqual([{ name: 'b' }]);
  });

  it('create missing containers: a list for an index, a mapping for a key', () => {
    expect(setIn({}, ['staff', 0, 'shift', 'start'], '08:00')).toEqual({ staff: [{ shift: { start: '08:00' } }] });
  });

  it('replace the whole value at the empty path', () => {
    expect(setIn({ a: 1 }, [], { b: 2 })).toEqual({ b: 2 });
  });

  it('tell whether one path lies inside another', () => {
    expect(isWithin('staff[2].skills.front', 'staff[2]')).toBe(true);
    expect(isWithin('staff[2]', 'staff[2]')).toBe(true);
    expect(isWithin('staff[20].name', 'staff[2]')).toBe(false);
    expect(isWithin('stafford', 'staff')).toBe(false);
    expect(isWithin('anything', '')).toBe(true);
  });
});

