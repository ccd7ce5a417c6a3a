/**
 * Which entries of an editor list (customer classes, tasks, people) are shown expanded, as the set
 * of their indices. Each function returns a new set, so Lit sees the change; inserting or removing
 * an entry shifts the indices after it, so the same entries stay open.
 */

/** The set after the user opened or closed entry `i`'s `<details>` (the event's target). */
export function withToggled(open: ReadonlySet<number>, i: number, event: Event): Set<number> {
  const next = new Set(open);
  if ((event.target as HTMLDetailsElement).open) next.add(i);
  else next.delete(i);
  return next;
}

/** The set after an entry was inserted at index `at` (the list's length to append), shown open. */
export function withInserted(open: ReadonlySet<number>, at: number): Set<number> {
  return new Set([...[...open].map((k) => (k >= at ? k + 1 : k)), at]);
}

/** The set after the entry at index `at` was removed. */
export function withRemoved(open: ReadonlySet<number>, at: number): Set<number> {
  return new Set([...open].filter((k) => k !== at).map((k) => (k > at ? k - 1 : k)));
}
