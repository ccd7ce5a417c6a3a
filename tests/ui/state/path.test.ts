import { describe, expect, it } from 'vitest';
import { deepEqual, formatPath, getIn, isWithin, setIn } from '../../../src/ui/state/path.js';

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

describe('deep equality of drafts', () => {
  it('ignores key order and missing versus undefined keys', () => {
    expect(deepEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
  it('tells different values, lengths and kinds apart', () => {
    expect(deepEqual({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
});
