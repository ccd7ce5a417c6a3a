import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../../src/ui/state/deep-equal.js';

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
