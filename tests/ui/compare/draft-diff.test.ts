import { describe, expect, it } from 'vitest';
import { describeValue, diffDrafts } from '../../../src/ui/compare/draft-diff.js';

describe('what changed between two drafts', () => {
  it('lists changed, added and removed values by path', () => {
    const before = { policy: { frontMinimum: 1 }, staff: [{ name: 'ana', skills: { front: 1 } }, { name: 'ben', skills: { front: 1, fulfilment: 0.5 } }] };
    const after = { policy: { frontMinimum: 2 }, staff: [{ name: 'ana', skills: { front: 1, fulfilment: 0.7 } }, { name: 'ben', skills: { front: 1 } }] };
    expect(diffDrafts(before, after)).toEqual([
      { path: 'policy.frontMinimum', before: 1, after: 2 },
      { path: 'staff[0].skills.fulfilment', before: undefined, after: 0.7 },
      { path: 'staff[1].skills.fulfilment', before: 0.5, after: undefined },
    ]);
  });

  it('reports a person added as one change', () => {
    const changes = diffDrafts({ staff: [{ name: 'ana' }] }, { staff: [{ name: 'ana' }, { name: 'gus', home: 'front' }] });
    expect(changes).toEqual([{ path: 'staff[1]', before: undefined, after: { name: 'gus', home: 'front' } }]);
    expect(describeValue(changes[0]!.after)).toBe('“gus”');
  });

  it('finds nothing between equal drafts and compares number lists as values', () => {
    expect(diffDrafts({ a: [1, 2], b: { c: 'x' } }, { a: [1, 2], b: { c: 'x' } })).toEqual([]);
    expect(diffDrafts({ a: [1, 2] }, { a: [1, 3] })).toEqual([{ path: 'a', before: [1, 2], after: [1, 3] }]);
  });

  it('describes missing values and long lists readably', () => {
    expect(describeValue(undefined)).toBe('(none)');
    expect(describeValue(Array.from({ length: 40 }, (_, i) => i))).toMatch(/…$/);
  });
});
