import { describe, expect, it } from 'vitest';
import { withInserted, withRemoved, withToggled } from '../../../src/ui/editor/open-entries.js';

/** A toggle event as a `<details>` element fires it: only its target's `open` is read. */
function toggleEvent(open: boolean): Event {
  return { target: { open } } as unknown as Event;
}

describe('open entries of an editor list', () => {
  it('adds an entry the user opened and drops one the user closed', () => {
    expect([...withToggled(new Set([0]), 2, toggleEvent(true))].sort()).toEqual([0, 2]);
    expect([...withToggled(new Set([0, 2]), 0, toggleEvent(false))]).toEqual([2]);
  });

  it('opens an appended entry and leaves the others as they were', () => {
    expect([...withInserted(new Set([0, 1]), 3)].sort()).toEqual([0, 1, 3]);
  });

  it('shifts the entries after an inserted one, so the same entries stay open', () => {
    // Entry 1 is duplicated: the copy lands at 2 and opens; the old entry 2 is now entry 3.
    expect([...withInserted(new Set([0, 2]), 2)].sort()).toEqual([0, 2, 3]);
  });

  it('forgets a removed entry and shifts the ones after it down', () => {
    expect([...withRemoved(new Set([0, 1, 3]), 1)].sort()).toEqual([0, 2]);
  });

  it('returns a new set and leaves the old one untouched, so Lit sees the change', () => {
    const open = new Set([1]);
    expect(withInserted(open, 0)).not.toBe(open);
    expect(withRemoved(open, 1)).not.toBe(open);
    expect(withToggled(open, 1, toggleEvent(false))).not.toBe(open);
    expect([...open]).toEqual([1]);
  });
});
